/**
 * Shipyard capacity (`rules.shipyards`): the thousand GT of shipping a side's yards can have
 * ordered or on the slips at once. A build with a `yardKgt` takes that much from the order until
 * it is delivered; the capacity is the side's stock of the rule's resource, which only a
 * buildable adding it raises (more berths, new yards, the wartime standard ships). Japan's yards
 * completed about 210,000 GT of merchant ships in 1941 and, after the navy's Kaigun Kansei Honbu
 * took the programme over in 1943 and built new yards and berths for the standard ships, about
 * 1.7 M GT in 1944 (USSBS-TRANSPORT, PARILLO-1993): output rose with investment, not by itself.
 *
 * The order check (orders.ts checkBuild) and the payment (economy/builds.ts) read the same
 * numbers — the queue as it stands when the orders are given, less what is delivered this turn
 * (the turn number is the same at both), and the earlier builds of the turn — so a build the
 * check accepts is always paid.
 */
import type { Order } from '../scenario/order-schema';
import type { SideId } from '../scenario/schema';
import type { GameState } from './state';
import type { World } from './world';

/** The side's shipyard capacity in thousand GT, or null when its builds are not limited (no rule). */
export function yardCapacity(world: World, state: GameState, side: SideId): number | null {
  const rule = world.scenario.rules.shipyards;
  if (!rule) return null;
  return state.sides[side].stocks[rule.capacity] ?? 0;
}

/** Thousand GT of slipway one of a buildable takes (0: it does not use the yards). */
export function yardKgtOf(world: World, item: string): number {
  return world.scenario.buildables.find((b) => b.id === item)?.yardKgt ?? 0;
}

/**
 * Thousand GT on the side's slips: builds queued that are not delivered this turn, and `earlier`
 * build orders of this turn. A ship delivered this turn (ready now, handed over in the events
 * phase) frees its slip for a keel laid this month, so a build of `turns` turns holds its room
 * for `turns` turns' orders.
 */
export function yardInUse(
  world: World,
  state: GameState,
  side: SideId,
  earlier: readonly Order[] = [],
): number {
  let sum = 0;
  for (const q of state.queue) if (q.side === side && q.ready > state.turn) sum += yardKgtOf(world, q.item);
  for (const o of earlier) if (o.type === 'build') sum += yardKgtOf(world, o.item) * o.count;
  return sum;
}

/**
 * What the side's yards can still take this turn after `earlier` orders (thousand GT), with the
 * capacity; null when the scenario does not limit them.
 */
export function yardRoom(
  world: World,
  state: GameState,
  side: SideId,
  earlier: readonly Order[] = [],
): { capacity: number; free: number } | null {
  const capacity = yardCapacity(world, state, side);
  if (capacity === null) return null;
  return { capacity, free: Math.max(0, capacity - yardInUse(world, state, side, earlier)) };
}

/** The side's buildable that raises its shipyard capacity (the first), or undefined. */
export function yardExpansion(world: World, side: SideId) {
  const rule = world.scenario.rules.shipyards;
  if (!rule) return undefined;
  return world.scenario.buildables.find((b) => b.side === side && (b.adds[rule.capacity] ?? 0) > 0);
}

/** The refusal of `count` of `item` over the yards' room (or null when there is room), checked after `earlier`. */
export function yardsFull(
  world: World,
  state: GameState,
  side: SideId,
  item: string,
  count: number,
  earlier: readonly Order[],
): { need: number; free: number; capacity: number; expansion: string | null } | null {
  const each = yardKgtOf(world, item);
  if (each === 0) return null;
  const room = yardRoom(world, state, side, earlier);
  if (!room || room.free >= each * count) return null;
  return {
    need: each * count,
    free: room.free,
    capacity: room.capacity,
    expansion: yardExpansion(world, side)?.name ?? null,
  };
}
