/**
 * How good a position is for one side, as one integer: the adaptive bot
 * compares candidate orders by the positions their rollouts reach. The terms
 * are the game's own stakes — national will, areas held, forces afloat and
 * in the field, and (for the side that depends on it) months of oil left.
 */
import { FLOTILLA_TOUGHNESS, SHIP_TOUGHNESS } from '../engine/combat-values';
import { economyOil, type ForceState, type GameState, type World } from '../engine/index';
import { OIL } from '../scenario/resource-ids';
import type { SideId } from '../scenario/schema';

const WIN = 1_000_000;

export function evaluate(world: World, state: GameState, side: SideId): number {
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  if (state.outcome) {
    if (state.outcome.winner === side) return WIN;
    if (state.outcome.winner === enemy) return -WIN;
  }
  const will = world.scenario.victory.willResource;
  const stock = (s: SideId, r: string) => state.sides[s].stocks[r] ?? 0;
  let score = (stock(side, will) - stock(enemy, will)) * 60;

  for (const a of world.scenario.areas) {
    const owner = state.control[a.id] ?? a.owner;
    if (owner === side) score += a.value * 25;
    else if (owner === enemy) score -= a.value * 25;
  }
  for (const f of state.forces) {
    if (f.status !== 'active') continue;
    score += f.side === side ? forceWorth(f) : -forceWorth(f);
  }
  // Oil in months of the economy's own burn, up to two years: waiting has a price.
  const burn = Math.max(1, economyOil(world, state, side));
  score += Math.min(24, Math.floor(stock(side, OIL) / burn)) * 15;
  return score;
}

/** What a force is worth on the board, in rough "damage points to destroy it". */
function forceWorth(f: ForceState): number {
  switch (f.type) {
    case 'ship':
      return Math.floor((SHIP_TOUGHNESS[f.class] * (100 - f.damage)) / 100) * 3 + Math.floor(f.aircraft / 2);
    case 'flotilla':
      return f.count * FLOTILLA_TOUGHNESS[f.class];
    case 'air':
      return Math.floor(f.aircraft / 2);
    case 'army':
      return Math.floor(f.troops / 4);
    default: {
      const never: never = f;
      return never;
    }
  }
}
