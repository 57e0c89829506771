/**
 * Greedy placement of area cards (name, counters) next to their area marker:
 * each card tries spots around its marker and takes the one that covers least
 * of the other markers, the routes and the board's edge, and never another
 * card: one card over another hides its name and numbers (a phone's crowded
 * grand campaign drew Luzon under Borneo). A card with no clear spot near its
 * marker moves farther out (a leader line joins them), to a spot whose leader
 * line crosses no other card or marker, and no card is put over a leader line
 * already there: a leader under another card left its card far from its marker
 * with nothing to show whose it was (play12: the replay viewer's small map put
 * Java's card over Malaya's leader). Cards marked optional
 * (names of empty areas) are left out when every spot would cover something,
 * so a zoomed-out board stays readable. With a reach, no card goes farther from
 * its marker than that: one with no spot within it takes a spare form (its name
 * alone, or its chips alone) or is left out, its marker still there to tap. A
 * phone's grand campaign had Leyte and Mindanao's card 163 px from its marker,
 * by Korea's, and the Soviet Far East's by Luzon's (issue 11): a card that far
 * reads as another area's.
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
  /**
   * The card's looks from most to least detailed: the first that fits without covering anything is
   * used. A `spare` form (last) is used only where no other fits within the reach.
   */
  variants: { width: number; height: number; spare?: boolean; named?: boolean }[];
  /** May be left out when there is no room. */
  optional?: boolean;
  /** Placed earlier than cards with a lower priority (default 0). */
  priority?: number;
}

export interface Placed extends Rect {
  /** Which of the card's variants was placed. */
  variant: number;
}

/** A route drawn on the board, from (x1, y1) to (x2, y2). */
export type Segment = readonly [number, number, number, number];

const GAP = 3;
/** Other markers count as this much bigger, so cards keep clear of them. */
const MARKER_CLEARANCE = 4;
/** Cards keep this far apart (pixels): each is drawn at a whole pixel, which moves it by up to half of one. */
const CARD_SPACING = 1;
/** The farthest (pixels beyond the near spots) a card goes from its marker to find a clear spot. */
const FAR_REACH = 480;
/**
 * A card whose nearest point is farther than this beyond its marker's edge (pixels) is joined to
 * it by a leader line (board-overlays.ts draws it).
 */
export const LEADER_BEYOND = 5;
/** How many rings beyond the first with a spot on no card a card looks for one whose leader shows. */
const FAR_RINGS_FOR_A_CLEAN_LEADER = 3;
/** The anchors' radius is the marker's and this much more (board-scene.ts). */
export const ANCHOR_MARGIN = 2;

/** The point of `r` nearest to `p`: where a leader line leaves the card. */
export function nearestPoint(r: Rect, p: { x: number; y: number }): [number, number] {
  return [Math.min(Math.max(p.x, r.x), r.x + r.width), Math.min(Math.max(p.y, r.y), r.y + r.height)];
}

/** How far (pixels) a card at `r` is from its marker's centre: to the card's nearest point. */
export function gapOf(r: Rect, p: { x: number; y: number }): number {
  const [x, y] = nearestPoint(r, p);
  return Math.hypot(x - p.x, y - p.y);
}

/** The leader line from a card placed at `r` to its marker, or null where none is drawn. */
export function leaderOf(r: Rect, a: Anchor): Segment | null {
  const [x, y] = nearestPoint(r, a);
  const length = Math.hypot(x - a.x, y - a.y);
  return length > a.radius - ANCHOR_MARGIN + LEADER_BEYOND ? [x, y, a.x, a.y] : null;
}

function grown(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + by * 2, height: r.height + by * 2 };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(r: Rect, bounds: Rect): number {
  return r.width * r.height - overlap(r, bounds);
}

/** Length of the part of segment s inside r (Liang–Barsky clipping). */
export function clippedLength(r: Rect, s: Segment): number {
  const [x1, y1, x2, y2] = s;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x1 - r.x],
    [dx, r.x + r.width - x1],
    [-dy, y1 - r.y],
    [dy, r.y + r.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return 0;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return 0;
  }
  return (t1 - t0) * Math.hypot(dx, dy);
}

/** clippedLength, after a quick test of the boxes (most pairs are far apart). */
function inside(r: Rect, s: Segment): number {
  const [x1, y1, x2, y2] = s;
  if (Math.max(x1, x2) < r.x || Math.min(x1, x2) > r.x + r.width) return 0;
  if (Math.max(y1, y2) < r.y || Math.min(y1, y2) > r.y + r.height) return 0;
  return clippedLength(r, s);
}

/** Candidate rectangles around an anchor, in order of preference. */
function candidates(a: Anchor, s: { width: number; height: number }): Rect[] {
  const spots: [number, number][] = [];
  // Farther spots last: a crowded card moves away from its marker (a leader line joins them)
  // rather than cover another card's name.
  for (const extra of [0, 10, 22, 40, 64]) {
    const d = a.radius + GAP + extra;
    const e = d * 0.72;
    spots.push(
      [a.x - s.width / 2, a.y + d], // below
      [a.x + d, a.y - s.height / 2], // right
      [a.x - s.width / 2, a.y - d - s.height], // above
      [a.x - d - s.width, a.y - s.height / 2], // left
      [a.x + e, a.y + e], // below right
      [a.x - e - s.width, a.y + e], // below left
      [a.x + e, a.y - e - s.height], // above right
      [a.x - e - s.width, a.y - e - s.height], // above left
    );
    // The same sides slid along: a card just beside its marker still reads as its own, where the
    // centred spot is taken (a phone's crowded board).
    for (const f of [0.3, -0.3]) {
      spots.push(
        [a.x - s.width / 2 + f * s.width, a.y + d], // below
        [a.x - s.width / 2 + f * s.width, a.y - d - s.height], // above
        [a.x + d, a.y - s.height / 2 + f * 1.6 * s.height], // right
        [a.x - d - s.width, a.y - s.height / 2 + f * 1.6 * s.height], // left
      );
    }
  }
  return spots.map(([x, y]) => ({ x, y, width: s.width, height: s.height }));
}

/**
 * Spots farther out, ring by ring (16 directions a ring): where a card goes when every near spot
 * is on another card.
 */
function* farCandidates(a: Anchor, s: { width: number; height: number }, reach: number): Generator<Rect[]> {
  for (let extra = 88; extra <= FAR_REACH; extra += 24) {
    const d = a.radius + GAP + extra;
    // Every spot of this ring and the next is beyond the reach.
    if (d - Math.hypot(s.width, s.height) / 2 > reach) return;
    const ring: Rect[] = [];
    for (let k = 0; k < 16; k++) {
      const t = (k / 16) * Math.PI * 2;
      const cx = a.x + Math.cos(t) * d;
      const cy = a.y + Math.sin(t) * d;
      ring.push({ x: cx - s.width / 2, y: cy - s.height / 2, width: s.width, height: s.height });
    }
    yield ring;
  }
}

/**
 * Spots for a spare form within the reach, finer than farCandidates' (rings 12 px apart, 32
 * directions): the last try for a card's name near its marker (West China's at 1366×768).
 */
function spareRings(a: Anchor, s: { width: number; height: number }, reach: number): Rect[] {
  const out: Rect[] = [];
  for (let extra = 70; ; extra += 12) {
    const d = a.radius + GAP + extra;
    if (d - Math.hypot(s.width, s.height) / 2 > reach) return out;
    for (let k = 0; k < 32; k++) {
      const t = (k / 32) * Math.PI * 2;
      out.push({
        x: a.x + Math.cos(t) * d - s.width / 2,
        y: a.y + Math.sin(t) * d - s.height / 2,
        width: s.width,
        height: s.height,
      });
    }
  }
}

/**
 * One placement per card, in the same order as `anchors`, or null for an
 * optional card left out. Each card takes its most detailed variant that fits
 * somewhere without covering another card or marker; a required card that
 * fits nowhere takes its smallest variant at the least bad spot. With a
 * `reach` (pixels from the marker's centre to the card's nearest point), no
 * spot beyond it is taken: a card with none within it takes its spare form where
 * that fits clear, or is left out (null).
 */
export function placeCards(
  anchors: readonly Anchor[],
  sizes: readonly CardSize[],
  bounds: Rect,
  routes: readonly Segment[] = [],
  reach = Number.POSITIVE_INFINITY,
  /** Tries after the first (fewer while the view is still moving: each try is a placement of every card). */
  retries = RETRIES,
): (Placed | null)[] {
  // A card placed late on a crowded board finds its marker's neighbours taken; placed first, it
  // often fits, and its neighbours find other spots near theirs. With a reach, the cards left out
  // or in their spare form go first in another try, up to RETRIES times; the try with the fewest
  // such cards is kept (the grand campaign at 1366×768 named every land area again).
  let best = placeOnce(anchors, sizes, bounds, routes, reach, new Set());
  if (!Number.isFinite(reach)) return best;
  const misses = (placed: readonly (Placed | null)[]) =>
    sizes.flatMap((s, i) => {
      const p = placed[i];
      if (s.optional || s.variants.length === 0) return [];
      return !p || s.variants[p.variant]?.spare ? [i] : [];
    });
  // A card left out or without its name (chips alone) is worse than one with its name alone.
  const badness = (placed: readonly (Placed | null)[], missed: readonly number[]) =>
    missed.reduce((sum, i) => {
      const p = placed[i];
      const form = p ? sizes[i]?.variants[p.variant] : undefined;
      return sum + (form && namedForm(form) ? 1 : 10);
    }, 0);
  const namedForm = (form: { spare?: boolean; named?: boolean }) => form.named !== false;
  let missed = misses(best);
  let bad = badness(best, missed);
  const first = new Set<number>();
  let tried = missed;
  for (let round = 0; round < retries && tried.length > 0; round++) {
    for (const i of tried) first.add(i);
    const again = placeOnce(anchors, sizes, bounds, routes, reach, first);
    const missedAgain = misses(again);
    const badAgain = badness(again, missedAgain);
    if (badAgain < bad) {
      best = again;
      missed = missedAgain;
      bad = badAgain;
    }
    tried = missedAgain;
  }
  return best;
}

/** How many more tries placeCards makes, each with the cards missed so far placed first. */
const RETRIES = 4;

function placeOnce(
  anchors: readonly Anchor[],
  sizes: readonly CardSize[],
  bounds: Rect,
  routes: readonly Segment[],
  reach: number,
  first: ReadonlySet<number>,
): (Placed | null)[] {
  const markers: Rect[] = anchors.map((a) => {
    const r = a.radius + MARKER_CLEARANCE;
    return { x: a.x - r, y: a.y - r, width: r * 2, height: r * 2 };
  });
  const placed: (Placed | null)[] = new Array(anchors.length).fill(null);
  /** The cards placed so far, grown by the spacing they keep. */
  const placedList: Rect[] = [];
  const onCardsOf = (r: Rect) => {
    let sum = 0;
    for (const p of placedList) sum += overlap(r, p);
    return sum;
  };
  /** The leader lines of the cards placed so far. */
  const leaders: Segment[] = [];
  /**
   * How much a card at `r` (for anchor i) hides of leader lines, its own included: the length of
   * its leader under other cards and over other markers, and of the other leaders under it.
   */
  const leaderClash = (r: Rect, i: number, anchor: Anchor) => {
    let hidden = 0;
    for (const seg of leaders) hidden += inside(r, seg);
    const own = leaderOf(r, anchor);
    let onMarkers = 0;
    if (own) {
      for (const p of placedList) hidden += inside(p, own);
      markers.forEach((m, k) => {
        if (k !== i) onMarkers += inside(m, own);
      });
    }
    return { hidden, onMarkers };
  };
  const bounded = Number.isFinite(reach);
  const largest = (i: number) => sizes[i]?.variants[0];
  const size = (i: number) => (largest(i)?.width ?? 0) * (largest(i)?.height ?? 0);
  // Required cards first (those missed in an earlier try before the rest), then by priority, then
  // big cards: they have the fewest good spots.
  const order = anchors
    .map((_, i) => i)
    .sort(
      (i, j) =>
        Number(sizes[i]?.optional ?? false) - Number(sizes[j]?.optional ?? false) ||
        Number(first.has(j)) - Number(first.has(i)) ||
        (sizes[j]?.priority ?? 0) - (sizes[i]?.priority ?? 0) ||
        size(j) - size(i) ||
        i - j,
    );
  /** The first spare form of card i with a clear spot within the reach, if any. */
  const spareSpot = (i: number, anchor: Anchor, s: CardSize): Placed | null => {
    for (const [v, variant] of s.variants.entries()) {
      if (!variant.spare) continue;
      const spot = spareFormSpot(i, anchor, variant, v);
      if (spot) return spot;
    }
    return null;
  };
  const spareFormSpot = (
    i: number,
    anchor: Anchor,
    variant: { width: number; height: number },
    v: number,
  ): Placed | null => {
    let best: Placed | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    // The near spots, then the rings farther out within the reach (a leader line joins those).
    const spots = [...candidates(anchor, variant), ...spareRings(anchor, variant, reach)];
    for (const [rank, r] of spots.entries()) {
      if (gapOf(r, anchor) > reach || onCardsOf(r) > 0) continue;
      let onMarkers = 0;
      markers.forEach((m, k) => {
        if (k !== i) onMarkers += overlap(r, m);
      });
      const off = outside(r, bounds);
      // On the board; over another marker where it must (as a fallback above), never another card.
      if (off > r.width * r.height * 0.03) continue;
      const clash = leaderClash(r, i, anchor);
      if (clash.hidden > 0) continue;
      let cost = onMarkers * 5 + off * 25 + rank * 10 + clash.onMarkers * 20;
      for (const seg of routes) cost += inside(r, seg) * 2;
      if (cost < bestCost) {
        bestCost = cost;
        best = { ...r, variant: v };
      }
    }
    return best;
  };
  for (const i of order) {
    const anchor = anchors[i];
    const s = sizes[i];
    if (!anchor || !s || s.variants.length === 0) continue;
    let chosen: Placed | null = null;
    let fallback: Placed | null = null;
    let fallbackCost = Number.POSITIVE_INFINITY;
    let worst: Placed | null = null;
    let worstCost = Number.POSITIVE_INFINITY;
    // The card that fits nowhere takes the most detailed variant no bigger than the smallest: a land
    // card whose long name sets its size ("Malaya and Singapore") keeps its numbers, which the
    // icons-only form would drop for no room gained.
    const forms = s.variants.filter((v) => !v.spare);
    const smallest = forms[forms.length - 1];
    const fallbackVariant = forms.findIndex(
      (v) => smallest !== undefined && v.width <= smallest.width && v.height <= smallest.height,
    );
    for (const [v, variant] of forms.entries()) {
      let best: Rect | null = null;
      let bestCost = Number.POSITIVE_INFINITY;
      const last = v === fallbackVariant;
      for (const [rank, r] of candidates(anchor, variant).entries()) {
        if (bounded && gapOf(r, anchor) > reach) continue;
        let onMarkers = 0;
        markers.forEach((m, k) => {
          if (k !== i) onMarkers += overlap(r, m);
        });
        const onCards = onCardsOf(r);
        const off = outside(r, bounds);
        // A sliver of a marker or of the board's edge may be covered; never any of another card,
        // nor a leader line (a card far from its marker must be seen to be its own).
        const clear = onCards === 0 && onMarkers + off <= r.width * r.height * 0.03;
        if (!clear && !last) continue;
        // Covering another card hides its name: far worse than covering a marker.
        let cost = onMarkers * 5 + onCards * 25 + off * 25 + rank * 10;
        if (cost >= bestCost && cost >= fallbackCost) continue;
        const clash = leaderClash(r, i, anchor);
        // A leader over another marker is allowed where it must be (it costs): a spot beside the
        // marker that is off the board would be worse (Ceylon's card off the grand campaign's edge).
        const fits = clear && clash.hidden === 0;
        cost += clash.hidden * 40 + clash.onMarkers * 20;
        if (cost >= bestCost && cost >= fallbackCost) continue;
        for (const seg of routes) cost += inside(r, seg) * 2;
        if (fits && cost < bestCost) {
          bestCost = cost;
          best = r;
        }
        // Where nothing fits, a spot on a marker will do, never one on another card or leader line
        // (nor, within a reach, one off the board: a spare form beside the marker reads better).
        const onBoard = !bounded || off <= r.width * r.height * 0.03;
        if (last && onCards === 0 && clash.hidden === 0 && onBoard && cost < fallbackCost) {
          fallbackCost = cost;
          fallback = { ...r, variant: v };
        }
        if (last && cost < worstCost) {
          worstCost = cost;
          worst = { ...r, variant: v };
        }
      }
      if (best) {
        chosen = { ...best, variant: v };
        break;
      }
    }
    if (!chosen && !s.optional && !fallback) {
      // Every near spot is on another card: the nearest ring farther out with a spot on none.
      const v = fallbackVariant;
      const variant = forms[v];
      if (variant) {
        // The nearest ring with a spot whose leader line shows whole; failing that, the nearest
        // with a spot on no card.
        let backup: Rect | null = null;
        let ringsAfterBackup = 0;
        for (const ring of farCandidates(anchor, variant, reach)) {
          // A clean spot farther than a few rings beyond the first free one would be far from its
          // marker and slow to find on a crowded board: the free one is taken.
          if (backup && ++ringsAfterBackup > FAR_RINGS_FOR_A_CLEAN_LEADER) break;
          let best: Rect | null = null;
          let bestCost = Number.POSITIVE_INFINITY;
          let ringBackup: Rect | null = null;
          let backupCost = Number.POSITIVE_INFINITY;
          for (const r of ring) {
            if (onCardsOf(r) > 0 || (bounded && gapOf(r, anchor) > reach)) continue;
            const off = outside(r, bounds);
            let cost = off * 25;
            // Its own marker too: the leader line needs to reach it.
            for (const m of markers) cost += overlap(r, m) * 5;
            for (const seg of routes) cost += inside(r, seg) * 2;
            if (cost >= bestCost && cost >= backupCost) continue;
            const clash = leaderClash(r, i, anchor);
            // Clean: its leader shows, and the card is on the board (Ceylon's went off its left edge).
            const clean = clash.hidden === 0 && clash.onMarkers === 0 && off <= r.width * r.height * 0.03;
            if (clean && cost < bestCost) {
              bestCost = cost;
              best = r;
            }
            const withClash = cost + clash.hidden * 40 + clash.onMarkers * 20;
            // Within a reach, a card whose leader would run under another card (or under which
            // another's would) is not placed: beside another card's marker it reads as that area's.
            if (bounded && (clash.hidden > 0 || off > r.width * r.height * 0.03)) continue;
            if (withClash < backupCost) {
              backupCost = withClash;
              ringBackup = r;
            }
          }
          backup ??= ringBackup;
          if (best) {
            fallback = { ...best, variant: v };
            break;
          }
        }
        if (!fallback && backup) fallback = { ...backup, variant: v };
      }
    }
    // (Only a board with no clear spot within reach at all puts a card on another; with a reach,
    // the card takes its spare form beside its marker, or is left out.)
    if (!chosen && !s.optional) chosen = fallback ?? (bounded ? spareSpot(i, anchor, s) : worst);
    if (!chosen) continue;
    placed[i] = chosen;
    placedList.push(grown(chosen, CARD_SPACING));
    const leader = leaderOf(chosen, anchor);
    if (leader) leaders.push(leader);
  }
  return placed;
}
