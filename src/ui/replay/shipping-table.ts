/**
 * Japan's shipping war as a table, year by year: the tonnage sunk by submarines, aircraft and mines
 * and the oil shipped home, summed from each turn's figures (src/replay/shipping-war.ts, the sums the
 * command line's batch prints as `japanShipping`). One game (the after-action report) or two, a row
 * for each game in each year (the compare view), and the whole game's total at the foot.
 */
import type { AfterAction } from '../../replay/index';
import { type ShippingFigure, shippingByYear, shippingTotal } from '../../replay/shipping-war';
import { afterActionText as T } from '../../text/after-action-text';
import { el } from '../kit/dom';
import { formatNumber } from '../kit/format';

export interface ShippingGame {
  /** "Game A"; null when the table shows one game. */
  label: string | null;
  /** What the Game column says ("A"): a phone has room for little more than the figures. */
  short?: string;
  shipping: NonNullable<AfterAction['shipping']>;
}

/** The table, or null when no game has shipping figures (a scenario without shipping rules). */
export function shippingTable(games: readonly ShippingGame[]): HTMLElement | null {
  const first = games[0];
  if (!first) return null;
  const figures: ShippingFigure[] = first.shipping.figures;
  const byYear = games.map((g) => shippingByYear(g.shipping.turns));
  const years = [...new Set(byYear.flatMap((y) => Object.keys(y)))].sort();
  const two = games.length > 1;
  const head = [T.shippingYear, ...(two ? [T.shippingGame] : []), ...figures.map((f) => T.shippingLabel[f])];
  const row = (
    year: string,
    g: ShippingGame,
    sums: Record<ShippingFigure, number> | undefined,
    total = false,
  ) =>
    el(
      'tr',
      { attrs: { 'data-year': total ? 'total' : year, ...(g.label ? { 'data-game': g.label } : {}) } },
      [
        el('th', { attrs: { scope: 'row' }, text: total ? T.shippingTotal : year }),
        ...(two ? [el('td', { className: 'game', text: g.short ?? g.label ?? '' })] : []),
        ...figures.map((f) =>
          el('td', {
            className: 'num',
            attrs: { 'data-figure': f },
            text: sums ? formatNumber(sums[f]) : T.notPlayed,
          }),
        ),
      ],
    );
  const body = years.flatMap((year) => games.map((g, i) => row(year, g, byYear[i]![year])));
  const totals = games.map((g) => row('total', g, shippingTotal(g.shipping.turns), true));
  return el('section', { className: 'shipping-war', attrs: { 'aria-labelledby': 'shipping-war-title' } }, [
    el('h3', { attrs: { id: 'shipping-war-title' }, text: T.shippingHeading }),
    el('p', { className: 'hint', text: T.shippingHint }),
    el(
      'div',
      { className: 'table-wrap', attrs: { tabindex: '0', role: 'region', 'aria-label': T.shippingHeading } },
      [
        el('table', { className: 'shipping-table' }, [
          el('caption', { className: 'visually-hidden', text: T.shippingHeading }),
          el('thead', {}, [
            el(
              'tr',
              {},
              head.map((h) => el('th', { attrs: { scope: 'col' }, text: h })),
            ),
          ]),
          el('tbody', {}, body),
          el('tfoot', {}, totals),
        ]),
      ],
    ),
  ]);
}
