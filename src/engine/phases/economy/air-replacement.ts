/**
 * Aircraft and pilots. Carriers in a friendly port and air groups at a
 * friendly airfield refill from the side's stocks of aircraft and trained
 * pilots. New pilots are green, so a unit rebuilt after heavy losses fights
 * worse: the veterans lost at Midway and in the Solomons could not be
 * replaced in kind (HISTORY.md §3–4).
 */
import type { SideId } from '../../../scenario/schema';
import { adjustStock, ownForce, type TurnContext } from '../../turn-context';
import { area } from '../../world';

export function replaceAircraft(ctx: TurnContext, side: SideId): void {
  const rules = ctx.world.scenario.rules.air;
  if (!rules) return;
  const stocks = ctx.state.sides[side].stocks;
  for (const current of ctx.state.forces) {
    if (current.side !== side || current.status !== 'active' || current.airCapacity === 0) continue;
    if (current.type !== 'ship' && current.type !== 'air') continue;
    let f = current;
    const base = area(ctx.world, f.location);
    const home = (ctx.state.control[base.id] ?? base.owner) === side;
    if (!home || (f.type === 'ship' ? !base.port : !base.airfield)) continue;
    const need = f.airCapacity - f.aircraft;
    const take = Math.min(need, stocks[rules.aircraftResource] ?? 0, stocks[rules.pilotsResource] ?? 0);
    if (take <= 0) continue;
    f = ownForce(ctx, f);
    f.experience = Math.floor(
      (f.experience * f.aircraft + rules.newPilotExperience * take) / (f.aircraft + take),
    );
    f.aircraft += take;
    if (f.type === 'air') f.replaced += take;
    adjustStock(ctx, side, rules.aircraftResource, -take, `replacements for ${f.name}`);
    adjustStock(ctx, side, rules.pilotsResource, -take, `new pilots for ${f.name}`);
  }
}
