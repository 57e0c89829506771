/**
 * Counter and map symbols as plain geometry in a 16×16 box, so the canvas
 * cards and the DOM legend (SVG) draw exactly the same shapes.
 */
import type { CounterKind } from '../board/force-groups';

export interface IconShape {
  /** Filled polygons: flat [x0, y0, x1, y1, …] lists. */
  fills: number[][];
}

export const ICON_SIZE = 16;

/** A warship: hull, superstructure and mast. */
const WARSHIP: IconShape = {
  fills: [
    [
      1, 9, 5.5, 9, 5.5, 5.5, 7.5, 5.5, 7.5, 2, 8.5, 2, 8.5, 5.5, 10.5, 5.5, 10.5, 9, 15, 9, 12.5, 13.5, 3.5,
      13.5,
    ],
  ],
};

/** An aircraft carrier: a long flat deck with the island on the starboard side. */
const CARRIER: IconShape = {
  fills: [
    [0.5, 7, 15.5, 7, 15.5, 8.8, 0.5, 8.8],
    [2, 8.8, 14.5, 8.8, 13, 12.8, 3.5, 12.8],
    [10, 3.2, 12, 3.2, 12, 7, 10, 7],
  ],
};

/** A transport: a merchant hull with cargo holds and a funnel aft. */
const TRANSPORT: IconShape = {
  fills: [
    [1, 9.5, 15, 9.5, 13, 13.5, 3, 13.5],
    [2.5, 6.5, 5.5, 6.5, 5.5, 9.5, 2.5, 9.5],
    [6.5, 5.5, 9.5, 5.5, 9.5, 9.5, 6.5, 9.5],
    [11, 3, 13, 3, 13, 9.5, 11, 9.5],
  ],
};

const PLANE: IconShape = {
  fills: [
    [
      8, 1, 9, 3, 9, 6, 15, 9, 15, 10.5, 9, 9.2, 9, 12.5, 11.5, 14.3, 11.5, 15.3, 8, 14.5, 4.5, 15.3, 4.5,
      14.3, 7, 12.5, 7, 9.2, 1, 10.5, 1, 9, 7, 6, 7, 3,
    ],
  ],
};

/** A soldier: helmet, face and shoulders. */
const TROOPS: IconShape = {
  fills: [
    [3, 6.3, 3, 5.2, ...arc(8, 5.2, 3.7, Math.PI, 2 * Math.PI, 8), 13, 5.2, 13, 6.3],
    [...arc(8, 7.4, 1.9, 0, Math.PI, 6)],
    [2.8, 15.5, 3.2, 11.6, 4.8, 10, 6.6, 9.4, 8, 10.6, 9.4, 9.4, 11.2, 10, 12.8, 11.6, 13.2, 15.5],
  ],
};

/** Points along a circular arc from angle a0 to a1 (radians, y down), as a flat list. */
function arc(cx: number, cy: number, r: number, a0: number, a1: number, steps: number): number[] {
  const out: number[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = a0 + ((a1 - a0) * i) / steps;
    out.push(Math.round((cx + r * Math.cos(a)) * 100) / 100, Math.round((cy + r * Math.sin(a)) * 100) / 100);
  }
  return out;
}

/** The symbol on a counter; a fleet with carriers shows a carrier. */
export function counterIcon(kind: CounterKind, withCarriers = false): IconShape {
  switch (kind) {
    case 'fleet':
      return withCarriers ? CARRIER : WARSHIP;
    case 'transport':
      return TRANSPORT;
    case 'air':
      return PLANE;
    case 'army':
      return TROOPS;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** A five-pointed star (capital areas) around (cx, cy). */
export function starPoints(cx: number, cy: number, outer: number, inner: number): number[] {
  const pts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  return pts;
}

/** An icon as a Canvas 2D path, scaled to `size` with its top-left corner at (x, y). */
export function iconPath(icon: IconShape, x: number, y: number, size: number): Path2D {
  const k = size / ICON_SIZE;
  const path = new Path2D();
  for (const poly of icon.fills) {
    for (let i = 0; i + 1 < poly.length; i += 2) {
      const px = x + (poly[i] ?? 0) * k;
      const py = y + (poly[i + 1] ?? 0) * k;
      if (i === 0) path.moveTo(px, py);
      else path.lineTo(px, py);
    }
    path.closePath();
  }
  return path;
}
