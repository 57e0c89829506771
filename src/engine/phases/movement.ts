/** Phase 3 — movement: every fuelled move order takes its force to its destination. */
import { checkOrder, sortieOil } from '../orders';
import { SIDE_IDS } from '../sides';
import { movesOf, type TurnContext } from '../turn-context';

export function runMovementPhase(ctx: TurnContext): void {
  for (const side of SIDE_IDS) {
    for (const order of movesOf(ctx.orders[side])) {
      if (!ctx.fuelled.has(order.force)) continue;
      const force = ctx.state.forces.find((f) => f.id === order.force);
      if (force?.status !== 'active') continue;
      // Events earlier this turn may have changed what is legal (e.g. a port changed hands).
      const legal = checkOrder(ctx.world, ctx.state, side, order);
      if (!legal.ok) {
        ctx.items.push({ kind: 'rejected', side, order, reason: legal.reason });
        continue;
      }
      ctx.items.push({
        kind: 'move',
        side,
        force: force.id,
        name: force.name,
        from: force.location,
        to: order.to,
        distance: legal.distance ?? 0,
        oil: sortieOil(ctx.world, force),
      });
      force.location = order.to;
    }
  }
}
