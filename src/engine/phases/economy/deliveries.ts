/**
 * "Captured oil is not delivered oil" (DESIGN.md): an area's output reaches
 * the capital only while a route is open. Overseas oil needs tankers, overseas
 * raw materials need freighters, and garrisons overseas tie freighters up.
 * Captured oil fields start wrecked and are repaired month by month
 * (southern-zone output 1942: 25.9 M bbl against 65.1 M in 1940 — O8).
 */
import { OIL } from '../../../scenario/resource-ids';
import type { SideId } from '../../../scenario/schema';
import { adjustStock, type TurnContext } from '../../turn-context';
import { area } from '../../world';
import { perTurn, type ShippingNetwork } from './network';
import { plannedSinkings } from './shipping-losses';

export const INDUSTRY = 'industry';
export const MERCHANT = 'merchant';
export const TANKERS = 'tankers';

export function deliverAreaOutput(ctx: TurnContext, side: SideId, network: ShippingNetwork): void {
  const { world, state } = ctx;
  const capitalName = area(world, world.scenario.sides[side].capital).name;
  const overseas: Record<string, { amount: number; from: string[] }> = {};
  for (const a of world.scenario.areas) {
    if ((state.control[a.id] ?? a.owner) !== side) continue;
    for (const [resource, full] of Object.entries(a.produces)) {
      let amount = full;
      const repair = resource === OIL ? state.oilFields[a.id] : undefined;
      if (repair !== undefined) amount = Math.floor((full * repair) / 100);
      const note = repair !== undefined ? ` (fields at ${repair}% after sabotage)` : '';
      if (!network.connected.has(a.id)) {
        adjustStock(
          ctx,
          side,
          resource,
          0,
          `${a.name} is cut off from ${capitalName}: its ${amount} is lost`,
        );
      } else if (network.overland.has(a.id) || !needsShips(ctx, side, resource)) {
        adjustStock(ctx, side, resource, amount, `produced in ${a.name}${note}`);
      } else {
        const pool = overseas[resource] ?? { amount: 0, from: [] };
        overseas[resource] = pool;
        pool.amount += amount;
        pool.from.push(`${a.name} ${amount}${note}`);
      }
    }
  }
  for (const [resource, pool] of Object.entries(overseas)) {
    const lift = liftCapacity(ctx, side, resource, network);
    const shipped = Math.min(pool.amount, lift.capacity);
    adjustStock(ctx, side, resource, shipped, `shipped home from ${pool.from.join(', ')}`);
    if (shipped < pool.amount) {
      adjustStock(ctx, side, resource, 0, `${pool.amount - shipped} left behind: ${lift.why}`);
    }
  }
  repairOilFields(ctx, side);
}

/** Whether this side's overseas output of `resource` must be carried by ships it counts. */
function needsShips(ctx: TurnContext, side: SideId, resource: string): boolean {
  const shipping = ctx.world.scenario.rules.shipping;
  const stocks = ctx.state.sides[side].stocks;
  if (!shipping) return false;
  if (resource === OIL) return stocks[TANKERS] !== undefined && shipping.tankerLiftPerKgt > 0;
  if (resource === INDUSTRY) return stocks[MERCHANT] !== undefined && shipping.industryLiftPerKgt > 0;
  return false;
}

/** What the side's ships can carry home this turn. */
export function liftCapacity(
  ctx: TurnContext,
  side: SideId,
  resource: string,
  network: ShippingNetwork,
): { capacity: number; why: string } {
  const shipping = ctx.world.scenario.rules.shipping;
  const stocks = ctx.state.sides[side].stocks;
  if (!shipping) return { capacity: Number.MAX_SAFE_INTEGER, why: '' };
  if (resource === OIL) {
    const tankers = stocks[TANKERS] ?? 0;
    const full = perTurn(ctx, tankers * shipping.tankerLiftPerKgt);
    const sunk = shipping.convoyDisruptionPercent > 0 ? (plannedSinkings(ctx, side, network) ?? null) : null;
    const tankersSunk = sunk ? sunk.subs.tankers + sunk.air.tankers : 0;
    if (tankersSunk === 0 || tankers === 0) {
      return { capacity: full, why: `${tankers} thousand GT of tankers carry only ${full} a turn` };
    }
    // Each 1% of the tanker fleet sunk this month costs convoyDisruptionPercent% of the cargo
    // (1944: about a tenth of the tankers sunk each month, and oil shipped fell to 40% of 1943's — S3, O6).
    const cut = Math.min(90, Math.floor((tankersSunk * 100 * shipping.convoyDisruptionPercent) / tankers));
    const capacity = Math.floor((full * (100 - cut)) / 100);
    return {
      capacity,
      why: `${tankers} thousand GT of tankers carry only ${full} a turn, and convoys losing ${tankersSunk} thousand GT of tankers this month deliver ${cut}% less`,
    };
  }
  const merchant = stocks[MERCHANT] ?? 0;
  const tied = garrisonShipping(ctx, side, network);
  const free = Math.max(0, merchant - tied);
  const capacity = perTurn(ctx, free * shipping.industryLiftPerKgt);
  return {
    capacity,
    why: `${merchant} thousand GT of freighters, ${Math.min(merchant, tied)} of them supplying garrisons overseas, carry only ${capacity} a turn`,
  };
}

/** Freighter tonnage tied up supplying the side's armies overseas (thousand GT). */
export function garrisonShipping(ctx: TurnContext, side: SideId, network: ShippingNetwork): number {
  const per = ctx.world.scenario.rules.shipping?.garrisonKgtPerThousandTroops ?? 0;
  if (per === 0) return 0;
  let troops = 0;
  for (const f of ctx.state.forces) {
    if (f.side === side && f.status === 'active' && f.type === 'army' && !network.overland.has(f.location)) {
      troops += f.troops;
    }
  }
  return troops * per;
}

function repairOilFields(ctx: TurnContext, side: SideId): void {
  const rules = ctx.world.scenario.rules.oilFields;
  if (!rules) return;
  for (const [id, percent] of Object.entries(ctx.state.oilFields)) {
    if ((ctx.state.control[id] ?? area(ctx.world, id).owner) !== side) continue;
    const next = Math.min(100, percent + rules.repairPerTurnPercent);
    if (next >= 100) delete ctx.state.oilFields[id];
    else ctx.state.oilFields[id] = next;
  }
}

/** Called when an area changes hands: its oil fields are wrecked by the side leaving. */
export function sabotageOilFields(ctx: TurnContext, areaId: string): void {
  const rules = ctx.world.scenario.rules.oilFields;
  if (!rules) return;
  if ((area(ctx.world, areaId).produces[OIL] ?? 0) > 0)
    ctx.state.oilFields[areaId] = rules.capturedStartPercent;
}
