/**
 * The oil forecast players see before ending a turn (`forecastOil`) against
 * what the engine then does: for random legal orders over several turns of
 * two scenarios, the forecast's base burn, every sortie (its cost, or its
 * refusal for want of oil and the reason), the idle burn and the stock left
 * equal the oil ledger of the turn report.
 *
 * The forecast promises the burn from the stock and the forces as they
 * stand; the turn first runs its events and the economy's production,
 * deliveries and builds. So each forecast here starts from the stock the burn
 * found (the ledger's changes before it), and the idle burn of forces that
 * joined the side this turn by an event (which the forecast does not foresee) is added. Turns in which something before the
 * burn struck one of the side's forces (an event's damage, submarines lost to
 * escorts) are left out, and counted.
 */
import { describe, expect, it } from 'vitest';
import { policyByName } from '../../src/ai/index';
import {
  buildWorld,
  createGame,
  forecastOil,
  type GameState,
  idleOil,
  type Order,
  resolveTurn,
  SIDE_IDS,
  type StockCause,
  type StockChange,
  type TurnReport,
  type World,
} from '../../src/engine/index';
import { forcesJoining } from '../../src/engine/phases/events';
import type { SideId } from '../../src/scenario/schema';
import { deepFreeze } from '../support/deep-freeze';
import { loadScenario } from '../support/scenarios';

const random = policyByName('random')!;
/** Ships idle outside the southern zone, off the home stock. */
const IDLE: StockCause = { code: 'oil-idle' };
const isHomeIdle = (c: StockCause | undefined) => c?.code === 'oil-idle' && !c.zone && !c.south;

interface Tally {
  sides: number;
  sorties: number;
  refused: number;
  limited: number;
  arrivals: number;
  struck: number;
}

/** A ledger change as (cause, amount asked, amount applied). */
function entry(c: StockChange): { cause: StockCause; asked: number; applied: number } {
  return { cause: c.cause, asked: c.asked ?? c.amount, applied: c.amount };
}

/**
 * Idle oil of the side's forces that joined the game this turn and that the forecast does not
 * foresee (an event's; scheduled reinforcements and builds it burns: forcesJoining), as they came:
 * a flotilla with its boats.
 */
function arrivalsIdle(world: World, before: GameState, after: GameState, side: SideId): number {
  const known = new Set([...before.forces, ...forcesJoining(world, before, side)].map((f) => f.id));
  return after.forces
    .filter((f) => f.side === side && !known.has(f.id))
    .reduce((n, f) => n + idleOil(world, f.type === 'flotilla' ? { ...f, count: f.count + f.lost } : f), 0);
}

/** Whether a force of `side` was struck before the oil burn: by an event, or boats lost to escorts. */
function struckBeforeBurn(world: World, state: GameState, report: TurnReport, side: SideId): boolean {
  const sideOf = (id: string) => state.forces.find((f) => f.id === id)?.side;
  return report.items.some(
    (i) =>
      (i.kind === 'event' &&
        world.scenario.events
          .find((e) => e.id === i.event)
          ?.effects.some((e) => e.type === 'damage' && sideOf(e.force) === side)) ||
      (i.kind === 'damage' && i.side === side && i.cause.code === 'escorts'),
  );
}

function checkTurn(
  world: World,
  state: GameState,
  orders: Record<SideId, Order[]>,
  tally: Tally,
  where: string,
): GameState {
  deepFreeze(state); // the forecast (and the turn) must only read it
  const { state: next, report } = resolveTurn(world, state, orders);
  const oilMin = world.scenario.resources.find((r) => r.id === 'oil')!.min;
  for (const side of SIDE_IDS) {
    const at = `${where}, ${side}`;
    if (struckBeforeBurn(world, state, report, side)) {
      tally.struck++;
      continue;
    }
    const line = report.items.find((i) => i.kind === 'economy' && i.side === side && i.resource === 'oil');
    if (line?.kind !== 'economy') throw new Error(`${at}: no oil line`);
    // Pilot training takes the oil left after the burn (economy/air-replacement.ts): not part of it.
    const training = line.changes.filter((c) => c.cause.code === 'pilot-training');
    const changes = line.changes.filter((c) => c.cause.code !== 'pilot-training').map(entry);
    const trainingOil = training.reduce((n, c) => n + c.amount, 0);
    const start = changes.map((c) => c.cause.code).lastIndexOf('oil-economy');
    expect(start, at).toBeGreaterThanOrEqual(0);
    // The stock the burn found: this turn's events, production, deliveries and builds came first.
    const stock = line.before + changes.slice(0, start).reduce((n, c) => n + c.applied, 0);
    const f = forecastOil(world, state, side, orders[side], { stock });

    const want = f.lines.map((l) => ({
      cause: l.cause as StockCause,
      asked: 0 - l.oil,
      applied: 0 - l.burned,
    }));
    let left = f.left;
    const arrived = arrivalsIdle(world, state, next, side);
    if (arrived > 0) {
      // Forces that joined this turn idle too: the forecast could not know them.
      tally.arrivals++;
      // Their oil goes on the home idle line wherever it stands (a zone's idle line may follow it);
      // the lines from it on are burnt again in order from the stock they found.
      let at = want.findIndex((l) => isHomeIdle(l.cause));
      if (at < 0) at = want.push({ cause: IDLE, asked: 0, applied: 0 }) - 1;
      left -= want.slice(at).reduce((n, l) => n + l.applied, 0);
      want[at]!.asked -= arrived;
      for (const l of want.slice(at)) {
        l.applied = 0 - Math.min(-l.asked, left - oilMin);
        left += l.applied;
      }
    }
    expect(changes.slice(start), at).toEqual(want);
    expect(left + trainingOil, at).toBe(line.after);
    expect(f.base + f.fuelledOil + f.idle, at).toBe(f.total);
    expect(f.stock - f.total, at).toBe(f.left);

    // The engine refuses a detachment's move by the detachment it formed (engine/detach.ts); the
    // forecast names the order as the player gave it, of part of the army (the random policy
    // sends detachments now and then).
    const detached = new Map(
      report.items.flatMap((i) =>
        i.kind === 'detached' ? [[i.force, { army: i.army, men: i.men }] as const] : [],
      ),
    );
    const asGiven = (o: Order): Order => {
      const d = o.type === 'move' ? detached.get(o.force) : undefined;
      return d && o.type === 'move' ? { type: 'move', force: d.army, to: o.to, men: d.men } : o;
    };
    const refused = report.items.flatMap((i) =>
      // The refusals of the oil burn: empty tanks, and transports taken by another order.
      i.kind === 'rejected' &&
      i.side === side &&
      ['no-oil', 'transports-sailing', 'carried-elsewhere'].includes(i.refusal.code)
        ? [{ order: asGiven(i.order), refusal: i.refusal }]
        : [],
    );
    expect(
      f.sorties.flatMap((s) => (s.fuelled ? [] : [{ order: s.order, refusal: s.refusal }])),
      at,
    ).toEqual(refused);
    expect(f.illegal, at).toEqual([]);

    tally.sides++;
    tally.sorties += f.sorties.length;
    tally.refused += refused.length;
    tally.limited += changes.filter((c) => c.asked !== c.applied).length;
  }
  return next;
}

/** The state with each side's oil cut to a share of what its orders would burn, so sorties run dry. */
function short(world: World, state: GameState, orders: Record<SideId, Order[]>, quarters: number): GameState {
  const sides = structuredClone(state.sides);
  for (const side of SIDE_IDS) {
    sides[side].stocks.oil = Math.floor((forecastOil(world, state, side, orders[side]).total * quarters) / 4);
  }
  return { ...state, sides };
}

describe('the oil forecast', () => {
  const games = [
    { file: 'pacific-1941.json', seeds: ['oil-1', 'oil-2', 'oil-3'], turns: 12 },
    { file: 'southern-oil-1942.json', seeds: ['oil-1', 'oil-2', 'oil-3', 'oil-4'], turns: 6 },
  ];
  for (const { file, seeds, turns } of games) {
    it(`burns what the engine burns for random legal orders in ${file}, sortie by sortie`, () => {
      const world = buildWorld(loadScenario(file));
      const tally: Tally = { sides: 0, sorties: 0, refused: 0, limited: 0, arrivals: 0, struck: 0 };
      for (const seed of seeds) {
        let state = createGame(world, seed);
        for (let t = 0; t < turns && !state.outcome; t++) {
          const orders = {
            japan: random.orders(world, state, 'japan'),
            allies: random.orders(world, state, 'allies'),
          };
          // The same orders with the tanks a quarter, half and three quarters full of what they need.
          for (const quarters of [1, 2, 3]) {
            checkTurn(
              world,
              short(world, state, orders, quarters),
              orders,
              tally,
              `${seed}, turn ${state.turn}, oil ${quarters}/4`,
            );
          }
          state = checkTurn(world, state, orders, tally, `${seed}, turn ${state.turn}`);
        }
      }
      // Enough of every case: sorties fuelled and refused, stocks run down to their floor.
      expect(tally.sides).toBeGreaterThan(150);
      expect(tally.sorties).toBeGreaterThan(300);
      expect(tally.refused).toBeGreaterThan(50);
      expect(tally.limited).toBeGreaterThan(10);
      expect(tally.struck).toBeLessThan(tally.sides / 10);
    });
  }

  it('starts from the stock as it stands, and reports orders the turn would refuse as illegal', () => {
    const world = buildWorld(loadScenario('southern-oil-1942.json'));
    const state = deepFreeze(createGame(world, 's'));
    const orders: Order[] = [
      { type: 'move', force: 'akagi', to: 'philippine-sea' },
      { type: 'move', force: 'akagi', to: 'east-china-sea' },
    ];
    const f = forecastOil(world, state, 'japan', orders);
    expect(f.stock).toBe(state.sides.japan.stocks.oil);
    expect(f.sorties.map((s) => s.order)).toEqual([orders[0]]);
    expect(f.illegal).toEqual([{ order: orders[1], refusal: { code: 'has-order', who: 'Akagi' } }]);
  });
});
