/**
 * The war on Japanese shipping (S3, USSBS-TRANSPORT), sea area by sea area. The
 * tonnage that sails through a sea area this turn is its traffic; the enemy
 * submarines on patrol there, its aircraft within reach (carriers in the
 * area, land-based air next to it), mines laid by the minelaying aircraft and
 * boats from the enemy's stock of mines, and, next to the capital, mines laid by
 * strategic bombers in range sink a share of it. Each attacker finds ships
 * in proportion to the traffic, saturating (`halfTrafficKgt`): when nothing
 * sails almost nothing sinks, and in 1945 the submarines ran short of targets
 * (S3; Parillo 1993). Escorts cut the submarines' toll only in the sea area
 * where they are (the Grand Escort Command of November 1943 came late and was
 * spread thin — Parillo 1993), and there they sink boats now and then (52 US
 * boats lost — S10). Until late 1943 the Mark 14 torpedo failed so often that
 * the early patrols achieved far less (S5). Losses fall on freighters and
 * tankers by their tonnage in the area, weighted by the targeting (S3).
 */
import type { SideId, SubmarineRules } from '../../../scenario/schema';
import { airInReach } from '../../air-reach';
import { atWar } from '../../orders';
import type { ForceState, GameState, SupplyRecord } from '../../state';
import { adjustStock, enemyOf, forcesOf, holders, ownForce, type TurnContext } from '../../turn-context';
import { airDistance, type World } from '../../world';
import { groupsOver, missionsOf, patrolledLanes } from '../air-missions';
import { MERCHANT, TANKERS } from './deliveries';
import { perTurn } from './network';
import {
  areasById,
  giveBack,
  indexOf,
  routeIndexes,
  sailingAt,
  type Traffic,
  takeTable,
} from './sea-traffic';

/** One cargo at sea this turn: its ships, its route and what it carries. */
export interface Cargo {
  /** The resource carried (`garrison` for supplies to an army overseas). */
  resource: string;
  ships: typeof MERCHANT | typeof TANKERS;
  from: string;
  /** Sea areas crossed on the way to the capital (shared between turns: never changed). */
  route: readonly string[];
  /** Thousand GT sailing. */
  kgt: number;
  carried: number;
  /** What arrives (set by `sinkOnRoutes`). */
  delivered: number;
}

/** Thousand GT sunk in a sea area by one cause, split between freighters and tankers. */
export interface Sunk {
  merchant: number;
  tankers: number;
}

/** What happened to a side's shipping in one sea area this turn (the report item's numbers). */
export interface SeaAreaLosses {
  area: string;
  freighterKgt: number;
  tankerKgt: number;
  boats: number;
  aircraft: number;
  escorts: number;
  bombers: number;
  submarines: Sunk;
  air: Sunk;
  mines: Sunk;
}

const total = (x: Sunk) => x.merchant + x.tankers;

/** No submarines in an area (loseBoats). */
const NO_BOATS: readonly ForceState[] = [];

/**
 * Sinks ships on the routes of this turn's cargoes and returns the cargoes with what arrives:
 * a cargo loses the share of its ships sunk on each sea area of its route. `traffic` is the
 * cargoes' (`trafficOf`: the convoy plan's last round worked it out for `closedLanes` already);
 * the caller gives it back.
 */
export function sinkOnRoutes(
  ctx: TurnContext,
  side: SideId,
  cargoes: Cargo[],
  traffic: Traffic,
  supply: SupplyRecord,
  /** Sea areas the convoys were routed round, with the percent they would have lost there (`closedLanes`). */
  closed: ReadonlyMap<string, number> = new Map(),
  standing: () => StandingAttackers = () => standingAttackers(ctx, side),
): Cargo[] {
  const { world } = ctx;
  // The tonnage that sailed (what `trafficOf` adds up when asked: the cargoes with ships, in order).
  for (const c of cargoes) if (c.kgt > 0) supply.sailedKgt += c.kgt;
  for (const [s, percent] of [...closed].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    ctx.items.push({
      kind: 'shipping',
      code: 'sea-area-losses',
      side,
      area: s,
      trafficKgt: 0,
      tankerTrafficKgt: 0,
      boats: 0,
      aircraft: 0,
      escorts: 0,
      bombers: 0,
      sunkBySubmarines: 0,
      sunkByAircraft: 0,
      sunkByMines: 0,
      tankersSunk: 0,
      closedPercent: percent,
    });
  const rules = ctx.world.scenario.rules.submarines;
  if (!rules || !atWar(world, ctx.state) || traffic.areas.length === 0) {
    // Nothing sails, so nothing is sunk; the fields lying in wait still decay (swept, or their
    // mines' clocks and batteries run out) as they do in a turn when ships pass.
    const fields = ctx.state.mineFields?.[side];
    if (rules?.aerialMines?.stock && fields)
      keepFields(ctx, side, new Map(Object.entries(fields)), rules.aerialMines.stock.keepPercent);
    return cargoes;
  }

  // The share of each kind of ship that survives each area, by index (1 where nothing sails).
  const surviveMerchant = takeTable(world, 1);
  const surviveTankers = takeTable(world, 1);
  // The losses in each area with traffic, in the order of `traffic.areas` (by id).
  const found: SeaAreaLosses[] = [];
  const stand = standing();
  const attackers = attackersOf(ctx, side, traffic, false, stand);
  const inPort = portLosses(ctx, side, cargoes, stand);
  for (const i of traffic.areas) {
    const merchant = traffic.merchant[i]!;
    const tankers = traffic.tankers[i]!;
    const loss = lossesIn(ctx, i, merchant, tankers, attackers);
    const m = loss.submarines.merchant + loss.air.merchant + loss.mines.merchant;
    const tk = loss.submarines.tankers + loss.air.tankers + loss.mines.tankers;
    surviveMerchant[i] = merchant > 0 ? 1 - m / merchant : 1;
    surviveTankers[i] = tankers > 0 ? 1 - tk / tankers : 1;
    found.push(loss);
  }

  // The mines laid come out of the minelayers' stock (`aerialMines.stock`): laid whatever they sink.
  const mineStock = rules.aerialMines?.stock;
  if (mineStock && attackers.minesLaid > 0)
    adjustStock(ctx, enemyOf(side), mineStock.resource, -attackers.minesLaid, {
      code: 'mines-laid',
      areas: [...attackers.minesLaidIn]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([area, mines]) => ({ area, mines })),
    });
  if (mineStock) keepFields(ctx, side, attackers.mineFields, mineStock.keepPercent);

  // Stocks: the tonnage sunk, by cause, one ledger line each with the areas.
  const stocks = ctx.state.sides[side].stocks;
  for (const cause of ['submarines', 'air', 'mines'] as const) {
    let merchant = 0;
    let tankers = 0;
    // Each kind's ledger line lists the areas where that kind was sunk, with its own tonnage: one
    // list for both had the freighters' line and the tankers' line show the same areas and figures
    // (Road to Tokyo: "−41 sunk by submarines (Celebes Sea 11, South China Sea 100)" — play29).
    const whereMerchant: { area: string; kgt: number }[] = [];
    const whereTankers: { area: string; kgt: number }[] = [];
    for (const l of found) {
      const n = l[cause];
      if (n.merchant > 0) whereMerchant.push({ area: l.area, kgt: n.merchant });
      if (n.tankers > 0) whereTankers.push({ area: l.area, kgt: n.tankers });
      merchant += n.merchant;
      tankers += n.tankers;
    }
    // Ships at anchor sunk by air strikes on their ports (portLosses): the aircraft's too.
    for (const p of cause === 'air' ? inPort : []) {
      if (p.sunk.merchant > 0) whereMerchant.push({ area: p.port, kgt: p.sunk.merchant });
      if (p.sunk.tankers > 0) whereTankers.push({ area: p.port, kgt: p.sunk.tankers });
      merchant += p.sunk.merchant;
      tankers += p.sunk.tankers;
    }
    merchant = Math.min(merchant, stocks[MERCHANT] ?? 0);
    tankers = Math.min(tankers, stocks[TANKERS] ?? 0);
    const by = cause === 'air' ? 'aircraft' : cause;
    if (merchant > 0) adjustStock(ctx, side, MERCHANT, -merchant, { code: 'sunk', by, areas: whereMerchant });
    if (tankers > 0) adjustStock(ctx, side, TANKERS, -tankers, { code: 'sunk', by, areas: whereTankers });
    if (cause === 'submarines') supply.sunkBySubmarines += merchant + tankers;
    else if (cause === 'air') supply.sunkByAircraft += merchant + tankers;
    else supply.sunkByMines += merchant + tankers;
  }
  const { sea } = world.graph;
  for (let k = 0; k < found.length; k++) {
    const l = found[k]!;
    const i = traffic.areas[k]!;
    ctx.items.push({
      kind: 'shipping',
      code: 'sea-area-losses',
      side,
      area: l.area,
      trafficKgt: l.freighterKgt + l.tankerKgt,
      tankerTrafficKgt: l.tankerKgt,
      boats: l.boats,
      aircraft: l.aircraft,
      escorts: l.escorts,
      bombers: l.bombers,
      sunkBySubmarines: total(l.submarines),
      sunkByAircraft: total(l.air),
      sunkByMines: total(l.mines),
      tankersSunk: l.submarines.tankers + l.air.tankers + l.mines.tankers,
      ...(sea[i] === 1 ? {} : { contestedIsland: true as const }),
    });
    loseBoats(ctx, l, attackers.submarines[i] ?? NO_BOATS);
  }
  const portSurvive = new Map<string, { merchant: number; tankers: number }>();
  for (const p of inPort) {
    ctx.items.push({
      kind: 'shipping',
      code: 'sea-area-losses',
      side,
      area: p.port,
      trafficKgt: 0,
      tankerTrafficKgt: 0,
      boats: 0,
      aircraft: p.aircraft,
      escorts: 0,
      bombers: 0,
      sunkBySubmarines: 0,
      sunkByAircraft: total(p.sunk),
      sunkByMines: 0,
      tankersSunk: p.sunk.tankers,
      inPortKgt: p.merchant + p.tankers,
    });
    // The share of the ships serving the port (all its cargoes' ships, not only those at anchor).
    portSurvive.set(p.port, {
      merchant: p.servingMerchant > 0 ? 1 - p.sunk.merchant / p.servingMerchant : 1,
      tankers: p.servingTankers > 0 ? 1 - p.sunk.tankers / p.servingTankers : 1,
    });
  }

  // A cargo loses its ships' share sunk on each leg; convoys that scatter or turn back lose more.
  // (convoyDisruptionPercent: cargo lost per 1% of the cargo's ships sunk; at least the ships' own share.)
  const disruption = Math.max(1, ctx.world.scenario.rules.shipping?.convoyDisruptionPercent ?? 0);
  // A loop, not `map`: the list's readers (deliveries.ts, garrison-supply.ts) then meet arrays of one
  // map, built by `push` like the list of cargoes itself (PERFORMANCE.md, pass 24).
  const arrived: Cargo[] = [];
  for (const c of cargoes) {
    if (c.carried <= 0) {
      arrived.push(c);
      continue;
    }
    let kept = 1;
    const kind = c.ships === TANKERS ? 'tankers' : 'merchant';
    const survive = c.ships === TANKERS ? surviveTankers : surviveMerchant;
    const route = routeIndexes(world, c.route);
    for (let k = 0; k < route.length; k++) kept *= survive[route[k]!]!;
    kept *= portSurvive.get(c.from)?.[kind] ?? 1;
    const lostPercent = Math.min(90, (1 - kept) * 100 * disruption);
    arrived.push({ ...c, delivered: Math.floor((c.carried * (100 - lostPercent)) / 100) });
  }
  giveBack(world, surviveMerchant);
  giveBack(world, surviveTankers);
  giveBackAttackers(world, attackers, stand);
  return arrived;
}

/** The side's ships at anchor in one port overseas this turn and what the enemy's air strikes sank there. */
export interface PortLosses {
  port: string;
  /** Thousand GT at anchor (`rules.shipping.inPort.percent` of the tonnage serving the port). */
  merchant: number;
  tankers: number;
  /** Thousand GT of the cargoes loading or unloading there (all their ships). */
  servingMerchant: number;
  servingTankers: number;
  /** Enemy aircraft striking the port: its share of the carriers next to it and the land-based groups on a strike mission against it. */
  aircraft: number;
  sunk: Sunk;
}

/**
 * Ships at anchor (`rules.shipping.inPort`): of the freighters and tankers loading or unloading
 * at a port overseas (the cargoes' far end: a source or a garrison base), `percent` lie in the
 * port at any time. The enemy's carriers in a sea area next to the port strike them there — a
 * carrier force raiding a coast strikes its harbours, shared among the ports on that sea by the
 * tonnage in each (TF 58 at Truk, February 1944, and Palau, March 1944; TF 38 at Manila,
 * September–November 1944, and at Saigon, Hong Kong and Takao in January 1945 — S3, T) — and
 * land-based groups on a strike mission against the port join them (the Fifth Air Force over
 * Rabaul's and Wewak's harbours — GAMBLE-2010). Each 100 aircraft sink `sinkPer100Aircraft`
 * thousand GT in 30 days, up to `maxSunkPercent` of the ships in port. Ships at home (the
 * capital's ports) are left to the mines. Kept apart from the warships' port strike
 * (phases/port-strike.ts), which it does not change.
 */
export function portLosses(
  ctx: TurnContext,
  side: SideId,
  cargoes: readonly Cargo[],
  standing: StandingAttackers,
): PortLosses[] {
  const rule = ctx.world.scenario.rules.shipping?.inPort;
  if (!rule || rule.percent === 0 || rule.sinkPer100Aircraft === 0) return [];
  const { world } = ctx;
  const held = holders(ctx);
  // The tonnage serving each port and lying at anchor there, by area index (tables from the pool:
  // a turn's few ports, looked up by index, not a map by id sorted afresh every turn).
  const servingMerchant = takeTable(world, 0);
  const servingTankers = takeTable(world, 0);
  let any = false;
  for (const c of cargoes) {
    if (c.kgt <= 0) continue;
    const i = indexOf(world, c.from);
    // No ships lie at anchor off an island the enemy holds (the runs unload by night and leave).
    if (held[i] !== side) continue;
    if (c.ships === TANKERS) servingTankers[i]! += c.kgt;
    else servingMerchant[i]! += c.kgt;
    any = true;
  }
  const out: PortLosses[] = [];
  if (!any) {
    giveBack(world, servingMerchant);
    giveBack(world, servingTankers);
    return out;
  }
  // The ports in the order of their ids (every cargo counted has ships: a port served has tonnage).
  const ports: number[] = [];
  const byId = areasById(world);
  for (let k = 0; k < byId.length; k++) {
    const i = byId[k]!;
    if (servingMerchant[i]! + servingTankers[i]! > 0) ports.push(i);
  }
  const anchorMerchant = takeTable(world, 0);
  const anchorTankers = takeTable(world, 0);
  // The tonnage at anchor next to each sea area, by index (a raid's aircraft are shared by it).
  const { edges, sea, ids } = world.graph;
  const nearSea = takeTable(world, 0);
  for (const p of ports) {
    anchorMerchant[p] = Math.floor((servingMerchant[p]! * rule.percent) / 100);
    anchorTankers[p] = Math.floor((servingTankers[p]! * rule.percent) / 100);
    for (const e of edges[p]!) if (sea[e.to] === 1) nearSea[e.to]! += anchorMerchant[p]! + anchorTankers[p]!;
  }
  const enemy = enemyOf(side);
  const missions = missionsOf(ctx);
  for (const p of ports) {
    const merchant = anchorMerchant[p]!;
    const tankersHere = anchorTankers[p]!;
    const here = merchant + tankersHere;
    if (here <= 0) continue;
    let aircraft = 0;
    for (const e of edges[p]!) {
      const carriers = standing.carrierAircraft[e.to]!;
      const near = nearSea[e.to]!;
      if (carriers > 0 && near > 0) aircraft += Math.floor((carriers * here) / near);
    }
    const port = ids[p]!;
    for (const g of groupsOver(ctx, port, enemy))
      if (g.type === 'air' && missions.get(g.id)?.mission === 'strike') aircraft += g.aircraft;
    if (aircraft === 0) continue;
    const can = perTurn(ctx, Math.floor((aircraft * rule.sinkPer100Aircraft) / 100));
    const sunkKgt = Math.min(can, Math.floor((here * rule.maxSunkPercent) / 100));
    const tankers = Math.floor((sunkKgt * tankersHere) / here);
    out.push({
      port,
      merchant,
      tankers: tankersHere,
      servingMerchant: servingMerchant[p]!,
      servingTankers: servingTankers[p]!,
      aircraft,
      sunk: { merchant: sunkKgt - tankers, tankers },
    });
  }
  giveBack(world, servingMerchant);
  giveBack(world, servingTankers);
  giveBack(world, anchorMerchant);
  giveBack(world, anchorTankers);
  giveBack(world, nearSea);
  return out;
}

/**
 * The sea areas the side's convoys keep out of this turn, with the percent of the ships they
 * would lose there in 30 days: the areas where the enemy's submarines, land-based aircraft and
 * mines, as they stand, would sink more than `shipping.closeLanePercent` of the traffic planned through
 * them. Japan's convoy staff read the losses route by route and moved the convoys away from
 * the hunting grounds — to the Chinese coast, then into the Yellow Sea and the Sea of Japan —
 * and gave up the southern routes altogether in March 1945; the submarines ran short of
 * targets (Parillo 1993; S3: their sinkings fell from 2.4 M GT in 1944 to about 0.5 M GT in 1945).
 */
export function closedLanes(
  ctx: TurnContext,
  side: SideId,
  /** The traffic of the cargoes planned (`trafficOf`; the caller gives it back). */
  traffic: Traffic,
  standing: () => StandingAttackers = () => standingAttackers(ctx, side),
): Map<string, number> {
  const closed = new Map<string, number>();
  const limit = ctx.world.scenario.rules.shipping?.closeLanePercent ?? 0;
  if (limit <= 0 || !ctx.world.scenario.rules.submarines || !atWar(ctx.world, ctx.state)) return closed;
  const { world } = ctx;
  if (traffic.areas.length === 0) return closed;
  // The convoy staff plan against the submarines on patrol, the land-based air and the mines;
  // a carrier raid comes without warning (the South China Sea raid of January 1945 — T).
  const stand = standing();
  const attackers = attackersOf(ctx, side, traffic, true, stand);
  const { sea, ids } = world.graph;
  for (const i of traffic.areas) {
    // The last leg of a run to an army fighting on an island (a land area's id) is not a lane the
    // convoy staff can route round: the army's supply sails or it starves.
    if (sea[i] !== 1) continue;
    const merchant = traffic.merchant[i]!;
    const tankers = traffic.tankers[i]!;
    const l = lossesIn(ctx, i, merchant, tankers, attackers);
    const sunk = total(l.submarines) + total(l.air) + total(l.mines);
    // The percent lost in 30 days (lossesIn scales to the turn's length).
    const percent = Math.floor((sunk * 100 * 30) / ((merchant + tankers) * ctx.turnDays));
    if (percent > limit) closed.set(ids[i]!, percent);
  }
  // The last way home (`shipping.keepHomeLane`): if every home water the convoys would use is
  // over the limit, the one where they would lose least stays open (ties: by id).
  if (world.scenario.rules.shipping?.keepHomeLane) {
    // (`traffic.areas` is in the order of the ids.)
    const home: string[] = [];
    for (const i of traffic.areas) if (attackers.homeWaters[i] === 1) home.push(ids[i]!);
    if (home.length > 0 && home.every((s) => closed.has(s))) {
      let best = home[0]!;
      for (const s of home) if (closed.get(s)! < closed.get(best)!) best = s;
      closed.delete(best);
    }
  }
  giveBackAttackers(world, attackers, stand);
  return closed;
}

/** Who attacks and defends the traffic, by sea area (one pass over the forces a turn); by the graph's index. */
export interface Attackers {
  /** Enemy submarine boats on patrol, in hundredths. */
  boats100: Float64Array;
  /** Enemy aircraft within reach of each sea area. */
  aircraft: Float64Array;
  /** The side's escorts in each sea area. */
  escorts: Float64Array;
  /** Enemy strategic bombers within range of the capital (they mine the sea areas next to it). */
  bombers: number;
  /** 1 for the areas next to the side's capital. */
  homeWaters: Float64Array;
  /** Thousand GT sailing through the home waters this turn (the mines are shared among them by it). */
  homeTrafficKgt: number;
  /** The enemy's submarine flotillas on patrol in each sea area, in the order of the forces. */
  submarines: (ForceState[] | undefined)[];
  /**
   * What the enemy land-based aircraft's mines can sink in each sea area with traffic, thousand GT
   * in 30 days before the traffic decides how much they find (`submarines.aerialMines`; with a
   * stock, `aerialMines.stock`, from the mines laid there).
   */
  mineKgt: Float64Array;
  /** The mines they lay this turn, out of the enemy's stock (0 without `aerialMines.stock`), in all and by sea area. */
  minesLaid: number;
  minesLaidIn: Map<string, number>;
  /** The enemy's mines lying in each sea area this turn: the fields of earlier turns and this turn's (`aerialMines.stock`). */
  mineFields: Map<string, number>;
}

/** The fields lie on: what is left of them next turn (`aerialMines.stock.keepPercent`). */
function keepFields(
  ctx: TurnContext,
  side: SideId,
  fields: ReadonlyMap<string, number>,
  keepPercent: number,
): void {
  const next: Record<string, number> = {};
  for (const [s, n] of [...fields].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const kept = Math.floor((n * keepPercent) / 100);
    if (kept > 0) next[s] = kept;
  }
  // (Written for a side only once the enemy has laid a mine against it.)
  if (Object.keys(next).length > 0 || ctx.state.mineFields?.[side])
    ctx.state.mineFields = { ...ctx.state.mineFields, [side]: next };
}

export function attackersOf(
  ctx: TurnContext,
  side: SideId,
  traffic: Traffic,
  /** Leave out the enemy's carriers (they come and go within a turn: no convoy plan can foresee them). */
  standingOnly = false,
  /** The forces as they stand (asked once for the several plans of one side's convoys: speed only). */
  standing: StandingAttackers = standingAttackers(ctx, side),
): Attackers {
  const { world } = ctx;
  const { ids, index } = world.graph;
  const n = ids.length;
  let aircraft = standing.landAircraft;
  if (!standingOnly && (standing.anyCarriers || standing.anyCover)) {
    // Integers added by sea area: the same sums in whatever order they are added.
    aircraft = takeTable(world, 0);
    aircraft.set(standing.landAircraft);
    // Air cover (`submarines.airCoverPercent`) cuts the land-based air, not the carriers' strikes.
    const cover = standing.cover;
    if (standing.anyCover)
      for (let i = 0; i < n; i++)
        if (cover[i]! > 0) aircraft[i] = Math.floor((aircraft[i]! * (100 - cover[i]!)) / 100);
    const carriers = standing.carrierAircraft;
    for (let i = 0; i < n; i++) if (carriers[i]! > 0) aircraft[i]! += carriers[i]!;
  }
  // The bombers' mines are laid once, shared among the home waters by the traffic there.
  let homeTrafficKgt = 0;
  for (const i of standing.homeAreas) homeTrafficKgt += sailingAt(traffic, i);
  // Land-based minelayers (`submarines.aerialMines`): each base's aircraft lay their mines once, in
  // the sea areas in reach where ships sail, shared by the traffic there (none where nothing sails).
  const mining = world.scenario.rules.submarines?.aerialMines;
  const layers = takeTable(world, 0);
  // The areas given a share of the minelayers (or boats that lay mines), by index, in the order first given.
  const layered: number[] = [];
  const isLayered = takeTable(world, 0);
  for (const m of standing.minelayers) {
    let sailing = 0;
    for (let k = 0; k < m.seas.length; k++) sailing += sailingAt(traffic, m.seas[k]!);
    if (sailing <= 0) continue;
    for (let k = 0; k < m.seas.length; k++) {
      const i = m.seas[k]!;
      const here = sailingAt(traffic, i);
      if (here <= 0) continue;
      if (isLayered[i] === 0) {
        isLayered[i] = 1;
        layered.push(i);
      }
      layers[i]! += (m.aircraft * here) / sailing;
    }
  }
  const mineKgt = takeTable(world, 0);
  let minesLaid = 0;
  const minesLaidIn = new Map<string, number>();
  const mineFields = new Map<string, number>(Object.entries(ctx.state.mineFields?.[side] ?? {}));
  const stock = mining?.stock;
  if (mining && !stock)
    for (const i of layered) mineKgt[i] = (layers[i]! * mining.sinkPer1000Aircraft) / 1000;
  else if (stock) {
    // With a stock (`aerialMines.stock`) the mines on hand go where the ships are: to the sea areas
    // the minelayers reach, each up to what the aircraft reaching it and the boats on patrol in it
    // (`minesPerBoat`) can lay this turn; each mine lying there can sink `sinkPer1000Mines` / 1,000
    // thousand GT in 30 days, and lies on (`keepPercent`). The staffs mined the harbours and
    // straits the convoys had to use (JOHNSON-KATCHER-1973): concentrated, a few fields at a time.
    if (stock.minesPerBoat > 0)
      for (let i = 0; i < n; i++)
        if (standing.boats100[i]! > 0 && sailingAt(traffic, i) > 0 && isLayered[i] === 0) {
          isLayered[i] = 1;
          layered.push(i);
        }
    // The busiest sea areas first (ties: by id): the mines go where the most ships must pass.
    const seas = layered.sort(
      (a, b) => sailingAt(traffic, b) - sailingAt(traffic, a) || (ids[a]! < ids[b]! ? -1 : 1),
    );
    let left = standing.mineStock;
    for (const i of seas) {
      if (left <= 0) break;
      const boats100 = stock.minesPerBoat > 0 ? standing.boats100[i]! : 0;
      const can = perTurn(
        ctx,
        Math.floor((layers[i]! * stock.minesPer1000Aircraft) / 1000 + (boats100 * stock.minesPerBoat) / 100),
      );
      const laid = Math.min(can, left);
      left -= laid;
      if (laid <= 0) continue;
      minesLaid += laid;
      minesLaidIn.set(ids[i]!, laid);
      addTo(mineFields, ids[i]!, laid);
    }
    // Every mine lying where ships sail can sink them, this turn's and the fields of earlier turns.
    for (const [s, mines] of mineFields) {
      const i = index.get(s);
      if (i !== undefined && sailingAt(traffic, i) > 0) mineKgt[i] = (mines * stock.sinkPer1000Mines) / 1000;
    }
  }
  giveBack(world, layers);
  giveBack(world, isLayered);
  // (The tables hold every area; only those with traffic are read — lossesIn, loseBoats.)
  return {
    mineKgt,
    minesLaid,
    minesLaidIn,
    mineFields,
    boats100: standing.boats100,
    aircraft,
    escorts: standing.escorts,
    bombers: standing.bombers,
    homeWaters: standing.homeWaters,
    homeTrafficKgt,
    submarines: standing.submarines,
  };
}

/** Gives back the tables of `attackersOf` (those not `standing`'s) once nothing reads them. */
function giveBackAttackers(world: World, attackers: Attackers, standing: StandingAttackers): void {
  if (attackers.aircraft !== standing.landAircraft) giveBack(world, attackers.aircraft);
  giveBack(world, attackers.mineKgt);
}

/** Who attacks and defends the side's traffic as the forces stand this turn, in every area by index (attackersOf). */
export interface StandingAttackers {
  boats100: Float64Array;
  /** Enemy land-based aircraft within reach of each sea area. */
  landAircraft: Float64Array;
  /** Enemy carriers' aircraft in each sea area. */
  carrierAircraft: Float64Array;
  /** Whether any carrier has aircraft (`carrierAircraft` not all 0). */
  anyCarriers: boolean;
  /** The percent the side's own air cover cuts the enemy's land-based air by, in each sea area (`submarines.airCoverPercent`). */
  cover: Float64Array;
  /** Whether any sea area has cover (`cover` not all 0). */
  anyCover: boolean;
  escorts: Float64Array;
  bombers: number;
  /** 1 for the areas next to the side's capital, and those areas. */
  homeWaters: Float64Array;
  homeAreas: number[];
  submarines: (ForceState[] | undefined)[];
  /** Enemy land-based aircraft that lay mines, by airfield, with the sea areas in their reach (`submarines.aerialMines`). */
  minelayers: { aircraft: number; seas: Int32Array }[];
  /** The mines in the enemy's stock (`aerialMines.stock`; 0 without one). */
  mineStock: number;
}

/** Adds `n` to `m`'s entry for `k`. */
function addTo(m: Map<string, number>, k: string, n: number): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

/** The force at position `at` if active, else null. */
function activeAt(state: GameState, at: number): ForceState | null {
  const f = state.forces[at]!;
  return f.status === 'active' ? f : null;
}

/**
 * One pass over the forces: the side's escorts, the enemy's submarines, carriers and land-based
 * air by area (forcesOf). A convoy plan asks it for each of its rounds (closedLanes) and the
 * sinking once more (sinkOnRoutes); the forces do not change in between, so deliverAreaOutput
 * asks once.
 */
export function standingAttackers(ctx: TurnContext, side: SideId): StandingAttackers {
  const rules = ctx.world.scenario.rules.submarines!;
  const { world, state } = ctx;
  const { ids, index, edges } = world.graph;
  const n = ids.length;
  const enemy = enemyOf(side);
  const boats100 = takeTable(world, 0);
  const landAircraft = takeTable(world, 0);
  const carrierAircraft = takeTable(world, 0);
  let anyCarriers = false;
  const escorts = takeTable(world, 0);
  // `airReachUntil` is kept for older files only (the bundled scenarios let the aircraft decide: airReachOf).
  const reachHolds = rules.airReachUntil === undefined || state.date <= rules.airReachUntil;
  const runsAttacked = world.scenario.rules.shipping?.contestedIslands !== undefined;
  const submarines: (ForceState[] | undefined)[] = new Array(n);
  for (const at of forcesOf(ctx, side, 'flotilla')) {
    const f = activeAt(state, at);
    if (f?.type === 'flotilla' && f.class === 'escort') escorts[indexOf(world, f.location)]! += f.count;
  }
  const capital = world.scenario.sides[side].capital;
  const homeWaters = takeTable(world, 0);
  const homeAreas: number[] = [];
  for (const e of edges[indexOf(world, capital)]!)
    if (homeWaters[e.to] === 0) {
      homeWaters[e.to] = 1;
      homeAreas.push(e.to);
    }
  // The enemy's bombers within range of the capital, counted once for both rules that ask (a pass
  // over the enemy's air groups with a distance each).
  const inRange =
    rules.minesPer100Bombers !== 0 || rules.lifeguardPercent > 0 ? bombersInRange(ctx, side) : 0;
  const bombers = minelayers(rules, inRange);
  // Lifeguard stations (`submarines.lifeguardPercent`): while the bombers fly, a share of the boats
  // off the capital waits on their routes for the crews that ditch.
  const lifeguard = rules.lifeguardPercent > 0 && inRange > 0 ? rules.lifeguardPercent : 0;
  for (const at of forcesOf(ctx, enemy, 'flotilla')) {
    const f = activeAt(state, at);
    if (f?.type === 'flotilla' && f.class === 'submarine') {
      const i = indexOf(world, f.location);
      const hunting = homeWaters[i] === 1 ? 100 - lifeguard : 100;
      boats100[i]! += Math.floor((f.count * rules.patrolPercent * hunting) / 100);
      const here = submarines[i];
      if (here) here.push(f);
      else submarines[i] = [f];
    }
  }
  for (const at of forcesOf(ctx, enemy, 'ship')) {
    const f = activeAt(state, at);
    if (f?.type === 'ship' && f.aircraft > 0) {
      carrierAircraft[indexOf(world, f.location)]! += f.aircraft;
      anyCarriers = true;
    }
  }
  // The groups that sweep the sea areas next to their airfields, and how many aircraft each sea area
  // has next to it (the mass that decides how deep the sweeps go: airReachOf).
  const sweeping: { at: number; aircraft: number }[] = [];
  const aircraftNear = takeTable(world, 0);
  const mining = rules.aerialMines;
  // The minelayers' aircraft at each airfield, by index (-1: none based there).
  const mineBases = takeTable(world, -1);
  let anyMineBase = false;
  // The turn's air missions (a group on patrol attacks its lane only), looked up once.
  const missions = missionsOf(ctx);
  for (const at of forcesOf(ctx, enemy, 'air')) {
    const f = activeAt(state, at);
    if (f?.type !== 'air' || f.role === 'strategic-bomber') continue;
    // Land-based air reaches the sea areas next to its own airfield.
    const i = indexOf(world, f.location);
    const base = world.scenario.areas[i]!;
    if (base.kind === 'sea' || (state.control[base.id] ?? base.owner) !== enemy) continue;
    // Minelayers: the groups that are not fighters, at an airfield of their own.
    if (mining && mining.sinkPer1000Aircraft > 0 && f.role !== 'fighter' && base.airfield) {
      mineBases[i] = Math.max(0, mineBases[i]!) + f.aircraft;
      anyMineBase = true;
    }
    // The runs to an army fighting on its island come to the airfield itself (the Tokyo Express,
    // `shipping.contestedIslands`; their last leg is the island's id): every group there, in full.
    if (runsAttacked) landAircraft[i]! += f.aircraft;
    // A group on a mission attacks only the lane it patrols (phases/air-missions.ts).
    const lanes = patrolledLanes(ctx, f, missions);
    if (lanes) {
      for (const [lane, k] of lanes) {
        const l = index.get(lane);
        if (l !== undefined) landAircraft[l]! += k;
      }
      continue;
    }
    sweeping.push({ at: i, aircraft: f.aircraft });
    for (const e of edges[i]!) aircraftNear[e.to]! += f.aircraft;
  }
  for (const f of sweeping)
    for (const e of edges[f.at]!) {
      const reach = reachHolds ? airReachOf(rules, aircraftNear[e.to]!) : 0;
      landAircraft[e.to]! += within(f.aircraft, e.distance, reach);
    }
  giveBack(world, aircraftNear);
  const cover = takeTable(world, 0);
  const anyCover = airCover(ctx, side, landAircraft, cover);
  const layers: { aircraft: number; seas: Int32Array }[] = [];
  if (mining && anyMineBase) {
    // The bases in the order of their ids.
    const byId = areasById(world);
    for (let k = 0; k < byId.length; k++) {
      const b = byId[k]!;
      if (mineBases[b]! < 0) continue;
      const inReach = mineReach(world, ids[b]!, mining.reachNm);
      if (inReach.length > 0) layers.push({ aircraft: mineBases[b]!, seas: inReach });
    }
  }
  giveBack(world, mineBases);
  const stockRule = mining?.stock;
  return {
    minelayers: layers,
    mineStock: stockRule ? Math.max(0, state.sides[enemy].stocks[stockRule.resource] ?? 0) : 0,
    boats100,
    landAircraft,
    carrierAircraft,
    anyCarriers,
    cover,
    anyCover,
    escorts,
    bombers,
    homeWaters,
    homeAreas,
    submarines,
  };
}

/**
 * Air cover (`submarines.airCoverPercent`): writes into `cover`, by sea area, the percent the side's
 * own land-based aircraft on the airfields next to it cut the enemy's land-based air over its
 * traffic — `airCoverPercent` times their share of the land-based aircraft over it (the enemy's,
 * `enemyOver`: those within reach and those patrolling it). The side's groups count (strategic bombers
 * left out) and its bases' unshown aircraft (`shipping.baseSupply.unshown`, within their dates),
 * at airfields the side holds. Rabaul's base air force flew cover over the convoys and made the
 * Allied strike aircraft fly with fighter escort, within the fighters' radius, until it was
 * destroyed or withdrawn in February 1944 (MILLER-1959; GAMBLE-2010). Whether any area has cover.
 */
function airCover(ctx: TurnContext, side: SideId, enemyOver: Float64Array, cover: Float64Array): boolean {
  const { world, state } = ctx;
  const percent = world.scenario.rules.submarines?.airCoverPercent ?? 0;
  if (percent <= 0) return false;
  const { edges, sea } = world.graph;
  const own = takeTable(world, 0);
  const holds = (at: number) => {
    const a = world.scenario.areas[at]!;
    return a.kind !== 'sea' && (state.control[a.id] ?? a.owner) === side;
  };
  const add = (at: number, aircraft: number) => {
    for (const e of edges[at]!) if (sea[e.to] === 1) own[e.to]! += aircraft;
  };
  for (const at of forcesOf(ctx, side, 'air')) {
    const f = activeAt(state, at);
    if (f?.type !== 'air' || f.role === 'strategic-bomber' || f.aircraft <= 0) continue;
    const i = indexOf(world, f.location);
    if (holds(i)) add(i, f.aircraft);
  }
  for (const u of world.scenario.rules.shipping?.baseSupply?.unshown ?? []) {
    if (u.side !== side || u.aircraft <= 0) continue;
    if ((u.from !== undefined && state.date < u.from) || (u.until !== undefined && state.date > u.until))
      continue;
    const i = indexOf(world, u.area);
    if (holds(i)) add(i, u.aircraft);
  }
  let any = false;
  for (let i = 0; i < own.length; i++) {
    const mine = own[i]!;
    const theirs = enemyOver[i]!;
    if (mine <= 0 || theirs <= 0) continue;
    cover[i] = Math.floor((percent * mine) / (mine + theirs));
    if (cover[i]! > 0) any = true;
  }
  giveBack(world, own);
  return any;
}

/** Gives back the tables of `standingAttackers` once nothing reads them (deliveries.ts, at the end of a side's deliveries). */
export function giveBackStanding(world: World, standing: StandingAttackers): void {
  giveBack(world, standing.boats100);
  giveBack(world, standing.landAircraft);
  giveBack(world, standing.carrierAircraft);
  giveBack(world, standing.cover);
  giveBack(world, standing.escorts);
  giveBack(world, standing.homeWaters);
}

/**
 * The sea areas within `reachNm` of airfield `base` flown, by index in the scenario's order: the
 * map's alone, so worked out once per world and airfield (`world.memo.mineReach`; the reach is the
 * scenario's rule, the same every time it is asked).
 */
function mineReach(world: World, base: string, reachNm: number): Int32Array {
  world.memo.mineReach ??= new Map();
  const known = world.memo.mineReach;
  let seas = known.get(base);
  if (!seas) {
    const list: number[] = [];
    const areas = world.scenario.areas;
    for (let i = 0; i < areas.length; i++) {
      const a = areas[i]!;
      if (a.kind === 'sea' && airDistance(world, base, a.id, reachNm) !== null) list.push(i);
    }
    seas = Int32Array.from(list);
    known.set(base, seas);
  }
  return seas;
}

/**
 * How far the land-based air sweeps over a sea area's traffic (nm; 0: the whole area) with
 * `aircraft` of the side's land-based groups on the airfields next to it (those not on a patrol
 * mission): `airReachNm`, and `airReachNmPer100Aircraft` more for every hundred aircraft. A few
 * squadrons flew strikes a few hundred miles out on a sighting; a large air force kept search
 * sectors covered and flew its long-range bombers and patrol planes on sweeps across the whole width
 * of the sea (CRAVEN-CATE-1953: the Far East Air Forces' and the Navy's B-24 and PB4Y sea sweeps
 * of 1944-45 came with the mass of aircraft the theatres then had; DESIGN for the figures).
 */
export function airReachOf(
  rules: Pick<SubmarineRules, 'airReachNm' | 'airReachNmPer100Aircraft'>,
  aircraft: number,
): number {
  if (rules.airReachNm <= 0) return 0;
  return rules.airReachNm + Math.floor((aircraft * rules.airReachNmPer100Aircraft) / 100);
}

/**
 * The aircraft of a land-based group that reach the traffic of a sea area `distance` nm from its
 * airfield (`rules.submarines.airReachNm`; 0: all of them): beyond the reach, the share reach /
 * distance. Guadalcanal's aircraft were 560 nm from Rabaul's convoys: in 1943 the Solomons air
 * sank 146 thousand GT in the Bismarck and Solomon Seas, a third of the rate of the autumn of 1942,
 * when the transports came to Guadalcanal (S3; GAMBLE-2010; MILLER-1959).
 */
function within(aircraft: number, distance: number, reach: number): number {
  if (reach <= 0 || distance <= reach) return aircraft;
  return Math.floor((aircraft * reach) / distance);
}

/** What the enemy sinks of `merchant` + `tankers` thousand GT sailing through sea area `s` this turn. */
export function lossesIn(
  ctx: TurnContext,
  /** The sea area's index in `world.graph`. */
  i: number,
  merchant: number,
  tankers: number,
  attackers: Attackers,
): SeaAreaLosses {
  const rules = ctx.world.scenario.rules.submarines!;
  const { state } = ctx;
  const boats100 = attackers.boats100[i]!;
  const aircraft = attackers.aircraft[i]!;
  const escorts = attackers.escorts[i]!;
  const bombers = attackers.homeWaters[i] === 1 ? attackers.bombers : 0;
  const torpedo = rules.torpedoes.find((t) => state.date <= t.until);
  const torpedoPercent = torpedo ? torpedo.percent : 100;
  const cut = Math.min(rules.maxEscortCut, escorts * rules.escortCutPerShip);
  // Targeting: a ton of tankers counts `weight`% of a ton of freighters in what the submarines
  // and aircraft go for (2% of the tonnage sunk in 1942 was tankers, 19% in 1944 — S3).
  const weight = rules.tankerTargeting.find((t) => state.date <= t.until)?.percent ?? 100;
  const subs = find(
    (boats100 * rules.sinkPerBoat * torpedoPercent * (100 - cut)) / 1_000_000,
    merchant,
    (tankers * weight) / 100,
    rules.halfTrafficKgt,
  );
  const air = find(
    (aircraft * rules.airSinkPer100Aircraft) / 100,
    merchant,
    (tankers * weight) / 100,
    rules.halfTrafficKgt,
  );
  // Each bomber's mines are laid once: in the home waters in proportion to the traffic there
  // (Operation Starvation mined the Shimonoseki Strait and the Inland Sea ports, where the
  // remaining ships had to pass — USSBS-TRANSPORT).
  const share = attackers.homeTrafficKgt > 0 ? (merchant + tankers) / attackers.homeTrafficKgt : 0;
  // And the land-based minelayers' mines, laid far from the capital (`aerialMines`; their share of
  // the traffic is already in `mineKgt`).
  const laid = attackers.mineKgt[i]!;
  const mines = find(
    (bombers * rules.minesPer100Bombers * share) / 100 + laid,
    merchant,
    tankers,
    rules.halfTrafficKgt,
  );
  // However many attackers, no more than `maxSunkPercent` of each kind of ship goes down.
  const capM = (merchant * rules.maxSunkPercent) / 100;
  const capT = (tankers * rules.maxSunkPercent) / 100;
  const sumM = subs.merchant + air.merchant + mines.merchant;
  const sumT = subs.tankers + air.tankers + mines.tankers;
  const sm = sumM > capM ? capM / sumM : 1;
  const st = sumT > capT ? capT / sumT : 1;
  return {
    area: ctx.world.graph.ids[i]!,
    freighterKgt: merchant,
    tankerKgt: tankers,
    boats: Math.floor(boats100 / 100),
    aircraft,
    escorts,
    bombers,
    submarines: cappedPerTurn(ctx, subs, sm, st),
    air: cappedPerTurn(ctx, air, sm, st),
    mines: cappedPerTurn(ctx, mines, sm, st),
  };
}

/** A cause's sinkings scaled under the cap (`sm`, `st`) and made the turn's (a module function, not a closure per call). */
function cappedPerTurn(ctx: TurnContext, x: Sunk, sm: number, st: number): Sunk {
  return {
    merchant: perTurn(ctx, Math.floor(x.merchant * sm)),
    tankers: perTurn(ctx, Math.floor(x.tankers * st)),
  };
}

/**
 * What `potential` thousand GT of attack finds among `merchant` and `tankers` (tankers possibly
 * weighted): in proportion to the traffic, saturating at `half` (none when nothing sails).
 */
function find(potential: number, merchant: number, tankers: number, half: number): Sunk {
  const seen = merchant + tankers;
  if (potential <= 0 || seen <= 0) return { merchant: 0, tankers: 0 };
  const hit = (potential * seen) / (seen + half);
  return { merchant: (hit * merchant) / seen, tankers: (hit * tankers) / seen };
}

/**
 * Enemy strategic bombers within range of the side's capital that mine its home waters: those beyond
 * the first `submarines.minesBeyondBombers`, which bomb the cities (Operation Starvation was given the
 * 313th Wing once the XXI Bomber Command had wings to spare — USSBS-TRANSPORT). `inRange`: the enemy's
 * bombers within range of the capital (`bombersInRange`).
 */
function minelayers(rules: SubmarineRules, inRange: number): number {
  if (rules.minesPer100Bombers === 0) return 0;
  return Math.max(0, inRange - rules.minesBeyondBombers);
}

/** Enemy strategic bombers within range of the side's capital (`bombing.range`). */
function bombersInRange(ctx: TurnContext, side: SideId): number {
  const rules = ctx.world.scenario.rules;
  if (!rules.bombing) return 0;
  const capital = ctx.world.scenario.sides[side].capital;
  const enemy = enemyOf(side);
  return airInReach(
    ctx.world,
    ctx.state,
    enemy,
    capital,
    rules.bombing.range,
    'strategic-bomber',
    forcesOf(ctx, enemy, 'air'),
  ).aircraft;
}

/**
 * Escorts sink submarines where they meet them: each boat on patrol in a sea area with traffic
 * risks loss in proportion to the escort cut there (52 US boats lost in the war — S10).
 */
function loseBoats(ctx: TurnContext, l: SeaAreaLosses, submarines: readonly ForceState[]): void {
  const rules = ctx.world.scenario.rules.submarines!;
  const cut = Math.min(rules.maxEscortCut, l.escorts * rules.escortCutPerShip);
  if (cut === 0 || rules.boatLossPercent === 0) return;
  // The enemy's boats on patrol in the area (attackersOf; each is in one area, so none is changed before its turn).
  for (const boats of submarines) {
    if (boats.type !== 'flotilla') continue;
    const onPatrol = Math.floor((boats.count * rules.patrolPercent) / 100);
    // Chance per boat in hundredths of a percent, scaled to the turn length.
    const chance = perTurn(ctx, rules.boatLossPercent * cut);
    let sunk = 0;
    for (let i = 0; i < onPatrol; i++) if (ctx.rng.int(10000) < chance) sunk++;
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
      cause: { code: 'escorts', area: f.location, boats: sunk },
    });
  }
}
