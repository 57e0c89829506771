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
import type { SideId } from '../scenario/schema';
import { endText } from '../text/end-text';
import { refusalText } from '../text/refusal-text';
import { describeOrder } from './describe-order';
import { replayTurns } from './replay-turns';
import { scenarioHash } from './scenario-hash';
import type { Replay } from './schema';

export type ReplayProblem =
  | { kind: 'scenario-mismatch'; message: string }
  | { kind: 'turn-sequence'; turn: number; message: string }
  | {
      kind: 'illegal-order';
      turn: number;
      side: SideId;
      index: number;
      order: Order;
      reason: string;
      message: string;
    }
  | { kind: 'hash-mismatch'; turn: number; expected: string; got: string; message: string }
  | { kind: 'outcome-mismatch'; message: string };

export type VerifyResult =
  | { ok: true; turns: number; finalHash: string; outcome: Outcome | null; state: GameState }
  | { ok: false; problem: ReplayProblem };

export function verifyReplay(world: World, replay: Replay): VerifyResult {
  const mismatch = scenarioMismatch(world, replay);
  if (mismatch) return fail({ kind: 'scenario-mismatch', message: mismatch });

  let state = createGame(world, replay.seed);
  let played = 0;
  for (const { turn, recorded, before, result, hash, hashOk } of replayTurns(world, replay)) {
    played = turn;
    if (recorded.turn !== turn) {
      return fail({
        kind: 'turn-sequence',
        turn: recorded.turn,
        message: `entry ${turn} of "turns" is numbered turn ${recorded.turn}, expected turn ${turn}: turns must run 1, 2, 3, … with none missing`,
      });
    }
    // The engine checks every order before resolving the turn; an order it
    // refused as illegal cannot have come from a real game.
    const illegal = result.illegal[0];
    if (illegal) return fail(illegalOrderProblem(world, before, illegal));
    state = result.state;
    if (!hashOk) {
      return fail({
        kind: 'hash-mismatch',
        turn,
        expected: recorded.hash,
        got: hash,
        message:
          `turn ${turn} (${turnLabel(world, turn)}) does not replay the same: the replay records state hash ` +
          `${recorded.hash}, replaying it gives ${hash}. The replay was changed after it was recorded, or ` +
          `recorded with different seed or rules.`,
      });
    }
  }
  // The walk stops where the game ended: a turn recorded after that cannot have been played.
  const extra = replay.turns[played];
  if (extra && state.outcome) {
    return fail({
      kind: 'turn-sequence',
      turn: extra.turn,
      message: `the replay goes on after the game ended on turn ${state.outcome.turn} (${endText(state.outcome, world.scenario)}); turn ${extra.turn} cannot have been played`,
    });
  }

  if (canonicalJson(replay.outcome) !== canonicalJson(state.outcome)) {
    const said = replay.outcome ? `"${replay.outcome.kind}" on turn ${replay.outcome.turn}` : 'no outcome';
    const is = state.outcome ? `"${state.outcome.kind}" on turn ${state.outcome.turn}` : 'no outcome yet';
    return fail({
      kind: 'outcome-mismatch',
      message: `the replay records ${said}, but replaying its ${replay.turns.length} turns gives ${is}`,
    });
  }
  return { ok: true, turns: replay.turns.length, finalHash: stateHash(state), outcome: state.outcome, state };
}

function fail(problem: ReplayProblem): VerifyResult {
  return { ok: false, problem };
}

/** Why this world is not the scenario the replay was recorded with, or null if it is. */
export function scenarioMismatch(world: World, replay: Replay): string | null {
  const id = world.scenario.meta.id;
  const hash = scenarioHash(world.scenario);
  const whatIf = replay.whatIf ? ` and the what-if "${replay.whatIf}"` : '';
  const recorded = `this replay was recorded with scenario ${replay.scenario.id}${whatIf} (hash ${replay.scenario.hash})`;
  if (replay.scenario.id !== id) return `${recorded}, not ${id} (hash ${hash})`;
  if (replay.scenario.hash !== hash) {
    return `${recorded}, not with this version of ${id} (hash ${hash}): the scenario (or the version of the game reading it) has changed since the game was recorded`;
  }
  return null;
}

function illegalOrderProblem(world: World, state: GameState, illegal: IllegalOrder): ReplayProblem {
  const { side, index, order } = illegal;
  const reason = refusalText(illegal.refusal);
  const name = world.scenario.sides[side].name;
  const sideName = name.endsWith('s') ? `${name}'` : `${name}'s`;
  return {
    kind: 'illegal-order',
    turn: state.turn,
    side,
    index,
    order,
    reason,
    message: `turn ${state.turn} (${state.date}), ${sideName} order ${index + 1} (${describeOrder(order)}) is illegal: ${reason}`,
  };
}

function turnLabel(world: World, turn: number): string {
  const { start, turnLength } = world.scenario.calendar;
  return `starting ${turnDate(start, turnLength, turn)}`;
}
