/**
 * Greedy placement of area cards (name, production, counters) next to their
 * area marker: each card tries spots around its marker and takes the one that
 * covers least of the other markers, earlier cards, the routes and the board's
 * edge. A card never sits closer to another marker than it must, so each card
 * reads as belonging to its own area.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Anchor {
  x: number;
  y: number;
  /** Half the marker's size: the card keeps this far from the centre. */
  radius: number;
}

export interface CardSize {
  width: number;
  height: number;
}

/** A route drawn on the board, from (x1, y1) to (x2, y2). */
export type Segment = readonly [number, number, number, number];

const GAP = 4;
/** Other markers count as this much bigger, so cards keep clear of them. */
const MARKER_CLEARANCE = 10;

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(r: Rect, bounds: Rect): number {
  return r.width * r.height - overlap(r, bounds);
}

function contains(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
}

/** Pixels of route hidden under the card (sampled every 4 px). */
function routeCovered(r: Rect, segments: readonly Segment[]): number {
  let covered = 0;
  for (const [x1, y1, x2, y2] of segments) {
    const length = Math.hypot(x2 - x1, y2 - y1);
    const steps = Math.max(1, Math.ceil(length / 4));
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      if (contains(r, x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)) covered += length / steps;
    }
  }
  return covered;
}

/** Candidate rectangles around an anchor, in order of preference. */
function candidates(a: Anchor, s: CardSize): Rect[] {
  const spots: [number, number][] = [];
  for (const extra of [0, 14]) {
    const d = a.radius + GAP + extra;
    const e = d * 0.7;
    spots.push(
      [a.x - s.width / 2, a.y + d], // below
      [a.x - s.width / 2, a.y - d - s.height], // above
      [a.x + d, a.y - s.height / 2], // right
      [a.x - d - s.width, a.y - s.height / 2], // left
      [a.x + e, a.y + e], // below right
      [a.x - e - s.width, a.y + e], // below left
      [a.x + e, a.y - e - s.height], // above right
      [a.x - e - s.width, a.y - e - s.height], // above left
    );
  }
  return spots.map(([x, y]) => ({ x, y, width: s.width, height: s.height }));
}

/** One rectangle per card, in the same order as `anchors`. */
export function placeCards(
  anchors: readonly Anchor[],
  sizes: readonly CardSize[],
  bounds: Rect,
  routes: readonly Segment[] = [],
): Rect[] {
  const markers: Rect[] = anchors.map((a) => {
    const r = a.radius + MARKER_CLEARANCE;
    return { x: a.x - r, y: a.y - r, width: r * 2, height: r * 2 };
  });
  const placed: (Rect | undefined)[] = new Array(anchors.length);
  const area = (i: number) => (sizes[i]?.width ?? 0) * (sizes[i]?.height ?? 0);
  // Big cards first: they have the fewest good spots.
  const order = anchors.map((_, i) => i).sort((i, j) => area(j) - area(i) || i - j);
  for (const i of order) {
    const anchor = anchors[i];
    const size = sizes[i];
    if (!anchor || !size) continue;
    let best: Rect | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const [rank, r] of candidates(anchor, size).entries()) {
      let cost = outside(r, bounds) * 6 + rank * 12 + routeCovered(r, routes) * 4;
      markers.forEach((m, k) => {
        if (k !== i) cost += overlap(r, m) * 3;
      });
      for (const p of placed) if (p) cost += overlap(r, p) * 4;
      if (cost < bestCost) {
        bestCost = cost;
        best = r;
      }
    }
    placed[i] = best;
  }
  return placed.map((r, i) => r ?? { x: anchors[i]?.x ?? 0, y: anchors[i]?.y ?? 0, width: 0, height: 0 });
}
