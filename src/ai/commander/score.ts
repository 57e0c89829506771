/**
 * How good a position is for the commander's side, as one integer, to compare
 * the rollouts of its variants. Every term is a property of the position —
 * who holds what, what is afloat and in the field, will, oil left — so an
 * area is worth the same however often it changed hands: taking and retaking
 * an area earns nothing (issue 13). Areas count for what they give
 * (objectives.ts).
 */
import { FLOTILLA_TOUGHNESS, shipToughness } from '../../engine/combat-values';
import type { ForceState, GameState, World } from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import { areaWorth } from './objectives';
import { readSituation } from './situation';

const WIN = 1_000_000;

export function scorePosition(world: World, state: GameState, side: SideId): number {
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  if (state.outcome) {
    if (state.outcome.winner === side) return WIN;
    if (state.outcome.winner === enemy) return -WIN;
  }
  const s = readSituation(world, state, side, false);
  let score = (s.will - s.enemyWill) * 60;
  for (const a of world.scenario.areas) {
    if (a.kind === 'sea') continue;
    const owner = s.holder(a.id);
    if (owner === side) score += areaWorth(s, a) * 3;
    else if (owner === enemy) score -= areaWorth(s, a) * 3;
  }
  for (const f of state.forces) {
    if (f.status !== 'active') continue;
    score += f.side === side ? forceWorth(f) : -forceWorth(f);
  }
  score += Math.min(24, s.oil.months) * 15;
  return score;
}

/** What a force is worth on the board, in rough damage points to destroy it. */
function forceWorth(f: ForceState): number {
  switch (f.type) {
    case 'ship':
      return Math.floor((shipToughness(f) * (100 - f.damage)) / 100) * 3 + Math.floor(f.aircraft / 2);
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
