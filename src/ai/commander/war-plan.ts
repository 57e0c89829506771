/**
 * Which areas the commander may send forces into. An area of the enemy's is
 * always a fair objective once there is war there. A neutral area is one only
 * with a war plan for it: the scenario's plan for this side moves forces into
 * it (Thailand and southern Indochina in the southern operation), and the
 * engine says there is war there. Without one the commander stays out — the
 * Soviet Far East, neutral while the pact holds, is never marched into to
 * pick up an easy area (issue 13's first exploit).
 */
import type { GameState, World } from '../../engine/index';
import { atWarIn } from '../../engine/orders';
import type { SideId } from '../../scenario/schema';
import { botMemo } from '../bot-memo';

/** Areas the scenario's plan moves this side's forces into (kept with the world's bot tables: the plan never changes). */
export function warPlanAreas(world: World, side: SideId): ReadonlySet<string> {
  const memo = botMemo(world);
  if (!memo.warPlan) {
    const sets: Record<SideId, Set<string>> = { japan: new Set(), allies: new Set() };
    for (const step of world.scenario.historicalPlan)
      for (const o of step.orders) if (o.type === 'move') sets[step.side].add(o.to);
    memo.warPlan = sets;
  }
  return memo.warPlan[side];
}

/** Whether the side may invade `areaId` now: an enemy area at war, or a neutral one with a war plan. */
export function mayInvade(world: World, state: GameState, side: SideId, areaId: string): boolean {
  const a = world.areas.get(areaId);
  if (!a || a.kind === 'sea') return false;
  const owner = state.control[areaId] ?? a.owner;
  if (owner === side) return false;
  if (!atWarIn(world, state, areaId)) return false;
  if (owner === 'neutral') return warPlanAreas(world, side).has(areaId);
  return true;
}
