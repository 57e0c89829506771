/**
 * Land-based air missions: an `air` order sends a group from its airfield,
 * for this turn, to
 *
 * - **strike** an area or sea area within `rules.air.missionRange`: enemy
 *   forces there are attacked (a battle is fought there even with no other
 *   force of the side present) — Rabaul's bombers over Guadalcanal in 1942,
 *   the Allied air forces over Rabaul in 1943–44 (B12);
 * - **cover** an invasion target: the group joins the battle fought there
 *   (on whichever side it fights) — the air umbrella over a landing;
 * - **patrol** a sea area: it searches there (detection counts its aircraft)
 *   and fights what it finds, and it counts `rules.air.patrolPercent` of its
 *   aircraft against the shipping on that lane instead of spreading over every
 *   lane next to its base (aircraft sank ~31% of Japan's
 *   merchant tonnage — S3 S5);
 * - **defend** a home area: it stays at its base, and when it defends the
 *   capital it intercepts the strategic bombers (fewer raids get through, some
 *   bombers are shot down).
 *
 * A group fights at its mission's target in addition to the battles within
 * `landAirReach` of its base that every land-based group joins (contact.ts): a
 * month is long enough for both. A group on patrol attacks the shipping of its
 * lane only. Strategic bombers bomb on their own (will.ts).
 */
import type { z } from 'zod';
import type { AirOrder } from '../../scenario/order-schema';
import type { SideId } from '../../scenario/schema';
import { applyHits } from '../combat/hits';
import { emptyList } from '../lists';
import { hasOrderFor } from '../ordered-forces';
import { atWarIn, type Legality, type Order } from '../orders';
import { refuse } from '../refusal';
import { SIDE_IDS } from '../sides';
import { type ForceState, forceById, type GameState } from '../state';
import { ownForce, type TurnContext } from '../turn-context';
import { airDistance, area, type World } from '../world';
import { addPilots } from './economy/air-replacement';

export type AirMissionOrder = z.infer<typeof AirOrder>;

/**
 * The verdict of a legal air mission: one frozen object, not a new one per check (a bot checks
 * ~1,300 missions a game, and their verdicts outlive its decision: checked-orders.ts). Verdicts are
 * only read.
 */
const MISSION_LEGAL: Legality = Object.freeze({ ok: true });

/** Whether `side` may give this air mission now. */
export function checkAirMission(
  world: World,
  state: GameState,
  side: SideId,
  order: AirMissionOrder,
  earlier: readonly Order[],
): Legality {
  const force = forceById(state, order.force);
  if (!force) return refuse({ code: 'no-force', force: order.force });
  if (force.side !== side) return refuse({ code: 'other-side', who: force.name });
  if (force.status !== 'active') return refuse({ code: 'force-lost', who: force.name });
  if (force.type !== 'air') return refuse({ code: 'not-air-group', who: force.name });
  if (force.role === 'strategic-bomber') return refuse({ code: 'strategic-bomber', who: force.name });
  if (hasOrderFor(world, earlier, order.force)) return refuse({ code: 'has-order', who: force.name });
  const base = area(world, force.location);
  if (!base.airfield || (state.control[base.id] ?? base.owner) !== side)
    return refuse({ code: 'not-at-airfield', who: force.name });
  const target = world.areas.get(order.target);
  if (!target) return refuse({ code: 'no-area', area: order.target });
  const range = world.scenario.rules.air?.missionRange ?? 0;
  // A scenario without `rules.air.missionRange` has no air missions: its air groups fight where
  // they are (the board's air panel is not shown either).
  if (range === 0) return refuse({ code: 'no-air-missions', who: force.name });
  if (airDistance(world, base.id, target.id, range) === null)
    return refuse({ code: 'air-out-of-reach', area: target.name, who: force.name, base: base.name, range });
  const holder = target.kind === 'sea' ? 'none' : (state.control[target.id] ?? target.owner);
  const war = atWarIn(world, state, target.id);
  switch (order.mission) {
    case 'strike':
      if (holder === side) return refuse({ code: 'strike-own', area: target.name });
      if (!war) return refuse({ code: 'not-at-war-in', area: target.name });
      return MISSION_LEGAL;
    case 'cover':
      if (target.kind === 'sea') return refuse({ code: 'cover-sea', area: target.name });
      if (!war) return refuse({ code: 'not-at-war-in', area: target.name });
      return MISSION_LEGAL;
    case 'patrol':
      if (target.kind !== 'sea') return refuse({ code: 'patrol-land', area: target.name });
      if (!war) return refuse({ code: 'not-at-war-in', area: target.name });
      return MISSION_LEGAL;
    case 'defend':
      if (target.kind === 'sea' || holder !== side)
        return refuse({ code: 'defend-not-own', area: target.name });
      return MISSION_LEGAL;
    default: {
      const never: never = order.mission;
      return never;
    }
  }
}

/** The turn's air missions by force id (kept with the world per orders object: the turn's orders never change). */
export function missionsOf(ctx: Pick<TurnContext, 'orders' | 'world'>): Map<string, AirMissionOrder> {
  ctx.world.memo.airMissions ??= new WeakMap();
  const missionMemo = ctx.world.memo.airMissions;
  let m = missionMemo.get(ctx.orders);
  if (!m) {
    m = new Map();
    for (const side of SIDE_IDS) for (const o of ctx.orders[side]) if (o.type === 'air') m.set(o.force, o);
    missionMemo.set(ctx.orders, m);
  }
  return m;
}

/**
 * The turn's strike, cover and patrol missions by target, each list in the order of `missionsOf`
 * (kept with the world per orders object, like it). A turn asks `groupsOver` of ~60 areas (the
 * ports where ships lie at anchor, every fight's participants); each asking walked every mission of
 * both sides (~45) for the few aimed at its area.
 */
function missionsByTarget(ctx: Pick<TurnContext, 'orders' | 'world'>): Map<string, AirMissionOrder[]> {
  ctx.world.memo.airMissionsByTarget ??= new WeakMap();
  const memo = ctx.world.memo.airMissionsByTarget;
  let byTarget = memo.get(ctx.orders);
  if (!byTarget) {
    byTarget = new Map();
    for (const m of missionsOf(ctx).values()) {
      if (m.mission === 'defend') continue;
      const list = byTarget.get(m.target);
      if (list) list.push(m);
      else byTarget.set(m.target, [m]);
    }
    memo.set(ctx.orders, byTarget);
  }
  return byTarget;
}

/** For an area no mission aims at (a list of the kind the full ones have: lists.ts). */
const NO_MISSIONS: readonly AirMissionOrder[] = emptyList();

/** `side`'s groups flying a strike, cover or patrol to `areaId` this turn, as they stand now. */
export function groupsOver(ctx: TurnContext, areaId: string, side: SideId): ForceState[] {
  const out: ForceState[] = [];
  for (const m of missionsByTarget(ctx).get(areaId) ?? NO_MISSIONS) {
    const f = forceById(ctx.state, m.force);
    if (f && f.side === side && f.status === 'active') out.push(f);
  }
  return out;
}

/** Whether `side` strikes or patrols `areaId` this turn (a fight there needs no other force of it). */
export function attacksArea(ctx: TurnContext, areaId: string, side: SideId): boolean {
  return groupsOver(ctx, areaId, side).some((f) => {
    const m = missionsOf(ctx).get(f.id);
    return m?.mission === 'strike' || m?.mission === 'patrol';
  });
}

/**
 * The sea areas where a land-based group attacks shipping this turn and with how many aircraft:
 * on patrol, the lane it patrols only; otherwise null (it attacks every lane next to its base).
 */
export function patrolledLanes(
  ctx: Pick<TurnContext, 'orders' | 'world'>,
  f: ForceState,
  /** The turn's missions (`missionsOf`), when the caller has them. */
  missions: ReadonlyMap<string, AirMissionOrder> = missionsOf(ctx),
): [string, number][] | null {
  const m = missions.get(f.id);
  if (m?.mission !== 'patrol' || f.type !== 'air') return null;
  return [[m.target, Math.floor((f.aircraft * (ctx.world.scenario.rules.air?.patrolPercent ?? 100)) / 100)]];
}

/** The air missions given this turn, in the report (after the orders were checked). */
export function reportAirMissions(ctx: TurnContext): void {
  for (const m of missionsOf(ctx).values()) {
    const f = forceById(ctx.state, m.force);
    if (f?.type !== 'air' || f.status !== 'active') continue;
    ctx.items.push({
      kind: 'air-mission',
      side: f.side,
      force: f.id,
      name: f.name,
      mission: m.mission,
      target: m.target,
      aircraft: f.aircraft,
    });
  }
}

/**
 * Fighters defending `side`'s capital against the enemy's strategic bombers within `range` of it:
 * they shoot down bombers and stop part of the bombing; returns the percent stopped. Japan's
 * interceptors cost the B-29s losses but never stopped the raids (USSBS-AIR).
 */
export function interceptBombers(ctx: TurnContext, side: SideId, capital: string, range: number): number {
  const rules = ctx.world.scenario.rules.air;
  if (!rules) return 0;
  let fighters = 0;
  for (const m of missionsOf(ctx).values()) {
    if (m.mission !== 'defend' || m.target !== capital) continue;
    const f = forceById(ctx.state, m.force);
    if (f?.type === 'air' && f.side === side && f.status === 'active') fighters += f.aircraft;
  }
  if (fighters === 0) return 0;
  const bombers: Extract<ForceState, { type: 'air' }>[] = [];
  let total = 0;
  for (const b of ctx.state.forces) {
    if (b.side === side || b.type !== 'air' || b.role !== 'strategic-bomber' || b.status !== 'active')
      continue;
    const base = area(ctx.world, b.location);
    if (!base.airfield || (ctx.state.control[base.id] ?? base.owner) !== b.side) continue;
    if (airDistance(ctx.world, base.id, capital, range) === null) continue;
    bombers.push(b);
    total += b.aircraft;
  }
  // Each group loses its share: the percent, scaled down when fighters are fewer than bombers.
  for (const b of bombers) {
    const shot = Math.floor(
      (b.aircraft * rules.bomberLossPercent * Math.min(fighters, total)) / (100 * total),
    );
    if (shot > 0) applyHits(ownForce(ctx, b), shot);
  }
  return Math.min(rules.maxInterceptPercent, Math.floor((fighters * rules.interceptPer100) / 100));
}

/**
 * Aircrew of the aircraft each side lost in this turn's battles: `pilotLossPercent` are killed,
 * the rest (bailed out over their own lines, picked up at sea) return to the pilot pool with the
 * experience of their unit.
 */
export function returnAircrew(ctx: TurnContext): void {
  const rules = ctx.world.scenario.rules.air;
  if (!rules) return;
  for (const side of SIDE_IDS) {
    if (!rules.pilots[side]) continue;
    let lost = 0;
    let weighted = 0;
    for (const item of ctx.items) {
      if (item.kind !== 'battle') continue;
      for (const l of item.losses) {
        if (l.side !== side || l.aircraft === 0) continue;
        lost += l.aircraft;
        weighted += l.aircraft * (forceById(ctx.state, l.force)?.experience ?? 0);
      }
    }
    if (lost === 0) continue;
    const killed = Math.floor((lost * rules.pilotLossPercent) / 100);
    const returned = lost - killed;
    const pool = ctx.state.pilots[side];
    addPilots(pool, returned, Math.floor(weighted / lost));
    ctx.items.push({ kind: 'aircrew', side, aircraftLost: lost, killed, returned });
  }
}
