/**
 * Japan's shipping war as the engine recorded it, turn by turn: the thousand GT of merchant ships
 * and tankers sunk by submarines, aircraft and mines, and the oil and raw materials that reached the
 * Home Islands. Each turn's figures are the side's supply record in the state the turn ended in
 * (`state.supply`, filled by economy/shipping-losses.ts and deliveries.ts as they change the stocks),
 * so nothing here is a rule: the command line's batch (`japanShipping`), the after-action report, the
 * compare view and the class results add up the same record and cannot disagree (compare31).
 */
import type { GameState } from '../engine/index';

export const SHIPPING_FIGURES = [
  'sunkBySubmarines',
  'sunkByAircraft',
  'sunkByMines',
  'oilDelivered',
  'rawDelivered',
] as const;
export type ShippingFigure = (typeof SHIPPING_FIGURES)[number];
export type ShippingFigures = Record<ShippingFigure, number>;

/** All figures at 0, in the order of SHIPPING_FIGURES (the batch's JSON keeps that order). */
export function noShipping(): ShippingFigures {
  return { sunkBySubmarines: 0, sunkByAircraft: 0, sunkByMines: 0, oilDelivered: 0, rawDelivered: 0 };
}

/** Adds Japan's figures of the turn that ended in `after` to `sums`. */
export function addShipping(sums: ShippingFigures, after: GameState): void {
  const supply = after.supply.japan;
  for (const key of SHIPPING_FIGURES) sums[key] += supply[key];
}

/** Japan's figures of the turn that ended in `after`. */
export function shippingOfTurn(after: GameState): ShippingFigures {
  const sums = noShipping();
  addShipping(sums, after);
  return sums;
}

/** One turn's figures, dated by the day the turn began. */
export interface ShippingTurn {
  date: string;
  figures: ShippingFigures;
}

/** The thousand GT sunk by all three causes. */
export function sunkOf(f: ShippingFigures): number {
  return f.sunkBySubmarines + f.sunkByAircraft + f.sunkByMines;
}

/**
 * The turns' figures summed by the calendar year each turn began in (as the batch's `japanShipping`),
 * years in order.
 */
export function shippingByYear(turns: readonly ShippingTurn[]): Record<string, ShippingFigures> {
  const out: Record<string, ShippingFigures> = {};
  for (const t of turns) {
    const year = t.date.slice(0, 4);
    const sums = out[year] ?? noShipping();
    out[year] = sums;
    for (const key of SHIPPING_FIGURES) sums[key] += t.figures[key];
  }
  return out;
}

/** The turns' figures summed over the whole game. */
export function shippingTotal(turns: readonly ShippingTurn[]): ShippingFigures {
  const sums = noShipping();
  for (const t of turns) for (const key of SHIPPING_FIGURES) sums[key] += t.figures[key];
  return sums;
}
