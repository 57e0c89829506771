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

/**
 * The traffic of `cargoes` (those with ships). Its tables come from the world's pool:
 * `giveBackTraffic` once read.
 */
export function trafficOf(world: World, cargoes: readonly Cargo[]): Traffic {
  const merchant = takeTable(world, 0);
  const tankers = takeTable(world, 0);
  for (const c of cargoes) {
    if (c.kgt <= 0) continue;
    const route = routeIndexes(world, c.route);
    const onTankers = c.ships === TANKERS;
    for (let k = 0; k < route.length; k++) {
      const i = route[k]!;
      if (onTankers) tankers[i]! += c.kgt;
      else merchant[i]! += c.kgt;
    }
  }
  // Every cargo counted has ships (kgt > 0): an area it crosses has traffic.
  const areas: number[] = [];
  const byId = areasById(world);
  for (let k = 0; k < byId.length; k++) {
    const i = byId[k]!;
    if (merchant[i]! + tankers[i]! > 0) areas.push(i);
  }
  return { merchant, tankers, areas };
}

export function giveBackTraffic(world: World, traffic: Traffic): void {
  giveBack(world, traffic.merchant);
  giveBack(world, traffic.tankers);
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

/** The areas' indices in the order of their ids (made once per world). */
export function areasById(world: World): Int32Array {
  if (!world.memo.areasById) {
    const { ids } = world.graph;
    const order = ids
      .map((_, i) => i)
      .sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b));
    world.memo.areasById = Int32Array.from(order);
  }
  return world.memo.areasById;
}

/** The graph index of area `id`. */
export function indexOf(world: World, id: string): number {
  const i = world.graph.index.get(id);
  if (i === undefined) throw new Error(`unknown area ${id}`);
  return i;
}

/**
 * A table of every area's entry by index, each `value`, from the world's pool (`world.memo.seaTables`;
 * a new one when the pool is empty). Give it back (`giveBack`) once nothing reads it any more.
 */
export function takeTable(world: World, value: number): Float64Array {
  world.memo.seaTables ??= [];
  const table = world.memo.seaTables.pop() ?? new Float64Array(world.graph.ids.length);
  table.fill(value);
  return table;
}

/** Returns a table of `takeTable` to the pool: the caller and whoever it handed the table to no longer read it. */
export function giveBack(world: World, table: Float64Array): void {
  world.memo.seaTables ??= [];
  world.memo.seaTables.push(table);
}
