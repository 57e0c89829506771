/** Text formatting for the HUD and the report: fixed rules, no locale surprises. */

import { formatDate, MONTHS } from '../../text/dates';

export { formatDate, MONTHS };

/** 38200 → "38,200"; -1500 → "−1,500" (a real minus sign). */
export function formatNumber(n: number): string {
  const digits = Math.abs(Math.trunc(n))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `−${digits}` : digits;
}

/** 170 → "+170"; -1500 → "−1,500"; 0 → "±0". */
export function formatSigned(n: number): string {
  if (n === 0) return '±0';
  return n > 0 ? `+${formatNumber(n)}` : formatNumber(n);
}

/** "1942-01-01" → "January 1942" (monthly turns) or "1 January 1942". */
export function sideName(side: string): string {
  return side === 'japan' ? 'Japan' : side === 'allies' ? 'the Allies' : side;
}

export function ownerLabel(owner: string): string {
  switch (owner) {
    case 'japan':
      return 'Japan';
    case 'allies':
      return 'Allies';
    case 'neutral':
      return 'Neutral';
    default:
      return 'Nobody';
  }
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "the Japanese player", "the Allied player". */
export function playerOf(side: 'japan' | 'allies'): string {
  return side === 'japan' ? 'the Japanese player' : 'the Allied player';
}

/** "Japan's", "the Allies'". */
export function possessive(side: 'japan' | 'allies'): string {
  return side === 'japan' ? "Japan's" : "the Allies'";
}

/** 15 → "15 minutes"; 240 → "4 hours"; 45 → "45 minutes"; 100 → "1.5 hours". */
export function formatMinutes(m: number): string {
  if (m < 90) return `${m} minutes`;
  const h = Math.round(m / 30) / 2;
  return `${h} hours`;
}

/** A side's name as a possessive: "Japan's", "Allies'" (never "Allies's"). */
export function namePossessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/**
 * A count of thousands as people say it: 1000 → "1 million", 1500 → "1.5 million",
 * 350 → "350 thousand" (Intl, English). For "thousand men" and similar.
 */
export function formatThousands(thousands: number): string {
  if (thousands === 0) return '0';
  const n = Math.abs(thousands);
  if (n >= 1000) {
    const m = new Intl.NumberFormat('en-GB', { maximumFractionDigits: n >= 10000 ? 0 : 1 }).format(
      thousands / 1000,
    );
    return `${m.replace('-', '−')} million`;
  }
  return `${formatNumber(thousands)} thousand`;
}
