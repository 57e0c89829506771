/**
 * One thing wrong with an input file: where (its JSON path, e.g. `areas[3].id`),
 * what is wrong and what was expected (`message`), and what was found there
 * (`found`: the bad value, shortened), when the file has a value at that place.
 * `what` is the same as data — a code and its values — for the problems the
 * loaders of every format share (src/text/problem-text.ts words it and fills
 * `message`); the scenario's own cross-checks still give only `message`.
 */
export interface Problem {
  path: string;
  message: string;
  found?: string;
  what?: ProblemWhat;
}

/** The kinds of thing a scenario names by id (for unknown and duplicate ids). */
export type IdKind =
  | 'resource'
  | 'area'
  | 'flag'
  | 'choice'
  | 'event'
  | 'history'
  | 'source'
  | 'force'
  | 'ship-class'
  | 'buildable'
  | 'what-if'
  | 'reinforcement';

/** How many of the ids there are an unknown-id problem lists. */
export const KNOWN_SHOWN = 8;

/** An unknown id, with the first few ids there are (`known`: null when none are to be listed). */
export function unknownId(kind: IdKind, id: string, known: Iterable<string> | null): ProblemWhat {
  const all = known === null ? null : [...known];
  return { code: 'unknown-id', kind, id, known: all?.slice(0, KNOWN_SHOWN) ?? null, count: all?.length ?? 0 };
}

import type { CheckWhat } from './check-codes';

/** A zod check's message that names a format by its code: `format:sha256` (src/text/problem-text.ts words it). */
export const FORMAT_PREFIX = 'format:';

/** The formats a file can be in, for problems that name what a file is (or looks like). */
export type FileFormat = 'scenario' | 'replay' | 'save';

/** A zod check's bound: the kind of value and which side of the limit. */
export type BoundOrigin = 'array' | 'string' | 'number';

/** What is wrong, as a code and its values (the expectation as data); worded by src/text/problem-text.ts. */
export type ProblemWhat =
  // Reading the text (json-guard.ts).
  | { code: 'not-text' | 'empty' | 'not-finite' }
  | { code: 'too-large'; size: number; limit: number }
  | { code: 'too-deep'; depth: number; limit: number }
  /** `detail`: the JSON parser's own words (the runtime's, not the game's). */
  | { code: 'not-json'; detail: string | null }
  | { code: 'key-not-allowed'; key: string }
  // The format and its version.
  | { code: 'not-an-object'; format: FileFormat }
  /** No version field: the file looks like `looksLike` (null: like nothing the game reads). */
  | {
      code: 'version-missing';
      format: FileFormat;
      key: string;
      current: number;
      looksLike: FileFormat | null;
    }
  /** `current`: the version this game reads (null: not said). */
  | { code: 'version-not-whole'; current: number | null }
  | { code: 'version-newer'; format: FileFormat; version: number; current: number }
  /** `oldest`: the oldest version this game reads (null: not said). */
  | { code: 'version-too-old'; format: FileFormat; version: number; oldest: number | null; current: number }
  // A replay in a link (src/replay/share-link.ts).
  | {
      code:
        | 'link-no-replay'
        | 'link-too-long'
        | 'link-bad-characters'
        | 'link-too-much-data'
        | 'link-damaged';
    }
  // The schema (zod-problems.ts): the expectation at the path.
  | { code: 'unknown-fields'; keys: string[] }
  /** `expected`: zod's type name (`int`, `string`, `object`…). */
  | { code: 'missing'; expected: string }
  /** `got`: the kind of value found (`null`, `list`, `fraction`, …; the value is in `found`). */
  | { code: 'wrong-type'; expected: string; got: string }
  | { code: 'too-small' | 'too-big'; origin: BoundOrigin; limit: string; inclusive: boolean }
  | { code: 'one-of'; values: string[] }
  /** A format a schema names by a code (`sha256`, `state-hash`, `player-name`, `save-player`). */
  | { code: 'format'; format: string }
  // The scenario's cross-references (crossref.ts).
  /** `known`: the first few ids there are (null: not listed), of `count` in all. */
  | { code: 'unknown-id'; kind: IdKind; id: string; known: string[] | null; count: number }
  | { code: 'duplicate-id'; kind: IdKind; id: string }
  /** One of the scenario's cross-checks (check-codes.ts). */
  | CheckWhat
  /** zod's own words for a check the game names no other way. */
  | { code: 'schema'; text: string };

export type LoadResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** `['areas', 3, 'id']` → `areas[3].id`; the document itself is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const k = String(key);
      out += /^[A-Za-z_$][\w$-]*$/.test(k) ? (out ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
    }
  }
  return out || '(root)';
}

/** `message (found: value)`: a problem's words, with the value found when there is one. */
export function problemText(p: Problem): string {
  return p.found === undefined ? p.message : `${p.message} (found: ${p.found})`;
}

export function problemsToText(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${p.path}: ${problemText(p)}`).join('\n');
}

const MAX_SHOWN = 60;

/** A value as it is written in JSON, cut to a readable length. */
export function shortValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  if (Array.isArray(value) && text.length > MAX_SHOWN) return `a list of ${value.length} items: ${cut(text)}`;
  return cut(text);
}

function cut(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** Splits a path written by `formatPath` back into its keys (`(root)` is none). */
export function parsePath(path: string): PropertyKey[] | null {
  if (path === '(root)') return [];
  const keys: PropertyKey[] = [];
  const re = /^(?:\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;
  let rest = path;
  while (rest) {
    const m = re.exec(rest);
    if (!m) return null;
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(JSON.parse(m[3]!) as string);
    rest = rest.slice(m[0].length);
  }
  return keys;
}

/** The value at a problem's path in the document, or undefined when there is none. */
export function valueAt(root: unknown, path: string): { found: boolean; value: unknown } {
  const keys = parsePath(path);
  if (!keys) return { found: false, value: undefined };
  let v: unknown = root;
  for (const k of keys) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v as object, k as string)) {
      return { found: false, value: undefined };
    }
    v = (v as Record<string, unknown>)[k as string];
  }
  return { found: true, value: v };
}

/**
 * Adds what the file holds at each problem's place (shortened), for the
 * problems that do not say it already. A missing field is "nothing".
 */
export function withFound(problems: readonly Problem[], file: unknown): Problem[] {
  return problems.map((p) => {
    if (p.found !== undefined) return p;
    const at = valueAt(file, p.path);
    if (at.found) return { ...p, found: shortValue(at.value) };
    // The place is missing: say so when its parent is there (a field left out).
    const keys = parsePath(p.path);
    if (keys && keys.length > 0) {
      const parent = valueAt(file, formatPath(keys.slice(0, -1)));
      if (parent.found && parent.value !== null && typeof parent.value === 'object')
        return { ...p, found: shortValue(undefined) };
    }
    return p;
  });
}
