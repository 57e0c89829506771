/**
 * The clock (midway25): whether a side that waits loses. A scenario that ends on a fixed turn is
 * judged by who holds its goals then (src/judge/verdict.ts); a commander whose side would lose on
 * that count, and that can take a goal only by fighting for it, gains nothing by waiting for better
 * odds once the turns left are no more than it needs to sail, soften the goal up and land. Yamamoto's
 * plan for Midway accepted the fleet battle it sought (B9): a commander that never sails hands the
 * game over as surely as one that throws its fleet into a hopeless fight.
 */
import { openDistance } from '../../engine/world';
import { goalsCount } from '../../judge/verdict';
import type { Situation } from './situation';

/** Turns the softening up and the landing take once the force is next to the goal: one each. */
export const SOFTEN_AND_LAND_TURNS = 2;
/** A turn to spare: a landing thrown back, a sea lane not yet cut. */
export const SPARE_TURNS = 1;

/** The turns still to be played, this one included (the scenario's last turn is played). */
export function turnsLeft(s: Situation): number {
  return s.world.scenario.calendar.lastTurn - s.state.turn + 1;
}

/** Turns a ship at `from` needs to reach `to` at a turn's steaming (rules.rangePerTurn.ship); 0 if there. */
export function sailTurns(s: Situation, from: string, to: string): number {
  if (from === to) return 0;
  const range = s.world.scenario.rules.rangePerTurn.ship;
  const d = openDistance(s.world, from, to, 1_000_000);
  return d === null || range <= 0 ? Number.POSITIVE_INFINITY : Math.max(1, Math.ceil(d / range));
}

/**
 * Whether the scenario's goals, judged now as the verdict judges them at the last turn (the
 * objective areas' value held, the carriers sunk where they count: verdict.ts), give the
 * enemy the win. False where the verdict is not a count of the goals (`winAgainstHistory`: the Road
 * to Tokyo is judged against the real war) or there are none.
 */
export function waitingLoses(s: Situation): boolean {
  if (s.world.scenario.meta.goals?.winAgainstHistory) return false;
  const lost = (side: string) =>
    s.state.forces.filter(
      (f) => f.side === side && f.status === 'lost' && f.type === 'ship' && f.class.endsWith('carrier'),
    ).length;
  const count = goalsCount(s.world, s.holder, { japan: lost('japan'), allies: lost('allies') });
  return count?.winner === s.enemy;
}

/** Whether a force `sail` turns from the goal has no more turns than it needs (waitingLoses aside). */
export function clockRunsOut(s: Situation, sail: number): boolean {
  return turnsLeft(s) <= sail + SOFTEN_AND_LAND_TURNS + SPARE_TURNS;
}

/**
 * Whether the commander's last chance has come (variants.ts): waiting loses the game, and a goal the
 * side does not hold is no farther from its nearest warship than the turns left allow to sail,
 * soften it up and land.
 */
export function lastChanceNow(s: Situation): boolean {
  if (!s.war || !waitingLoses(s)) return false;
  const ships = s.state.forces.filter((f) => f.side === s.side && f.status === 'active' && f.type === 'ship');
  if (ships.length === 0) return false;
  for (const goal of s.world.scenario.meta.goals?.objectives ?? []) {
    if (s.holder(goal) === s.side) continue;
    const sail = Math.min(...ships.map((f) => sailTurns(s, f.location, goal)));
    if (clockRunsOut(s, sail)) return true;
  }
  return false;
}
