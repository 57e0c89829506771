/**
 * Two timelines side by side — two teams on the same seed, or a branch and its
 * original: their series on the same dates, and the key events one had and
 * the other did not.
 */
import type { Scenario } from '../scenario/schema';
import { type AfterAction, buildAfterAction, type TimelineEntry } from './after-action';
import type { Replay } from './schema';

export interface Comparison {
  a: AfterAction;
  b: AfterAction;
  /** The first turn on which the two games' orders differ (1-based), or null if one is a prefix of the other. */
  divergesAt: number | null;
  /** Series by id, both games' values on each date either reached. */
  series: { id: string; label: string; unit: string; points: { date: string; a?: number; b?: number }[] }[];
  onlyA: TimelineEntry[];
  onlyB: TimelineEntry[];
}

export function compareReplays(scenario: Scenario, a: Replay, b: Replay): Comparison {
  const left = buildAfterAction(scenario, a);
  const right = buildAfterAction(scenario, b);
  const series = left.series.map((sa) => {
    const sb = right.series.find((x) => x.id === sa.id);
    const byDate = new Map<string, { date: string; a?: number; b?: number }>();
    for (const p of sa.points) byDate.set(p.date, { date: p.date, a: p.value });
    for (const p of sb?.points ?? [])
      byDate.set(p.date, { ...(byDate.get(p.date) ?? { date: p.date }), b: p.value });
    return {
      id: sa.id,
      label: sa.label,
      unit: sa.unit,
      points: [...byDate.values()].sort((x, y) => (x.date < y.date ? -1 : 1)),
    };
  });
  const key = (e: TimelineEntry) => `${e.kind}|${e.title}`;
  const inB = new Set(right.timeline.map(key));
  const inA = new Set(left.timeline.map(key));
  const turns = Math.min(a.turns.length, b.turns.length);
  let divergesAt: number | null = null;
  for (let i = 0; i < turns; i++) {
    if (JSON.stringify(a.turns[i]!.orders) !== JSON.stringify(b.turns[i]!.orders)) {
      divergesAt = i + 1;
      break;
    }
  }
  return {
    a: left,
    b: right,
    divergesAt,
    series,
    onlyA: left.timeline.filter((e) => e.kind !== 'end' && !inB.has(key(e))),
    onlyB: right.timeline.filter((e) => e.kind !== 'end' && !inA.has(key(e))),
  };
}
