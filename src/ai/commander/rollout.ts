/**
 * Checking a plan with the real engine: the plan's orders are played through
 * resolveTurn against the orders the enemy is expected to give (its side of
 * the scenario's plan, or — at hard, in some rollouts — what a commander in
 * its place would order this turn: `theirs`), then a few more turns of both
 * plans, and the position reached is scored. Each rollout has its own dice, drawn from the commander's
 * own generator stream (seed, turn, side, variant, rollout): the game's
 * generator is never touched.
 */
import { type GameState, type Order, resolveTurn, type TurnOrders, type World } from '../../engine/index';
import { seedRng } from '../../engine/rng';
import type { SideId } from '../../scenario/schema';
import { historicalOrders } from '../historical';
import { type ScoreReading, scorePosition } from './score';

export function rollout(
  world: World,
  state: GameState,
  side: SideId,
  orders: Order[],
  depth: number,
  stream: string,
  reading?: ScoreReading,
  /** The enemy's orders this turn, if not its side of the scenario's plan. */
  enemyOrders?: Order[],
  /** The enemy's orders in the later turns, if not its side of the scenario's plan. */
  enemyLater?: (state: GameState) => Order[],
): number {
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  let s: GameState = { ...state, rng: seedRng(stream) };
  const theirs = enemyOrders ?? historicalOrders(world, s, enemy);
  const first: TurnOrders =
    side === 'japan' ? { japan: orders, allies: theirs } : { japan: theirs, allies: orders };
  s = resolveTurn(world, s, first).state;
  for (let d = 1; d < depth && !s.outcome; d++) {
    const next = s;
    const play = (x: SideId) =>
      x === enemy && enemyLater ? enemyLater(next) : historicalOrders(world, next, x);
    s = resolveTurn(world, s, { japan: play('japan'), allies: play('allies') }).state;
  }
  return scorePosition(world, s, side, reading);
}
