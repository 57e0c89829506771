/**
 * Older replays are brought up to the current format step by step, each step
 * a pure function of the raw JSON of the version before it, so a replay
 * handed out to a class by an earlier release still opens.
 *
 * Version 1 → 2: the outcome's English `reason` becomes `cause`, the code and
 * numbers the game words (src/text/end-text.ts). A sentence the game words
 * today is read back into its code; any other (an event's title, older
 * wording) is kept as it was written (`worded`).
 */

import type { OutcomeKind } from '../scenario/schema';
import { endCauseFromWords } from '../text/end-text';
import { REPLAY_VERSION } from './schema';

type Raw = Record<string, unknown>;

const STEPS: Record<number, (old: Raw) => Raw> = {
  1: (old) => {
    const outcome = old.outcome;
    if (outcome === null || typeof outcome !== 'object' || Array.isArray(outcome))
      return { ...old, replayVersion: 2 };
    const { reason, ...rest } = outcome as Raw;
    // A reason that is not a string is left for the schema to name (outcome.reason: unknown key).
    if (typeof reason !== 'string' || typeof rest.kind !== 'string') return { ...old, replayVersion: 2 };
    const cause = endCauseFromWords(rest.kind as OutcomeKind, reason);
    return { ...old, replayVersion: 2, outcome: { ...rest, cause } };
  },
};

/** A raw replay of version `from` (already checked to be 1…REPLAY_VERSION) in the current format. */
export function migrateReplay(raw: Raw, from: number): Raw {
  let value = raw;
  for (let v = from; v < REPLAY_VERSION; v++) {
    const step = STEPS[v];
    // Cannot happen: the version was checked first (load.ts). A programmer's error, not a reader's.
    if (!step) throw new Error(`replay-migration-missing:${v}`);
    value = step(value);
  }
  return value;
}
