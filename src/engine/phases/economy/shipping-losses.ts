/**
 * The war on Japanese shipping (HISTORY.md §2). Allied submarines on the
 * lanes Japan's ships must use sink tonnage every turn: more boats sink more,
 * escorts cut the toll, and until late 1943 the Mark 14 torpedo failed so
 * often that the early patrols achieved far less (S5). Aircraft within reach
 * of the lanes add their share (about 31% of all losses, S3 S5). Losses fall
 * on freighters and tankers by tonnage, weighted by the scenario's targeting.
 */
import type { SideId } from '../../../scenario/schema';
import { atWar } from '../../orders';
import type { ForceState } from '../../state';
import { adjustStock, enemyOf, ownForce, type TurnContext } from '../../turn-context';
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

/** Tonnage sunk this turn, split between freighters and tankers (thousand GT). */
export interface Sinkings {
  subs: { merchant: number; tankers: number; why: string };
  air: { merchant: number; tankers: number; why: string };
  campaign: SubmarineCampaign;
}

export function sinkShipping(ctx: TurnContext, side: SideId, network: ShippingNetwork): void {
  const planned = plannedSinkings(ctx, side, network);
  if (!planned) return;
  for (const wave of [planned.subs, planned.air]) {
    if (wave.merchant > 0) adjustStock(ctx, side, MERCHANT, -wave.merchant, wave.why);
    if (wave.tankers > 0) adjustStock(ctx, side, TANKERS, -wave.tankers, wave.why);
  }
  loseBoats(ctx, side, network, planned.campaign.escortCut);
}

/**
 * What the enemy's submarines and aircraft sink this turn. A pure function of the
 * state (no dice), so the deliveries of the same turn can know how many tankers
 * the convoys are losing (deliveries.ts).
 */
export function plannedSinkings(ctx: TurnContext, side: SideId, network: ShippingNetwork): Sinkings | null {
  // Asked twice a turn (by the deliveries, then here) with nothing it reads changed in between;
  // the memo is checked against the stocks it depends on, so a change would be seen.
  const stocks = ctx.state.sides[side].stocks;
  const memo = sinkingsMemo.get(ctx)?.[side];
  if (
    memo &&
    memo.network === network &&
    memo.merchant === stocks[MERCHANT] &&
    memo.tankers === stocks[TANKERS]
  )
    return memo.result;
  const result = computeSinkings(ctx, side, network);
  const bySide = sinkingsMemo.get(ctx) ?? {};
  bySide[side] = { network, merchant: stocks[MERCHANT], tankers: stocks[TANKERS], result };
  sinkingsMemo.set(ctx, bySide);
  return result;
}

interface SinkingsMemo {
  network: ShippingNetwork;
  merchant: number | undefined;
  tankers: number | undefined;
  result: Sinkings | null;
}

const sinkingsMemo = new WeakMap<TurnContext, Partial<Record<SideId, SinkingsMemo>>>();

function computeSinkings(ctx: TurnContext, side: SideId, network: ShippingNetwork): Sinkings | null {
  const subs = ctx.world.scenario.rules.submarines;
  if (!subs || !atWar(ctx.world, ctx.state)) return null;
  const stocks = ctx.state.sides[side].stocks;
  const merchant = stocks[MERCHANT] ?? 0;
  const tankers = stocks[TANKERS] ?? 0;
  if (merchant + tankers === 0) return null;
  const c = campaignAgainst(ctx, side, network);

  // Fewer ships at sea are fewer ships found (S3: 1945's losses fell below 1944's as the boats multiplied).
  const traffic = subs.fullTrafficKgt ?? 0;
  const scarce = (n: number) =>
    merchant + tankers < traffic ? Math.floor((n * (merchant + tankers)) / traffic) : n;
  const bySubs = scarce(
    perTurn(
      ctx,
      Math.floor((c.boats100 * subs.sinkPerBoat * c.torpedoPercent * (100 - c.escortCut)) / 1_000_000),
    ),
  );
  const byAir = scarce(perTurn(ctx, Math.floor((c.aircraft * subs.airSinkPer100Aircraft) / 100)));
  const boats = (c.boats100 / 100).toFixed(1);
  const fewer =
    merchant + tankers < traffic ? `, targets scarce: ${merchant + tankers} thousand GT at sea` : '';
  const first = split(ctx, bySubs, merchant, tankers);
  const second = split(ctx, byAir, merchant - first.merchant, tankers - first.tankers);
  return {
    subs: {
      ...first,
      why: `sunk by submarines (${boats} boats on patrol, torpedoes ${c.torpedoPercent}% effective, escorts cut losses by ${c.escortCut}%${fewer})`,
    },
    air: { ...second, why: `sunk by aircraft (${c.aircraft} within reach of the lanes)` },
    campaign: c,
  };
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

/**
 * Splits a month's sinkings between freighters and tankers by tonnage, a tanker ton weighted by
 * the scenario's targeting: tankers were 2% of the tonnage sunk in 1942 but 19% in 1944, when the
 * submarines were ordered to go for them first (S3).
 */
function split(
  ctx: TurnContext,
  total: number,
  merchant: number,
  tankers: number,
): { merchant: number; tankers: number } {
  if (total <= 0 || merchant + tankers <= 0) return { merchant: 0, tankers: 0 };
  const targeting = ctx.world.scenario.rules.submarines?.tankerTargeting ?? [];
  const weight = targeting.find((t) => ctx.state.date <= t.until)?.percent ?? 100;
  const tankerTons = tankers * weight;
  const share = tankerTons === 0 ? 0 : Math.floor((total * tankerTons) / (merchant * 100 + tankerTons));
  const onTankers = Math.min(tankers, share, total);
  return { merchant: Math.min(merchant, total - onTankers), tankers: onTankers };
}

/** Escorts sink submarines now and then: each boat on patrol risks loss in proportion to the escort cut. */
function loseBoats(ctx: TurnContext, side: SideId, network: ShippingNetwork, escortCut: number): void {
  const subs = ctx.world.scenario.rules.submarines!;
  for (const boats of ctx.state.forces) {
    if (boats.side === side || boats.status !== 'active' || !onPatrol(boats, network)) continue;
    const onPatrolBoats = Math.floor((boats.count * subs.patrolPercent) / 100);
    // Chance per boat in hundredths of a percent, scaled to the turn length.
    const chance = perTurn(ctx, subs.boatLossPercent * escortCut);
    let sunk = 0;
    for (let i = 0; i < onPatrolBoats; i++) if (ctx.rng.int(10000) < chance) sunk++;
    if (sunk === 0) continue;
    const f = ownForce(ctx, boats);
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
