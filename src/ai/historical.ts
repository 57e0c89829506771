/**
 * `historical`: follows the scenario's historical plan — what each side
 * actually did, as orders dated to the turn they were given (Japan strikes
 * south with Pearl Harbor, holds a perimeter and goes for Midway; the Allies
 * hold, fight for Guadalcanal, island-hop, wage the submarine campaign and
 * bomb from the Marianas). Orders that are no longer legal — the target is
 * lost, the ships are sunk — are skipped, so the game may drift from history
 * when chance goes another way. A game between two historical bots is how
 * the model is checked against the real war.
 */
import { checkOrder, type GameState, type Order, turnDate, type World } from '../engine/index';
import type { SideId } from '../scenario/schema';
import type { Policy } from './policy';

export const historicalPolicy: Policy = {
  name: 'historical',
  description:
    "gives the orders of the scenario's historical plan on the turns they were given, skipping any no longer legal",
  orders: historicalOrders,
};

export function historicalOrders(world: World, state: GameState, side: SideId): Order[] {
  const { calendar } = world.scenario;
  const next = turnDate(calendar.start, calendar.turnLength, state.turn + 1);
  const orders: Order[] = [];
  for (const step of world.scenario.historicalPlan) {
    if (step.side !== side || step.date < state.date || step.date >= next) continue;
    for (const o of step.orders) if (checkOrder(world, state, side, o, orders).ok) orders.push(o);
  }
  return orders;
}
