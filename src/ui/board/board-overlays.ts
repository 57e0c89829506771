/**
 * What the board draws over the map with Phaser Graphics, in world units but
 * at constant widths on screen (divided by the zoom): the routes, leader lines
 * from cards to their markers, the areas the picked forces can reach, the
 * moves ordered and the one being looked at, and the selection.
 */
import type Phaser from 'phaser';
import type { BoardModel, PlannedMove } from './board-model';
import { LEADER_BEYOND, nearestPoint } from './label-placement';
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

/** Draws the marks; returns the areas whose card a leader line joins to its marker. */
export function drawMarks(
  g: Graphics,
  model: BoardModel,
  at: ReadonlyMap<string, Point>,
  cards: ReadonlyMap<string, Rect | null>,
  z: number,
): Set<string> {
  const { areas } = model.world;
  g.clear();
  const leaders = new Set<string>();
  // Leader lines from cards placed away from their marker: dark, with a dot where they leave the
  // card, so that on a crowded board (a phone's) they are not taken for a route between areas.
  for (const [id, r] of cards) {
    const p = at.get(id);
    const area = areas.get(id);
    if (!r || !p || !area) continue;
    const [cx, cy] = nearestPoint(r, p);
    const length = Math.hypot(cx - p.x, cy - p.y) * z;
    if (length > markerRadius(area.kind) + LEADER_BEYOND) {
      leaders.add(id);
      g.lineStyle(1.6 / z, 0x1d2733, 0.85);
      g.lineBetween(cx, cy, p.x, p.y);
      // The dot only where the card is well away (a short leader needs none).
      if (length > markerRadius(area.kind) + 16) {
        g.fillStyle(0x1d2733, 0.85);
        g.fillCircle(cx, cy, 2.5 / z);
      }
    }
  }
  for (const id of model.destinations?.keys() ?? []) {
    const p = at.get(id);
    const a = areas.get(id);
    if (!p || !a) continue;
    g.lineStyle(3 / z, PALETTE.legal, 0.95);
    g.strokeCircle(p.x, p.y, (markerRadius(a.kind) + 5) / z);
  }
  // Orders refused last turn: a red cross where they were going (the report says why, first).
  for (const id of model.refused ?? []) {
    const p = at.get(id);
    const a = areas.get(id);
    if (!p || !a) continue;
    const r = (markerRadius(a.kind) + 6) / z;
    g.lineStyle(3 / z, 0xd0021b, 0.95);
    g.lineBetween(p.x - r, p.y - r, p.x + r, p.y + r);
    g.lineBetween(p.x - r, p.y + r, p.x + r, p.y - r);
  }
  for (const move of model.planned) arrow(g, pointsOf(move, at), sideColour(move.side), z);
  if (model.pending) arrow(g, pointsOf(model.pending, at), PALETTE.selection, z);
  for (const id of [model.selectedArea, model.origin]) {
    const p = id ? at.get(id) : undefined;
    const a = id ? areas.get(id) : undefined;
    if (!p || !a) continue;
    g.lineStyle(3.5 / z, PALETTE.selection, 1);
    g.strokeCircle(p.x, p.y, (markerRadius(a.kind) + 7) / z);
  }
  return leaders;
}

/** The markers a move passes, along its route when it has one. */
function pointsOf(move: PlannedMove, at: ReadonlyMap<string, Point>): Point[] {
  const ids = move.route && move.route.length >= 2 ? move.route : [move.from, move.to];
  const points: Point[] = [];
  for (const id of ids) {
    const p = at.get(id);
    if (p) points.push(p);
  }
  return points;
}

/**
 * A move: a line with a white edge through the markers of the areas it
 * passes, and a head that stops short of the destination's marker.
 */
function arrow(g: Graphics, points: readonly Point[], colour: number, z: number) {
  if (points.length < 2) return;
  const a = points[points.length - 2]!;
  const b = points[points.length - 1]!;
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len === 0) return;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  const stop = Math.min(12 / z, len / 2);
  const tip = { x: b.x - ux * stop, y: b.y - uy * stop };
  const head = 10 / z;
  const stroke = (end: Point) => {
    g.beginPath();
    g.moveTo(points[0]!.x, points[0]!.y);
    for (const p of points.slice(1, -1)) g.lineTo(p.x, p.y);
    g.lineTo(end.x, end.y);
    g.strokePath();
  };
  g.lineStyle(5 / z, 0xffffff, 0.9);
  stroke(tip);
  g.lineStyle(3 / z, colour, 1);
  stroke({ x: tip.x - ux * head * 0.6, y: tip.y - uy * head * 0.6 });
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
