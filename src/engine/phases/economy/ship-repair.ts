/**
 * Damaged ships mend in their own ports (Yorktown was patched at Pearl Harbor
 * in three days before Midway; Shōkaku needed months — B8, B9).
 * A ship that sails this turn is not in the yard.
 */
import type { SideId } from '../../../scenario/schema';
import { forcesOf, movesOf, ownForce, type TurnContext } from '../../turn-context';
import { area } from '../../world';
import { perTurn } from './network';

export function repairShips(ctx: TurnContext, side: SideId): void {
  const rate = perTurn(ctx, ctx.world.scenario.rules.shipRepairPercent);
  if (rate <= 0) return;
  // The forces ordered to move, made when the first damaged ship is looked at (most turns most ships are whole).
  let sailing: ReadonlySet<string> | null = null;
  for (const at of forcesOf(ctx, side, 'ship')) {
    const ship = ctx.state.forces[at]!;
    if (ship.type !== 'ship' || ship.status !== 'active' || ship.damage === 0) continue;
    sailing ??= new Set(movesOf(ctx.orders[side]).map((o) => o.force));
    if (sailing.has(ship.id)) continue;
    const port = area(ctx.world, ship.location);
    if (!port.port || (ctx.state.control[port.id] ?? port.owner) !== side) continue;
    const f = ownForce(ctx, ship);
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
