/**
 * Reads untrusted JSON text (scenarios, replays, saves) without trusting it:
 * a size cap, a nesting cap checked before parsing, no prototype-polluting
 * keys, and no non-finite numbers (`1e999` parses to Infinity).
 *
 * The parsed value is only ever handed to a zod schema, which builds fresh
 * objects; raw input is never merged into existing ones.
 */
import { problem } from '../text/problem-text';
import { formatPath, type LoadResult, type Problem, type ProblemWhat } from './problems';

export interface GuardLimits {
  maxBytes: number;
  maxDepth: number;
}

export const DEFAULT_LIMITS: GuardLimits = { maxBytes: 2_000_000, maxDepth: 32 };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseGuardedJson(text: string, limits: GuardLimits = DEFAULT_LIMITS): LoadResult<unknown> {
  const fail = (what: ProblemWhat): LoadResult<unknown> => ({
    ok: false,
    problems: [problem('(root)', what)],
  });
  if (typeof text !== 'string') return fail({ code: 'not-text' });
  // Length in UTF-16 units is a lower bound of the byte size; good enough for a cap.
  if (text.length > limits.maxBytes) {
    return fail({ code: 'too-large', size: text.length, limit: limits.maxBytes });
  }
  if (text.trim() === '') return fail({ code: 'empty' });
  const depth = maxNesting(text);
  if (depth > limits.maxDepth) {
    return fail({ code: 'too-deep', depth, limit: limits.maxDepth });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return fail({ code: 'not-json', detail: err instanceof Error ? err.message : null });
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
      problems.push(problem(formatPath(path), { code: 'not-finite' }));
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push(problem(formatPath([...path, key]), { code: 'key-not-allowed', key }));
          continue;
        }
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return problems;
}
