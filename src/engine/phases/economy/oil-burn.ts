/**
 * The oil clock (DESIGN.md §1): the economy burns oil every turn, ships in
 * port burn a fraction of their sortie cost, and every sortie burns its full
 * cost. Sorties are fuelled in the order given while oil lasts; a force that
 * finds the tanks empty stays where it is.
 */

import { OIL } from '../../../scenario/resource-ids';
import type { SideId } from '../../../scenario/schema';
import { idleOil, seaLiftTransports, sortieOil } from '../../orders';
import { forceById } from '../../state';
import { adjustStock, movesOf, type TurnContext } from '../../turn-context';
import { area } from '../../world';

export function burnOil(ctx: TurnContext, side: SideId): void {
  const { world, state } = ctx;
  const base = world.scenario.sides[side].baseOilPerTurn;
  if (base > 0) adjustStock(ctx, side, OIL, -base, 'the economy and the home front');

  const moving = new Set<string>();
  for (const order of movesOf(ctx.orders[side])) {
    const force = forceById(state, order.force);
    if (force?.status !== 'active') continue;
    // An army crossing the sea takes its transports along, and they burn oil too.
    const verdict = ctx.legalityMayHaveChanged ? undefined : ctx.verdicts.get(order);
    const bySea = verdict?.ok ? (verdict.bySea ?? false) : undefined;
    const convoy = force.type === 'army' ? seaLiftTransports(world, state, force, order.to, bySea) : [];
    const cost =
      sortieOil(world, force) + convoy.reduce((n, t) => n + (moving.has(t.id) ? 0 : sortieOil(world, t)), 0);
    const stock = state.sides[side].stocks[OIL] ?? 0;
    if (cost > stock) {
      ctx.items.push({
        kind: 'rejected',
        side,
        order,
        reason: `not enough oil: ${force.name} needs ${cost} thousand barrels to move, ${stock} are left`,
      });
      continue;
    }
    moving.add(force.id);
    for (const t of convoy) moving.add(t.id);
    if (cost > 0) adjustStock(ctx, side, OIL, -cost, `${force.name} to ${area(world, order.to).name}`);
    ctx.fuelled.add(force.id);
  }

  let idle = 0;
  for (const f of state.forces) {
    if (f.side === side && f.status === 'active' && !moving.has(f.id)) idle += idleOil(world, f);
  }
  if (idle > 0) adjustStock(ctx, side, OIL, -idle, 'ships in port and on station');
}
