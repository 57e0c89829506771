/**
 * What a reader needs of the area cards on a board (the game's or the replay
 * viewer's), from the cards the test hook lists (`__pov.allCards()`): no card
 * covers another, and a card away from its marker is joined to it by a leader
 * line that shows (not under another card), and no card sits farther from its
 * marker than farLimit. A leader across another area's marker is allowed: the
 * placement avoids it where it can (label-placement.ts).
 */
import type { Page } from 'playwright-core';
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

/**
 * The farthest (pixels, from the marker's centre to the card's nearest point) a card may sit from its
 * marker on a board of this size: a fifth of its shorter side, at least FAR_MIN. Farther, a card
 * reads as a neighbour's (issue 11: a phone's Leyte and Mindanao 163 px from its marker, by Korea's;
 * 187 px at 1366×768). The board keeps to the same (board-scene.ts cardReach).
 */
export const FAR_SHARE = 0.2;
export const FAR_MIN = 62;

export function farLimit(board: { width: number; height: number }): number {
  return Math.max(FAR_MIN, FAR_SHARE * Math.min(board.width, board.height));
}

/** Cards farther from their marker than farLimit of the board (of `board`'s size, in pixels). */
export function distantCards(
  cards: readonly ShownCard[],
  board: { width: number; height: number },
): string[] {
  const limit = farLimit(board);
  return cards.flatMap((c) => {
    const nx = Math.min(Math.max(c.marker.x, c.x), c.x + c.width);
    const ny = Math.min(Math.max(c.marker.y, c.y), c.y + c.height);
    const gap = Math.hypot(nx - c.marker.x, ny - c.marker.y);
    // (A pixel of slack: the board's reach is the same limit, measured in its own units.)
    return gap > limit + 1
      ? [`${c.id}: ${Math.round(gap)} px from its marker (at most ${Math.round(limit)})`]
      : [];
  });
}

/** Everything wrong with the cards on a board of `board`'s size: overlapping pairs, stray cards, distant cards. */
export function cardProblems(
  cards: readonly ShownCard[],
  board: { width: number; height: number },
): string[] {
  return [...overlappingCards(cards), ...strayCards(cards), ...distantCards(cards, board)];
}

/** The cards of the board `selector` (the game's #board, the viewer's #replay-board) and its size. */
export async function boardCards(
  page: Page,
  selector: string,
): Promise<{ cards: ShownCard[]; board: { width: number; height: number } }> {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return { cards: window.__pov?.allCards() ?? [], board: { width: r?.width ?? 0, height: r?.height ?? 0 } };
  }, selector);
}
