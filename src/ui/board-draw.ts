/** Static parts of the board drawn with Phaser Graphics: graticule, routes, area markers. */
import type Phaser from 'phaser';
import type { AreaDef, Owner } from '../scenario/schema';
import { ICON_SIZE, type IconShape, starPoints } from './icons';
import { ownerColour, PALETTE } from './palette';
import type { Projection } from './projection';

export interface Point {
  x: number;
  y: number;
}

/** Half the on-screen size of an area marker. */
export function markerRadius(area: AreaDef): number {
  return area.kind === 'sea' ? 15 : 12;
}

export function drawGraticule(scene: Phaser.Scene, projection: Projection, width: number, height: number) {
  const g = scene.add.graphics();
  const labels: Phaser.GameObjects.Text[] = [];
  const style = { fontFamily: 'system-ui, "DejaVu Sans", sans-serif', fontSize: '11px', color: '#7b93a6' };
  for (let lat = -80; lat <= 80; lat += 10) {
    const { y } = projection.project({ lon: 0, lat });
    if (y < 0 || y > height) continue;
    g.lineStyle(lat === 0 ? 1.5 : 1, 0x9fbdd3, lat === 0 ? 0.9 : 0.45);
    g.lineBetween(0, y, width, y);
    const text = lat === 0 ? 'Equator' : `${Math.abs(lat)}°${lat > 0 ? 'N' : 'S'}`;
    labels.push(scene.add.text(6, y - 15, text, style));
  }
  for (let lon = 0; lon < 360; lon += 10) {
    const { x } = projection.project({ lon, lat: 0 });
    if (x < 0 || x > width) continue;
    g.lineStyle(1, 0x9fbdd3, 0.45);
    g.lineBetween(x, 0, x, height);
    const text = lon <= 180 ? `${lon}°E` : `${360 - lon}°W`;
    labels.push(scene.add.text(x + 3, height - 16, text, style));
  }
  return [g, ...labels];
}

export function drawRoutes(
  scene: Phaser.Scene,
  connections: readonly { a: string; b: string }[],
  areas: ReadonlyMap<string, AreaDef>,
  at: ReadonlyMap<string, Point>,
) {
  const g = scene.add.graphics();
  for (const c of connections) {
    const a = at.get(c.a);
    const b = at.get(c.b);
    if (!a || !b) continue;
    const overland = areas.get(c.a)?.kind !== 'sea' && areas.get(c.b)?.kind !== 'sea';
    g.lineStyle(overland ? 3 : 2, overland ? PALETTE.landRoute : PALETTE.lane, overland ? 0.9 : 0.8);
    g.lineBetween(a.x, a.y, b.x, b.y);
  }
  return g;
}

/** Land: a square; island: a circle; both in the owner's colour. Sea: a pale disc with a wave. */
export function drawMarker(
  g: Phaser.GameObjects.Graphics,
  area: AreaDef,
  owner: Owner,
  p: Point,
  capital: boolean,
) {
  const r = markerRadius(area);
  if (area.kind === 'sea') {
    g.fillStyle(PALETTE.seaArea, 1);
    g.fillCircle(p.x, p.y, r);
    g.lineStyle(1.5, PALETTE.seaAreaEdge, 1);
    g.strokeCircle(p.x, p.y, r);
    const wave: Phaser.Types.Math.Vector2Like[] = [];
    for (let i = 0; i <= 16; i++) {
      const t = i / 16;
      wave.push({ x: p.x - 8 + 16 * t, y: p.y + 2.5 * Math.sin(t * Math.PI * 3) });
    }
    g.lineStyle(2, PALETTE.seaAreaEdge, 1);
    g.strokePoints(wave as Phaser.Math.Vector2[]);
    return;
  }
  g.fillStyle(ownerColour(owner), 1);
  g.lineStyle(2.5, 0xffffff, 1);
  if (area.kind === 'land') {
    g.fillRoundedRect(p.x - r, p.y - r, r * 2, r * 2, 4);
    g.strokeRoundedRect(p.x - r, p.y - r, r * 2, r * 2, 4);
  } else {
    g.fillCircle(p.x, p.y, r);
    g.strokeCircle(p.x, p.y, r);
  }
  if (capital) {
    g.fillStyle(0xffffff, 1);
    g.fillPoints(toPoints(starPoints(p.x, p.y, 8, 3.5)), true);
  }
}

export function drawSelection(g: Phaser.GameObjects.Graphics, area: AreaDef, p: Point) {
  g.lineStyle(3, PALETTE.selection, 1);
  g.strokeCircle(p.x, p.y, markerRadius(area) + 6);
}

/** Draws an icon scaled to `size` with its top-left corner at (x, y). */
export function drawIcon(
  g: Phaser.GameObjects.Graphics,
  icon: IconShape,
  x: number,
  y: number,
  size: number,
  colour: number,
) {
  const k = size / ICON_SIZE;
  const place = (flat: number[]) => toPoints(flat.map((v, i) => (i % 2 === 0 ? x + v * k : y + v * k)));
  g.fillStyle(colour, 1);
  for (const poly of icon.fills) g.fillPoints(place(poly), true);
  g.lineStyle(Math.max(1.2, 1.4 * k), colour, 1);
  for (const line of icon.strokes) g.strokePoints(place(line));
}

function toPoints(flat: readonly number[]): Phaser.Math.Vector2[] {
  const out: Phaser.Types.Math.Vector2Like[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ x: flat[i] ?? 0, y: flat[i + 1] ?? 0 });
  return out as Phaser.Math.Vector2[];
}
