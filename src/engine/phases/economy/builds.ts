/**
 * Production queues: a build order is paid for when the turn resolves and
 * delivered `turns` later (a fleet carrier took well over a year — EVANS-PEATTIE-1997). Delivery happens in the events phase of the turn it is ready.
 *
 * A build is paid from the stocks as they stand when the orders are given — the points the
 * player sees and the order check (orders.ts checkBuild) counts — first thing in the turn, before
 * the events and the month's output. The month's output cannot be promised when the orders are
 * given (what arrives depends on the sinkings on the way), so it is spent the month after. The
 * check and the payment read the same stocks, so a build the check accepts is always paid; the
 * shortfall below is a guard, not a rule a player meets. The same holds for the shipyards' room
 * (shipyards.ts): the check counts the queue and the turn's earlier builds, the payment the queue
 * with the turn's earlier builds paid into it.
 */
import type { SideId } from '../../../scenario/schema';
import { yardsFull } from '../../shipyards';
import { adjustStock, type TurnContext } from '../../turn-context';

export function payForBuilds(ctx: TurnContext, side: SideId): void {
  for (const order of ctx.orders[side]) {
    if (order.type !== 'build') continue;
    const item = ctx.world.scenario.buildables.find((b) => b.id === order.item);
    if (!item) continue;
    const stocks = ctx.state.sides[side].stocks;
    const short = Object.entries(item.cost).find(([res, n]) => (stocks[res] ?? 0) < n * order.count);
    if (short) {
      ctx.items.push({
        kind: 'rejected',
        side,
        order,
        refusal: {
          code: 'cannot-afford',
          item: item.name,
          count: order.count,
          resource: short[0],
          need: short[1] * order.count,
          have: stocks[short[0]] ?? 0,
          atResolution: true,
        },
      });
      continue;
    }
    // The yards' room as the check saw it: the queue as the orders were given plus the earlier
    // builds of the turn, which are in the queue now that they are paid.
    const full = yardsFull(ctx.world, ctx.state, side, item.id, order.count, []);
    if (full) {
      ctx.items.push({
        kind: 'rejected',
        side,
        order,
        refusal: { code: 'yards-full', item: item.name, count: order.count, ...full, atResolution: true },
      });
      continue;
    }
    for (const [res, n] of Object.entries(item.cost)) {
      adjustStock(ctx, side, res, -n * order.count, {
        code: 'build-ordered',
        item: item.id,
        count: order.count,
      });
    }
    for (let i = 0; i < order.count; i++)
      ctx.state.queue.push({ side, item: item.id, ready: ctx.state.turn + item.turns });
  }
}
