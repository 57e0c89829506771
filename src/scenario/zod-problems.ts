import type { z } from 'zod';
import { formatPath, type Problem, shortValue } from './problems';

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
      const found = foundValue(issue);
      out.push({
        path: formatPath(path),
        message: plainMessage(issue),
        ...(found !== undefined ? { found } : {}),
      });
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

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: expected only the fields this format defines (check the spelling, or remove it)`;
    case 'invalid_type':
      if (issue.input === undefined) return `is missing (expected ${expectedName(issue.expected)})`;
      return `expected ${expectedName(issue.expected)}, not ${describe(issue.input)}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const inclusive = issue.inclusive !== false;
      switch (issue.origin) {
        case 'array':
          return `${small ? 'needs at least' : 'may have at most'} ${limit} item${limit === '1' ? '' : 's'}`;
        case 'string':
          return small
            ? limit === '1'
              ? 'must not be empty'
              : `must be at least ${limit} characters`
            : `must be at most ${limit} characters`;
        case 'number':
        case 'int':
          return `must be ${small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than'} ${limit}`;
        default:
          return issue.message;
      }
    }
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    default:
      return issue.message;
  }
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    default:
      return expected;
  }
}

/** The kind of value found (the value itself is in `found`). */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number') return Number.isInteger(v) ? 'a number' : 'a fraction';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'boolean') return 'true or false';
  if (typeof v === 'object') return 'an object';
  return typeof v;
}
