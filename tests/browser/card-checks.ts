/**
 * What a reader needs of the area cards on a board (the game's or the replay
 * viewer's), from the cards the test hook lists (`__pov.allCards()`): no card
 * covers another, and a card away from its marker is joined to it by a leader
 * line that shows (not under another card). A leader across another area's
 * marker is allowed: the placement avoids it where it can (label-placement.ts).
 */
import type { ShownCard } from '../../src/ui/board/board-scene';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A card whose nearest edge is within this of its marker's centre reads as its own without a line. */
export const NEAR_MARKER = 15;

/** The part (pixels) of the segment from a to b inside `r`, by sampling it every half pixel. */
function lengthInside(r: Box, ax: number, ay: number, bx: number, by: number): number {
  const length = Math.hypot(bx - ax, by - ay);
  const steps = Math.max(1, Math.ceil(length * 2));
  let inside = 0;
  for (let k = 0; k < steps; k++) {
    const t = (k + 0.5) / steps;
    const x = ax + (bx - ax) * t;
    const y = ay + (by - ay) * t;
    if (x > r.x && x < r.x + r.width && y > r.y && y < r.y + r.height) inside++;
  }
  return (inside / steps) * length;
}

/** Pairs of cards whose boxes overlap (by more than the half pixel each is rounded by). */
export function overlappingCards(cards: readonly ShownCard[]): string[] {
  const pairs: string[] = [];
  for (const [i, a] of cards.entries()) {
    for (const b of cards.slice(i + 1)) {
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 0.5 && h > 0.5) pairs.push(`${a.id}/${b.id} ${Math.round(w)}×${Math.round(h)}`);
    }
  }
  return pairs;
}

/**
 * Cards a reader cannot tie to their marker: farther than NEAR_MARKER with no leader line, or with
 * a leader line that runs under another card (by more than 2 px).
 */
export function strayCards(cards: readonly ShownCard[]): string[] {
  const out: string[] = [];
  for (const c of cards) {
    const nx = Math.min(Math.max(c.marker.x, c.x), c.x + c.width);
    const ny = Math.min(Math.max(c.marker.y, c.y), c.y + c.height);
    const gap = Math.hypot(nx - c.marker.x, ny - c.marker.y);
    if (gap <= NEAR_MARKER) continue;
    if (!c.leader) {
      out.push(`${c.id}: ${Math.round(gap)} px from its marker, no leader line`);
      continue;
    }
    for (const o of cards) {
      if (o.id === c.id) continue;
      const under = lengthInside(o, nx, ny, c.marker.x, c.marker.y);
      if (under > 2) out.push(`${c.id}: its leader line runs ${Math.round(under)} px under ${o.id}'s card`);
    }
  }
  return out;
}

/** Everything wrong with the cards on a board: overlapping pairs, then stray cards. */
export function cardProblems(cards: readonly ShownCard[]): string[] {
  return [...overlappingCards(cards), ...strayCards(cards)];
}
