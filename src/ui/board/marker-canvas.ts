/**
 * Area markers as small canvas images: land a rounded square, island a
 * circle, both in the owner's colour (a star for a capital); sea a pale disc
 * with a wave. Drawn once per look and reused by every area that has it.
 */
import type { AreaKind, Owner } from '../../scenario/schema';
import { starPoints } from '../kit/icons';

export interface MarkerLook {
  kind: AreaKind;
  owner: Owner;
  capital: boolean;
  /** A sea area the side on screen does not watch (the fog of war): enemy ships there are not shown. */
  unwatched?: boolean;
}

const OWNER_FILL: Record<Owner, string> = {
  japan: '#c0392b',
  allies: '#2e64b0',
  neutral: '#8c8c8c',
  none: '#8c8c8c',
};

/** Half the marker's on-screen size in pixels. */
export function markerRadius(kind: AreaKind): number {
  return kind === 'sea' ? 8 : 9;
}

export function markerKey(look: MarkerLook): string {
  return `marker:${look.kind}:${look.owner}:${look.capital ? 'c' : ''}${look.unwatched ? ':u' : ''}`;
}

/** The canvas is twice the radius plus a border (times `dpr`); the marker's centre is its centre. */
export function drawMarker(look: MarkerLook, dpr = 1): HTMLCanvasElement {
  const r = markerRadius(look.kind);
  const size = r * 2 + 4;
  const c = size / 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(size * dpr);
  canvas.height = Math.ceil(size * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.scale(dpr, dpr);
  if (look.kind === 'sea' && look.unwatched) {
    // Unwatched: grey, dashed, a question mark — "what is here is not known", not "nothing is here".
    ctx.fillStyle = 'rgba(214, 221, 228, 0.95)';
    ctx.strokeStyle = '#6b7885';
    ctx.lineWidth = 1.5;
    ctx.setLineDash([2.5, 2]);
    ctx.beginPath();
    ctx.arc(c, c, r, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = '#44505c';
    ctx.font = `bold ${Math.round(r * 1.35)}px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('?', c, c + 0.5);
    return canvas;
  }
  if (look.kind === 'sea') {
    ctx.fillStyle = 'rgba(240, 247, 252, 0.95)';
    ctx.strokeStyle = '#4f82aa';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.arc(c, c, r, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
    ctx.beginPath();
    for (let i = 0; i <= 16; i++) {
      const t = i / 16;
      const x = c - r * 0.6 + r * 1.2 * t;
      const y = c + 1.6 * Math.sin(t * Math.PI * 3);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    }
    ctx.lineWidth = 1.6;
    ctx.stroke();
    return canvas;
  }
  ctx.fillStyle = OWNER_FILL[look.owner];
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2;
  ctx.beginPath();
  if (look.kind === 'land') ctx.roundRect(c - r, c - r, r * 2, r * 2, 3);
  else ctx.arc(c, c, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
  if (look.capital) {
    const pts = starPoints(c, c, r * 0.72, r * 0.3);
    ctx.fillStyle = '#ffffff';
    ctx.beginPath();
    for (let i = 0; i + 1 < pts.length; i += 2) {
      if (i === 0) ctx.moveTo(pts[i] ?? 0, pts[i + 1] ?? 0);
      else ctx.lineTo(pts[i] ?? 0, pts[i + 1] ?? 0);
    }
    ctx.closePath();
    ctx.fill();
  }
  return canvas;
}
