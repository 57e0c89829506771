/**
 * Older saves are brought up to the current version step by step, so a save
 * from any earlier release still opens. Each step is a pure function of the
 * raw JSON of the version before it.
 *
 * Version 1 was the first browser autosave: `version: 1` and no `saveVersion`.
 * Version 3 added `whatIf` (the counterfactual the game is played in). A
 * version-2 save has none, so it is history and migrates unchanged; the
 * version number still went up so that an older release meeting a what-if
 * save says it was saved by a newer version, instead of resuming it as
 * history or failing on an unknown field. Version 3 also has an optional
 * `drafts` (the orders being drafted): it was added before version 3 was
 * released, and a save without it is complete, so it needed no new version.
 * Version 4 added `launch.fog` (fog of war), absent in older saves: they load with it off.
 */
import type { Problem } from '../scenario/problems';
import { problem } from '../text/problem-text';
import { SAVE_VERSION } from './schema';

type Raw = Record<string, unknown>;

const STEPS: Record<number, (old: Raw) => Raw> = {
  1: (old) => {
    const { version: _version, ...rest } = old;
    return { ...rest, saveVersion: 2 };
  },
  2: (old) => ({ ...old, saveVersion: 3 }),
  // Version 4 added `launch.fog`. A game saved before it was played seeing every enemy force, and
  // goes on so (absent is off); the version went up so that an older release meeting a save with
  // the field says it was saved by a newer version instead of refusing it for an unknown field.
  3: (old) => ({ ...old, saveVersion: 4 }),
};

/** The version a raw save declares (`saveVersion`, or the first autosave's `version`). */
function versionOf(raw: Raw): unknown {
  return raw.saveVersion ?? raw.version;
}

export function migrateSave(value: unknown): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: problem('(root)', { code: 'not-an-object', format: 'save' }) };
  }
  let raw = value as Raw;
  const declared = versionOf(raw);
  if (declared === undefined) {
    const looksLike = 'schemaVersion' in raw ? 'scenario' : 'replayVersion' in raw ? 'replay' : null;
    return {
      ok: false,
      problem: problem('saveVersion', {
        code: 'version-missing',
        format: 'save',
        key: 'saveVersion',
        current: SAVE_VERSION,
        looksLike,
      }),
    };
  }
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1) {
    return { ok: false, problem: problem('saveVersion', { code: 'version-not-whole', current: null }) };
  }
  let version = declared;
  if (version > SAVE_VERSION) {
    return {
      ok: false,
      problem: problem('saveVersion', {
        code: 'version-newer',
        format: 'save',
        version,
        current: SAVE_VERSION,
      }),
    };
  }
  while (version < SAVE_VERSION) {
    const step = STEPS[version];
    if (!step)
      return {
        ok: false,
        problem: problem('saveVersion', {
          code: 'version-too-old',
          format: 'save',
          version,
          oldest: null,
          current: SAVE_VERSION,
        }),
      };
    raw = step(raw);
    version = versionOf(raw) as number;
  }
  return { ok: true, value: raw };
}
