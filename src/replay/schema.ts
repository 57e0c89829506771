/**
 * The replay file format, version 2: enough to replay a game exactly and to
 * check that it was replayed exactly. A replay stores the scenario's identity
 * (id and hash, and the what-if if the game was a counterfactual), the seed, who played each side, every turn's orders and the
 * state hash after each turn. The state itself is never stored: the engine
 * recomputes it, and the hashes prove the recomputation matches.
 *
 * Version 2: the outcome says why the game ended as data (`cause`, a code and
 * its numbers, worded by src/text/end-text.ts) instead of an English
 * `reason`; a version-1 file is migrated on loading (migrate.ts).
 */
import { z } from 'zod';
import { Intent } from '../ai/intent';
import { TurnOrders } from '../engine/index';
import { FORMAT_PREFIX } from '../scenario/problems';
import { Id, IsoDate, Outcome as OutcomeKind, SideId } from '../scenario/schema';

export const REPLAY_VERSION = 2;

/** The oldest replay format this version reads (migrate.ts brings it up to date). */
export const OLDEST_REPLAY_VERSION = 1;

/** The longest game a scenario can define (`calendar.lastTurn` ≤ 200). */
export const MAX_REPLAY_TURNS = 200;

/** A SHA-256 digest as 64 lower-case hex digits (what `sha256Hex` returns). */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, `${FORMAT_PREFIX}sha256`);

/** A state hash as 16 lower-case hex digits (what `stateHash` returns). */
export const StateHash = z.string().regex(/^[0-9a-f]{16}$/, `${FORMAT_PREFIX}state-hash`);

/** Who played a side: `human`, or the name of a computer policy (`pass`, `random`, `adaptive:hard`, …). */
export const PlayerName = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9:-]*$/, `${FORMAT_PREFIX}player-name`);

export const ReplayTurn = z.strictObject({
  turn: z.int().min(1).max(MAX_REPLAY_TURNS),
  /** The orders the engine accepted this turn (illegal ones are never recorded). */
  orders: TurnOrders,
  /** `stateHash` of the state after this turn was resolved. */
  hash: StateHash,
  /**
   * What each computer side said it intended this turn (issue 13), for the
   * replay viewer and a class discussing the computer's choices; absent when
   * no side said (people, or computer players that do not say).
   *
   * Added without a new `replayVersion`, on purpose (as `whatIf` was): the
   * field is optional and absence means "nothing was said", so every
   * version-1 file is still valid and means what it meant, and a replay
   * without intents is written byte for byte as before. Intents are
   * commentary, not play: `verify` does not read them and the state hashes
   * do not cover them. An older release refuses a replay that carries them
   * as an unknown key rather than misreading it.
   */
  intents: z.array(Intent).max(2).optional(),
});
export type ReplayTurn = z.infer<typeof ReplayTurn>;

const Count = z.int().min(-1_000_000).max(1_000_000);

/** Why the game ended (EndCause in src/engine/state.ts). */
const EndCause = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('will-broke'), side: SideId, will: Count, breakingPoint: Count }),
  z.strictObject({ code: z.literal('gave-up'), side: SideId, will: Count, chance: z.int().min(0).max(100) }),
  z.strictObject({ code: z.literal('last-turn'), lastTurn: z.int().min(1).max(MAX_REPLAY_TURNS) }),
  z.strictObject({ code: z.literal('event'), event: Id }),
  /** Only in a replay recorded in format 1 whose English reason is not one the game words today. */
  z.strictObject({ code: z.literal('worded'), text: z.string().min(1).max(1000) }),
]);

export const ReplayOutcome = z.strictObject({
  kind: OutcomeKind,
  winner: z.enum([...SideId.options, 'draw']),
  turn: z.int().min(1).max(MAX_REPLAY_TURNS),
  date: IsoDate,
  cause: EndCause,
});

export const Replay = z
  .strictObject({
    $schema: z.string().max(300).optional(),
    replayVersion: z.literal(REPLAY_VERSION),
    scenario: z.strictObject({
      id: Id,
      /** `sha256Hex(canonicalJson(scenario))` of the parsed scenario (defaults filled in). */
      hash: Sha256,
    }),
    /**
     * The id of the scenario's what-if the game was played in (`whatIfs[].id`),
     * absent for history. `scenario.hash` is then the hash of the scenario with
     * that what-if applied — the scenario actually played.
     *
     * Added without a new `replayVersion`, on purpose: the field is optional and
     * absence means history, so every version-1 file (the golden replays, files
     * handed out to classes) is still valid and means what it meant, and a
     * history replay is written byte for byte as before, so older releases
     * still read it. Only a what-if replay carries the field; an older release
     * refuses it as an unknown key — and could not have verified it anyway,
     * since it would not know to apply the what-if.
     */
    whatIf: Id.optional(),
    /**
     * The people played under the fog of war (src/engine/sight.ts): each saw the enemy's ships at
     * sea only where its forces were or its aircraft searched, and the computer commander planned
     * with what its side saw. The replay itself shows the whole war; a teacher reading a student's
     * decisions needs to know what the student could see. The command line's `simulate --fog --out`
     * writes it too: there the computer sides planned with what their side saw, which a reader of
     * the replay needs to know as much.
     *
     * Added without a new `replayVersion`, as `whatIf` was: optional, and only `true` is written,
     * so a replay of a game without the fog is byte for byte as before and older releases still
     * read it. `verify` does not read it: the fog changes what was shown, not the rules.
     */
    fog: z.literal(true).optional(),
    seed: z.string().min(1).max(200),
    players: z.strictObject({ japan: PlayerName, allies: PlayerName }),
    turns: z.array(ReplayTurn).max(MAX_REPLAY_TURNS),
    /** How the game ended, or null if the replay stops before the end. */
    outcome: ReplayOutcome.nullable(),
  })
  .meta({
    title: 'Price of Victory replay',
    description: 'The seed and every order of one game, with a state hash after each turn.',
  });

export type Replay = z.infer<typeof Replay>;
export type Players = Replay['players'];
