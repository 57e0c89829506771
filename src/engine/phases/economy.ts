/**
 * Phase 2 — economy. Scheduled production, resources from areas that are
 * held *and* connected to the capital ("captured oil is not delivered oil"),
 * then oil burned: by the economy, by every ship sitting in port, and by every
 * sortie ordered this turn. A sortie that finds the tanks empty does not sail.
 */
import { OIL } from '../../scenario/resource-ids';
import { idleOil, sortieOil } from '../orders';
import { SIDE_IDS } from '../sides';
import { adjustStock, movesOf, type TurnContext } from '../turn-context';
import { area, reachable } from '../world';

export function runEconomyPhase(ctx: TurnContext): void {
  for (const side of SIDE_IDS) {
    scheduledProduction(ctx, side);
    areaProduction(ctx, side);
    burnOil(ctx, side);
  }
}

function scheduledProduction(ctx: TurnContext, side: 'japan' | 'allies'): void {
  const date = ctx.state.date;
  for (const p of ctx.world.scenario.production) {
    if (p.side !== side) continue;
    if ((p.from && date < p.from) || (p.until && date > p.until)) continue;
    adjustStock(ctx, side, p.resource, p.perTurn, p.note);
  }
}

/** Areas whose output can reach the capital: through the side's own land and any sea area. */
export function connectedToCapital(ctx: TurnContext, side: 'japan' | 'allies'): Set<string> {
  const { world, state } = ctx;
  const capital = world.scenario.sides[side].capital;
  if ((state.control[capital] ?? area(world, capital).owner) !== side) return new Set();
  return reachable(world, capital, (id) => {
    const a = area(world, id);
    return a.kind === 'sea' || (state.control[id] ?? a.owner) === side;
  });
}

function areaProduction(ctx: TurnContext, side: 'japan' | 'allies'): void {
  const { world, state } = ctx;
  const connected = connectedToCapital(ctx, side);
  const capitalName = area(world, world.scenario.sides[side].capital).name;
  for (const a of world.scenario.areas) {
    if ((state.control[a.id] ?? a.owner) !== side) continue;
    for (const [resource, amount] of Object.entries(a.produces)) {
      if (connected.has(a.id)) adjustStock(ctx, side, resource, amount, `produced in ${a.name}`);
      else
        adjustStock(
          ctx,
          side,
          resource,
          0,
          `${a.name} is cut off from ${capitalName}: its ${amount} is lost`,
        );
    }
  }
}

function burnOil(ctx: TurnContext, side: 'japan' | 'allies'): void {
  const { world, state } = ctx;
  const base = world.scenario.sides[side].baseOilPerTurn;
  if (base > 0) adjustStock(ctx, side, OIL, -base, 'the economy and the home front');

  // Sorties are fuelled in the order given, while oil lasts.
  const moving = new Set<string>();
  for (const order of movesOf(ctx.orders[side])) {
    const force = state.forces.find((f) => f.id === order.force);
    if (!force) continue;
    moving.add(force.id);
    const cost = sortieOil(world, force);
    const stock = state.sides[side].stocks[OIL] ?? 0;
    if (cost > stock) {
      ctx.items.push({
        kind: 'rejected',
        side,
        order,
        reason: `not enough oil: ${force.name} needs ${cost} thousand barrels to sail, ${stock} are left`,
      });
      continue;
    }
    if (cost > 0) adjustStock(ctx, side, OIL, -cost, `${force.name} sortie to ${area(world, order.to).name}`);
    ctx.fuelled.add(force.id);
  }

  // Ships that stay put still burn fuel, only less.
  let idle = 0;
  for (const f of state.forces) {
    if (f.side === side && f.status === 'active' && !moving.has(f.id)) idle += idleOil(world, f);
  }
  if (idle > 0) adjustStock(ctx, side, OIL, -idle, 'ships in port and on station');
}
