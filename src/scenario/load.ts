/**
 * Loading a scenario: guarded JSON → version check → schema → cross-references.
 * The CLI and the browser both call `loadScenarioText`, so a teacher sees the
 * same problems in either.
 */

import { problem } from '../text/problem-text';
import { crossReferenceProblems } from './crossref';
import { DEFAULT_LIMITS, type GuardLimits, parseGuardedJson } from './json-guard';
import { migrateScenario } from './migrate';
import { type FileFormat, type LoadResult, type Problem, shortValue, withFound } from './problems';
import { SCENARIO_SCHEMA_VERSION, Scenario } from './schema';
import { zodProblems } from './zod-problems';

export function loadScenarioText(text: string, limits: GuardLimits = DEFAULT_LIMITS): LoadResult<Scenario> {
  const parsed = parseGuardedJson(text, limits);
  if (!parsed.ok) return parsed;
  return loadScenarioValue(parsed.value);
}

export function loadScenarioValue(value: unknown): LoadResult<Scenario> {
  const version = checkVersion(
    value,
    SCENARIO_SCHEMA_VERSION,
    'scenario',
    'schemaVersion',
    OLDEST_SCENARIO_VERSION,
  );
  if (version) return { ok: false, problems: [version] };
  const migrated = migrateScenario(value);
  const result = Scenario.safeParse(migrated, { reportInput: true });
  if (!result.success) return { ok: false, problems: withFound(zodProblems(result.error), migrated) };
  // Cross-reference problems quote what the file holds at their place.
  const problems = withFound(crossReferenceProblems(result.data), migrated);
  return problems.length ? { ok: false, problems } : { ok: true, value: result.data };
}

/** The oldest scenario format this game still reads (older ones are migrated: migrate.ts). */
export const OLDEST_SCENARIO_VERSION = 1;

/** A clear message for a missing, wrong or newer format version, before the schema's details. */
export function checkVersion(
  value: unknown,
  current: number,
  what: FileFormat,
  path = 'schemaVersion',
  oldest = current,
): Problem | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return problem('(root)', { code: 'not-an-object', format: what }, shortValue(value));
  }
  const v = (value as Record<string, unknown>)[path];
  if (v === undefined)
    return problem(
      path,
      { code: 'version-missing', format: what, key: path, current, looksLike: null },
      shortValue(undefined),
    );
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return problem(path, { code: 'version-not-whole', current }, shortValue(v));
  }
  if (v > current) {
    return problem(path, { code: 'version-newer', format: what, version: v, current }, shortValue(v));
  }
  if (v < oldest)
    return problem(
      path,
      { code: 'version-too-old', format: what, version: v, oldest, current },
      shortValue(v),
    );
  return undefined;
}
