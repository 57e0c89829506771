import type { z } from 'zod';
import { problem } from '../text/problem-text';
import {
  type BoundOrigin,
  FORMAT_PREFIX,
  formatPath,
  type Problem,
  type ProblemWhat,
  shortValue,
} from './problems';

/**
 * zod issues as problems a teacher can read: the JSON path, what was expected
 * there (`message`) and the value found (`found`, shortened; parse with
 * `reportInput: true` so zod keeps it).
 */
export function zodProblems(error: z.ZodError, limit = 100): Problem[] {
  const out: Problem[] = [];
  const walk = (issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]) => {
    for (const issue of issues) {
      if (out.length >= limit) return;
      const path = [...prefix, ...issue.path];
      if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        // Report the branch that got furthest rather than "invalid input".
        const best = [...issue.errors].sort((a, b) => depthOf(b) - depthOf(a))[0] ?? [];
        walk(best, path);
        continue;
      }
      out.push(problem(formatPath(path), whatOf(issue), foundValue(issue)));
    }
  };
  walk(error.issues, []);
  return out;
}

function depthOf(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

/** What the file holds where the issue is: the value (shortened), the unknown fields, or that it is missing. */
function foundValue(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => JSON.stringify(k)).join(', ');
  if (issue.code === 'invalid_type' && issue.input === undefined) return shortValue(undefined);
  if (issue.input === undefined) return undefined;
  return shortValue(issue.input);
}

/** The issue as a code and its values (src/text/problem-text.ts words it). */
function whatOf(issue: z.core.$ZodIssue): ProblemWhat {
  switch (issue.code) {
    case 'unrecognized_keys':
      return { code: 'unknown-fields', keys: [...issue.keys] };
    case 'invalid_type':
      if (issue.input === undefined) return { code: 'missing', expected: issue.expected };
      return { code: 'wrong-type', expected: issue.expected, got: kindOf(issue.input) };
    case 'too_small':
    case 'too_big': {
      const origin: BoundOrigin | null =
        issue.origin === 'array'
          ? 'array'
          : issue.origin === 'string'
            ? 'string'
            : issue.origin === 'number' || issue.origin === 'int'
              ? 'number'
              : null;
      if (origin === null) return { code: 'schema', text: issue.message };
      const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      return {
        code: issue.code === 'too_small' ? 'too-small' : 'too-big',
        origin,
        limit,
        inclusive: issue.inclusive !== false,
      };
    }
    case 'invalid_value':
      return { code: 'one-of', values: issue.values.map((v) => JSON.stringify(v)) };
    default:
      // A schema names a format by a code (`format:sha256`), worded by the text module.
      return issue.message.startsWith(FORMAT_PREFIX)
        ? { code: 'format', format: issue.message.slice(FORMAT_PREFIX.length) }
        : { code: 'schema', text: issue.message };
  }
}

/** The kind of value found (the value itself is in `found`). */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'number') return Number.isInteger(v) ? 'number' : 'fraction';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'object') return 'object';
  return typeof v;
}
