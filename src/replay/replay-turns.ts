/**
 * The one way to step through a recorded game: from the seed, each recorded
 * turn's orders through the engine, one turn at a time, with the state before
 * and after, the report, and whether the state reached is the one recorded.
 * The replay viewer, `verifyReplay`, the after-action report, the hash list
 * of the cross-runtime test and the command line's verify all walk a replay
 * with this generator, so they cannot disagree about what a replay plays.
 */
import {
  createGame,
  type GameState,
  resolveTurn,
  stateHash,
  type TurnResult,
  type World,
} from '../engine/index';
import type { Replay, ReplayTurn } from './schema';

export interface ReplayedTurn {
  /** Position in the replay, from 1 (the recorded entry's own number is `recorded.turn`). */
  turn: number;
  /** The recorded entry: its number, both sides' orders and the state hash recorded after it. */
  recorded: ReplayTurn;
  /** The state the turn started from. */
  before: GameState;
  /** What the engine made of the recorded orders: the new state, the report, the orders refused as illegal. */
  result: TurnResult;
  /**
   * True when the game had already ended before this turn (the replay goes on past its end):
   * only yielded with `pastEnd`, and then no real game can have played it.
   */
  afterEnd: boolean;
  /** `stateHash` of the state after the turn (worked out when first asked: the after-action report never asks). */
  readonly hash: string;
  /** Whether `hash` is the hash the replay recorded for this turn. */
  readonly hashOk: boolean;
}

export interface ReplayTurnsOptions {
  /**
   * Go on through turns recorded after the game ended (the viewer shows them, marked; the
   * verification refuses the first one). Without it the walk stops where the game ended.
   */
  pastEnd?: boolean;
}

/** The recorded turns of `replay`, played again in `world` from the replay's seed, one at a time. */
export function* replayTurns(
  world: World,
  replay: Pick<Replay, 'seed' | 'turns'>,
  options: ReplayTurnsOptions = {},
): Generator<ReplayedTurn, GameState, undefined> {
  let state = createGame(world, replay.seed);
  for (const [index, recorded] of replay.turns.entries()) {
    const afterEnd = state.outcome !== null;
    if (afterEnd && !options.pastEnd) break;
    const result = resolveTurn(world, state, recorded.orders);
    yield replayed(index + 1, recorded, state, result, afterEnd);
    state = result.state;
  }
  return state;
}

function replayed(
  turn: number,
  recorded: ReplayTurn,
  before: GameState,
  result: TurnResult,
  afterEnd: boolean,
): ReplayedTurn {
  let hash: string | undefined;
  return {
    turn,
    recorded,
    before,
    result,
    afterEnd,
    get hash() {
      hash ??= stateHash(result.state);
      return hash;
    },
    get hashOk() {
      return this.hash === recorded.hash;
    },
  };
}
