/**
 * An area's card on the board: its name, what it produces, and one counter per
 * side and kind of force (ships, aircraft, troops) with the number in it.
 */
import type Phaser from 'phaser';
import type { AreaDef } from '../scenario/schema';
import { drawIcon } from './board-draw';
import type { Counter } from './force-groups';
import { formatNumber } from './format';
import { counterIcon } from './icons';
import { PALETTE, sideColour } from './palette';

export const FONT = 'system-ui, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

const PAD = 4;
const CHIP_H = 20;
const ICON = 14;
const GAP = 3;

export interface Card {
  container: Phaser.GameObjects.Container;
  width: number;
  height: number;
  /** The card's background, or null when the name floats over the sea. */
  frame: {
    graphics: Phaser.GameObjects.Graphics;
    fill: number;
    alpha: number;
    edge: number;
    edgeAlpha: number;
  } | null;
}

export function counterLabel(c: Counter): string {
  return c.kind === 'army' ? `${formatNumber(c.total)}k` : formatNumber(c.total);
}

export function buildCard(
  scene: Phaser.Scene,
  area: AreaDef,
  productionLine: string | null,
  counters: readonly Counter[],
): Card {
  const sea = area.kind === 'sea';
  const container = scene.add.container(0, 0);
  const bg = scene.add.graphics();
  const chipsLayer = scene.add.graphics();
  container.add([bg, chipsLayer]);

  const name = scene.add.text(0, 0, area.name, {
    fontFamily: FONT,
    fontSize: sea ? '12px' : '13px',
    fontStyle: sea ? 'italic bold' : 'bold',
    color: sea ? PALETTE.seaLabel : PALETTE.label,
    stroke: PALETTE.labelHalo,
    strokeThickness: sea ? 3 : 0,
  });
  container.add(name);
  const lines: Phaser.GameObjects.Text[] = [name];
  if (productionLine) {
    const prod = scene.add.text(0, 0, productionLine, {
      fontFamily: FONT,
      fontSize: '11px',
      color: PALETTE.note,
    });
    container.add(prod);
    lines.push(prod);
  }

  // Counter rows: one per side.
  const rows: {
    chips: { counter: Counter; text: Phaser.GameObjects.Text; width: number }[];
    width: number;
  }[] = [];
  for (const side of ['japan', 'allies'] as const) {
    const mine = counters.filter((c) => c.side === side);
    if (mine.length === 0) continue;
    const chips = mine.map((counter) => {
      const text = scene.add.text(0, 0, counterLabel(counter), {
        fontFamily: FONT,
        fontSize: '12px',
        fontStyle: 'bold',
        color: PALETTE.counterText,
      });
      container.add(text);
      return { counter, text, width: 4 + ICON + 3 + text.width + 5 };
    });
    rows.push({ chips, width: chips.reduce((w, c) => w + c.width, 0) + GAP * (chips.length - 1) });
  }

  const inner = Math.max(...lines.map((t) => t.width), ...rows.map((r) => r.width));
  const width = Math.ceil(inner + PAD * 2);
  let y = PAD - (sea ? 1 : 0);
  for (const t of lines) {
    t.setPosition(Math.round((width - t.width) / 2), Math.round(y));
    y += t.height;
  }
  for (const row of rows) {
    y += GAP;
    let x = (width - row.width) / 2;
    for (const chip of row.chips) {
      const colour = sideColour(chip.counter.side);
      chipsLayer.fillStyle(colour, 1);
      chipsLayer.fillRoundedRect(x, y, chip.width, CHIP_H, 4);
      drawIcon(chipsLayer, counterIcon(chip.counter.kind), x + 4, y + (CHIP_H - ICON) / 2, ICON, 0xffffff);
      chip.text.setPosition(Math.round(x + 4 + ICON + 3), Math.round(y + (CHIP_H - chip.text.height) / 2));
      x += chip.width + GAP;
    }
    y += CHIP_H;
  }
  const height = Math.ceil(y + PAD);

  // Land cards sit on a white card; sea names float over the water unless forces are there.
  let frame: Card['frame'] = null;
  if (!sea || rows.length > 0) {
    frame = sea
      ? { graphics: bg, fill: 0xeef6fb, alpha: 0.9, edge: PALETTE.seaAreaEdge, edgeAlpha: 0.6 }
      : { graphics: bg, fill: 0xffffff, alpha: 0.94, edge: 0xb8c2cc, edgeAlpha: 1 };
    bg.fillStyle(frame.fill, frame.alpha);
    bg.fillRoundedRect(0, 0, width, height, 5);
    bg.lineStyle(1, frame.edge, frame.edgeAlpha);
    bg.strokeRoundedRect(0, 0, width, height, 5);
  }
  return { container, width, height, frame };
}

/**
 * A speech-bubble tail from the card towards its marker, so a card placed
 * beside a crowded spot still points at the area it describes.
 */
export function drawTail(
  card: Card,
  at: { x: number; y: number },
  marker: { x: number; y: number; radius: number },
) {
  if (!card.frame) return;
  const { graphics: g, fill, alpha, edge, edgeAlpha } = card.frame;
  // Work in the card's own coordinates.
  const mx = marker.x - at.x;
  const my = marker.y - at.y;
  const cx = Math.min(Math.max(mx, 0), card.width);
  const cy = Math.min(Math.max(my, 0), card.height);
  const dist = Math.hypot(mx - cx, my - cy);
  if (dist <= marker.radius + 1) return;
  const half = 5;
  const onSide = cx === 0 || cx === card.width;
  const inset = (v: number, max: number) => Math.min(Math.max(v, half + 4), max - half - 4);
  const bx = onSide ? cx + (cx === 0 ? 1 : -1) : inset(cx, card.width);
  const by = onSide ? inset(cy, card.height) : cy + (cy === 0 ? 1 : -1);
  const base1 = onSide ? { x: bx, y: by - half } : { x: bx - half, y: by };
  const base2 = onSide ? { x: bx, y: by + half } : { x: bx + half, y: by };
  // The tip stops at the marker's edge.
  const k = (Math.hypot(mx - bx, my - by) - marker.radius - 1) / Math.hypot(mx - bx, my - by);
  const tip = { x: bx + (mx - bx) * k, y: by + (my - by) * k };
  g.fillStyle(fill, alpha);
  g.fillTriangle(base1.x, base1.y, base2.x, base2.y, tip.x, tip.y);
  g.lineStyle(1, edge, edgeAlpha);
  g.lineBetween(base1.x, base1.y, tip.x, tip.y);
  g.lineBetween(base2.x, base2.y, tip.x, tip.y);
}
