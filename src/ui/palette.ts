/** Board colours (numbers for Phaser). The DOM uses the same values in style.css. */
import type { Owner, SideId } from '../scenario/schema';

export const PALETTE = {
  sea: 0xdcebf4,
  seaArea: 0xb9d6ea,
  seaAreaEdge: 0x5d8fb5,
  seaLabel: '#2c5d82',
  lane: 0x7fa7c6,
  landRoute: 0x9a8467,
  label: '#1d2733',
  labelHalo: '#f7fbfd',
  note: '#4d5b69',
  selection: 0xf2b134,
  japan: 0xc0392b,
  allies: 0x2e64b0,
  neutral: 0x8c8c8c,
  none: 0x8c8c8c,
  counterText: '#ffffff',
} as const;

export function ownerColour(owner: Owner): number {
  return PALETTE[owner];
}

export function sideColour(side: SideId): number {
  return PALETTE[side];
}
