/**
 * The oil clock's rule for one side's turn (DESIGN.md §1), in one place: the
 * economy burns its base oil, then every move order is fuelled in the order
 * given — an army crossing the sea takes its transports along and they burn
 * too, counted once — while oil lasts (a force that finds the tanks empty
 * stays where it is), then every ship not moving burns idle oil.
 *
 * `planOilBurn` works the burn out; the economy phase carries it out
 * (phases/economy/oil-burn.ts) and `forecastOil` shows it to a player before
 * the turn. Neither writes to the state.
 */
import { OIL } from '../scenario/resource-ids';
import type { SideId } from '../scenario/schema';
import { checkOrder, idleOil, type Order, seaLiftTransports, sortieOil } from './orders';
import { type ForceState, forceById, type GameState } from './state';
import { withinBounds } from './turn-context';
import { area, type World } from './world';

type MoveOrder = Extract<Order, { type: 'move' }>;

/** A move order to fuel, with whether it goes by sea when its legality check said so. */
export interface MoveToFuel {
  order: MoveOrder;
  /** From the order's legality verdict; undefined: work it out from the state. */
  bySea?: boolean | undefined;
}

/** A move order's fuel: whether the tanks hold enough when its turn to be fuelled comes (if not, why, as the report says it). */
export type SortieFuel = {
  order: MoveOrder;
  force: ForceState;
  /** Transport flotillas an army crossing the sea takes along (empty for the rest). */
  convoy: ForceState[];
  /** Thousand barrels: the force's sortie and its transports' (those no earlier order took along). */
  oil: number;
} & (
  | { fuelled: true }
  /** `emptyTanks`: refused for want of oil; otherwise its transports are taken by another order. */
  | { fuelled: false; reason: string; emptyTanks: boolean }
);

/** One change to the oil stock, as the turn report's ledger lists it. */
export interface OilLine {
  cause: string;
  /** Thousand barrels the rule burns. */
  oil: number;
  /** What comes off the stock: less only when the stock reaches its lower bound. */
  burned: number;
}

export interface OilBurn {
  /** The stock the burn starts from. */
  stock: number;
  /** Burned by the economy and the home front. */
  base: number;
  /** Every move order of a force still in the game, in the order given. */
  sorties: SortieFuel[];
  /** Burned by the fuelled sorties. */
  fuelledOil: number;
  /** Burned by ships in port and on station (every active ship and flotilla not moving). */
  idle: number;
  /** Everything burned. */
  total: number;
  /** The stock after the burn. */
  left: number;
  /** The stock's changes in the order the report's ledger lists them. */
  lines: OilLine[];
}

const BASE_CAUSE = 'the economy and the home front';
const IDLE_CAUSE = 'ships in port and on station';

/** The oil burn of `side` this turn from `stock`, for `moves` in the order given. */
export function planOilBurn(
  world: World,
  state: GameState,
  side: SideId,
  moves: readonly MoveToFuel[],
  stock: number,
): OilBurn {
  const def = world.scenario.resources.find((r) => r.id === OIL);
  let left = stock;
  const lines: OilLine[] = [];
  const burn = (oil: number, cause: string): number => {
    const after = def ? withinBounds(def, left - oil) : left;
    const burned = left - after;
    left = after;
    lines.push({ cause, oil, burned });
    return burned;
  };

  const baseOil = world.scenario.sides[side].baseOilPerTurn;
  const base = baseOil > 0 ? burn(baseOil, BASE_CAUSE) : 0;

  const moving = new Set<string>();
  /** Transports sailing with an army this turn: the army's name and destination. */
  const carrying = new Map<string, { army: string; to: string }>();
  const sorties: SortieFuel[] = [];
  let fuelledOil = 0;
  for (const { order, bySea } of moves) {
    const force = forceById(state, order.force);
    if (force?.status !== 'active') continue;
    // Transports already carrying an army sail with it and have paid their fuel with it: an
    // order of their own to the same place costs nothing more (moving an army and its
    // transports as one group gives both orders); one elsewhere cannot be carried out.
    const carried = carrying.get(force.id);
    if (carried) {
      if (carried.to === order.to) sorties.push({ order, force, convoy: [], oil: 0, fuelled: true });
      else {
        const reason = `${force.name} already sails with ${carried.army} to ${area(world, carried.to).name} this turn`;
        sorties.push({ order, force, convoy: [], oil: 0, fuelled: false, reason, emptyTanks: false });
      }
      continue;
    }
    // An army crossing the sea takes its transports along, and they burn oil too.
    // Transports already sailing with an army ordered before this one are not there to take.
    const convoy =
      force.type === 'army'
        ? seaLiftTransports(world, state, force, order.to, bySea, new Set(carrying.keys()))
        : [];
    // Transports that already sail on orders of their own (given before the army's) are gone when
    // the army would embark: the movement phase would leave it behind, so it is not fuelled either.
    const gone = convoy.filter((t) => moving.has(t.id) && !carrying.has(t.id));
    if (gone.length > 0) {
      const reason = `${force.name} cannot embark: its transports (${gone.map((t) => t.name).join(', ')}) have orders of their own, given before the army's — order the army first to take them along`;
      sorties.push({ order, force, convoy, oil: 0, fuelled: false, reason, emptyTanks: false });
      continue;
    }
    const oil =
      sortieOil(world, force) + convoy.reduce((n, t) => n + (moving.has(t.id) ? 0 : sortieOil(world, t)), 0);
    if (oil > left) {
      const reason = `not enough oil: ${force.name} needs ${oil} thousand barrels to move, ${left} are left`;
      sorties.push({ order, force, convoy, oil, fuelled: false, reason, emptyTanks: true });
      continue;
    }
    moving.add(force.id);
    for (const t of convoy) {
      moving.add(t.id);
      carrying.set(t.id, { army: force.name, to: order.to });
    }
    if (oil > 0) fuelledOil += burn(oil, `${force.name} to ${area(world, order.to).name}`);
    sorties.push({ order, force, convoy, oil, fuelled: true });
  }

  let idleAsked = 0;
  for (const f of state.forces) {
    if (f.side === side && f.status === 'active' && !moving.has(f.id)) idleAsked += idleOil(world, f);
  }
  const idle = idleAsked > 0 ? burn(idleAsked, IDLE_CAUSE) : 0;

  return { stock, base, sorties, fuelledOil, idle, total: stock - left, left, lines };
}

export interface OilForecast extends OilBurn {
  /** Orders the turn would refuse before the economy phase, with the reason (they burn nothing). */
  illegal: { order: Order; reason: string }[];
}

/**
 * What the economy phase's oil burn would do with `orders` if the turn were
 * resolved from `state` now: the orders are checked as `resolveTurn` checks
 * them, then burned by the engine's own rule (`planOilBurn`).
 *
 * What it promises: the burn from the stock as it stands — before this
 * turn's events, production, deliveries, shipping losses and builds, which
 * come first in the turn — with the forces as they stand (forces arriving or
 * struck by an event this turn are not foreseen). Pass `stock` to start from
 * another figure (e.g. the stock once this turn's deliveries are in). The
 * state is only read.
 */
export function forecastOil(
  world: World,
  state: GameState,
  side: SideId,
  orders: readonly Order[],
  options: { stock?: number } = {},
): OilForecast {
  const legal: Order[] = [];
  const moves: MoveToFuel[] = [];
  const illegal: OilForecast['illegal'] = [];
  for (const order of orders) {
    const verdict = checkOrder(world, state, side, order, legal);
    if (!verdict.ok) {
      illegal.push({ order, reason: verdict.reason });
      continue;
    }
    legal.push(order);
    if (order.type === 'move') moves.push({ order, bySea: verdict.bySea ?? false });
  }
  const stock = options.stock ?? state.sides[side].stocks[OIL] ?? 0;
  return { ...planOilBurn(world, state, side, moves, stock), illegal };
}
