/**
 * The board's flat map: an equirectangular projection centred on the Pacific
 * (the same one scripts/bake-coastlines.ts bakes the coastlines in), so the
 * date line runs through the middle of the board instead of cutting it in two.
 *
 * World units are tenths of a degree: x grows east from 0° (Greenwich, never
 * on screen), y grows south from the equator. The camera zooms and pans over
 * this plane; nothing else in the UI needs to know about longitudes.
 */
export const UNITS_PER_DEGREE = 10;

export interface LonLat {
  lon: number;
  lat: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A longitude in 0…360: 139.7 stays, −122.4 (San Francisco) becomes 237.6. */
export function lon360(lon: number): number {
  return ((lon % 360) + 360) % 360;
}

export function toWorld(p: LonLat): Point {
  return { x: lon360(p.lon) * UNITS_PER_DEGREE, y: -p.lat * UNITS_PER_DEGREE };
}

export function toLonLat(p: Point): LonLat {
  const lon = p.x / UNITS_PER_DEGREE;
  return { lon: lon > 180 ? lon - 360 : lon, lat: -p.y / UNITS_PER_DEGREE };
}

/**
 * The part of the world a scenario is played on: its areas' bounding box with
 * a margin of `marginDegrees` (so markers and their cards fit inside).
 */
export function scenarioBounds(areas: readonly LonLat[], marginDegrees = 5): Rect {
  if (areas.length === 0) throw new Error('a scenario has at least one area');
  const xs = areas.map((a) => toWorld(a).x);
  const ys = areas.map((a) => toWorld(a).y);
  const m = marginDegrees * UNITS_PER_DEGREE;
  const x = Math.min(...xs) - m;
  const y = Math.min(...ys) - m;
  return { x, y, width: Math.max(...xs) + m - x, height: Math.max(...ys) + m - y };
}
