/**
 * `random`: a few random legal orders a turn. It is not a strategy — it is a
 * stand-in opponent for tests, batches and benchmarks, and a check that the
 * engine copes with whatever a player may legally do.
 *
 * Its chance comes from its own generator, seeded from (game seed, turn,
 * side), never from the game's generator: drawing from the game's generator
 * would change the dice of the battles themselves.
 */
import seedrandom from 'seedrandom';
import { checkOrder, type GameState, type Order, type World } from '../engine/index';
import type { SideId } from '../scenario/schema';
import { areasWithinHops } from './nearby-areas';
import type { Policy } from './policy';

/** How far (in connections) a destination may be; the engine's range check decides the rest. */
const MAX_HOPS = 3;
/** At most this many moves a turn (1 to MAX_MOVES, chosen at random). */
const MAX_MOVES = 3;
/** Percent chance each turn of taking one of the side's available decisions. */
const CHOICE_PERCENT = 20;
/**
 * Percent chance that an army's move sends only part of it (a detachment, engine/detach.ts), so
 * that the property tests and fuzzing meet detachments in ordinary random games too.
 */
const SPLIT_PERCENT = 25;

export const randomPolicy: Policy = {
  name: 'random',
  description: `makes 1–${MAX_MOVES} random legal moves a turn (some of part of an army, and now and then a random legal decision); not a strategy`,
  orders: randomOrders,
};

function randomOrders(world: World, state: GameState, side: SideId): Order[] {
  const rng = seedrandom.alea(`${state.seed}/${state.turn}/${side}`);
  const int = (n: number) => Math.floor(rng() * n);
  // Splits draw from a generator of their own: the moves chosen are those the policy always chose.
  const splitRng = seedrandom.alea(`${state.seed}/${state.turn}/${side}/split`);
  const splitInt = (n: number) => Math.floor(splitRng() * n);
  const orders: Order[] = [];
  const legal = (o: Order) => checkOrder(world, state, side, o, orders).ok;

  const decisions = world.scenario.choices
    .filter((c) => c.side === side)
    .map((c): Order => ({ type: 'choose', choice: c.id }))
    .filter(legal);
  if (decisions.length > 0 && int(100) < CHOICE_PERCENT) orders.push(decisions[int(decisions.length)]!);

  const wanted = 1 + int(MAX_MOVES);
  const forces = shuffle(
    state.forces.filter((f) => f.side === side && f.status === 'active'),
    int,
  );
  let moves = 0;
  for (const force of forces) {
    if (moves >= wanted) break;
    const candidates = areasWithinHops(world, force.location, MAX_HOPS)
      .map((to): Order => ({ type: 'move', force: force.id, to }))
      .filter(legal);
    if (candidates.length === 0) continue;
    const move = candidates[int(candidates.length)]!;
    orders.push(split(move, force, splitInt, legal) ?? move);
    moves++;
  }
  return orders;
}

/** Now and then the move of part of an army (1 thousand men up to all but 1), when that is legal too. */
function split(
  move: Order,
  force: GameState['forces'][number],
  int: (n: number) => number,
  legal: (o: Order) => boolean,
): Order | null {
  if (move.type !== 'move' || force.type !== 'army' || force.troops < 2) return null;
  if (int(100) >= SPLIT_PERCENT) return null;
  const part: Order = { ...move, men: 1 + int(force.troops - 1) };
  return legal(part) ? part : null;
}

/** Fisher–Yates on a copy. */
function shuffle<T>(items: readonly T[], int: (n: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
