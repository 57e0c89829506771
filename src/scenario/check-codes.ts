/**
 * The scenario's cross-checks (crossref.ts) as codes and their values, one entry per check;
 * src/text/problem-text.ts words each (`CHECK_WORDS`, which must have them all).
 */
export interface CheckValues {
  'stock-out-of-range': { amount: number; resource: string; min: number; max: number | null };
  'capital-at-sea': { id: string };
  'resource-required': { id: string };
  'sea-owned': Record<string, never>;
  'land-unowned': Record<string, never>;
  'sea-with-base': Record<string, never>;
  'connects-itself': { a: string };
  'duplicate-connection': { a: string; b: string };
  'strike-distance-ends': Record<string, never>;
  'strike-distance-too-long': { strike: number; distance: number };
  'air-leg-itself': { a: string };
  'air-leg-at-sea': { id: string };
  'duplicate-air-leg': { a: string; b: string };
  'area-unconnected': { id: string };
  /** A force where it cannot stand: a ship away from port and sea, an army at sea, aircraft without an airfield. */
  'misplaced-ship': { name: string; area: string };
  'misplaced-army': { name: string; area: string };
  'misplaced-air': { name: string; area: string };
  'cargo-not-oiler': Record<string, never>;
  'cargo-no-figure': { side: string };
  'cargo-too-much': { cargo: number; count: number; most: number };
  'from-after-until': { from: string; until: string };
  'rationing-initial': { levels: number };
  'buildable-side': { side: string };
  'adds-nothing': Record<string, never>;
  'base-without-port': { name: string };
  'floor-below-full': { full: number };
  'front-only': { id: string };
  'intake-order': { previous: string };
  'event-triggers-itself': Record<string, never>;
  'until-before-date': { until: string; date: string };
  'no-rationing-rules': { side: string };
  'rationing-levels': { last: number };
  'unknown-policy': { choice: string };
  'objective-at-sea': { id: string };
  'held-not-objective': { id: string };
  // The lint (lint.ts, player-text-lint.ts): what loads but would mislead.
  'calendar-only-event': { event: string };
  'flat-shipping-loss': { resource: string };
  'air-leg-no-shorter': { distance: number; way: number };
  'player-text-file': { file: string };
  'player-text-key': { key: string };
  'sources-not-listed': { key: string };
  // What-ifs (what-if-check.ts).
  'unknown-rule': { rule: string; rules: string[] };
  'plan-never-chooses': { choice: string };
  'choices-of-two-sides': { to: string; toSide: string; from: string; fromSide: string };
}

export type CheckCode = keyof CheckValues;

/** One check's problem as data: `{ code: 'check', check, v }`. */
export type CheckWhat = { [K in CheckCode]: { code: 'check'; check: K; v: CheckValues[K] } }[CheckCode];

export function check<K extends CheckCode>(check: K, v: CheckValues[K]): CheckWhat {
  return { code: 'check', check, v } as CheckWhat;
}
