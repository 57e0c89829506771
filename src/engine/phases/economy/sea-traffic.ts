/**
 * The tonnage sailing through each area this turn, by the graph's index (`world.graph`): the
 * shipping war (shipping-losses.ts) reads and adds it many times a turn, so it is kept in arrays
 * instead of maps by id. Only a speed-up: the same sums, in the same order, as by id.
 */
import type { World } from '../../world';
import { TANKERS } from './deliveries';
import type { Cargo } from './shipping-losses';

export interface Traffic {
  /** Thousand GT of freighters and of tankers through each area, by index (0 where none sails). */
  merchant: Float64Array;
  tankers: Float64Array;
  /** The areas with traffic, by index, in the order of their ids. */
  areas: number[];
}

/** The traffic of `cargoes` (those with ships); each cargo's tonnage is added to `sailed.sailedKgt` if given. */
export function trafficOf(world: World, cargoes: readonly Cargo[], sailed?: { sailedKgt: number }): Traffic {
  const n = world.graph.ids.length;
  const merchant = new Float64Array(n);
  const tankers = new Float64Array(n);
  const seen = new Uint8Array(n);
  const areas: number[] = [];
  for (const c of cargoes) {
    if (c.kgt <= 0) continue;
    if (sailed) sailed.sailedKgt += c.kgt;
    const route = routeIndexes(world, c.route);
    const onTankers = c.ships === TANKERS;
    for (let k = 0; k < route.length; k++) {
      const i = route[k]!;
      if (seen[i] === 0) {
        seen[i] = 1;
        areas.push(i);
      }
      if (onTankers) tankers[i]! += c.kgt;
      else merchant[i]! += c.kgt;
    }
  }
  const rank = rankById(world);
  areas.sort((a, b) => rank[a]! - rank[b]!);
  return { merchant, tankers, areas };
}

/** Thousand GT sailing through the area of index `i` this turn. */
export function sailingAt(traffic: Traffic, i: number): number {
  return traffic.merchant[i]! + traffic.tankers[i]!;
}

/** The graph indices of a route's areas, worked out once per route. */
export function routeIndexes(world: World, route: readonly string[]): Int32Array {
  world.memo.routeIndexes ??= new WeakMap();
  const known = world.memo.routeIndexes;
  let found = known.get(route);
  if (!found) {
    found = Int32Array.from(route, (id) => indexOf(world, id));
    known.set(route, found);
  }
  return found;
}

/** Each area's place among all the areas sorted by id, by index (made once per world). */
export function rankById(world: World): Int32Array {
  if (!world.memo.rankById) {
    const { ids } = world.graph;
    const order = ids
      .map((_, i) => i)
      .sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b));
    const rank = new Int32Array(ids.length);
    for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
    world.memo.rankById = rank;
  }
  return world.memo.rankById;
}

/** The graph index of area `id`. */
export function indexOf(world: World, id: string): number {
  const i = world.graph.index.get(id);
  if (i === undefined) throw new Error(`unknown area ${id}`);
  return i;
}
