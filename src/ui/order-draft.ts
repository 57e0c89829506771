/**
 * A side's orders while the player is still giving them: every order is
 * checked by the engine's `checkOrder` against the ones before it, exactly as
 * the engine will check them when the turn is resolved. Also what the order
 * panel shows before an order is confirmed: where the chosen forces may go
 * and who is waiting there (what it costs is the engine's oil forecast, in
 * oil-forecast.ts). No rule is decided here.
 */
import {
  checkOrder,
  type ForceState,
  type GameState,
  type Legality,
  type Order,
  type World,
} from '../engine/index';
import type { SideId } from '../scenario/schema';

type MoveOrder = Extract<Order, { type: 'move' }>;

export class OrderDraft {
  readonly side: SideId;
  private list: Order[] = [];

  constructor(side: SideId, orders: readonly Order[] = []) {
    this.side = side;
    this.list = [...orders];
  }

  get orders(): readonly Order[] {
    return this.list;
  }

  /** Adds the order if the engine would accept it after the ones already given. */
  add(world: World, state: GameState, order: Order): Legality {
    const verdict = checkOrder(world, state, this.side, order, this.list);
    if (verdict.ok) this.list.push(order);
    return verdict;
  }

  /** Moves each force to `to` (see groupMoves); a force that already had a move order gets this one instead. */
  addMoves(world: World, state: GameState, forces: readonly string[], to: string): Legality[] {
    const before = [...this.list];
    this.list = this.list.filter((o) => !(o.type === 'move' && forces.includes(o.force)));
    const verdicts = groupMoves(state, forces, to).map((order) => this.add(world, state, order));
    if (verdicts.some((v) => !v.ok)) this.list = before;
    return verdicts;
  }

  remove(index: number) {
    this.list.splice(index, 1);
  }

  clear() {
    this.list = [];
  }

  moveOf(force: string): MoveOrder | undefined {
    return this.list.find((o): o is MoveOrder => o.type === 'move' && o.force === force);
  }

  /** The orders without any move of these forces (so a force can be given a new destination). */
  withoutMovesOf(forces: readonly string[]): Order[] {
    return this.list.filter((o) => !(o.type === 'move' && forces.includes(o.force)));
  }
}

/**
 * The move orders for a group of forces going to `to`, armies first: orders
 * are carried out in the order given, and an army crossing the sea takes the
 * transports in its port along — ordered after them, it would find them gone.
 */
export function groupMoves(state: GameState, forces: readonly string[], to: string): MoveOrder[] {
  const isArmy = (id: string) => state.forces.find((f) => f.id === id)?.type === 'army';
  return [...forces.filter(isArmy), ...forces.filter((id) => !isArmy(id))].map((force) => ({
    type: 'move',
    force,
    to,
  }));
}

/**
 * Areas every one of `forces` may move to, with the longest distance among
 * them (nautical miles). Each force is checked after the orders already given
 * and the forces before it, as the engine will.
 */
export function legalDestinations(
  world: World,
  state: GameState,
  side: SideId,
  forces: readonly ForceState[],
  earlier: readonly Order[],
): Map<string, number> {
  const out = new Map<string, number>();
  if (forces.length === 0) return out;
  for (const area of world.scenario.areas) {
    const verdict = checkGroup(world, state, side, forces, area.id, earlier);
    if (verdict.ok) out.set(area.id, verdict.distance ?? 0);
  }
  return out;
}

/** Whether all `forces` may move to `to`; the first refusal (with its reason) if not. */
export function checkGroup(
  world: World,
  state: GameState,
  side: SideId,
  forces: readonly ForceState[],
  to: string,
  earlier: readonly Order[],
): Legality {
  const given = [...earlier];
  let longest = 0;
  let bySea = false;
  for (const f of forces) {
    const order: Order = { type: 'move', force: f.id, to };
    const verdict = checkOrder(world, state, side, order, given);
    if (!verdict.ok) return verdict;
    longest = Math.max(longest, verdict.distance ?? 0);
    bySea ||= verdict.bySea === true;
    given.push(order);
  }
  return { ok: true, distance: longest, bySea };
}

export interface Risk {
  /** Enemy forces in the destination. */
  there: ForceState[];
  /** Enemy air groups in neighbouring areas close enough to strike (the scenario's land-based air reach). */
  airNearby: { force: ForceState; area: string; distance: number }[];
}

export function risksAt(world: World, state: GameState, side: SideId, to: string): Risk {
  const enemy = side === 'japan' ? 'allies' : 'japan';
  const active = state.forces.filter((f) => f.side === enemy && f.status === 'active');
  const reach = world.scenario.rules.landAirReach;
  const near = new Map(
    (world.neighbours.get(to) ?? []).filter((n) => n.distance <= reach).map((n) => [n.area, n.distance]),
  );
  return {
    there: active.filter((f) => f.location === to),
    airNearby: active
      .filter((f) => f.type === 'air' && near.has(f.location))
      .map((f) => ({ force: f, area: f.location, distance: near.get(f.location) ?? 0 })),
  };
}
