/** Reading a save file: guarded JSON → migration to the current version → schema. */
import { DEFAULT_LIMITS, parseGuardedJson } from '../scenario/json-guard';
import type { LoadResult } from '../scenario/problems';
import { zodProblems } from '../scenario/zod-problems';
import { migrateSave } from './migrate';
import { SaveGame } from './schema';

/** Saves may embed a custom scenario, so they may be a little larger than one. */
const SAVE_LIMITS = { ...DEFAULT_LIMITS, maxBytes: 3_000_000 };

export function loadSaveText(text: string): LoadResult<SaveGame> {
  const parsed = parseGuardedJson(text, SAVE_LIMITS);
  if (!parsed.ok) return parsed;
  return loadSaveValue(parsed.value);
}

export function loadSaveValue(value: unknown): LoadResult<SaveGame> {
  const migrated = migrateSave(value);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const result = SaveGame.safeParse(migrated.value, { reportInput: true });
  if (!result.success) return { ok: false, problems: zodProblems(result.error) };
  return { ok: true, value: result.data };
}
