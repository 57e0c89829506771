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

/** What the hard level reads of a position beyond the others' score (levels.ts). */
export interface ScoreReading {
  /** Its airfields within the enemy's bombing range of its capital count more (objectives.ts). */
  guardsHomeAirfields: boolean;
  /** A month of oil counts as the will point a dry month would cost, while the oil runs out before the war ends. */
  readsOilClock: boolean;
}

/** Score points of a point of national will. */
const WILL_POINT = 60;
/** Score points of a month of oil in the stock (up to 24 months). */
const OIL_MONTH = 15;

export function scorePosition(
  world: World,
  state: GameState,
  side: SideId,
  reading: ScoreReading = { guardsHomeAirfields: false, readsOilClock: false },
): number {
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  if (state.outcome) {
    if (state.outcome.winner === side) return WIN;
    if (state.outcome.winner === enemy) return -WIN;
  }
  const s = readSituation(world, state, side, false);
  s.guardsHomeAirfields = reading.guardsHomeAirfields;
  let score = (s.will - s.enemyWill) * WILL_POINT;
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
  score += Math.min(24, s.oil.months) * oilMonthWorth(world, state, side, s.oil.months, reading);
  return score;
}

/**
 * A month of oil: OIL_MONTH, or (with `readsOilClock`) when the stock runs out before the last
 * turn and the side's will has a `dry` pressure, the will a dry month costs — every month below
 * its line adds to the pressure for the rest of the war (phases/will.ts), so a month of oil kept
 * is a month of it put off. The burn that spends it on a sortie for little shows in the rollout.
 */
function oilMonthWorth(
  world: World,
  state: GameState,
  side: SideId,
  months: number,
  reading: ScoreReading,
): number {
  const dry = world.scenario.rules.will?.[side]?.pressures.dry;
  if (!reading.readsOilClock || !dry || !oilRunsOut(world, state, side, months)) return OIL_MONTH;
  return Math.max(OIL_MONTH, Math.floor(WILL_POINT / dry.turnsPerPoint));
}

/** Whether the side's oil (`months` of its burn) runs out before the last turn, with a will that feels it (`dry`). */
export function oilRunsOut(world: World, state: GameState, side: SideId, months: number): boolean {
  if (!world.scenario.rules.will?.[side]?.pressures.dry) return false;
  return months < world.scenario.calendar.lastTurn - state.turn + 1;
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
