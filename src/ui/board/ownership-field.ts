/**
 * Who holds the land, as a coarse colour field for the map: every cell of a
 * grid over the board takes the colour of the nearest land area's owner. Cells
 * on an island or continent that holds areas only look at those areas, so
 * Sumatra never takes Malaya's colour across the strait; land that holds no
 * area fades out with distance. The map draws the field clipped to the coast.
 */

import type { Owner } from '../../scenario/schema';
import type { Coastlines, CoastRing } from './coastlines';
import type { Rect } from './map-frame';
import { OWNER_TINT } from './palette';

export interface LandArea {
  x: number;
  y: number;
  owner: Owner;
}

export interface OwnershipField {
  canvas: HTMLCanvasElement;
  /** The world rectangle the canvas covers. */
  bounds: Rect;
}

/** Full colour within this many world units of an area that is not on the same land, none beyond FADE_TO. */
const FADE_FROM = 90;
const FADE_TO = 115;
/** On a continent (a ring wider than BIG) the colour fades too, but further out; islands are coloured whole. */
const BIG = 300;
const SAME_LAND_FADE_FROM = 100;
const SAME_LAND_FADE_TO = 135;

export function ownershipField(
  coast: Coastlines,
  areas: readonly LandArea[],
  bounds: Rect,
  cell = 3,
): OwnershipField {
  const cols = Math.max(1, Math.ceil(bounds.width / cell));
  const rows = Math.max(1, Math.ceil(bounds.height / cell));
  const rings = coast.rings.filter((r) => intersects(r, bounds));
  const landId = ringIds(rings, bounds, cols, rows, cell);

  // Which land each area stands on (its own cell, or the nearest land cell close by).
  const byRing = new Map<number, number[]>();
  areas.forEach((a, i) => {
    const id = nearestRing(landId, cols, rows, (a.x - bounds.x) / cell, (a.y - bounds.y) / cell, 4);
    if (id < 0) return;
    const list = byRing.get(id) ?? [];
    list.push(i);
    byRing.set(id, list);
  });
  const all = areas.map((_, i) => i);

  const canvas = document.createElement('canvas');
  canvas.width = cols;
  canvas.height = rows;
  const ctx = canvas.getContext('2d');
  if (!ctx) return { canvas, bounds };
  const image = ctx.createImageData(cols, rows);
  const data = image.data;
  for (let row = 0; row < rows; row++) {
    const y = bounds.y + (row + 0.5) * cell;
    for (let col = 0; col < cols; col++) {
      const x = bounds.x + (col + 0.5) * cell;
      const id = landId[row * cols + col] ?? -1;
      const own = id >= 0 ? byRing.get(id) : undefined;
      const candidates = own ?? all;
      let best = -1;
      let bestD = Number.POSITIVE_INFINITY;
      for (const i of candidates) {
        const a = areas[i]!;
        const d = (a.x - x) * (a.x - x) + (a.y - y) * (a.y - y);
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      }
      if (best < 0) continue;
      const tint = OWNER_TINT[areas[best]!.owner];
      const d = Math.sqrt(bestD);
      const ring = id >= 0 ? rings[id] : undefined;
      const big = ring ? ring.maxX - ring.minX > BIG || ring.maxY - ring.minY > BIG : true;
      const [from, to] = own ? [SAME_LAND_FADE_FROM, SAME_LAND_FADE_TO] : [FADE_FROM, FADE_TO];
      const fade = own && !big ? 1 : Math.max(0, Math.min(1, (to - d) / (to - from)));
      const k = (row * cols + col) * 4;
      data[k] = tint.r;
      data[k + 1] = tint.g;
      data[k + 2] = tint.b;
      data[k + 3] = Math.round(tint.a * fade * 255);
    }
  }
  ctx.putImageData(image, 0, 0);
  return { canvas, bounds };
}

function intersects(r: CoastRing, b: Rect): boolean {
  return r.maxX >= b.x && r.minX <= b.x + b.width && r.maxY >= b.y && r.minY <= b.y + b.height;
}

/**
 * For each cell, the index of the coast ring whose land covers it, or −1.
 * Rings are painted in colours that encode their index; antialiased edge
 * cells (alpha < 255) count as unknown.
 */
function ringIds(rings: readonly CoastRing[], bounds: Rect, cols: number, rows: number, cell: number) {
  const ids = new Int32Array(cols * rows).fill(-1);
  const canvas = document.createElement('canvas');
  canvas.width = cols;
  canvas.height = rows;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return ids;
  ctx.setTransform(1 / cell, 0, 0, 1 / cell, -bounds.x / cell, -bounds.y / cell);
  rings.forEach((ring, i) => {
    const code = i + 1;
    ctx.fillStyle = `rgb(${code & 255}, ${(code >> 8) & 255}, 0)`;
    ctx.beginPath();
    const p = ring.points;
    ctx.moveTo(p[0] ?? 0, p[1] ?? 0);
    for (let k = 2; k + 1 < p.length; k += 2) ctx.lineTo(p[k] ?? 0, p[k + 1] ?? 0);
    ctx.closePath();
    ctx.fill();
  });
  const data = ctx.getImageData(0, 0, cols, rows).data;
  const edge: number[] = [];
  for (let i = 0; i < cols * rows; i++) {
    const alpha = data[i * 4 + 3] ?? 0;
    if (alpha === 0) continue;
    if (alpha !== 255) {
      edge.push(i);
      continue;
    }
    const code = (data[i * 4] ?? 0) + ((data[i * 4 + 1] ?? 0) << 8);
    if (code > 0) ids[i] = code - 1;
  }
  // Coastal cells (blended colours) take the land of a neighbouring inland cell.
  for (const i of edge) {
    const c = i % cols;
    const r = (i - c) / cols;
    for (const [dc, dr] of NEIGHBOURS) {
      const cc = c + dc;
      const rr = r + dr;
      if (cc < 0 || rr < 0 || cc >= cols || rr >= rows) continue;
      const id = ids[rr * cols + cc] ?? -1;
      if (id >= 0 && data[(rr * cols + cc) * 4 + 3] === 255) {
        ids[i] = id;
        break;
      }
    }
  }
  return ids;
}

const NEIGHBOURS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, 1],
  [-1, -1],
  [1, -1],
  [-1, 1],
];

function nearestRing(ids: Int32Array, cols: number, rows: number, cx: number, cy: number, radius: number) {
  const c0 = Math.floor(cx);
  const r0 = Math.floor(cy);
  let best = -1;
  let bestD = Number.POSITIVE_INFINITY;
  for (let r = r0 - radius; r <= r0 + radius; r++) {
    if (r < 0 || r >= rows) continue;
    for (let c = c0 - radius; c <= c0 + radius; c++) {
      if (c < 0 || c >= cols) continue;
      const id = ids[r * cols + c] ?? -1;
      if (id < 0) continue;
      const d = (c - c0) * (c - c0) + (r - r0) * (r - r0);
      if (d < bestD) {
        bestD = d;
        best = id;
      }
    }
  }
  return best;
}
