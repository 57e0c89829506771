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
  moveRoute,
  movingForce,
  type Order,
  type World,
} from '../../engine/index';
import { seaLiftTransports } from '../../engine/orders';
import type { SideId } from '../../scenario/schema';

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

  /**
   * Moves the group to `to` (see planGroup); a force that already had a move order gets this one
   * instead. `men`: the thousand men of the group's army that go (a detachment), absent all.
   */
  addMoves(world: World, state: GameState, forces: readonly string[], to: string, men?: number): Legality[] {
    const before = [...this.list];
    this.list = this.list.filter((o) => !(o.type === 'move' && forces.includes(o.force)));
    const plan = planGroup(world, state, this.side, forces, to, this.list, men);
    const verdicts = plan.orders.map((order) => this.add(world, state, order));
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
 * With `men`, the group's one army sends that many thousand men (detach.ts).
 */
export function groupMoves(
  state: GameState,
  forces: readonly string[],
  to: string,
  men?: number,
): MoveOrder[] {
  const isArmy = (id: string) => state.forces.find((f) => f.id === id)?.type === 'army';
  return [...forces.filter(isArmy), ...forces.filter((id) => !isArmy(id))].map((force) =>
    armyMove(state, forces, force, to, men),
  );
}

/**
 * The move of one force of a group: with `men` fewer than its men, the group's one army sends that
 * many (a detachment); otherwise the whole force goes. The engine refuses an impossible size.
 */
export function armyMove(
  state: GameState,
  group: readonly string[],
  force: string,
  to: string,
  men?: number,
): MoveOrder {
  const f = state.forces.find((x) => x.id === force);
  if (men === undefined || f?.type !== 'army' || men === f.troops || detachingArmy(state, group) !== f.id)
    return { type: 'move', force, to };
  return { type: 'move', force, to, men };
}

/** The army of a group that may send part of its men: the group's only army, or null. */
export function detachingArmy(state: GameState, group: readonly string[]): string | null {
  const armies = group.filter((id) => state.forces.find((f) => f.id === id)?.type === 'army');
  return armies.length === 1 ? armies[0]! : null;
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
  /** The thousand men of the group's army that go (a detachment); absent, all. */
  men?: number,
): Map<string, number> {
  const out = new Map<string, number>();
  if (forces.length === 0) return out;
  for (const area of world.scenario.areas) {
    const verdict = checkGroup(world, state, side, forces, area.id, earlier, men);
    if (verdict.ok) out.set(area.id, verdict.distance ?? 0);
  }
  return out;
}

/**
 * What a group of forces sent to `to` does, as a player means it. Usually every
 * force moves there, armies first (groupMoves). An army sent with its
 * transports and escorts (or the whole stack) onto land that ships cannot
 * enter invades it: the army sails with the transports it needs, which go
 * along without an order of their own, and the other ships escort it to the
 * last sea area on its way; ships with no sea route stay.
 */
export interface GroupPlan {
  orders: MoveOrder[];
  /** Transports that sail with an army (no order of their own). */
  carried: string[];
  /** The sea area the escorts go to, when the target is land they cannot enter. */
  escortsTo: string | null;
  /** Ships that stay where they are (the army does not go by sea). */
  staying: string[];
  /**
   * Transports ticked with the army that it does not need (the rules load the army into the
   * port's transports smallest first, `seaLiftTransports`): they stay in port. play24's student
   * ticked the Kure transports with the 16th Army; the army sailed in the home ports' transports and
   * the Kure transports were sent to sea as the landing's "escort".
   */
  spare: string[];
}

export function planGroup(
  world: World,
  state: GameState,
  side: SideId,
  ids: readonly string[],
  to: string,
  earlier: readonly Order[],
  /** The thousand men of the group's army that go (a detachment); absent, all. */
  men?: number,
): GroupPlan {
  const plain: GroupPlan = {
    orders: groupMoves(state, ids, to, men),
    carried: [],
    escortsTo: null,
    staying: [],
    spare: [],
  };
  const forces = ids.flatMap((id) => state.forces.filter((f) => f.id === id));
  const armies = forces.filter((f) => f.type === 'army');
  const ships = forces.filter((f) => f.type === 'ship' || f.type === 'flotilla');
  const dest = world.areas.get(to);
  if (!dest || armies.length === 0 || ships.length === 0) return plain;
  const owner = state.control[to] ?? dest.owner;
  if (dest.kind === 'sea' || (dest.port && owner === side)) return plain;

  const orders: MoveOrder[] = armies.map((a) => armyMove(state, ids, a.id, to, men));
  const given = [...earlier];
  const taken = new Set<string>();
  let route: string[] | null = null;
  for (const o of orders) {
    // A detachment takes transports for its own men (the engine's movingForce).
    const army = movingForce(world, state, o);
    const v = checkOrder(world, state, side, o, given);
    if (army && v.ok && v.bySea) {
      for (const t of seaLiftTransports(world, state, army, to, true, taken)) taken.add(t.id);
      route ??= moveRoute(world, state, side, o);
    }
    given.push(o);
  }
  const seaOnRoute = route
    ? [...route].reverse().find((id) => world.areas.get(id)?.kind === 'sea')
    : undefined;
  const escortsTo = seaOnRoute ?? null;
  const staying: string[] = [];
  const spare: string[] = [];
  for (const f of forces) {
    if (f.type === 'army' || taken.has(f.id)) continue;
    if (route && f.type === 'flotilla' && f.class === 'transport') {
      spare.push(f.id);
      continue;
    }
    const target = f.type === 'air' ? to : escortsTo;
    const order: MoveOrder | null = target ? { type: 'move', force: f.id, to: target } : null;
    // A force that cannot go along stays, and says so; it never blocks the invasion.
    if (!order || !checkOrder(world, state, side, order, given).ok) {
      staying.push(f.id);
      continue;
    }
    orders.push(order);
    given.push(order);
  }
  return { orders, carried: [...taken], escortsTo, staying, spare };
}

/** Whether all `forces` may move to `to` (as planGroup sends them); the first refusal (with its reason) if not. */
export function checkGroup(
  world: World,
  state: GameState,
  side: SideId,
  forces: readonly ForceState[],
  to: string,
  earlier: readonly Order[],
  men?: number,
): Legality {
  return plannedGroup(world, state, side, forces, to, earlier, men).verdict;
}

/** The group's plan (planGroup) and its verdict (checkPlan), the group planned once. */
export function plannedGroup(
  world: World,
  state: GameState,
  side: SideId,
  forces: readonly ForceState[],
  to: string,
  earlier: readonly Order[],
  men?: number,
): { plan: GroupPlan; verdict: Legality } {
  const plan = planGroup(
    world,
    state,
    side,
    forces.map((f) => f.id),
    to,
    earlier,
    men,
  );
  return { plan, verdict: checkPlan(world, state, side, plan, earlier) };
}

/**
 * Whether every order of a plan made by planGroup (with the same `earlier`
 * orders) is legal; the first refusal if not. `plannedGroup` plans a group and
 * checks it with this, for callers that need the plan too.
 */
export function checkPlan(
  world: World,
  state: GameState,
  side: SideId,
  plan: GroupPlan,
  earlier: readonly Order[],
): Legality {
  const given = [...earlier];
  let longest = 0;
  let bySea = false;
  const escorts: string[] = [];
  for (const order of plan.orders) {
    const verdict = checkOrder(world, state, side, order, given);
    if (!verdict.ok) return verdict;
    longest = Math.max(longest, verdict.distance ?? 0);
    bySea ||= verdict.bySea === true;
    for (const id of verdict.escorts ?? []) if (!escorts.includes(id)) escorts.push(id);
    given.push(order);
  }
  return { ok: true, distance: longest, bySea, ...(escorts.length > 0 ? { escorts } : {}) };
}

export interface Risk {
  /** Enemy forces in the destination. */
  there: ForceState[];
  /** Enemy air groups in neighbouring areas close enough to strike (the scenario's land-based air reach, flown: air legs too). */
  airNearby: { force: ForceState; area: string; distance: number }[];
}

export function risksAt(world: World, state: GameState, side: SideId, to: string): Risk {
  const enemy = side === 'japan' ? 'allies' : 'japan';
  const active = state.forces.filter((f) => f.side === enemy && f.status === 'active');
  const reach = world.scenario.rules.landAirReach;
  const near = new Map(
    (world.airNeighbours.get(to) ?? []).filter((n) => n.distance <= reach).map((n) => [n.area, n.distance]),
  );
  return {
    there: active.filter((f) => f.location === to),
    airNearby: active
      .filter((f) => f.type === 'air' && near.has(f.location))
      .map((f) => ({ force: f, area: f.location, distance: near.get(f.location) ?? 0 })),
  };
}
