/**
 * The war on Japanese shipping (HISTORY.md §2). Allied submarines on the
 * lanes Japan's ships must use sink tonnage every turn: more boats sink more,
 * escorts cut the toll, and until late 1943 the Mark 14 torpedo failed so
 * often that the early patrols achieved far less (S5). Aircraft within reach
 * of the lanes add their share (about 31% of all losses, S3 S5). Losses fall
 * on freighters and tankers in proportion to their tonnage.
 */
import type { SideId } from '../../../scenario/schema';
import { atWar } from '../../orders';
import type { ForceState } from '../../state';
import { adjustStock, enemyOf, type TurnContext } from '../../turn-context';
import { area } from '../../world';
import { MERCHANT, TANKERS } from './deliveries';
import { perTurn, type ShippingNetwork } from './network';

export interface SubmarineCampaign {
  /** Boats on patrol on the lanes, in hundredths (a flotilla of 10 at 30% = 300). */
  boats100: number;
  torpedoPercent: number;
  escorts: number;
  escortCut: number;
  aircraft: number;
}

export function sinkShipping(ctx: TurnContext, side: SideId, network: ShippingNetwork): void {
  const subs = ctx.world.scenario.rules.submarines;
  if (!subs || !atWar(ctx.world, ctx.state)) return;
  const stocks = ctx.state.sides[side].stocks;
  const merchant = stocks[MERCHANT] ?? 0;
  const tankers = stocks[TANKERS] ?? 0;
  if (merchant + tankers === 0) return;
  const c = campaignAgainst(ctx, side, network);

  const bySubs = perTurn(
    ctx,
    Math.floor((c.boats100 * subs.sinkPerBoat * c.torpedoPercent * (100 - c.escortCut)) / 1_000_000),
  );
  const byAir = perTurn(ctx, Math.floor((c.aircraft * subs.airSinkPer100Aircraft) / 100));
  const boats = (c.boats100 / 100).toFixed(1);
  sinkProportionally(
    ctx,
    side,
    bySubs,
    merchant,
    tankers,
    `sunk by submarines (${boats} boats on patrol, torpedoes ${c.torpedoPercent}% effective, escorts cut losses by ${c.escortCut}%)`,
  );
  const afterSubs = { merchant: stocks[MERCHANT] ?? 0, tankers: stocks[TANKERS] ?? 0 };
  sinkProportionally(
    ctx,
    side,
    byAir,
    afterSubs.merchant,
    afterSubs.tankers,
    `sunk by aircraft (${c.aircraft} within reach of the lanes)`,
  );
  loseBoats(ctx, side, network, c.escortCut);
}

/** The enemy's submarine and air strength against `side`'s lanes this turn. */
export function campaignAgainst(ctx: TurnContext, side: SideId, network: ShippingNetwork): SubmarineCampaign {
  const subs = ctx.world.scenario.rules.submarines!;
  const enemy = enemyOf(side);
  let boats100 = 0;
  let escorts = 0;
  let aircraft = 0;
  for (const f of ctx.state.forces) {
    if (f.status !== 'active') continue;
    if (f.side === enemy && onPatrol(f, network)) boats100 += f.count * subs.patrolPercent;
    if (f.side === side && f.type === 'flotilla' && f.class === 'escort') escorts += f.count;
    if (f.side === enemy) aircraft += aircraftOverLanes(ctx, f, network);
  }
  const torpedo = subs.torpedoes.find((t) => ctx.state.date <= t.until);
  return {
    boats100,
    torpedoPercent: torpedo ? torpedo.percent : 100,
    escorts,
    escortCut: Math.min(subs.maxEscortCut, escorts * subs.escortCutPerShip),
    aircraft,
  };
}

function onPatrol(f: ForceState, network: ShippingNetwork): f is Extract<ForceState, { type: 'flotilla' }> {
  return f.type === 'flotilla' && f.class === 'submarine' && network.lanes.has(f.location);
}

/** Carriers on the lanes, and land-based air next to them, can attack shipping. */
function aircraftOverLanes(ctx: TurnContext, f: ForceState, network: ShippingNetwork): number {
  if (f.type === 'ship') return network.lanes.has(f.location) ? f.aircraft : 0;
  if (f.type !== 'air') return 0;
  const near = (ctx.world.neighbours.get(f.location) ?? []).some((n) => network.lanes.has(n.area));
  return near && area(ctx.world, f.location).kind !== 'sea' ? f.aircraft : 0;
}

function sinkProportionally(
  ctx: TurnContext,
  side: SideId,
  total: number,
  merchant: number,
  tankers: number,
  cause: string,
): void {
  if (total <= 0 || merchant + tankers === 0) return;
  const onTankers = Math.floor((total * tankers) / (merchant + tankers));
  adjustStock(ctx, side, MERCHANT, -(total - onTankers), cause);
  if (onTankers > 0) adjustStock(ctx, side, TANKERS, -onTankers, cause);
}

/** Escorts sink submarines now and then: each boat on patrol risks loss in proportion to the escort cut. */
function loseBoats(ctx: TurnContext, side: SideId, network: ShippingNetwork, escortCut: number): void {
  const subs = ctx.world.scenario.rules.submarines!;
  for (const f of ctx.state.forces) {
    if (f.side === side || f.status !== 'active' || !onPatrol(f, network)) continue;
    const onPatrolBoats = Math.floor((f.count * subs.patrolPercent) / 100);
    // Chance per boat in hundredths of a percent, scaled to the turn length.
    const chance = perTurn(ctx, subs.boatLossPercent * escortCut);
    let sunk = 0;
    for (let i = 0; i < onPatrolBoats; i++) if (ctx.rng.int(10000) < chance) sunk++;
    if (sunk === 0) continue;
    f.count -= sunk;
    f.lost += sunk;
    if (f.count === 0) f.status = 'lost';
    ctx.items.push({
      kind: 'damage',
      side: f.side,
      force: f.id,
      name: f.name,
      amount: sunk,
      destroyed: f.status === 'lost',
      why: `${sunk} submarine${sunk > 1 ? 's' : ''} lost to escorts in ${area(ctx.world, f.location).name}`,
    });
  }
}
