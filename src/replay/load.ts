/**
 * Loading a replay: the same guards as a scenario (size, depth, forbidden
 * keys, non-finite numbers), then the version check, then the schema. A
 * replay is data: nothing in it is ever executed.
 */
import { DEFAULT_LIMITS, type GuardLimits, parseGuardedJson } from '../scenario/json-guard';
import { checkVersion } from '../scenario/load';
import type { LoadResult, Problem } from '../scenario/problems';
import { zodProblems } from '../scenario/zod-problems';
import { problem } from '../text/problem-text';
import { migrateReplay } from './migrate';
import { OLDEST_REPLAY_VERSION, REPLAY_VERSION, Replay } from './schema';

export function loadReplayText(text: string, limits: GuardLimits = DEFAULT_LIMITS): LoadResult<Replay> {
  const parsed = parseGuardedJson(text, limits);
  if (!parsed.ok) return parsed;
  return loadReplayValue(parsed.value);
}

export function loadReplayValue(value: unknown): LoadResult<Replay> {
  const version = checkReplayVersion(value);
  if (version) return { ok: false, problems: [version] };
  const raw = value as Record<string, unknown>;
  const current = migrateReplay(raw, raw.replayVersion as number);
  const result = Replay.safeParse(current, { reportInput: true });
  if (!result.success) return { ok: false, problems: zodProblems(result.error) };
  return { ok: true, value: result.data };
}

/** Replays keep their version under `replayVersion`, so a replay is never mistaken for a scenario. */
function checkReplayVersion(value: unknown): Problem | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return checkVersion(value, REPLAY_VERSION, 'replay', 'replayVersion', OLDEST_REPLAY_VERSION);
  }
  const record = value as Record<string, unknown>;
  if (record.replayVersion === undefined && record.schemaVersion !== undefined) {
    // The commonest mix-up: a scenario file given where a replay belongs.
    return problem('replayVersion', {
      code: 'version-missing',
      format: 'replay',
      key: 'replayVersion',
      current: REPLAY_VERSION,
      looksLike: 'scenario',
    });
  }
  return checkVersion(value, REPLAY_VERSION, 'replay', 'replayVersion', OLDEST_REPLAY_VERSION);
}
