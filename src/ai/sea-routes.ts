/**
 * Map reasoning for the doctrines: routes through sea areas, the sea areas
 * Japan's cargoes cross on their way home (the lanes), and a step toward a
 * destination that is more than one turn away. Everything is derived from
 * the scenario's map and the state; neighbours are sorted by id, so every
 * search gives the same answer in every runtime.
 */
import { checkOrder, type GameState, type Order, type World } from '../engine/index';
import type { SideId } from '../scenario/schema';

/** Who holds an area now (sea areas: "none"). */
export function holder(world: World, state: GameState, id: string): string {
  return state.control[id] ?? world.areas.get(id)?.owner ?? 'none';
}

const isSea = (world: World, id: string) => world.areas.get(id)?.kind === 'sea';

/**
 * A shortest route from `from` to `to` (both included) whose inner areas are
 * sea areas, or null. Ties between equal distances go to the route found
 * first, and the search visits neighbours in id order, so it is deterministic.
 */
export function seaRoute(world: World, from: string, to: string): string[] | null {
  if (from === to) return [from];
  const dist = new Map<string, number>([[from, 0]]);
  const prev = new Map<string, string>();
  const done = new Set<string>();
  for (;;) {
    let current: string | null = null;
    let best = Number.POSITIVE_INFINITY;
    for (const [id, d] of dist) {
      if (!done.has(id) && (d < best || (d === best && current !== null && id < current))) {
        current = id;
        best = d;
      }
    }
    if (current === null) return null;
    if (current === to) break;
    done.add(current);
    if (current !== from && !isSea(world, current)) continue;
    for (const n of world.neighbours.get(current) ?? []) {
      const d = best + n.distance;
      if (d < (dist.get(n.area) ?? Number.POSITIVE_INFINITY)) {
        dist.set(n.area, d);
        prev.set(n.area, current);
      }
    }
  }
  const route = [to];
  for (let at = to; at !== from; ) {
    at = prev.get(at)!;
    route.push(at);
  }
  return route.reverse();
}

/**
 * A legal move of `force` to `to`, or, when `to` is beyond one turn's reach,
 * to the farthest area of the sea route toward it that can be reached this
 * turn (never to an area `avoid` names). Null when nothing is legal.
 */
export function moveToward(
  world: World,
  state: GameState,
  side: SideId,
  force: string,
  from: string,
  to: string,
  earlier: readonly Order[],
  avoid: ReadonlySet<string> = new Set(),
): Order | null {
  if (from === to) return null;
  const route = seaRoute(world, from, to) ?? [from, to];
  for (let i = route.length - 1; i > 0; i--) {
    const step = route[i]!;
    if (avoid.has(step)) continue;
    const order: Order = { type: 'move', force, to: step };
    if (checkOrder(world, state, side, order, earlier).ok) return order;
  }
  return null;
}

/**
 * The sea areas of `side`'s supply lanes, busiest first: for every area the
 * side holds that produces something and lies overseas, the sea areas on the
 * shortest sea route from it to the capital. Each resource counts equally:
 * an area adds its share of the side's total output of each resource it
 * produces (so the oil of Sumatra and the ore of Korea both count, whatever
 * their units). Sea areas in `avoid` are left out.
 */
export function laneSeas(
  world: World,
  state: GameState,
  side: SideId,
  avoid: ReadonlySet<string> = new Set(),
): string[] {
  const capital = world.scenario.sides[side].capital;
  if (holder(world, state, capital) !== side) return [];
  const producers = world.scenario.areas.filter(
    (a) => a.id !== capital && holder(world, state, a.id) === side && Object.keys(a.produces).length > 0,
  );
  const totals = new Map<string, number>();
  for (const a of producers)
    for (const [res, n] of Object.entries(a.produces)) totals.set(res, (totals.get(res) ?? 0) + n);
  const weight = new Map<string, number>();
  for (const a of producers) {
    const route = seaRoute(world, a.id, capital);
    if (!route) continue;
    let share = 0;
    for (const [res, n] of Object.entries(a.produces)) share += n / Math.max(1, totals.get(res) ?? 0);
    for (const id of route)
      if (isSea(world, id) && !avoid.has(id)) weight.set(id, (weight.get(id) ?? 0) + share);
  }
  return [...weight.entries()]
    .filter(([, w]) => w > 0)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([id]) => id);
}
