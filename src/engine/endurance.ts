/**
 * How far ships may sail from fuel (`rules.endurance`): a ship may end its
 * move only where the nearest of its side's fuelled ports is within its
 * class's radius (half its endurance at cruising speed), plus what the
 * side's fleet train (oilers refuelling at sea) adds from its date. The
 * distance is counted by sea from the port to the destination, so a ship
 * may go from one base to another, and a fleet reaches farther by holding
 * anchorages forward: Majuro and Eniwetok (the Marshalls), Manus, Ulithi
 * and Espiritu Santo for the US fleet; Truk and the southern oil ports for
 * Japan's (CARTER-1953; B7 for the oilers that took the Pearl Harbor force
 * to Hawaii).
 */
import type { SideId } from '../scenario/schema';
import type { Refusal } from '../text/refusal-text';
import type { ForceState, GameState } from './state';
import { area, seaDistance, type World } from './world';

/** A ship class's reach for a side now: its radius and the fleet train's extra (null: not limited). */
export interface Reach {
  radius: number;
  extra: number;
}

/** The reach of `cls` for `side` at `date`, or null when the class has no figure (or there is no rule). */
export function reachOf(world: World, side: SideId, cls: string, date: string): Reach | null {
  const rule = world.scenario.rules.endurance;
  const radius = rule?.radiusNm[side][cls];
  if (!rule || radius === undefined) return null;
  return { radius, extra: fleetTrainExtra(world, side, date) };
}

/** The extra reach of the side's fleet train at `date`: the latest entry that has begun (0 before any). */
export function fleetTrainExtra(world: World, side: SideId, date: string): number {
  let extra = 0;
  let latest = '';
  for (const t of world.scenario.rules.endurance?.fleetTrain ?? [])
    if (t.side === side && t.from <= date && t.from >= latest) {
      extra = t.extraNm;
      latest = t.from;
    }
  return extra;
}

/** The date the side's fleet train first adds reach after `date`, if any (for advice). */
function nextFleetTrain(world: World, side: SideId, date: string, now: number): string | null {
  let next: string | null = null;
  for (const t of world.scenario.rules.endurance?.fleetTrain ?? [])
    if (t.side === side && t.from > date && t.extraNm > now && (next === null || t.from < next))
      next = t.from;
  return next;
}

/** The side's fuelled ports now: the bases of the rule that it holds and that have opened. */
export function fuelledPorts(world: World, state: GameState, side: SideId): readonly string[] {
  // Kept with the world while the record of control is frozen (a record still being changed in
  // this turn's resolution is read afresh).
  if (!Object.isFrozen(state.control)) return listFuelledPorts(world, state, side);
  let memo = world.memo.fuelledPorts;
  if (!memo) {
    memo = new WeakMap();
    world.memo.fuelledPorts = memo;
  }
  let byKey = memo.get(state.control);
  if (!byKey) {
    byKey = new Map();
    memo.set(state.control, byKey);
  }
  const key = `${side}|${state.date}`;
  let ports = byKey.get(key);
  if (!ports) {
    ports = listFuelledPorts(world, state, side);
    byKey.set(key, ports);
  }
  return ports;
}

function listFuelledPorts(world: World, state: GameState, side: SideId): string[] {
  const out: string[] = [];
  for (const b of world.scenario.rules.endurance?.bases ?? []) {
    if (b.side !== side || (b.from !== undefined && b.from > state.date)) continue;
    const a = world.areas.get(b.area);
    if (!a || (state.control[a.id] ?? a.owner) !== side || out.includes(a.id)) continue;
    out.push(a.id);
  }
  return out;
}

/** The nearest of the side's fuelled ports to `to` by sea, and how far; null when none reaches it. */
export function nearestFuel(
  world: World,
  state: GameState,
  side: SideId,
  to: string,
): { port: string; distance: number } | null {
  let best: { port: string; distance: number } | null = null;
  for (const port of fuelledPorts(world, state, side)) {
    const d = seaDistance(world, port, to, Number.POSITIVE_INFINITY);
    if (d !== null && (best === null || d < best.distance)) best = { port, distance: d };
  }
  return best;
}

/**
 * Whether ships of `classes` (the move's, or a convoy's transports and
 * escorts) of `side` may sail from `from` to `to` this turn: null if so, else
 * the refusal, for the class with the shortest reach. The move has fuel when
 * a fuelled port within the class's reach of `to` is where the ships start,
 * or lies on a way to `to` they can steam this turn (`turnRange`: they call
 * there and fill up), or is near enough that what they steamed since leaving
 * it and the way on to `to` are within their reach together.
 */
export function enduranceRefusal(
  world: World,
  state: GameState,
  side: SideId,
  classes: readonly string[],
  from: string,
  to: string,
  turnRange: number,
  who: string,
): Refusal | null {
  if (!world.scenario.rules.endurance) return null;
  let shortest: { cls: string; reach: Reach } | null = null;
  for (const cls of classes) {
    const reach = reachOf(world, side, cls, state.date);
    if (reach && (!shortest || reach.radius < shortest.reach.radius)) shortest = { cls, reach };
  }
  if (!shortest) return null;
  const { cls, reach } = shortest;
  const limit = reach.radius + reach.extra;
  const far = Number.POSITIVE_INFINITY;
  const direct = seaDistance(world, from, to, far) ?? far;
  let nearest: { port: string; distance: number } | null = null;
  for (const port of fuelledPorts(world, state, side)) {
    const onward = seaDistance(world, port, to, far);
    if (onward === null) continue;
    if (nearest === null || onward < nearest.distance) nearest = { port, distance: onward };
    if (onward > limit) continue;
    if (port === from) return null;
    const there = seaDistance(world, from, port, far);
    if (there !== null && (there + onward <= turnRange || there + direct <= limit)) return null;
  }
  return {
    code: 'beyond-endurance',
    who,
    shipClass: cls,
    from: area(world, from).name,
    direct: direct === far ? 0 : direct,
    area: area(world, to).name,
    port: nearest ? area(world, nearest.port).name : null,
    distance: nearest?.distance ?? 0,
    reach: limit,
    fleetTrain: reach.extra > 0,
    fleetTrainFrom: nextFleetTrain(world, side, state.date, reach.extra),
  };
}

/** The ship classes of a force that sails (its own class; none for armies and aircraft). */
export function sailingClasses(force: ForceState): string[] {
  return force.type === 'ship' || force.type === 'flotilla' ? [force.class] : [];
}
