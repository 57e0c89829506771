import type { z } from 'zod';
import { formatPath, type Problem } from './problems';

/** zod issues as problems a teacher can read: the JSON path and what is wrong there. */
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
      out.push({ path: formatPath(path), message: plainMessage(issue) });
    }
  };
  walk(error.issues, []);
  return out;
}

function depthOf(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      if (issue.input === undefined) return `is missing (expected ${expectedName(issue.expected)})`;
      return `expected ${expectedName(issue.expected)}, got ${describe(issue.input)}`;
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
          return `must be ${small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than'} ${limit}${issue.input !== undefined ? ` (got ${String(issue.input)})` : ''}`;
        default:
          return issue.message;
      }
    }
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}${issue.input !== undefined ? ` (got ${JSON.stringify(issue.input)})` : ''}`;
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

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number') return Number.isInteger(v) ? `the number ${v}` : `the fraction ${v}`;
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return typeof v;
}
