/**
 * Rules that change from a date — radar-directed fighter cover, damage control, the pilots' yearly
 * intake — are lists of entries each with a `from` date (and often a side): the one in force is the
 * latest that has begun. One reading for all of them.
 */
import type { SideId } from '../scenario/schema';

/** The latest of `entries` begun by `date` (of `side`, when given; the later listed on a tie), or null. */
export function entryInForce<T extends { from: string; side?: SideId }>(
  entries: readonly T[],
  date: string,
  side?: SideId,
): T | null {
  let best: T | null = null;
  for (const e of entries)
    if ((side === undefined || e.side === side) && e.from <= date && (best === null || e.from >= best.from))
      best = e;
  return best;
}
