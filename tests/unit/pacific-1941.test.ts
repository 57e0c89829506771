/**
 * The grand campaign's resource story, measured: the oil clock under the
 * embargo, captured oil that tankers cannot carry, and the submarine war
 * strangling imports (O4 O6 O8, S3 S5; USSBS-OIL, USSBS-TRANSPORT).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import {
  buildWorld,
  checkOrder,
  createGame,
  type GameState,
  type Order,
  type ReportItem,
  resolveTurn,
  type TurnOrders,
} from '../../src/engine';
import { loadScenario } from '../support/scenarios';

const world = buildWorld(loadScenario('pacific-1941.json'));
const none: TurnOrders = { japan: [], allies: [] };
const SOUTHERN_OIL = ['borneo', 'sumatra', 'java'];

function shippedOil(items: ReportItem[]): number {
  const oil = items.find((i) => i.kind === 'economy' && i.side === 'japan' && i.resource === 'oil');
  if (oil?.kind !== 'economy') return 0;
  return oil.changes.filter((c) => c.cause.code === 'shipped-home').reduce((n, c) => n + c.amount, 0);
}

/** War from the first turn, and the southern resource area already in Japanese hands (as by March 1942). */
function southTaken(seed: string, tankers?: number): GameState {
  let state = createGame(world, seed);
  state = resolveTurn(world, state, {
    japan: [{ type: 'choose', choice: 'strike-south' }],
    allies: [],
  }).state;
  const s = structuredClone(state);
  for (const id of [...SOUTHERN_OIL, 'malaya', 'singapore', 'luzon', 'mindanao-leyte', 'celebes']) {
    s.control[id] = 'japan';
    for (const f of s.forces)
      if (f.location === id && f.side === 'allies' && f.type === 'army') f.location = 'northern-australia';
  }
  if (tankers !== undefined) s.sides.japan.stocks.tankers = tankers;
  return s;
}

describe('the grand campaign', () => {
  it('runs to an end (surrender, peace or the last turn) for any seed', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 16 }),
        fc.constantFrom('pass', 'random'),
        (seed, policy) => {
          const p = policyByName(policy)!;
          const { state, series } = autoplay(world, seed, { japan: p, allies: p });
          expect(state.outcome).not.toBeNull();
          expect(series.length).toBeLessThanOrEqual(world.scenario.calendar.lastTurn);
          expect(state.sides.japan.stocks.oil).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 6 },
    );
  });

  it('runs the Japanese oil stock dry by spring 1943 under the embargo, with no war and no withdrawal', () => {
    // Japan keeps negotiating: the embargo stays, nothing is captured, no fleet sails.
    let state = createGame(world, 'embargo');
    let dry: string | null = null;
    for (let t = 0; t < 30 && !state.outcome; t++) {
      const orders: TurnOrders =
        t === 0 ? { japan: [{ type: 'choose', choice: 'negotiate' }], allies: [] } : none;
      state = resolveTurn(world, state, orders).state;
      expect(state.flags['war-us']).toBe(false);
      if (dry === null && (state.sides.japan.stocks.oil ?? 0) === 0) dry = state.date;
    }
    expect(state.flags.embargo).toBe(true);
    // The Navy's estimate was 18–24 months of oil: here the tanks are empty in the spring of 1943.
    expect(dry).not.toBeNull();
    expect(dry! >= '1942-12-01').toBe(true);
    expect(dry! <= '1943-06-01').toBe(true);
  });

  it('delivers little of the captured Dutch East Indies oil without enough tankers', () => {
    const deliveries = (tankers: number) => {
      let state = southTaken('tankers', tankers);
      state.oilFields = {}; // the fields repaired: only shipping limits delivery
      let total = 0;
      for (let t = 0; t < 3; t++) {
        const r = resolveTurn(world, state, none);
        total += shippedOil(r.report.items);
        state = r.state;
      }
      return total;
    };
    const few = deliveries(60);
    const many = deliveries(2000);
    expect(few).toBeGreaterThan(0);
    expect(few * 5).toBeLessThan(many);
  });

  it('sees imports shrink as Allied submarine strength grows on the lanes', () => {
    // Every Allied submarine flotilla heads for Japan's lanes each turn.
    const submarineCampaign = (state: GameState): TurnOrders => {
      const allies: Order[] = [];
      for (const f of state.forces) {
        if (f.side !== 'allies' || f.status !== 'active' || f.type !== 'flotilla' || f.class !== 'submarine')
          continue;
        for (const to of ['south-china-sea', 'philippine-sea', 'central-pacific']) {
          if (f.location === to) break;
          const o: Order = { type: 'move', force: f.id, to };
          if (checkOrder(world, state, 'allies', o, allies).ok) {
            allies.push(o);
            break;
          }
        }
      }
      return { japan: [], allies };
    };
    const yearly = (campaign: boolean) => {
      let state = southTaken('subs');
      const byYear: Record<string, number> = {};
      while (!state.outcome && state.date < '1945-01-01') {
        const r = resolveTurn(world, state, campaign ? submarineCampaign(state) : none);
        const year = state.date.slice(0, 4);
        byYear[year] = (byYear[year] ?? 0) + shippedOil(r.report.items);
        state = r.state;
      }
      const { merchant = 0, tankers = 0 } = state.sides.japan.stocks;
      return { byYear, tankers, shipping: merchant + tankers };
    };
    const withSubs = yearly(true);
    const without = yearly(false);
    // The share of the oil that still gets through falls year by year as the boats multiply
    // (US submarines on patrol: 13 in 1942, 18 in 1943, 27–43 in 1944 — S8 S10).
    const share = (year: string) => withSubs.byYear[year]! / without.byYear[year]!;
    expect(share('1943')).toBeLessThan(share('1942'));
    expect(share('1944')).toBeLessThan(share('1943'));
    // The boats sink freighters and tankers in the sea areas the cargoes cross (tankers weighted
    // as targets from 1943 — S3), so the shipping left falls well below a war without them.
    expect(share('1944')).toBeLessThan(0.95);
    expect(withSubs.tankers).toBeLessThan(without.tankers);
    expect(withSubs.shipping).toBeLessThan(without.shipping * 0.8);
  });
});

describe('the 1941 decisions have consequences', () => {
  const play = (japan: string, seed: string) => {
    const j = policyByName(japan)!;
    const a = policyByName('historical')!;
    let state = createGame(world, seed);
    const battles: string[] = [];
    while (!state.outcome) {
      const r = resolveTurn(world, state, {
        japan: j.orders(world, state, 'japan'),
        allies: a.orders(world, state, 'allies'),
      });
      for (const i of r.report.items) if (i.kind === 'battle') battles.push(i.area);
      state = r.state;
    }
    return { state, battles };
  };

  it('negotiating to the end is judged, not a free draw: without oil Japan accepts the American terms', () => {
    for (const seed of ['n1', 'n2']) {
      const { state } = play('doctrine:negotiate', seed);
      expect(state.outcome?.kind).toBe('terms-accepted');
      expect(state.outcome?.winner).toBe('allies');
      // Long before the scenario's last turn, and never at war.
      expect(state.outcome!.date < '1945-01-01').toBe(true);
      expect(state.warTurns).toBe(0);
    }
  });

  it('accepting the terms ends the game at once, judged against Japan’s aims', () => {
    const { state } = play('doctrine:settle', 's1');
    expect(state.outcome?.kind).toBe('terms-accepted');
    expect(state.outcome!.date < '1941-12-01').toBe(true);
  });

  it('striking north opens a Soviet front fought by the battle rules, and the US war does not follow by itself', () => {
    const { state, battles } = play('doctrine:strike-north', 'sn1');
    expect(battles).toContain('soviet-far-east');
    expect(state.flags['war-ussr']).toBe(true);
    expect(state.flags['war-us']).toBe(false);
    expect(state.outcome?.kind).toBe('terms-accepted');
  });

  it('the USSR does not declare war on a Japan at peace with the US', () => {
    const { state } = play('doctrine:withdraw', 'w1');
    expect(state.fired['soviet-entry']).toBeUndefined();
  });
});
