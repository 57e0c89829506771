/**
 * Reads untrusted JSON text (scenarios, replays, saves) without trusting it:
 * a size cap, a nesting cap checked before parsing, no prototype-polluting
 * keys, and no non-finite numbers (`1e999` parses to Infinity).
 *
 * The parsed value is only ever handed to a zod schema, which builds fresh
 * objects; raw input is never merged into existing ones.
 */
import { formatPath, type LoadResult, type Problem } from './problems';

export interface GuardLimits {
  maxBytes: number;
  maxDepth: number;
}

export const DEFAULT_LIMITS: GuardLimits = { maxBytes: 2_000_000, maxDepth: 32 };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseGuardedJson(text: string, limits: GuardLimits = DEFAULT_LIMITS): LoadResult<unknown> {
  const fail = (message: string): LoadResult<unknown> => ({
    ok: false,
    problems: [{ path: '(root)', message }],
  });
  if (typeof text !== 'string') return fail('is not text');
  // Length in UTF-16 units is a lower bound of the byte size; good enough for a cap.
  if (text.length > limits.maxBytes) {
    return fail(`the file is too large (${text.length} characters; the limit is ${limits.maxBytes})`);
  }
  if (text.trim() === '') return fail('the file is empty');
  const depth = maxNesting(text);
  if (depth > limits.maxDepth) {
    return fail(`the file is nested too deeply (${depth} levels; the limit is ${limits.maxDepth})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return fail(`is not valid JSON (${err instanceof Error ? err.message : 'parse error'})`);
  }
  const problems = findUnsafeValues(value);
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

/** Bracket depth of JSON text, skipping strings; linear and stack-free. */
function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return max;
}

/** Walks the parsed value iteratively (no recursion, so no stack overflow). */
export function findUnsafeValues(root: unknown, limit = 50): Problem[] {
  const problems: Problem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length && problems.length < limit) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      problems.push({
        path: formatPath(path),
        message: 'is not a finite number (too large or not a number)',
      });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push({ path: formatPath([...path, key]), message: `the key "${key}" is not allowed` });
          continue;
        }
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return problems;
}
