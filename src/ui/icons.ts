/**
 * Counter and map symbols as plain geometry in a 16×16 box, so the canvas
 * (Phaser Graphics) and the DOM legend (SVG) draw exactly the same shapes.
 */
import type { CounterKind } from './force-groups';

export interface IconShape {
  /** Filled polygons: flat [x0, y0, x1, y1, …] lists. */
  fills: number[][];
  /** Stroked polylines (closed when the first and last points match). */
  strokes: number[][];
}

export const ICON_SIZE = 16;

const SHIP: IconShape = {
  fills: [
    [
      1, 9, 5.5, 9, 5.5, 5.5, 7.5, 5.5, 7.5, 2, 8.5, 2, 8.5, 5.5, 10.5, 5.5, 10.5, 9, 15, 9, 12.5, 13.5, 3.5,
      13.5,
    ],
  ],
  strokes: [],
};

const PLANE: IconShape = {
  fills: [
    [
      8, 1, 9, 3, 9, 6, 15, 9, 15, 10.5, 9, 9.2, 9, 12.5, 11.5, 14.3, 11.5, 15.3, 8, 14.5, 4.5, 15.3, 4.5,
      14.3, 7, 12.5, 7, 9.2, 1, 10.5, 1, 9, 7, 6, 7, 3,
    ],
  ],
  strokes: [],
};

/** A soldier: helmet, face and shoulders. */
const TROOPS: IconShape = {
  fills: [
    [3, 6.3, 3, 5.2, ...arc(8, 5.2, 3.7, Math.PI, 2 * Math.PI, 8), 13, 5.2, 13, 6.3],
    [...arc(8, 7.4, 1.9, 0, Math.PI, 6)],
    [2.8, 15.5, 3.2, 11.6, 4.8, 10, 6.6, 9.4, 8, 10.6, 9.4, 9.4, 11.2, 10, 12.8, 11.6, 13.2, 15.5],
  ],
  strokes: [],
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

export function counterIcon(kind: CounterKind): IconShape {
  switch (kind) {
    case 'naval':
      return SHIP;
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

/** A five-pointed star (capital areas) centred in the box. */
export function starPoints(cx: number, cy: number, outer: number, inner: number): number[] {
  const pts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  return pts;
}
