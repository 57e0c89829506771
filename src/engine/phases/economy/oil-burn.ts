/**
 * The oil clock (DESIGN.md §1): the economy burns oil every turn, ships in
 * port burn a fraction of their sortie cost, and every sortie burns its full
 * cost. Sorties are fuelled in the order given while oil lasts; a force that
 * finds the tanks empty stays where it is. The rule is `planOilBurn` (shared
 * with the players' forecast); this carries it out.
 */

import { OIL } from '../../../scenario/resource-ids';
import type { SideId } from '../../../scenario/schema';
import { type MoveToFuel, oilersOf, planOilBurn } from '../../oil-forecast';
import { checkOrder, type Order } from '../../orders';
import { forceById } from '../../state';
import { adjustStock, forcesOf, movesOf, ownForce, type TurnContext } from '../../turn-context';

export function burnOil(ctx: TurnContext, side: SideId): void {
  const moves: MoveToFuel[] = [];
  if (ctx.legalityMayHaveChanged) {
    // An event this turn changed a flag or who holds an area: an order legal when the turn began
    // may not be any more. It is refused here, with its reason, and nothing is burned for it — a
    // refused order costs nothing (the movement phase moves only what was fuelled).
    const earlier: Order[] = [];
    for (const order of ctx.orders[side]) {
      const verdict = checkOrder(ctx.world, ctx.state, side, order, earlier);
      if (!verdict.ok) {
        if (order.type === 'move')
          ctx.items.push({ kind: 'rejected', side, order, refusal: verdict.refusal });
        continue;
      }
      earlier.push(order);
      if (order.type === 'move')
        moves.push({ order, bySea: verdict.bySea ?? false, fromOilers: oilersOf(verdict) });
    }
  } else {
    for (const order of movesOf(ctx.orders[side])) {
      const verdict = ctx.verdicts.get(order);
      moves.push({
        order,
        bySea: verdict?.ok ? (verdict.bySea ?? false) : undefined,
        fromOilers: verdict ? oilersOf(verdict) : undefined,
      });
    }
  }
  // The rationing level this turn's orders set is already in the state (policies.ts runs first).
  const plan = planOilBurn(ctx.world, ctx.state, side, moves, ctx.state.sides[side].stocks[OIL] ?? 0, {
    fleetAt: [forcesOf(ctx, side, 'ship'), forcesOf(ctx, side, 'flotilla')],
  });
  for (const line of plan.lines) adjustStock(ctx, side, line.resource, -line.oil, line.cause);
  // The ships beyond their radius burned their sortie from the oilers with them (endurance.ts).
  for (const { oiler, oil } of plan.draws) {
    const f = forceById(ctx.state, oiler);
    if (f?.type !== 'flotilla' || f.cargo === undefined) continue;
    ownForce(ctx, f).cargo = f.cargo - oil;
    ctx.oilerIssued.set(oiler, (ctx.oilerIssued.get(oiler) ?? 0) + oil);
  }
  for (const sortie of plan.sorties) {
    if (sortie.fuelled) ctx.fuelled.add(sortie.force.id);
    else ctx.items.push({ kind: 'rejected', side, order: sortie.order, refusal: sortie.refusal });
  }
}
