/**
 * The baked coastlines (assets/coastlines.json, made by
 * scripts/bake-coastlines.ts from Natural Earth): fetched once as a static
 * file, decoded into rings in world units (see map-frame.ts).
 */
import coastlinesUrl from '../../../assets/coastlines.json?url';
import { UNITS_PER_DEGREE } from './map-frame';

export interface CoastRing {
  /** x0, y0, x1, y1, … in world units. */
  points: Float32Array;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface Coastlines {
  rings: CoastRing[];
  source: string;
}

interface BakedCoastlines {
  source: string;
  units: number;
  rings: number[][];
}

export const NO_COASTLINES: Coastlines = { rings: [], source: '' };

export async function loadCoastlines(): Promise<Coastlines> {
  const response = await fetch(coastlinesUrl);
  if (!response.ok) throw new Error(`coastlines: HTTP ${response.status}`);
  return decodeCoastlines((await response.json()) as BakedCoastlines);
}

export function decodeCoastlines(baked: BakedCoastlines): Coastlines {
  const k = UNITS_PER_DEGREE / baked.units;
  const rings = baked.rings.map((flat) => {
    const points = new Float32Array(flat.length);
    let x = 0;
    let y = 0;
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (let i = 0; i + 1 < flat.length; i += 2) {
      // Deltas after the first point; y is stored as latitude (north up) and flipped here.
      x = i === 0 ? (flat[i] ?? 0) : x + (flat[i] ?? 0);
      y = i === 0 ? (flat[i + 1] ?? 0) : y + (flat[i + 1] ?? 0);
      const wx = x * k;
      const wy = -y * k;
      points[i] = wx;
      points[i + 1] = wy;
      if (wx < minX) minX = wx;
      if (wx > maxX) maxX = wx;
      if (wy < minY) minY = wy;
      if (wy > maxY) maxY = wy;
    }
    return { points, minX, minY, maxX, maxY };
  });
  return { rings, source: baked.source };
}
