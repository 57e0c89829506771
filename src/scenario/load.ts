/**
 * Loading a scenario: guarded JSON → version check → schema → cross-references.
 * The CLI and the browser both call `loadScenarioText`, so a teacher sees the
 * same problems in either.
 */
import { crossReferenceProblems } from './crossref';
import { DEFAULT_LIMITS, type GuardLimits, parseGuardedJson } from './json-guard';
import { migrateScenario } from './migrate';
import type { LoadResult } from './problems';
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
  const result = Scenario.safeParse(migrateScenario(value), { reportInput: true });
  if (!result.success) return { ok: false, problems: zodProblems(result.error) };
  const problems = crossReferenceProblems(result.data);
  return problems.length ? { ok: false, problems } : { ok: true, value: result.data };
}

/** A clear message for a missing, wrong or newer format version, before the schema's details. */
/** The oldest scenario format this game still reads (older ones are migrated: migrate.ts). */
export const OLDEST_SCENARIO_VERSION = 1;

export function checkVersion(
  value: unknown,
  current: number,
  what: string,
  path = 'schemaVersion',
  oldest = current,
) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { path: '(root)', message: `is not a ${what} (expected a JSON object)` };
  }
  const v = (value as Record<string, unknown>)[path];
  if (v === undefined) return { path, message: `is missing: this does not look like a ${what} file` };
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return { path, message: `must be a whole number (this game reads version ${current})` };
  }
  if (v > current) {
    return {
      path,
      message: `this ${what} is format version ${v}, made by a newer version of the game; this version reads up to ${current}`,
    };
  }
  if (v < oldest)
    return {
      path,
      message: `format version ${v} is no longer supported (this game reads versions ${oldest} to ${current})`,
    };
  return undefined;
}
