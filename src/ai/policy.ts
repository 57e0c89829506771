import type { GameState, JapaneseIntentions, Order, TurnReport, World } from '../engine/index';
import type { SideId } from '../scenario/schema';
import type { Intent } from './intent';

/**
 * A computer player. `orders` must be a pure function of its arguments (no
 * clock, no Math.random): the same game then always gets the same orders, so
 * headless runs and batches are reproducible from their seed alone.
 */
export interface Policy {
  readonly name: string;
  /** One line for `--help` and reports: what the policy does, honestly. */
  readonly description: string;
  /** `seen`: what the side knows of this turn beyond the state (the Allies: the decrypt, if any). */
  orders(world: World, state: GameState, side: SideId, seen?: PolicyInput): Order[];
}

/**
 * What a side is told before it gives its orders, besides the state: the
 * Allies may read Japan's intentions (code-breaking, readJapaneseIntentions),
 * so Japan's orders are given first. The historical and adaptive players
 * receive it and do not use it yet: the historical plan is dated.
 */
export interface PolicyInput {
  intel?: JapaneseIntentions | null;
  /**
   * The fog of war (engine/sight.ts): when given, the side may know only what it sees of the
   * enemy — `sightOf(world, state, side, report)`, with `report` the turn's report that led to
   * the state (null or absent on the first turn). Absent: the whole state, as without fog. The
   * commander plans on what it sees (commander.ts `believed`). The historical player reads what its
   * side sees of the enemy's fleets at sea always, fog or not (historical-sight.ts), and the report
   * when given; the doctrine and pass players follow their plans and read no enemy fleet at sea.
   */
  fog?: PolicyFog;
}

/** What a side under the fog of war is told besides the state: the report of the turn just resolved. */
export interface PolicyFog {
  report?: TurnReport | null;
}

/**
 * A policy that can say what it intends (issue 13) implements `decide`: the same
 * orders as `orders`, with the intent behind them. Callers that record or show
 * intents use `decide` when present and fall back to `orders`.
 */
export interface IntentfulPolicy extends Policy {
  decide(world: World, state: GameState, side: SideId, seen?: PolicyInput): Decision;
}

export interface Decision {
  orders: Order[];
  intent: Intent;
}

export function hasIntent(policy: Policy): policy is IntentfulPolicy {
  return typeof (policy as Partial<IntentfulPolicy>).decide === 'function';
}
