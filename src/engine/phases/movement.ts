/**
 * Phase 3 — movement: every fuelled move order takes its force to its
 * destination. An army crossing the sea sails with its transports, and lands
 * under fire if the shore is not its own.
 */

import { checkOrder, seaLiftTransports, sortieOil } from '../orders';
import { SIDE_IDS } from '../sides';
import { forceById } from '../state';
import { movesOf, ownForce, type TurnContext } from '../turn-context';
import { area } from '../world';

export function runMovementPhase(ctx: TurnContext): void {
  for (const side of SIDE_IDS) {
    for (const order of movesOf(ctx.orders[side])) {
      if (!ctx.fuelled.has(order.force)) continue;
      const force = forceById(ctx.state, order.force);
      if (force?.status !== 'active') continue;
      // Already there: transports that sailed with an army earlier this turn (an order to stay put is never legal).
      if (force.location === order.to) continue;
      // Events earlier this turn may have changed what is legal (e.g. a port changed hands).
      const earlier = ctx.legalityMayHaveChanged ? undefined : ctx.verdicts.get(order);
      const legal = earlier ?? checkOrder(ctx.world, ctx.state, side, order);
      if (!legal.ok) {
        ctx.items.push({ kind: 'rejected', side, order, reason: legal.reason });
        continue;
      }
      const convoy = legal.bySea ? seaLiftTransports(ctx.world, ctx.state, force, order.to, true) : [];
      const from = force.location;
      for (const mover of [force, ...convoy]) {
        ctx.items.push({
          kind: 'move',
          side,
          force: mover.id,
          name: mover.name,
          from,
          to: order.to,
          distance: legal.distance ?? 0,
          oil: sortieOil(ctx.world, mover),
        });
        ownForce(ctx, mover).location = order.to;
      }
      const dest = area(ctx.world, order.to);
      if (legal.bySea && (ctx.state.control[dest.id] ?? dest.owner) !== side) ctx.landed.add(force.id);
    }
  }
}
