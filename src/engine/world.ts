/**
 * A scenario with lookup tables built once: areas by id, neighbours sorted by
 * id (so every search visits them in the same order everywhere).
 */
import type { AreaDef, Scenario } from '../scenario/schema';

export interface Neighbour {
  area: string;
  distance: number;
}

export interface World {
  scenario: Scenario;
  areas: Map<string, AreaDef>;
  neighbours: Map<string, Neighbour[]>;
  /** The same graph by index, for searches that run many times a turn. */
  graph: { ids: string[]; index: Map<string, number>; edges: { to: number; distance: number }[][] };
  eventIndex: Map<string, number>;
}

export function buildWorld(scenario: Scenario): World {
  const areas = new Map(scenario.areas.map((a) => [a.id, a]));
  const neighbours = new Map<string, Neighbour[]>(scenario.areas.map((a) => [a.id, []]));
  for (const c of scenario.connections) {
    neighbours.get(c.a)?.push({ area: c.b, distance: c.distance });
    neighbours.get(c.b)?.push({ area: c.a, distance: c.distance });
  }
  for (const list of neighbours.values())
    list.sort((x, y) => (x.area < y.area ? -1 : x.area > y.area ? 1 : 0));
  const eventIndex = new Map(scenario.events.map((e, i) => [e.id, i]));
  const ids = scenario.areas.map((a) => a.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const edges = ids.map((id) =>
    (neighbours.get(id) ?? []).map((n) => ({ to: index.get(n.area)!, distance: n.distance })),
  );
  return { scenario, areas, neighbours, eventIndex, graph: { ids, index, edges } };
}

export function area(world: World, id: string): AreaDef {
  const a = world.areas.get(id);
  if (!a) throw new Error(`unknown area ${id}`);
  return a;
}

/**
 * Shortest distance from `from` to `to` through areas that `canPass` allows
 * (the destination itself need not be passable), or null if none within `limit`.
 */
export function shortestDistance(
  world: World,
  from: string,
  to: string,
  limit: number,
  canPass: (areaId: string) => boolean,
): number | null {
  const { ids, index, edges } = world.graph;
  const start = index.get(from);
  const goal = index.get(to);
  if (start === undefined || goal === undefined) return null;
  const n = ids.length;
  const best = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(n);
  best[start] = 0;
  // Dense Dijkstra: the map has a few dozen areas, so scanning for the nearest beats a heap.
  // Ties go to the lower index (scenario order), so every runtime explores in the same order.
  for (;;) {
    let current = -1;
    let currentDist = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (done[i] === 0 && best[i]! < currentDist) {
        current = i;
        currentDist = best[i]!;
      }
    }
    if (current < 0 || currentDist > limit) return null;
    if (current === goal) return currentDist;
    done[current] = 1;
    if (current !== start && !canPass(ids[current]!)) continue;
    for (const e of edges[current]!) {
      const d = currentDist + e.distance;
      if (d <= limit && d < best[e.to]!) best[e.to] = d;
    }
  }
}

/** Every area reachable from `from` through areas `canPass` allows. */
export function reachable(world: World, from: string, canPass: (areaId: string) => boolean): Set<string> {
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    for (const n of world.neighbours.get(id) ?? []) {
      if (!seen.has(n.area) && canPass(n.area)) {
        seen.add(n.area);
        queue.push(n.area);
      }
    }
  }
  return seen;
}
