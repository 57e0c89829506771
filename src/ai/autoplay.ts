/**
 * A whole game with computer players on both sides, recorded as a replay.
 * Used by the CLI (`simulate`, `batch`), the bench and the tests; pure, so a
 * browser page can run "many seeds" the same way.
 */
import {
  type GameState,
  readJapaneseIntentions,
  SIDE_IDS,
  type TurnResult,
  type World,
} from '../engine/index';
import { createRecorder } from '../replay/recorder';
import type { Replay } from '../replay/schema';
import type { SideId } from '../scenario/schema';
import type { Policy } from './policy';

/** Stocks of both sides after one turn, dated when they stand (the end of that turn). */
export interface SeriesPoint {
  turn: number;
  date: string;
  sides: Record<SideId, Record<string, number>>;
}

export interface AutoplayOptions {
  /** Stop after this many turns even if the game has not ended. */
  maxTurns?: number;
  /** Called after each turn, e.g. to print its report. */
  onTurn?: (result: TurnResult) => void;
  /** The what-if `world` was built with (its id), recorded in the replay. */
  whatIf?: string;
}

export interface AutoplayResult {
  replay: Replay;
  state: GameState;
  series: SeriesPoint[];
}

export function autoplay(
  world: World,
  seed: string,
  policies: Record<SideId, Policy>,
  options: AutoplayOptions = {},
): AutoplayResult {
  const recorder = createRecorder(
    world,
    seed,
    { japan: policies.japan.name, allies: policies.allies.name },
    options.whatIf,
  );
  const series: SeriesPoint[] = [];
  const limit = options.maxTurns ?? Number.POSITIVE_INFINITY;
  while (!recorder.state.outcome && series.length < limit) {
    const before = recorder.state;
    // Japan first: the Allies may have read its orders (code-breaking) before they give theirs.
    const japan = policies.japan.orders(world, before, 'japan');
    const intel = readJapaneseIntentions(world, before, japan);
    const orders = { japan, allies: policies.allies.orders(world, before, 'allies', { intel }) };
    const result = recorder.play(orders);
    series.push(seriesPoint(result.state, before.turn));
    options.onTurn?.(result);
  }
  return { replay: recorder.replay, state: recorder.state, series };
}

function seriesPoint(after: GameState, turn: number): SeriesPoint {
  const sides = {} as Record<SideId, Record<string, number>>;
  for (const side of SIDE_IDS) sides[side] = { ...after.sides[side].stocks };
  return { turn, date: after.date, sides };
}
