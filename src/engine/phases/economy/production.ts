import type { SideId } from '../../../scenario/schema';
import { adjustStock, type TurnContext } from '../../turn-context';

/** Scheduled production (and drains) between their dates, while their flags hold. */
export function scheduledProduction(ctx: TurnContext, side: SideId): void {
  const { date, flags } = ctx.state;
  const { production } = ctx.world.scenario;
  for (let entry = 0; entry < production.length; entry++) {
    const p = production[entry]!;
    if (p.side !== side) continue;
    if ((p.from && date < p.from) || (p.until && date > p.until)) continue;
    if (Object.entries(p.requires).some(([flag, value]) => (flags[flag] ?? false) !== value)) continue;
    adjustStock(ctx, side, p.resource, p.perTurn, { code: 'scheduled', entry });
  }
}
