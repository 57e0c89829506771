/**
 * `historical`: follows the scenario's historical plan — what each side
 * actually did, as orders dated to the turn they were given (Japan strikes
 * south with Pearl Harbor, holds a perimeter and goes for Midway; the Allies
 * hold, fight for Guadalcanal, island-hop, wage the submarine campaign and
 * bomb from the Marianas). Orders that are no longer legal — the target is
 * lost, the ships are sunk — are skipped, so the game may drift from history
 * when chance goes another way. A game between two historical bots is how
 * the model is checked against the real war.
 *
 * Two pieces of the plan's data make it robust to a war that runs late or
 * early: a step's `when` condition (a scenario trigger: the assault on
 * Singapore waits until Malaya is taken), and its `until` date, which keeps
 * offering the orders on every turn from `date` to `until` while they are not
 * yet legal or the condition does not yet hold. A standing move stops once a
 * later step of the plan whose condition holds gives the same force another
 * order, so the newest order in force for a force always wins. Everything depends on the state and the plan
 * only, so the bot stays deterministic.
 */
import {
  checkOrder,
  type GameState,
  type Legality,
  type Order,
  rememberVerdicts,
  triggerHoldsIn,
  turnDate,
  type World,
} from '../engine/index';
import type { SideId } from '../scenario/schema';
import type { Policy } from './policy';

export const historicalPolicy: Policy = {
  name: 'historical',
  description:
    "gives the orders of the scenario's historical plan on the turns they were given, skipping any no longer legal",
  orders: historicalOrders,
};

export function historicalOrders(world: World, state: GameState, side: SideId): Order[] {
  return planOrders(world, state, side, world.scenario.historicalPlan);
}

export type PlanStep = World['scenario']['historicalPlan'][number];

/**
 * The orders of `plan` (the scenario's historical plan, or a doctrine's
 * version of it with some orders left out) in force this turn, by the rules
 * above. A doctrine that drops an order also drops it from the "newest order
 * for a force" reckoning, so a force the doctrine holds back keeps its last
 * standing order rather than being stopped by an order it will never give.
 */
export function planOrders(world: World, state: GameState, side: SideId, plan: readonly PlanStep[]): Order[] {
  const { calendar } = world.scenario;
  const next = turnDate(calendar.start, calendar.turnLength, state.turn + 1);
  // Steps already dated whose condition holds: the plan's instructions in force.
  const inForce = new Set(
    plan.filter(
      (step) =>
        step.side === side &&
        step.date < next &&
        (step.when === undefined || triggerHoldsIn(world, state, step.when)),
    ),
  );
  // The date of the newest instruction in force for a force (asked only for standing moves).
  const planned = movesByForce(plan);
  const newest = (force: string) => {
    let date = '';
    for (const step of planned.get(force) ?? []) if (inForce.has(step) && step.date > date) date = step.date;
    return date;
  };
  const orders: Order[] = [];
  const verdicts: Legality[] = [];
  for (const step of inForce) {
    if ((step.until ?? step.date) < state.date) continue;
    const standing = step.date < state.date;
    for (const o of step.orders) {
      if (standing && o.type === 'move' && newest(o.force) !== step.date) continue;
      const verdict = checkOrder(world, state, side, o, orders);
      if (!verdict.ok) continue;
      orders.push(o);
      verdicts.push(verdict);
    }
  }
  // resolveTurn need not check them again against this state (src/engine/checked-orders.ts).
  rememberVerdicts(world, state, side, orders, verdicts);
  return orders;
}

/** The plan's steps that move each force (a memo per plan: a plan never changes). */
const planIndex = new WeakMap<readonly PlanStep[], Map<string, PlanStep[]>>();

function movesByForce(plan: readonly PlanStep[]): Map<string, PlanStep[]> {
  let index = planIndex.get(plan);
  if (!index) {
    index = new Map();
    for (const step of plan) {
      for (const o of step.orders) {
        if (o.type !== 'move') continue;
        const steps = index.get(o.force) ?? [];
        if (steps.at(-1) !== step) steps.push(step);
        index.set(o.force, steps);
      }
    }
    planIndex.set(plan, index);
  }
  return index;
}
