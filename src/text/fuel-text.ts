/**
 * The words of the fleet train's cargo (endurance.ts, phases/oiler-cargo.ts):
 * the oilers' report line and what an oiler flotilla holds, shared by the UI
 * and the CLI like report-text.ts. Quantities are in thousand barrels, the
 * unit of every oil stock in the game; a metric ton of fuel oil is about
 * 6.6 barrels, so the kilotons are given alongside for the ships' figures
 * (a Cimarron-class oiler held 146,000 barrels, about 22 kt — CIMARRON-1939).
 */
import type { ReportItem } from '../engine/report';

const number = new Intl.NumberFormat('en-GB');
const n = (v: number): string => number.format(v);

/** Barrels in ten metric tons of fuel oil (about 6.6 a ton): for the kilotons shown beside the barrels. */
const BARRELS_PER_TEN_TONNES = 66;

/**
 * An oiler flotilla as the force panel shows it: "3 oilers — 255 thousand bbl of fuel oil (about
 * 39 thousand tonnes)" (bbl as the oil stock's card has it), with the room left when `tanks` (what they hold
 * full) is given.
 */
export function oilerCargoText(count: number, cargo: number, tanks?: number): string {
  const kt = Math.round((cargo * 10) / BARRELS_PER_TEN_TONNES);
  const held =
    cargo === 0 ? 'empty' : `${n(cargo)} thousand bbl of fuel oil (about ${n(kt)} thousand tonnes)`;
  const full =
    tanks === undefined || cargo === 0
      ? ''
      : cargo >= tanks
        ? ', full'
        : `, room for ${n(tanks - cargo)} more`;
  return `${n(count)} oiler${count === 1 ? '' : 's'} — ${held}${full}`;
}

/** A flotilla's cargo in a turn: "Combined Fleet oilers (Hawaii): gave 350 … to ships at sea; …; 330 aboard". */
export function oilerCargoLine(
  item: Extract<ReportItem, { kind: 'oilers' }>,
  areaName: (id: string) => string,
): string {
  const parts = [
    item.issued > 0 ? `gave ${n(item.issued)} thousand barrels to ships beyond their radius` : '',
    item.lost > 0 ? `${n(item.lost)} thousand barrels lost with the oilers sunk` : '',
    item.loaded > 0
      ? `loaded ${n(item.loaded)} thousand barrels in port`
      : item.inPort && item.after < item.tanks
        ? 'in port, but the stock there is empty: nothing loaded'
        : '',
  ].filter(Boolean);
  return `${item.name} (${areaName(item.area)}): ${parts.join('; ')}; ${n(item.after)} of ${n(item.tanks)} thousand barrels aboard`;
}
