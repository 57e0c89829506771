/**
 * Damaged ships mend in their own ports (Yorktown was patched at Pearl Harbor
 * in three days before Midway; Shōkaku needed months — HISTORY.md §4 B8).
 * A ship that sails this turn is not in the yard.
 */
import type { SideId } from '../../../scenario/schema';
import { movesOf, type TurnContext } from '../../turn-context';
import { area } from '../../world';
import { perTurn } from './network';

export function repairShips(ctx: TurnContext, side: SideId): void {
  const rate = perTurn(ctx, ctx.world.scenario.rules.shipRepairPercent);
  if (rate <= 0) return;
  const sailing = new Set(movesOf(ctx.orders[side]).map((o) => o.force));
  for (const f of ctx.state.forces) {
    if (f.side !== side || f.status !== 'active' || f.type !== 'ship' || f.damage === 0 || sailing.has(f.id))
      continue;
    const port = area(ctx.world, f.location);
    if (!port.port || (ctx.state.control[port.id] ?? port.owner) !== side) continue;
    const repaired = Math.min(f.damage, rate);
    f.damage -= repaired;
    ctx.items.push({
      kind: 'repaired',
      side,
      force: f.id,
      name: f.name,
      area: port.id,
      damage: f.damage,
      repaired,
    });
  }
}
