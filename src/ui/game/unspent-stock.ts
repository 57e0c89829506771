/**
 * A stock made to be spent (Industry) that piles up unspent: play13's student never opened Orders →
 * Production and had 1,834 points by late 1943 with no hint that they could build anything. The tile
 * says so once the stock would pay for the dearest thing the side can build and no build is ordered
 * this turn. Reads the scenario's buildables; no rule of the engine is repeated here.
 */
import type { Order } from '../../engine/index';
import type { Scenario, SideId } from '../../scenario/schema';

export function unspentStock(
  scenario: Scenario,
  side: SideId,
  resource: string,
  value: number,
  orders: readonly Order[],
): boolean {
  let dearest = 0;
  for (const b of scenario.buildables)
    if (b.side === side) dearest = Math.max(dearest, b.cost[resource] ?? 0);
  if (dearest === 0 || value < dearest) return false;
  return !orders.some((o) => o.type === 'build');
}
