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
  return { scenario, areas, neighbours, eventIndex };
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
  const best = new Map<string, number>([[from, 0]]);
  const done = new Set<string>();
  for (;;) {
    let current: string | null = null;
    let currentDist = Number.POSITIVE_INFINITY;
    for (const [id, d] of best) {
      if (!done.has(id) && (d < currentDist || (d === currentDist && current !== null && id < current))) {
        current = id;
        currentDist = d;
      }
    }
    if (current === null || currentDist > limit) return null;
    if (current === to) return currentDist;
    done.add(current);
    if (current !== from && !canPass(current)) continue;
    for (const n of world.neighbours.get(current) ?? []) {
      const d = currentDist + n.distance;
      if (d <= limit && d < (best.get(n.area) ?? Number.POSITIVE_INFINITY)) best.set(n.area, d);
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
