import type { World } from '../engine/index';

/**
 * Areas within `hops` connections of `from` (not `from` itself), nearest
 * first. `world.neighbours` is sorted by id, so the order is the same in
 * every runtime — a policy that draws from this list stays deterministic.
 */
export function areasWithinHops(world: World, from: string, hops: number): string[] {
  const seen = new Set<string>([from]);
  const found: string[] = [];
  let frontier = [from];
  for (let step = 0; step < hops && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of world.neighbours.get(id) ?? []) {
        if (seen.has(n.area)) continue;
        seen.add(n.area);
        found.push(n.area);
        next.push(n.area);
      }
    }
    frontier = next;
  }
  return found;
}
