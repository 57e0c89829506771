/**
 * Checking a plan with the real engine: the plan's orders are played through
 * resolveTurn against the orders the enemy is expected to give (its side of
 * the scenario's plan), then a few more turns of both plans, and the position
 * reached is scored. Each rollout has its own dice, drawn from the commander's
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
): number {
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  let s: GameState = { ...state, rng: seedRng(stream) };
  const theirs = historicalOrders(world, s, enemy);
  const first: TurnOrders =
    side === 'japan' ? { japan: orders, allies: theirs } : { japan: theirs, allies: orders };
  s = resolveTurn(world, s, first).state;
  for (let d = 1; d < depth && !s.outcome; d++) {
    s = resolveTurn(world, s, {
      japan: historicalOrders(world, s, 'japan'),
      allies: historicalOrders(world, s, 'allies'),
    }).state;
  }
  return scorePosition(world, s, side, reading);
}
