/**
 * What a scenario file changes from the bundled scenario it is based on — rules, stocks, forces,
 * events… — as data: each change is the path to the value that differs and the value before and
 * after (absent when the file adds or removes it). A teacher who loads a class's changed copy of
 * the grand campaign sees, before play, what differs (its words: src/text/scenario-change-text.ts).
 * Pure: it reads the two scenarios as plain JSON and changes neither.
 *
 * Lists whose entries have an id (areas, forces, events…), a force (reinforcements) or two ends
 * (connections) are matched entry by entry, whatever their order; other lists by position when
 * their length is the same, or else as a whole (their number of entries).
 */
import type { Scenario } from './schema';

export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** One step of a path: a field, a list's entry by position, or an entry by its id (with its name). */
export type ChangeStep =
  | { kind: 'field'; key: string }
  | { kind: 'entry'; index: number }
  | { kind: 'item'; id: string; name: string | null };

export interface ScenarioChange {
  /** From the scenario's top (the first step is a field: `rules`, `sides`, `forces`…). */
  path: readonly ChangeStep[];
  /** The value in the bundled scenario (absent: the file adds it). */
  before?: Json;
  /** The value in the file (absent: the file removes it). */
  after?: Json;
  /** For a list compared as a whole: its number of entries before and after. */
  entries?: { before: number; after: number };
}

/**
 * Fields not compared: the JSON schema's address, and the scenario's id (a class's copy is often
 * renamed; it is how the bundled scenario was found, not something that plays differently).
 */
const SKIPPED = new Set(['$schema', 'meta.id']);

/** At most this many changes are collected (a file rewritten from top to bottom is not listed in full). */
export const MAX_CHANGES = 200;

/** What `changed` differs in from `base`, in the order of the file's fields; empty when nothing does. */
export function scenarioChanges(base: Scenario, changed: Scenario): ScenarioChange[] {
  const out: ScenarioChange[] = [];
  compare(base as unknown as Json, changed as unknown as Json, [], out);
  return out;
}

/** What a bundled scenario is recognised by (its listing's id and calendar). */
export interface BundledCandidate {
  id: string;
  calendar: Pick<Scenario['calendar'], 'start' | 'turnLength' | 'lastTurn'>;
}

/**
 * The bundled scenario a file is based on, of `bundled`: the one with the file's own id (a copy
 * edited in place); or the one whose id the file's begins with ("pacific-1941-class" from
 * "pacific-1941"), the longest; or else, for a copy renamed freely ("class-road-more-oil"), the
 * only one that starts on the same date with turns of the same length — of several, the one with
 * the same last turn. Null when none.
 */
export function baseScenarioId(
  scenario: Pick<Scenario, 'meta' | 'calendar'>,
  bundled: readonly BundledCandidate[],
): string | null {
  const { id } = scenario.meta;
  if (bundled.some((b) => b.id === id)) return id;
  const prefixes = bundled.filter((b) => id.startsWith(`${b.id}-`)).sort((x, y) => y.id.length - x.id.length);
  if (prefixes[0]) return prefixes[0].id;
  const c = scenario.calendar;
  const sameStart = bundled.filter(
    (b) =>
      b.calendar.start === c.start &&
      b.calendar.turnLength.unit === c.turnLength.unit &&
      b.calendar.turnLength.count === c.turnLength.count,
  );
  if (sameStart.length === 1) return sameStart[0]!.id;
  return sameStart.find((b) => b.calendar.lastTurn === c.lastTurn)?.id ?? null;
}

function compare(a: Json | undefined, b: Json | undefined, path: ChangeStep[], out: ScenarioChange[]): void {
  if (out.length >= MAX_CHANGES) return;
  if (a === undefined && b === undefined) return;
  if (a === undefined || b === undefined) {
    out.push(a === undefined ? { path, after: b! } : { path, before: a });
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
    for (const key of keys) {
      if (path.length <= 1 && SKIPPED.has(dotted(path, key))) continue;
      compare(a[key], b[key], [...path, { kind: 'field', key }], out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) compareLists(a, b, path, out);
  else if (!same(a, b)) out.push({ path, before: a, after: b });
}

function compareLists(
  a: readonly Json[],
  b: readonly Json[],
  path: ChangeStep[],
  out: ScenarioChange[],
): void {
  const keysA = keysOf(a);
  const keysB = keysOf(b);
  if (keysA && keysB) {
    const before = new Map(a.map((x, i) => [keysA[i]!, x]));
    const after = new Map(b.map((x, i) => [keysB[i]!, x]));
    const ids = [...keysB, ...keysA.filter((k) => !after.has(k))];
    for (const id of ids) {
      const x = before.get(id);
      const y = after.get(id);
      compare(x, y, [...path, { kind: 'item', id, name: nameOf(y ?? x!) }], out);
    }
    return;
  }
  if (a.length === b.length) {
    for (let i = 0; i < a.length; i++) compare(a[i], b[i], [...path, { kind: 'entry', index: i }], out);
    return;
  }
  out.push({ path, entries: { before: a.length, after: b.length } });
}

/** Each entry's key (its id, its force's id, or its two ends), or null if some entry has none or two share one. */
function keysOf(list: readonly Json[]): string[] | null {
  const keys: string[] = [];
  for (const x of list) {
    if (!isObject(x)) return null;
    const force = x.force;
    const key =
      typeof x.id === 'string'
        ? x.id
        : isObject(force) && typeof force.id === 'string'
          ? force.id
          : typeof x.a === 'string' && typeof x.b === 'string'
            ? `${x.a}–${x.b}`
            : null;
    if (key === null) return null;
    keys.push(key);
  }
  return new Set(keys).size === keys.length ? keys : null;
}

/** What an entry is called (its name, title or label; a reinforcement's force's name). */
function nameOf(x: Json): string | null {
  if (!isObject(x)) return null;
  for (const k of ['name', 'title', 'label'] as const) if (typeof x[k] === 'string') return x[k] as string;
  return isObject(x.force) ? nameOf(x.force) : null;
}

function dotted(path: readonly ChangeStep[], key: string): string {
  return [...path.map((s) => (s.kind === 'field' ? s.key : '')), key].join('.');
}

function isObject(x: Json | undefined): x is { readonly [key: string]: Json } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function same(a: Json, b: Json): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
