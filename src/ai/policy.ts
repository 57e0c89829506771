import type { GameState, Order, World } from '../engine/index';
import type { SideId } from '../scenario/schema';

/**
 * A computer player. `orders` must be a pure function of its arguments (no
 * clock, no Math.random): the same game then always gets the same orders, so
 * headless runs and batches are reproducible from their seed alone.
 */
export interface Policy {
  readonly name: string;
  /** One line for `--help` and reports: what the policy does, honestly. */
  readonly description: string;
  orders(world: World, state: GameState, side: SideId): Order[];
}
