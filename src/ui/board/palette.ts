/** Board colours. Numbers are for Phaser, strings for Canvas 2D; style.css uses the same values. */
import type { Owner, SideId } from '../../scenario/schema';

export const PALETTE = {
  sea: 0xcfe2ef,
  seaCss: '#cfe2ef',
  shallowCss: '#b7d3e6',
  landCss: '#efe7d6',
  coastCss: '#8d7f66',
  graticuleCss: 'rgba(70, 110, 140, 0.22)',
  graticuleLabelCss: 'rgba(45, 80, 110, 0.75)',
  seaArea: 0xeaf3f9,
  seaAreaEdge: 0x4f82aa,
  seaLabel: '#2c5d82',
  lane: 0x4f7fa6,
  landRoute: 0x8a6b45,
  label: '#1d2733',
  labelHalo: '#f7fbfd',
  note: '#4d5b69',
  selection: 0xf2b134,
  legal: 0x1f8f4e,
  focus: 0xe8590c,
  /** Ships and shipping lost, in the turn playback. */
  sunk: 0x7a1f2b,
  japan: 0xc0392b,
  allies: 0x2e64b0,
  neutral: 0x8c8c8c,
  none: 0x8c8c8c,
  counterText: '#ffffff',
} as const;

export const SIDE_CSS: Record<SideId, string> = { japan: '#c0392b', allies: '#2e64b0' };

/** How land held by each owner is tinted on the map (alpha 0–1). */
export const OWNER_TINT: Record<Owner, { r: number; g: number; b: number; a: number }> = {
  japan: { r: 214, g: 72, b: 58, a: 0.42 },
  allies: { r: 64, g: 118, b: 196, a: 0.38 },
  neutral: { r: 150, g: 150, b: 150, a: 0.35 },
  none: { r: 0, g: 0, b: 0, a: 0 },
};

export function ownerColour(owner: Owner): number {
  return PALETTE[owner];
}

export function sideColour(side: SideId): number {
  return PALETTE[side];
}

export function hexCss(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
