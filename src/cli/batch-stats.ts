/**
 * Statistics over many games. Percentiles use the nearest-rank method, so
 * each one is a value some game actually reached (a real date, a real stock),
 * never an interpolation between two games.
 */
import type { SideId } from '../scenario/schema';
import { type RunResult, SHIPPING_FIGURES } from './batch-runs';

export interface Percentiles<T> {
  p10: T;
  p50: T;
  p90: T;
}

export interface BatchStats {
  runs: number;
  /** Games by how they ended (`unfinished` for games that had not ended). */
  outcomes: Record<string, number>;
  winners: Record<string, number>;
  turns: Percentiles<number>;
  endDate: Percentiles<string>;
  stocks: Record<SideId, Record<string, Percentiles<number>>>;
  /** By year, side and resource: the stock when the year's first turn began, over the games that reached it. */
  yearStart: Record<string, Record<SideId, Record<string, Percentiles<number>>>>;
  /** By year: Japan's shipping sunk by cause and oil and raw materials delivered, over the games that reached the year. */
  japanShipping: Record<string, Record<string, Percentiles<number> & { mean: number }>>;
  /** Share of games (0–1) in which each event fired. */
  events: Record<string, number>;
  /** For each named ship sunk in any game: the share of games (0–1) and the median date among those games. */
  shipsLost: Record<string, { share: number; p50: string }>;
}

export function nearestRank<T>(sorted: readonly T[], p: number): T {
  if (sorted.length === 0) throw new Error('no values');
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

function percentiles<T extends number | string>(values: readonly T[]): Percentiles<T> {
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { p10: nearestRank(sorted, 10), p50: nearestRank(sorted, 50), p90: nearestRank(sorted, 90) };
}

export function batchStats(
  runs: readonly RunResult[],
  sides: readonly SideId[],
  resources: readonly string[],
): BatchStats {
  const outcomes: Record<string, number> = {};
  const winners: Record<string, number> = {};
  for (const r of runs) {
    const kind = r.outcome ?? 'unfinished';
    outcomes[kind] = (outcomes[kind] ?? 0) + 1;
    const winner = r.winner ?? 'none';
    winners[winner] = (winners[winner] ?? 0) + 1;
  }
  const stocks = {} as BatchStats['stocks'];
  for (const side of sides) {
    stocks[side] = {};
    for (const res of resources) stocks[side][res] = percentiles(runs.map((r) => r.stocks[side][res] ?? 0));
  }
  const yearStart: BatchStats['yearStart'] = {};
  const years = [...new Set(runs.flatMap((r) => Object.keys(r.yearStart)))].sort();
  for (const year of years) {
    const reached = runs.filter((r) => r.yearStart[year]);
    yearStart[year] = {} as Record<SideId, Record<string, Percentiles<number>>>;
    for (const side of sides) {
      yearStart[year][side] = {};
      for (const res of resources) {
        const values = reached.flatMap((r) => {
          const v = r.yearStart[year]?.[side]?.[res];
          return v === undefined ? [] : [v];
        });
        if (values.length > 0) yearStart[year][side][res] = percentiles(values);
      }
    }
  }
  const japanShipping: BatchStats['japanShipping'] = {};
  for (const year of [...new Set(runs.flatMap((r) => Object.keys(r.japanShipping ?? {})))].sort()) {
    const reached = runs.filter((r) => r.japanShipping?.[year]);
    japanShipping[year] = {};
    for (const key of SHIPPING_FIGURES) {
      const values = reached.map((r) => r.japanShipping[year]![key]);
      // The mean too: the causes add up in it (medians of the parts need not add up to the whole).
      const mean = Math.round(values.reduce((n, v) => n + v, 0) / values.length);
      japanShipping[year][key] = { ...percentiles(values), mean };
    }
  }
  const events: Record<string, number> = {};
  for (const r of runs) for (const e of r.events) events[e] = (events[e] ?? 0) + 1;
  for (const e of Object.keys(events)) events[e] = Math.round((events[e]! / runs.length) * 1000) / 1000;
  const lostDates = new Map<string, string[]>();
  for (const r of runs) {
    for (const [id, date] of Object.entries(r.shipsLost))
      lostDates.set(id, [...(lostDates.get(id) ?? []), date]);
  }
  const shipsLost: BatchStats['shipsLost'] = {};
  for (const id of [...lostDates.keys()].sort()) {
    const dates = lostDates.get(id)!;
    shipsLost[id] = {
      share: Math.round((dates.length / runs.length) * 1000) / 1000,
      p50: percentiles(dates).p50,
    };
  }
  return {
    runs: runs.length,
    yearStart,
    japanShipping,
    events,
    shipsLost,
    outcomes,
    winners,
    turns: percentiles(runs.map((r) => r.turns)),
    endDate: percentiles(runs.map((r) => r.endDate)),
    stocks,
  };
}
