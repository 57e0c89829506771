/**
 * Verifying a replay: play it again from the seed and compare. The first
 * thing that differs is reported, with the turn (and side) where it happened,
 * because everything after a divergence differs too and would only bury it.
 */
import {
  canonicalJson,
  createGame,
  type GameState,
  type IllegalOrder,
  type Order,
  type Outcome,
  stateHash,
  turnDate,
  type World,
} from '../engine/index';
import type { Refusal } from '../engine/refusal';
import type { SideId } from '../scenario/schema';
import { type ReplayedTurn, replayTurns } from './replay-turns';
import { scenarioHash } from './scenario-hash';
import type { Replay } from './schema';

/**
 * The first thing that differs, as data (a kind and its numbers); src/text/replay-text.ts words it
 * for the replay viewer, the class results and the command line.
 */
export type ReplayProblem =
  | { kind: 'scenario-mismatch'; mismatch: ScenarioMismatch }
  /** Entry `entry` of "turns" is numbered `turn`; or (`endedOn`) it follows the end of the game. */
  | { kind: 'turn-sequence'; turn: number; entry: number; ended: Outcome | null }
  | {
      kind: 'illegal-order';
      turn: number;
      /** The turn's date (ISO). */
      date: string;
      side: SideId;
      index: number;
      order: Order;
      refusal: Refusal;
    }
  /** `start`: the date the turn starts (ISO). */
  | { kind: 'hash-mismatch'; turn: number; start: string; expected: string; got: string }
  /** What the replay records and what its `turns` turns give (null: no outcome). */
  | { kind: 'outcome-mismatch'; turns: number; recorded: OutcomeAt | null; replayed: OutcomeAt | null };

/** An outcome's kind and turn, as a replay problem names it. */
export interface OutcomeAt {
  kind: Outcome['kind'];
  turn: number;
}

/**
 * The scenario a replay was recorded with (id, hash, what-if) against the one given; `changed`
 * when the id is the same but the hash is not (another version of the scenario or of the game).
 */
export interface ScenarioMismatch {
  recorded: { id: string; hash: string; whatIf: string | null };
  given: { id: string; hash: string };
  changed: boolean;
}

export type VerifyResult =
  | { ok: true; turns: number; finalHash: string; outcome: Outcome | null; state: GameState }
  | { ok: false; problem: ReplayProblem };

/**
 * `seen` is told each turn as it is played (before it is checked): the class results add up each
 * turn's shipping figures while they verify, rather than playing the game a second time.
 */
export function verifyReplay(
  world: World,
  replay: Replay,
  seen?: (turn: ReplayedTurn) => void,
): VerifyResult {
  const mismatch = scenarioMismatch(world, replay);
  if (mismatch) return fail({ kind: 'scenario-mismatch', mismatch });

  let state = createGame(world, replay.seed);
  let played = 0;
  for (const step of replayTurns(world, replay)) {
    const { turn, recorded, before, result } = step;
    seen?.(step);
    played = turn;
    if (recorded.turn !== turn) {
      return fail({ kind: 'turn-sequence', turn: recorded.turn, entry: turn, ended: null });
    }
    // The engine checks every order before resolving the turn; an order it
    // refused as illegal cannot have come from a real game.
    const illegal = result.illegal[0];
    if (illegal) return fail(illegalOrderProblem(before, illegal));
    state = result.state;
    if (!step.hashOk) {
      const { start, turnLength } = world.scenario.calendar;
      return fail({
        kind: 'hash-mismatch',
        turn,
        start: turnDate(start, turnLength, turn),
        expected: recorded.hash,
        got: step.hash,
      });
    }
  }
  // The walk stops where the game ended: a turn recorded after that cannot have been played.
  const extra = replay.turns[played];
  if (extra && state.outcome) {
    return fail({ kind: 'turn-sequence', turn: extra.turn, entry: played + 1, ended: state.outcome });
  }

  if (canonicalJson(replay.outcome) !== canonicalJson(state.outcome)) {
    const at = (o: Outcome | null): OutcomeAt | null => (o ? { kind: o.kind, turn: o.turn } : null);
    return fail({
      kind: 'outcome-mismatch',
      turns: replay.turns.length,
      recorded: at(replay.outcome),
      replayed: at(state.outcome),
    });
  }
  return { ok: true, turns: replay.turns.length, finalHash: stateHash(state), outcome: state.outcome, state };
}

function fail(problem: ReplayProblem): VerifyResult {
  return { ok: false, problem };
}

/** Why this world is not the scenario the replay was recorded with, or null if it is. */
export function scenarioMismatch(world: World, replay: Replay): ScenarioMismatch | null {
  const id = world.scenario.meta.id;
  const hash = scenarioHash(world.scenario);
  if (replay.scenario.id === id && replay.scenario.hash === hash) return null;
  return {
    recorded: { id: replay.scenario.id, hash: replay.scenario.hash, whatIf: replay.whatIf ?? null },
    given: { id, hash },
    changed: replay.scenario.id === id,
  };
}

function illegalOrderProblem(state: GameState, illegal: IllegalOrder): ReplayProblem {
  const { side, index, order, refusal } = illegal;
  return { kind: 'illegal-order', turn: state.turn, date: state.date, side, index, order, refusal };
}
