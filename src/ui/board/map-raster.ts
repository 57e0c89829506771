/**
 * Draws the static geography with Canvas 2D: sea, graticule, land tinted by
 * owner, coastlines. Phaser shows the result as one texture, which is what
 * keeps panning smooth on software WebGL (see TECH.md: vector drawing each
 * frame is slow there, a texture is not).
 */
import type { Coastlines } from './coastlines';
import { UNITS_PER_DEGREE } from './map-frame';
import type { OwnershipField } from './ownership-field';
import { PALETTE } from './palette';

/** A part of the world drawn at `scale` canvas pixels per world unit. */
export interface RasterView {
  x: number;
  y: number;
  width: number;
  height: number;
  scale: number;
}

export function drawMap(
  canvas: HTMLCanvasElement,
  view: RasterView,
  coast: Coastlines,
  field: OwnershipField | null,
): void {
  const w = Math.max(1, Math.round(view.width * view.scale));
  const h = Math.max(1, Math.round(view.height * view.scale));
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const px = (x: number) => (x - view.x) * view.scale;
  const py = (y: number) => (y - view.y) * view.scale;

  ctx.fillStyle = PALETTE.seaCss;
  ctx.fillRect(0, 0, w, h);
  drawGraticule(ctx, view, w, h);

  const land = new Path2D();
  for (const ring of coast.rings) {
    if (ring.maxX < view.x || ring.minX > view.x + view.width) continue;
    if (ring.maxY < view.y || ring.minY > view.y + view.height) continue;
    const p = ring.points;
    land.moveTo(px(p[0] ?? 0), py(p[1] ?? 0));
    for (let i = 2; i + 1 < p.length; i += 2) land.lineTo(px(p[i] ?? 0), py(p[i + 1] ?? 0));
    land.closePath();
  }
  // Shallow water: a soft band along every coast.
  ctx.lineJoin = 'round';
  ctx.strokeStyle = PALETTE.shallowCss;
  ctx.lineWidth = 5;
  ctx.stroke(land);
  ctx.fillStyle = PALETTE.landCss;
  ctx.fill(land);
  if (field) {
    ctx.save();
    ctx.clip(land);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(
      field.canvas,
      px(field.bounds.x),
      py(field.bounds.y),
      field.bounds.width * view.scale,
      field.bounds.height * view.scale,
    );
    ctx.restore();
  }
  ctx.strokeStyle = PALETTE.coastCss;
  ctx.lineWidth = 1;
  ctx.stroke(land);
}

function drawGraticule(ctx: CanvasRenderingContext2D, view: RasterView, w: number, h: number) {
  const step = 10 * UNITS_PER_DEGREE;
  ctx.strokeStyle = PALETTE.graticuleCss;
  ctx.fillStyle = PALETTE.graticuleLabelCss;
  ctx.font = '11px system-ui, "DejaVu Sans", sans-serif';
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let y = Math.ceil(view.y / step) * step; y <= view.y + view.height; y += step) {
    const sy = Math.round((y - view.y) * view.scale) + 0.5;
    ctx.moveTo(0, sy);
    ctx.lineTo(w, sy);
  }
  for (let x = Math.ceil(view.x / step) * step; x <= view.x + view.width; x += step) {
    const sx = Math.round((x - view.x) * view.scale) + 0.5;
    ctx.moveTo(sx, 0);
    ctx.lineTo(sx, h);
  }
  ctx.stroke();
}
