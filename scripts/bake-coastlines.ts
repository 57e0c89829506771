/**
 * Bakes the coastlines the board draws: Natural Earth land (1:50m, public
 * domain, via the world-atlas package) cut to the Pacific and East Asia,
 * re-centred on the 180th meridian, simplified and stored as small integers.
 * The browser then only scales these rings; it never loads 546 KB of
 * TopoJSON or a projection library.
 *
 *   npx tsx scripts/bake-coastlines.ts   → assets/coastlines.json
 *
 * Coordinates: x = longitude in 0…360 (the Pacific in the middle: 139.7 is
 * Tokyo, 237.6 is San Francisco), y = latitude, both in 1/UNITS of a degree.
 * Each ring is [x0, y0, dx1, dy1, dx2, dy2, …] (deltas after the first point).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'assets/coastlines.json');
/** What the board can ever show: India to the Americas, the Aleutians to southern Australia. */
const BOX = { west: 30, east: 300, south: -60, north: 80 };
const UNITS = 50;
/** Points closer than this to the simplified line are dropped (degrees: about 2 km). */
const TOLERANCE = 0.02;
/** Rings smaller than this (square degrees) are left out, except islands (kept as dots by the board). */
const MIN_AREA = 0.0004;

type Ring = [number, number][];

function main() {
  const topo = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/world-atlas/land-50m.json'), 'utf8'),
  ) as Topology<{ land: GeometryCollection }>;
  const land = feature(topo, topo.objects.land);

  // Rotating by −180° puts the date line in the middle; scale 180/π makes x and y plain degrees.
  const projection = geoEquirectangular()
    .rotate([-180, 0])
    .scale(180 / Math.PI)
    .translate([180, 0])
    .clipExtent([
      [BOX.west, -BOX.north],
      [BOX.east, -BOX.south],
    ]);
  const rings: Ring[] = [];
  let current: Ring = [];
  const context = {
    moveTo(x: number, y: number) {
      if (current.length) rings.push(current);
      current = [[x, -y]];
    },
    lineTo(x: number, y: number) {
      current.push([x, -y]);
    },
    closePath() {
      if (current.length) rings.push(current);
      current = [];
    },
    arc() {},
    rect() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(land);
  if (current.length) rings.push(current);

  const encoded: number[][] = [];
  let points = 0;
  for (const ring of rings) {
    if (Math.abs(ringArea(ring)) < MIN_AREA) continue;
    const simple = quantise(simplify(ring, TOLERANCE));
    if (simple.length < 3) continue;
    points += simple.length;
    const flat: number[] = [];
    let px = 0;
    let py = 0;
    simple.forEach(([x, y], i) => {
      flat.push(i === 0 ? x : x - px, i === 0 ? y : y - py);
      px = x;
      py = y;
    });
    encoded.push(flat);
  }
  const out = {
    source:
      'Natural Earth 1:50m land (public domain), from world-atlas 2.0.2; baked by scripts/bake-coastlines.ts',
    units: UNITS,
    box: BOX,
    rings: encoded,
  };
  writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  console.log(`${encoded.length} rings, ${points} points → ${OUT}`);
}

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    a += x1 * y2 - x2 * y1;
  }
  return a / 2;
}

/** Douglas–Peucker on a closed ring (split at its first and middle points). */
function simplify(ring: Ring, tolerance: number): Ring {
  if (ring.length < 8) return ring;
  const mid = Math.floor(ring.length / 2);
  const a = dp(ring.slice(0, mid + 1), tolerance);
  const b = dp([...ring.slice(mid), ring[0]!], tolerance);
  return [...a.slice(0, -1), ...b.slice(0, -1)];
}

function dp(points: Ring, tolerance: number): Ring {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let worstDist = tolerance;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, ax, ay, bx, by);
      if (d > worstDist) {
        worst = i;
        worstDist = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function segmentDistance([px, py]: [number, number], ax: number, ay: number, bx: number, by: number) {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** To integer units, dropping points that land on the previous one. */
function quantise(ring: Ring): [number, number][] {
  const out: [number, number][] = [];
  for (const [x, y] of ring) {
    const q: [number, number] = [Math.round(x * UNITS), Math.round(y * UNITS)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

main();
