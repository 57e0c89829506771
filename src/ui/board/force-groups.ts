/**
 * Forces grouped for the board: per area, per side, per kind of counter
 * (fleet, transports, aircraft, troops), with the total a student can read on
 * the counter.
 */
import { type ForceState, type GameState, strengthOf } from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import { formatNumber } from '../kit/format';

export type CounterKind = 'fleet' | 'transport' | 'air' | 'army';
export const COUNTER_KINDS: readonly CounterKind[] = ['fleet', 'transport', 'air', 'army'];

export interface Counter {
  side: SideId;
  kind: CounterKind;
  /** Ships, aircraft, or thousand men. */
  total: number;
  /** Carriers in a fleet (its counter then shows a carrier). */
  carriers: number;
  forces: ForceState[];
}

export function isCarrier(f: ForceState): boolean {
  return f.type === 'ship' && f.class.endsWith('carrier');
}

export function counterKind(f: ForceState): CounterKind {
  switch (f.type) {
    case 'ship':
      return 'fleet';
    case 'flotilla':
      return f.class === 'transport' ? 'transport' : 'fleet';
    case 'air':
      return 'air';
    case 'army':
      return 'army';
    default: {
      const never: never = f;
      return never;
    }
  }
}

/** Ships afloat, aircraft or thousand men still in the force (the engine keeps them current). */
export function remaining(f: ForceState): number {
  return f.status === 'active' ? strengthOf(f) : 0;
}

/** What a counter's number means, e.g. "82 warships", "300 aircraft", "50 thousand men". */
export function counterUnit(kind: CounterKind, total: number): string {
  switch (kind) {
    case 'fleet':
      return total === 1 ? 'warship' : 'warships';
    case 'transport':
      return total === 1 ? 'transport' : 'transports';
    case 'air':
      return 'aircraft';
    case 'army':
      return 'thousand men';
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** The number on a counter: troops in thousands get a "k", a million or more an "M" (1,000 thousand → "1M"). */
export function counterLabel(c: Pick<Counter, 'kind' | 'total'>): string {
  if (c.kind === 'army' && c.total >= 1000) {
    const m = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(c.total / 1000);
    return `${m}M`;
  }
  const n = formatNumber(c.total);
  return c.kind === 'army' ? `${n}k` : n;
}

/** Counters by area id, Japan first, then fleet, transports, aircraft, troops. Lost forces are left out. */
export function countersByArea(state: Pick<GameState, 'forces'>): Map<string, Counter[]> {
  const byArea = new Map<string, Counter[]>();
  for (const f of state.forces) {
    if (f.status !== 'active') continue;
    const list = byArea.get(f.location) ?? [];
    const kind = counterKind(f);
    let counter = list.find((c) => c.side === f.side && c.kind === kind);
    if (!counter) {
      counter = { side: f.side, kind, total: 0, carriers: 0, forces: [] };
      list.push(counter);
    }
    counter.total += remaining(f);
    if (isCarrier(f)) counter.carriers += 1;
    counter.forces.push(f);
    byArea.set(f.location, list);
  }
  const sideOrder = (s: SideId) => (s === 'japan' ? 0 : 1);
  for (const list of byArea.values()) {
    list.sort(
      (a, b) =>
        sideOrder(a.side) - sideOrder(b.side) ||
        COUNTER_KINDS.indexOf(a.kind) - COUNTER_KINDS.indexOf(b.kind),
    );
  }
  return byArea;
}
