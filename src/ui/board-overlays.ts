/**
 * What the board draws over the map with Phaser Graphics, in world units but
 * at constant widths on screen (divided by the zoom): the routes, leader lines
 * from cards to their markers, the areas the picked forces can reach, the
 * moves ordered and the one being looked at, and the selection.
 */
import type Phaser from 'phaser';
import type { BoardModel } from './board-model';
import type { Point, Rect } from './map-frame';
import { markerRadius } from './marker-canvas';
import { PALETTE, sideColour } from './palette';

type Graphics = Phaser.GameObjects.Graphics;

export function drawRoutes(g: Graphics, model: BoardModel, at: ReadonlyMap<string, Point>, z: number) {
  const { areas } = model.world;
  g.clear();
  for (const c of model.world.scenario.connections) {
    const a = at.get(c.a);
    const b = at.get(c.b);
    if (!a || !b) continue;
    const overland = areas.get(c.a)?.kind !== 'sea' && areas.get(c.b)?.kind !== 'sea';
    g.lineStyle(
      (overland ? 2.2 : 1.4) / z,
      overland ? PALETTE.landRoute : PALETTE.lane,
      overland ? 0.8 : 0.55,
    );
    g.lineBetween(a.x, a.y, b.x, b.y);
  }
}

export function drawMarks(
  g: Graphics,
  model: BoardModel,
  at: ReadonlyMap<string, Point>,
  cards: ReadonlyMap<string, Rect | null>,
  z: number,
) {
  const { areas } = model.world;
  g.clear();
  // Leader lines from cards placed away from their marker.
  for (const [id, r] of cards) {
    const p = at.get(id);
    const area = areas.get(id);
    if (!r || !p || !area) continue;
    const cx = Math.min(Math.max(p.x, r.x), r.x + r.width);
    const cy = Math.min(Math.max(p.y, r.y), r.y + r.height);
    if (Math.hypot(cx - p.x, cy - p.y) * z > markerRadius(area.kind) + 5) {
      g.lineStyle(1.2 / z, 0x55606b, 0.8);
      g.lineBetween(cx, cy, p.x, p.y);
    }
  }
  for (const id of model.destinations?.keys() ?? []) {
    const p = at.get(id);
    const a = areas.get(id);
    if (!p || !a) continue;
    g.lineStyle(3 / z, PALETTE.legal, 0.95);
    g.strokeCircle(p.x, p.y, (markerRadius(a.kind) + 5) / z);
  }
  for (const move of model.planned) {
    const a = at.get(move.from);
    const b = at.get(move.to);
    if (a && b) arrow(g, a, b, sideColour(move.side), z);
  }
  if (model.pending) {
    const a = at.get(model.pending.from);
    const b = at.get(model.pending.to);
    if (a && b) arrow(g, a, b, PALETTE.selection, z);
  }
  for (const id of [model.selectedArea, model.origin]) {
    const p = id ? at.get(id) : undefined;
    const a = id ? areas.get(id) : undefined;
    if (!p || !a) continue;
    g.lineStyle(3.5 / z, PALETTE.selection, 1);
    g.strokeCircle(p.x, p.y, (markerRadius(a.kind) + 7) / z);
  }
}

/** A move: a line with a white edge and a head that stops short of the destination's marker. */
function arrow(g: Graphics, a: Point, b: Point, colour: number, z: number) {
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len === 0) return;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  const stop = 12 / z;
  const tip = { x: b.x - ux * stop, y: b.y - uy * stop };
  const head = 10 / z;
  g.lineStyle(5 / z, 0xffffff, 0.9);
  g.lineBetween(a.x, a.y, tip.x, tip.y);
  g.lineStyle(3 / z, colour, 1);
  g.lineBetween(a.x, a.y, tip.x - ux * head * 0.6, tip.y - uy * head * 0.6);
  g.fillStyle(colour, 1);
  g.fillTriangle(
    tip.x,
    tip.y,
    tip.x - ux * head - uy * head * 0.6,
    tip.y - uy * head + ux * head * 0.6,
    tip.x - ux * head + uy * head * 0.6,
    tip.y - uy * head - ux * head * 0.6,
  );
}
