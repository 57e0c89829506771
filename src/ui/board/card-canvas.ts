/**
 * An area's card on the board, drawn with Canvas 2D into one small texture:
 * its name, optionally a line of what it has (port, airfield, production),
 * and one counter per side and kind of force with the number in it.
 */
import type { SideId } from '../../scenario/schema';
import { counterIcon, iconPath } from '../kit/icons';
import { type Counter, counterLabel } from './force-groups';
import { SIDE_CSS } from './palette';

export const FONT = 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

export interface CardContent {
  name: string | null;
  sea: boolean;
  detail: string | null;
  counters: readonly Pick<Counter, 'side' | 'kind' | 'total' | 'carriers'>[];
  /** Small counters (a crowded board). */
  small?: boolean;
  /** Icons only, one counter per side. */
  iconsOnly?: boolean;
  /** With iconsOnly: the name and the chips on one line, the most compact form (a phone's crowded board). */
  inline?: boolean;
  /**
   * A form used only where no other fits within the board's reach of the marker (label-placement.ts):
   * a land area's chips without its name (the name is on a tap of the marker).
   */
  spare?: boolean;
  /**
   * Enemy forces last seen here and not seen now (the fog of war's memory, engine/last-seen.ts), with
   * when: the counters are drawn faded in a dashed frame — where they were, not where they are.
   */
  ghost?: string;
}

export interface CardImage {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
}

const PAD = 3;
const GAP = 3;

/** A string that changes whenever the card would look different (the texture cache key). */
export function cardKey(c: CardContent): string {
  const counters = c.counters.map((k) => `${k.side[0]}${k.kind}${k.total}${k.carriers > 0 ? 'c' : ''}`);
  const form = c.inline ? 'l' : c.iconsOnly ? 'i' : c.small ? 's' : 'n';
  return `${form}${c.sea ? 's' : 'l'}|${c.name ?? ''}|${c.detail ?? ''}|${counters.join(',')}${c.ghost !== undefined ? `|g${c.ghost}` : ''}`;
}

/** The card at `dpr` canvas pixels per CSS pixel; `width` and `height` are in CSS pixels. */
export function drawCard(c: CardContent, dpr = 1): CardImage {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return { canvas, width: 1, height: 1 };
  const iconRows = new Map<SideId, CardContent['counters'][number][]>();
  const nameFont = c.sea ? `italic 600 11px ${FONT}` : `600 12px ${FONT}`;
  const detailFont = `10px ${FONT}`;
  const chipFont = `700 ${c.small ? 10 : 11}px ${FONT}`;
  const CHIP_H = c.small || c.iconsOnly ? 15 : 18;
  const ICON = c.small || c.iconsOnly ? 11 : 13;

  const rows: {
    side: SideId;
    chips: { c: CardContent['counters'][number]; label: string; w: number }[];
  }[] = [];
  ctx.font = chipFont;
  for (const side of ['japan', 'allies'] as const) {
    const mine = c.counters.filter((k) => k.side === side);
    if (mine.length === 0) continue;
    if (c.iconsOnly) {
      // One chip with every kind's icon side by side, no numbers.
      rows.push({ side, chips: [{ c: mine[0]!, label: '', w: 2 + mine.length * (ICON + 1) + 2 }] });
      iconRows.set(side, mine);
      continue;
    }
    rows.push({
      side,
      chips: mine.map((k) => {
        const label = counterLabel(k);
        return { c: k, label, w: Math.ceil(3 + ICON + 2 + ctx.measureText(label).width + 4) };
      }),
    });
  }
  const rowWidth = (r: (typeof rows)[number]) =>
    r.chips.reduce((w, ch) => w + ch.w, 0) + GAP * (r.chips.length - 1);
  ctx.font = nameFont;
  const nameW = c.name ? ctx.measureText(c.name).width : 0;
  ctx.font = detailFont;
  const detailW = c.detail ? ctx.measureText(c.detail).width : 0;
  const inline = c.inline === true && c.detail === null;
  const chipsW = rows.reduce((w, r) => w + rowWidth(r), 0) + GAP * Math.max(0, rows.length - 1);
  const inner = inline
    ? Math.max(nameW + (nameW > 0 && rows.length ? GAP * 2 : 0) + chipsW, 1)
    : Math.max(nameW, detailW, ...rows.map(rowWidth), 1);
  const width = Math.ceil(inner + PAD * 2);
  const nameH = c.name ? 15 : 0;
  const detailH = c.detail ? 13 : 0;
  const chipsH = rows.length * (CHIP_H + GAP);
  const height = inline
    ? Math.ceil(PAD + Math.max(nameH, rows.length ? CHIP_H : 0) + PAD + 1)
    : Math.ceil(PAD + nameH + detailH + chipsH + (rows.length ? PAD - GAP : PAD) + 1);

  canvas.width = Math.ceil(width * dpr);
  canvas.height = Math.ceil(height * dpr);
  ctx.scale(dpr, dpr);
  const framed = !c.sea || rows.length > 0;
  if (framed && c.ghost !== undefined) {
    // Last seen, not seen: a pale, dashed frame and faded counters (the drawing below at low alpha).
    ctx.fillStyle = 'rgba(236, 240, 244, 0.85)';
    ctx.strokeStyle = '#6b7885';
    ctx.lineWidth = 1;
    ctx.setLineDash([3, 2]);
    ctx.beginPath();
    ctx.roundRect(0.5, 0.5, width - 1, height - 1, 4);
    ctx.fill();
    ctx.stroke();
    ctx.setLineDash([]);
  } else if (framed) {
    ctx.fillStyle = c.sea ? 'rgba(236, 245, 251, 0.94)' : 'rgba(255, 255, 255, 0.94)';
    ctx.strokeStyle = c.sea ? 'rgba(79, 130, 170, 0.7)' : '#aab4be';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.roundRect(0.5, 0.5, width - 1, height - 1, 4);
    ctx.fill();
    ctx.stroke();
  }
  let y = PAD;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'center';
  if (inline) {
    // Name, then each side's chip, on one line.
    const line = Math.max(nameH, rows.length ? CHIP_H : 0);
    let x = PAD;
    if (c.name) {
      ctx.font = nameFont;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = c.ghost !== undefined ? '#33404c' : c.sea ? '#2c5d82' : '#1d2733';
      ctx.fillText(c.name, x, y + line / 2 + 0.5);
      x += nameW + GAP * 2;
    }
    if (c.ghost !== undefined) ctx.globalAlpha = 0.45;
    for (const row of rows) {
      const chip = row.chips[0];
      if (!chip) continue;
      const cy = y + (line - CHIP_H) / 2;
      fillChip(ctx, row.side, x, cy, chip.w, CHIP_H);
      fillIcons(ctx, iconRows.get(row.side) ?? [], x, cy, CHIP_H, ICON);
      x += chip.w + GAP;
    }
    return { canvas, width, height };
  }
  if (c.name) {
    ctx.font = nameFont;
    if (!framed) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgba(247, 251, 253, 0.9)';
      ctx.strokeText(c.name, width / 2, y);
    }
    ctx.fillStyle = c.sea ? '#2c5d82' : '#1d2733';
    ctx.fillText(c.name, width / 2, y);
    y += nameH;
  }
  if (c.detail) {
    ctx.font = c.ghost !== undefined ? `italic ${detailFont}` : detailFont;
    ctx.fillStyle = c.ghost !== undefined ? '#33404c' : '#4d5b69';
    ctx.fillText(c.detail, width / 2, y);
    y += detailH;
  }
  if (c.ghost !== undefined) ctx.globalAlpha = 0.45;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.font = chipFont;
  for (const row of rows) {
    let x = Math.round((width - rowWidth(row)) / 2);
    for (const chip of row.chips) {
      fillChip(ctx, row.side, x, y, chip.w, CHIP_H);
      const icons = iconRows.get(row.side);
      if (icons) {
        fillIcons(ctx, icons, x, y, CHIP_H, ICON);
      } else {
        ctx.fill(
          iconPath(counterIcon(chip.c.kind, chip.c.carriers > 0), x + 3, y + (CHIP_H - ICON) / 2, ICON),
        );
        ctx.fillText(chip.label, x + 3 + ICON + 2, y + CHIP_H / 2 + 0.5);
      }
      x += chip.w + GAP;
    }
    y += CHIP_H + GAP;
  }
  return { canvas, width, height };
}

/** A side's chip, `h` high, in its colour, leaving the pen white for what goes on it. */
function fillChip(
  ctx: CanvasRenderingContext2D,
  side: SideId,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  ctx.fillStyle = SIDE_CSS[side];
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 3);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
}

/** A crowded card's chip: one icon (`size` wide) a kind of unit, side by side, no counts. */
function fillIcons(
  ctx: CanvasRenderingContext2D,
  icons: readonly CardContent['counters'][number][],
  x: number,
  y: number,
  chipH: number,
  size: number,
): void {
  icons.forEach((k, n) => {
    ctx.fill(
      iconPath(counterIcon(k.kind, k.carriers > 0), x + 2 + n * (size + 1), y + (chipH - size) / 2, size),
    );
  });
}
