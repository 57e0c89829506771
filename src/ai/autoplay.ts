/**
 * A whole game with computer players on both sides, recorded as a replay.
 * Used by the CLI (`simulate`, `batch`), the bench and the tests; pure, so a
 * browser page can run "many seeds" the same way.
 */
import {
  type GameState,
  type Order,
  readJapaneseIntentions,
  SIDE_IDS,
  type TurnReport,
  type TurnResult,
  type World,
} from '../engine/index';
import { createRecorder } from '../replay/recorder';
import type { Replay } from '../replay/schema';
import type { SideId } from '../scenario/schema';
import type { Intent } from './intent';
import { hasIntent, type Policy, type PolicyInput } from './policy';

/** Stocks of both sides after one turn, dated when they stand (the end of that turn). */
export interface SeriesPoint {
  turn: number;
  date: string;
  sides: Record<SideId, Record<string, number>>;
}

export interface AutoplayOptions {
  /** Stop after this many turns even if the game has not ended. */
  maxTurns?: number;
  /** Called after each turn, e.g. to print its report, with what the computer sides said they intended. */
  onTurn?: (result: TurnResult, intents: readonly Intent[]) => void;
  /** The what-if `world` was built with (its id), recorded in the replay. */
  whatIf?: string;
  /**
   * Both computer sides plan under the fog of war (`PolicyInput.fog`): each is told the report of
   * the turn just resolved, and a player that reads it (the commander) plans on what its side sees.
   */
  fog?: boolean;
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
  let report: TurnReport | null = null;
  while (!recorder.state.outcome && series.length < limit) {
    const before = recorder.state;
    const fog = options.fog ? { fog: { report } } : {};
    // Japan first: the Allies may have read its orders (code-breaking) before they give theirs.
    const intents: Intent[] = [];
    const japan = ask(policies.japan, world, before, 'japan', options.fog ? fog : undefined, intents);
    const intel = readJapaneseIntentions(world, before, japan);
    const allies = ask(policies.allies, world, before, 'allies', { intel, ...fog }, intents);
    const result = recorder.play({ japan, allies }, intents);
    report = result.report;
    series.push(seriesPoint(result.state, before.turn));
    options.onTurn?.(result, intents);
  }
  return { replay: recorder.replay, state: recorder.state, series };
}

/** A policy's orders; an intentful policy's intent is kept in `intents`. */
export function ask(
  policy: Policy,
  world: World,
  state: GameState,
  side: SideId,
  seen: PolicyInput | undefined,
  intents: Intent[],
): Order[] {
  if (!hasIntent(policy)) return policy.orders(world, state, side, seen);
  const decision = policy.decide(world, state, side, seen);
  intents.push(decision.intent);
  return decision.orders;
}

function seriesPoint(after: GameState, turn: number): SeriesPoint {
  const sides = {} as Record<SideId, Record<string, number>>;
  for (const side of SIDE_IDS) sides[side] = { ...after.sides[side].stocks };
  return { turn, date: after.date, sides };
}
