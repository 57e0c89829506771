/**
 * `adaptive`: plays to win. Each turn it proposes candidate order sets and
 * plays each one forward a few turns several times (Monte Carlo rollouts with
 * their own dice), assuming the enemy does nothing or something random, then
 * keeps the candidate whose rollouts end in the best positions on average.
 *
 * Its candidates are laid on top of the side's doctrine: the orders the
 * scenario's historical plan gives this turn (`historical` bot), where still
 * legal. Rollouts of a few turns cannot see a campaign that takes months to
 * assemble — the submarine offensive, the island-hopping that brought the
 * B-29s within range of Japan — so on its own the bot as the Allies never
 * won. With the plan as its doctrine it keeps the strategy and adapts the
 * forces the plan leaves free: reinforcing where the enemy is weak, pulling
 * damaged ships home, taking chances the real commanders did not have.
 *
 * Difficulty sets how many candidates, rollouts and turns of look-ahead it
 * affords. Everything is derived from the game's seed, turn and side, so the
 * same game always gets the same orders.
 */
import seedrandom from 'seedrandom';
import {
  checkOrder,
  type GameState,
  type Order,
  resolveTurn,
  type TurnOrders,
  type World,
} from '../engine/index';
import { seedRng } from '../engine/rng';
import type { SideId } from '../scenario/schema';
import { candidateOrderSets, distinctSets } from './candidates';
import { evaluate } from './evaluate';
import { historicalOrders } from './historical';
import type { Policy } from './policy';
import { randomPolicy } from './random';

export const DIFFICULTIES = {
  easy: { candidates: 4, rollouts: 2, depth: 1 },
  normal: { candidates: 8, rollouts: 3, depth: 2 },
  hard: { candidates: 12, rollouts: 4, depth: 3 },
} as const;
export type Difficulty = keyof typeof DIFFICULTIES;

export function adaptivePolicy(difficulty: Difficulty = 'normal'): Policy {
  const settings = DIFFICULTIES[difficulty];
  return {
    name: difficulty === 'normal' ? 'adaptive' : `adaptive:${difficulty}`,
    description: `follows the scenario's historical plan, where it has one, and weighs ${settings.candidates} candidate plans for the rest of its forces by ${settings.rollouts} rollouts of ${settings.depth} turn(s) each (${difficulty})`,
    orders: (world, state, side) => chooseOrders(world, state, side, settings),
  };
}

function chooseOrders(
  world: World,
  state: GameState,
  side: SideId,
  settings: { candidates: number; rollouts: number; depth: number },
): Order[] {
  if (state.outcome) return [];
  const rng = seedrandom.alea(`${state.seed}/${state.turn}/${side}/adaptive`);
  const int = (n: number) => Math.floor(rng() * n);
  const doctrine = historicalOrders(world, state, side);
  const candidates = distinctSets(
    candidateOrderSets(world, state, side, settings.candidates, int).map((c) =>
      onTopOf(world, state, side, doctrine, c),
    ),
  );
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  let best = candidates[0] ?? [];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [i, candidate] of candidates.entries()) {
    let total = 0;
    for (let r = 0; r < settings.rollouts; r++) {
      // The rollout's own dice: the real game's generator is never touched.
      let s: GameState = { ...state, rng: seedRng(`${state.seed}/${state.turn}/${side}/${i}/${r}`) };
      const enemyOrders = r % 2 === 0 ? [] : randomPolicy.orders(world, s, enemy);
      const first: TurnOrders =
        side === 'japan'
          ? { japan: candidate, allies: enemyOrders }
          : { japan: enemyOrders, allies: candidate };
      s = resolveTurn(world, s, first).state;
      for (let d = 1; d < settings.depth && !s.outcome; d++)
        s = resolveTurn(world, s, { japan: [], allies: [] }).state;
      total += evaluate(world, s, side);
    }
    if (total > bestScore) {
      bestScore = total;
      best = candidate;
    }
  }
  return best;
}

/** The doctrine's orders, then each of the candidate's that is still legal alongside them. */
function onTopOf(
  world: World,
  state: GameState,
  side: SideId,
  doctrine: Order[],
  candidate: Order[],
): Order[] {
  const orders = [...doctrine];
  for (const o of candidate) if (checkOrder(world, state, side, o, orders).ok) orders.push(o);
  return orders;
}
