/**
 * "Captured oil is not delivered oil" (DESIGN.md): an area's output reaches
 * the capital only while a route is open. Overseas oil needs tankers, overseas
 * raw materials need freighters, and garrisons overseas tie freighters up
 * (USSBS 1947: the Army and Navy held 3.7 of the 5.4 M GT of dry cargo ships
 * in December 1941 — S2). Each cargo sails its route (network.ts); what the
 * enemy sinks on the way does not arrive (shipping-losses.ts). Captured oil
 * fields start wrecked and are repaired month by month (southern-zone output
 * 1942: 25.9 M bbl against 65.1 M in 1940 — O8).
 *
 * With `shipping.southernOil`, the southern fields fill a southern stock
 * without tankers and the tankers lift from that stock (O6: 1.5 / 2.5 / 1.0 M
 * kl shipped home in 1942–44 against 25.9 / 49.6 M bbl produced — O8).
 */
import { OIL } from '../../../scenario/resource-ids';
import type { SideId } from '../../../scenario/schema';
import type { ShippedFrom, StockCause } from '../../report';
import type { SupplyRecord } from '../../state';
import { adjustStock, forcesOf, type TurnContext } from '../../turn-context';
import { area, type World } from '../../world';
import {
  addBaseNeeds,
  type ContestedRun,
  contestedRuns,
  cutOffBases,
  type GarrisonSupply,
} from './garrison-supply';
import { perTurn, type ShippingNetwork, seaRoute, seaRouteAvoiding, weightedRoutes } from './network';
import { giveBackTraffic, trafficOf } from './sea-traffic';
import {
  type Cargo,
  closedLanes,
  giveBackStanding,
  type StandingAttackers,
  sinkOnRoutes,
  standingAttackers,
} from './shipping-losses';

export const INDUSTRY = 'industry';
export const MERCHANT = 'merchant';
export const TANKERS = 'tankers';

/** An area's output to ship home (a report's `shipped-home` line lists them). */
interface Source {
  from: string;
  amount: number;
  /** What the report says of it: oil fields after sabotage, or the southern stock. */
  about: Omit<ShippedFrom, 'area' | 'amount'>;
}

export function deliverAreaOutput(ctx: TurnContext, side: SideId, network: ShippingNetwork): GarrisonSupply {
  const { world, state } = ctx;
  const capital = world.scenario.sides[side].capital;
  const shipping = world.scenario.rules.shipping;
  const south = side === 'japan' ? shipping?.southernOil : undefined;
  // The tankers load at the hub, or at another southern field the side holds.
  const port = south ? loadingPort(ctx, side, network) : null;
  const southHeld = port !== null;
  const overseas: Record<string, Source[]> = {};
  // The record's fields in their order, each from 0 (a loop, not a spread then a second loop).
  const supply = {} as SupplyRecord;
  for (const key of Object.keys(state.supply[side]) as (keyof SupplyRecord)[]) supply[key] = 0;
  const industryKept = industryPercent(ctx, side);
  for (const { index, area: a, output } of producersOf(world)) {
    if (network.own[index] !== 1) continue;
    for (const [resource, full] of output) {
      let amount = full;
      const repair = resource === OIL ? state.oilFields[a.id] : undefined;
      if (repair !== undefined) amount = Math.floor((full * repair) / 100);
      const fields = repair !== undefined ? { fields: repair } : {};
      if (!network.connected.has(a.id)) {
        adjustStock(ctx, side, resource, 0, {
          code: 'output-cut-off',
          area: a.id,
          capital,
          output: amount,
          resource,
        });
      } else if (south && southHeld && resource === OIL && a.tags.includes(south.tag)) {
        // Refined and stored in the south: no tankers needed to reach the southern stock.
        adjustStock(ctx, side, south.stock, amount, { code: 'produced', area: a.id, ...fields });
      } else if (network.overland.has(a.id) || !needsShips(ctx, side, resource)) {
        const gain = kept(resource, amount, industryKept);
        const cut = gain < amount ? { kept: industryKept, full: amount } : {};
        adjustStock(ctx, side, resource, gain, { code: 'produced', area: a.id, ...fields, ...cut });
      } else {
        const list = overseas[resource] ?? [];
        overseas[resource] = list;
        list.push({ from: a.id, amount, about: fields });
      }
    }
  }
  if (south && southHeld) {
    // The tankers lift from the southern stock at the hub.
    const stock = state.sides[side].stocks[south.stock] ?? 0;
    if (stock > 0 && needsShips(ctx, side, OIL)) {
      const list = overseas[OIL] ?? [];
      overseas[OIL] = list;
      list.push({ from: port!, amount: stock, about: { southernStock: true } });
    }
  } else if (south) {
    // No southern field the side holds has a sea route home (`loadingPort`): the tankers have
    // nowhere to load, and the stock stays where it is. The ships in the southern zone still burn
    // it there (oil-forecast.ts `southernPool`; the fleet went to the oil at Lingga in 1944 —
    // B13, B14). Said, not left silent: the stock's tile kept 8,700–10,000 with no word why the
    // oil stopped coming home (play29).
    const stock = state.sides[side].stocks[south.stock] ?? 0;
    if (stock > 0 && needsShips(ctx, side, OIL))
      adjustStock(ctx, side, south.stock, 0, {
        code: 'southern-stock-cut-off',
        stock,
        capital,
        held: southernFieldsHeld(ctx, side),
      });
  }

  const merchant = state.sides[side].stocks[MERCHANT] ?? 0;
  const sailings = state.policies[side].sailings;
  // The runs to the armies fighting on islands the enemy holds (the Tokyo Express), if any.
  const runs = contestedRuns(ctx, side, network);
  // The garrisons' needs by area: the same for every round of the plan below (only the routes change).
  const needs = garrisonNeeds(ctx, side, network, runs);
  // No convoy sails to a base whose sea lanes the enemy holds (garrison-supply.ts).
  const cut = cutOffBases(ctx, side, needs);
  const supplied = cut.size > 0 ? withoutAreas(needs, cut) : needs;
  const cargoPlan: CargoPlan = { ctx, side, supplied, merchant, sailings, overseas };
  // The convoys are planned on the shortest routes, then routed round the sea areas where the
  // enemy would sink more than the scenario's limit (shipping-losses.ts `closedLanes`); what
  // can only be reached through one of them is left where it is.
  // A detour may lead into another such area: it is looked at in turn (a few rounds at most).
  // The enemy's forces as they stand, for every round and the sinking (worked out once when asked).
  const asked: { standing?: StandingAttackers } = {};
  const attackers = () => {
    asked.standing ??= standingAttackers(ctx, side);
    return asked.standing;
  };
  // With `shipping.lossRouting`, every route weighs the losses the convoys met (`laneLosses`).
  const weighing = lossWeights(ctx, side);
  let routeOf = withRuns(
    weighing
      ? weightedRoutes(ctx, side, network, NO_AREAS, weighing.remembered, weighing.nmPerPercent)
      : shortestRoutes(ctx, network),
    runs,
    NO_AREAS,
  );
  let planned = planCargoes(cargoPlan, routeOf);
  // The traffic of the plan by sea area: what each round's `closedLanes` reads, and the sinking
  // (`sinkOnRoutes`) that of the last plan — worked out once per plan, not again for the sinking.
  let traffic = trafficOf(world, planned.cargoes);
  const closed = new Map<string, number>();
  for (let round = 0; round < 4; round++) {
    let more = 0;
    for (const [s, percent] of closedLanes(ctx, side, traffic, attackers))
      if (!closed.has(s)) {
        closed.set(s, percent);
        more++;
      }
    if (more === 0) break;
    const avoid = new Set(closed.keys());
    const key = [...avoid].sort().join(',');
    routeOf = withRuns(
      weighing
        ? weightedRoutes(ctx, side, network, avoid, weighing.remembered, weighing.nmPerPercent)
        : routesAvoiding(ctx, side, network, avoid, key),
      runs,
      avoid,
    );
    planned = planCargoes(cargoPlan, routeOf);
    giveBackTraffic(world, traffic);
    traffic = trafficOf(world, planned.cargoes);
  }
  const { cargoes, tied } = planned;
  supply.garrisonKgt = tied;
  const itemsBefore = ctx.items.length;
  const arrived = sinkOnRoutes(ctx, side, cargoes, traffic, supply, closed, attackers);
  giveBackTraffic(world, traffic);
  // Their tables go back to the world's pool (sea-traffic.ts `takeTable`): nothing reads them after.
  if (asked.standing) giveBackStanding(ctx.world, asked.standing);
  rememberLosses(ctx, side, itemsBefore);

  for (const resource of Object.keys(overseas)) {
    const sources = overseas[resource]!;
    const produced = sources.reduce((n, s) => n + s.amount, 0);
    const mine: Cargo[] = [];
    for (const c of arrived) if (c.resource === resource) mine.push(c);
    const carried = mine.reduce((n, c) => n + c.carried, 0);
    const delivered = mine.reduce((n, c) => n + c.delivered, 0);
    const fromSouth = south !== undefined && resource === OIL;
    if (resource === OIL) {
      supply.oilToShip += produced;
      supply.oilDelivered += delivered;
    } else if (resource === INDUSTRY) {
      supply.rawToShip += produced;
      supply.rawDelivered += delivered;
    }
    if (fromSouth && southHeld) {
      // What the tankers took leaves the southern stock whether or not it arrives.
      if (carried > 0)
        adjustStock(ctx, side, south.stock, -carried, { code: 'loaded-into-tankers', capital });
    }
    const gain = kept(resource, delivered, industryKept);
    const from = sources.map((s): ShippedFrom => ({ area: s.from, amount: s.amount, ...s.about }));
    adjustStock(ctx, side, resource, gain, { code: 'shipped-home', from });
    if (carried > delivered) {
      adjustStock(ctx, side, resource, 0, { code: 'lost-at-sea', cargo: carried - delivered });
    }
    if (carried < produced && !(fromSouth && southHeld)) {
      adjustStock(
        ctx,
        side,
        resource,
        0,
        sources.some((s) => routeOf(s.from) === null)
          ? { code: 'left-behind-closed', cargo: produced - carried, closed: [...closed.keys()] }
          : shortOf(ctx, side, resource, tied, produced - carried),
      );
    }
    if (gain < delivered) {
      adjustStock(ctx, side, resource, 0, {
        code: 'not-worked-up',
        cargo: delivered - gain,
        percent: industryKept,
      });
    }
  }
  state.supply[side] = supply;
  repairOilFields(ctx, side);
  return { needs, cargoes: arrived };
}

/** `needs` less the areas of `cut`, in the same order. */
function withoutAreas(needs: ReadonlyMap<string, number>, cut: ReadonlySet<string>): Map<string, number> {
  const kept = new Map<string, number>();
  for (const [at, kgt] of needs) if (!cut.has(at)) kept.set(at, kgt);
  return kept;
}

/**
 * What `planCargoes` reads: the side's garrisons still supplied by sea, its merchant tonnage and the
 * output to ship. (Module functions over a record, not closures made per call: under tsx each
 * named closure also costs a `__name` call.)
 */
interface CargoPlan {
  ctx: TurnContext;
  side: SideId;
  supplied: ReadonlyMap<string, number>;
  merchant: number;
  /** The share of the fleet that sails (percent, the side's policy). */
  sailings: number;
  overseas: Record<string, Source[]>;
}

/** The cargoes that sail by `route`, and the tonnage the garrisons tie up. */
function planCargoes(p: CargoPlan, route: RouteOf): { cargoes: Cargo[]; tied: number } {
  const { ctx, side, supplied, merchant, sailings, overseas } = p;
  const { state } = ctx;
  const shipping = ctx.world.scenario.rules.shipping;
  // Garrisons first: the armies overseas are supplied before any raw material sails.
  const cargoes = garrisonCargoes(supplied, merchant, route);
  const tied = cargoes.reduce((n, g) => n + g.kgt, 0);
  if (shipping) {
    const tankers = Math.floor(((state.sides[side].stocks[TANKERS] ?? 0) * sailings) / 100);
    cargoes.push(...allot(ctx, OIL, TANKERS, overseas[OIL] ?? [], tankers, shipping.tankerLiftPerKgt, route));
    const free = Math.floor((Math.max(0, merchant - tied) * sailings) / 100);
    const [num, den] =
      shipping.industryLiftPerKgt > 0
        ? [shipping.industryLiftPerKgt, 1]
        : [1, shipping.freighterKgtPerIndustry];
    cargoes.push(...allot(ctx, INDUSTRY, MERCHANT, overseas[INDUSTRY] ?? [], free, num, route, den));
  }
  return { cargoes, tied };
}

const NO_AREAS: ReadonlySet<string> = new Set();

/**
 * `route`, and for an island of `runs` (the Tokyo Express) the run's: the island's own waters
 * (the last leg, a land area's id: shipping-losses.ts sinks it by the enemy's air based there),
 * the sea area between, then the base's route home. None while the sea area between is one the
 * convoys keep out of (`avoid`) or the base has no route.
 */
function withRuns(
  route: RouteOf,
  runs: ReadonlyMap<string, ContestedRun>,
  avoid: ReadonlySet<string>,
): RouteOf {
  if (runs.size === 0) return route;
  const traced = new Map<string, readonly string[] | null>();
  return (from) => {
    const run = runs.get(from);
    if (!run) return route(from);
    let r = traced.get(from);
    if (r === undefined) {
      const home = avoid.has(run.sea) ? null : route(run.base);
      r = home === null ? null : home[0] === run.sea ? [from, ...home] : [from, run.sea, ...home];
      traced.set(from, r);
    }
    return r;
  };
}

/** Each cargo's shortest route in the network. */
function shortestRoutes(ctx: TurnContext, network: ShippingNetwork): RouteOf {
  return (from) => seaRoute(ctx, network, from);
}

/** Each cargo's route round the sea areas `avoid` (`key`: their ids, sorted and joined). */
function routesAvoiding(
  ctx: TurnContext,
  side: SideId,
  network: ShippingNetwork,
  avoid: ReadonlySet<string>,
  key: string,
): RouteOf {
  return (from) => seaRouteAvoiding(ctx, side, network, from, avoid, key);
}

/** The losses remembered by sea area and the rule's weight, when `shipping.lossRouting` is on and something is remembered. */
interface LossWeights {
  remembered: ReadonlyMap<string, number>;
  nmPerPercent: number;
}

function lossWeights(ctx: TurnContext, side: SideId): LossWeights | null {
  const rule = ctx.world.scenario.rules.shipping?.lossRouting;
  const memory = ctx.state.laneLosses?.[side];
  if (!rule || rule.nmPerPercent === 0 || !memory) return null;
  const remembered = new Map(Object.entries(memory).filter(([, percent]) => percent > 0));
  return remembered.size > 0 ? { remembered, nmPerPercent: rule.nmPerPercent } : null;
}

/**
 * What the convoy staff remember of this turn (`shipping.lossRouting`): for each sea area the
 * convoys sailed through, the percent of the ships lost there in 30 days (the report's sea-area
 * lines from `itemsBefore` on: submarines, mines, and aircraft if `aircraft`) when above
 * `aboveLossPercent`; the worst turn stays in mind, fading by `keepPercent` a turn, so a sea area
 * the convoys left is not tried again at once.
 */
function rememberLosses(ctx: TurnContext, side: SideId, itemsBefore: number): void {
  const rule = ctx.world.scenario.rules.shipping?.lossRouting;
  if (!rule) return;
  const before = ctx.state.laneLosses?.[side] ?? {};
  const next: Record<string, number> = {};
  for (const [s, percent] of Object.entries(before)) {
    const kept = Math.floor((percent * rule.keepPercent) / 100);
    if (kept > 0) next[s] = kept;
  }
  for (let i = itemsBefore; i < ctx.items.length; i++) {
    const item = ctx.items[i]!;
    if (item.kind !== 'shipping' || item.code !== 'sea-area-losses' || item.side !== side) continue;
    // Ships at anchor and the last leg of a run to an island are not sea lanes to route round.
    if (item.trafficKgt <= 0 || item.inPortKgt !== undefined || item.contestedIsland) continue;
    const sunk = item.sunkBySubmarines + (rule.aircraft ? item.sunkByAircraft : 0) + item.sunkByMines;
    const percent = Math.floor((sunk * 100 * 30) / (item.trafficKgt * ctx.turnDays));
    if (percent > rule.aboveLossPercent && percent > (next[item.area] ?? 0)) next[item.area] = percent;
  }
  ctx.state.laneLosses = { ...ctx.state.laneLosses, [side]: next };
}

/** An area that produces something, with its output as `Object.entries` lists it. */
export interface Producer {
  /** The area's index in `world.graph`. */
  index: number;
  area: World['scenario']['areas'][number];
  output: readonly (readonly [string, number])[];
}

/** The world's producing areas in the scenario's order (asked every turn for each side; made once, `world.memo`). */
function producersOf(world: World): readonly Producer[] {
  world.memo.producers ??= world.scenario.areas
    .map((a, index) => ({ index, area: a, output: Object.entries(a.produces) }))
    .filter((p) => p.output.length > 0);
  return world.memo.producers;
}

/** Where tankers load the southern stock: the hub if held and connected, else the first southern field that is. */
function loadingPort(ctx: TurnContext, side: SideId, network: ShippingNetwork): string | null {
  const south = ctx.world.scenario.rules.shipping?.southernOil;
  if (!south) return null;
  if (heldAndConnected(ctx, side, network, south.hub)) return south.hub;
  for (const a of ctx.world.scenario.areas)
    if (a.tags.includes(south.tag) && heldAndConnected(ctx, side, network, a.id)) return a.id;
  return null;
}

/** The southern oil fields (`southernOil.tag`) the side holds, in the scenario's order. */
function southernFieldsHeld(ctx: TurnContext, side: SideId): string[] {
  const tag = ctx.world.scenario.rules.shipping?.southernOil?.tag;
  if (tag === undefined) return [];
  return ctx.world.scenario.areas
    .filter((a) => a.tags.includes(tag) && (ctx.state.control[a.id] ?? a.owner) === side)
    .map((a) => a.id);
}

function heldAndConnected(ctx: TurnContext, side: SideId, network: ShippingNetwork, id: string): boolean {
  return (ctx.state.control[id] ?? area(ctx.world, id).owner) === side && network.connected.has(id);
}

/** Industry output kept at the side's rationing level (percent). */
export function industryPercent(ctx: TurnContext, side: SideId): number {
  const rationing = ctx.world.scenario.rules.rationing;
  if (!rationing || rationing.side !== side) return 100;
  return (rationing.levels[ctx.state.policies[side].rationing] ?? rationing.levels[0]!).industryPercent;
}

function kept(resource: string, amount: number, percent: number): number {
  return resource === INDUSTRY ? Math.floor((amount * percent) / 100) : amount;
}

/** Whether this side's overseas output of `resource` must be carried by ships it counts. */
function needsShips(ctx: TurnContext, side: SideId, resource: string): boolean {
  const shipping = ctx.world.scenario.rules.shipping;
  const stocks = ctx.state.sides[side].stocks;
  if (!shipping?.sides.includes(side)) return false;
  if (resource === OIL) return stocks[TANKERS] !== undefined && shipping.tankerLiftPerKgt > 0;
  if (resource === INDUSTRY)
    return (
      stocks[MERCHANT] !== undefined &&
      (shipping.industryLiftPerKgt > 0 || shipping.freighterKgtPerIndustry > 0)
    );
  return false;
}

/**
 * Shares the sailing tonnage of one kind among the sources in proportion to what each has to
 * ship; each cargo takes only the ships it needs (`lift` per thousand GT per 30 days).
 */
function allot(
  ctx: TurnContext,
  resource: string,
  ships: typeof MERCHANT | typeof TANKERS,
  all: Source[],
  tonnage: number,
  lift: number,
  route: RouteOf,
  /** `lift` units per `per` thousand GT. */
  per = 1,
): Cargo[] {
  const sources = all;
  if (sources.length === 0 || lift <= 0 || per <= 0) return [];
  // `tonnage` thousand GT carry `lift` units per `per` thousand GT in 30 days, scaled to the turn.
  const capacity = Math.floor(perTurn(ctx, tonnage * lift) / per);
  const total = sources.reduce((n, s) => n + s.amount, 0);
  let shared = 0;
  // The ships of a source no convoy can reach stay in port: they are not sent elsewhere.
  // A loop, not `map` and `filter`: an array a builtin makes in optimised code can have another map
  // than the one it made before, and the next read of it then throws the optimised caller away
  // (PERFORMANCE.md, pass 24).
  const cargoes: Cargo[] = [];
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    // Shared in proportion when short; the last source gets what rounding left over.
    let carried = s.amount;
    if (total > capacity)
      carried = i === sources.length - 1 ? capacity - shared : Math.floor((s.amount * capacity) / total);
    shared += carried;
    const way = route(s.from);
    if (way === null) continue;
    cargoes.push({
      resource,
      ships,
      from: s.from,
      route: way,
      kgt: Math.ceil((carried * per * 30) / (lift * ctx.turnDays)),
      carried,
      delivered: carried,
    });
  }
  return cargoes;
}

/**
 * Freighter tonnage each area's garrison needs (thousand GT), in the order of the first army
 * there among the forces: the armies overseas, whatever their route (`garrisonCargoes` leaves out
 * the areas no convoy reaches).
 */
function garrisonNeeds(
  ctx: TurnContext,
  side: SideId,
  network: ShippingNetwork,
  runs: ReadonlyMap<string, ContestedRun>,
): ReadonlyMap<string, number> {
  const shipping = ctx.world.scenario.rules.shipping;
  const per = shipping?.sides.includes(side) ? shipping.garrisonKgtPerThousandTroops : 0;
  const byArea = new Map<string, number>();
  if (per === 0 && !shipping?.baseSupply) return byArea;
  const overseas = suppliedBySea(ctx, side, network);
  for (const at of per > 0 ? forcesOf(ctx, side, 'army') : []) {
    const f = ctx.state.forces[at]!;
    if (f.type !== 'army' || f.status !== 'active' || !(overseas.has(f.location) || runs.has(f.location)))
      continue;
    byArea.set(f.location, (byArea.get(f.location) ?? 0) + f.troops * per);
  }
  addBaseNeeds(ctx, side, overseas, byArea);
  return byArea;
}

/** Freighters supplying each army overseas, along its route (scaled down if the fleet is short). */
function garrisonCargoes(needs: ReadonlyMap<string, number>, merchant: number, route: RouteOf): Cargo[] {
  // A garrison no convoy can reach is not supplied (the bypassed islands — Parillo 1993).
  let need = 0;
  for (const [at, kgt] of needs) if (route(at) !== null) need += kgt;
  const cargoes: Cargo[] = [];
  for (const [at, kgt] of needs) {
    const r = route(at);
    if (r === null) continue;
    const sailing = need <= merchant ? kgt : Math.floor((kgt * merchant) / need);
    cargoes.push({
      resource: 'garrison',
      ships: MERCHANT,
      from: at,
      route: r,
      kgt: sailing,
      // The supplies are counted by the ships that carry them (what arrives: garrison-supply.ts).
      carried: sailing,
      delivered: sailing,
    });
  }
  return cargoes;
}

/**
 * Areas where the side's armies need ships to be supplied: connected to the capital, not overland
 * and not living off the land. Like the network, it depends only on who holds what: worked out
 * once per network.
 */
function suppliedBySea(ctx: TurnContext, side: SideId, network: ShippingNetwork): ReadonlySet<string> {
  ctx.world.memo.suppliedBySea ??= new WeakMap();
  const bySea = ctx.world.memo.suppliedBySea;
  let overseas = bySea.get(network);
  if (!overseas) {
    const local = livesOffTheLand(ctx, side, network);
    overseas = new Set([...network.connected].filter((id) => !network.overland.has(id) && !local.has(id)));
    bySea.set(network, overseas);
  }
  return overseas;
}

/**
 * Land areas joined overland to one of the side's own producing land areas: armies there live
 * largely off the land (the Kwantung Army and the China Expeditionary Army drew food and much
 * else locally — Cohen 1949), so only garrisons on islands and cut-off coasts need ships.
 */
function livesOffTheLand(ctx: TurnContext, side: SideId, network: ShippingNetwork): ReadonlySet<string> {
  // Like the network, it depends only on who holds what: worked out once per network.
  ctx.world.memo.offTheLand ??= new WeakMap();
  const offTheLand = ctx.world.memo.offTheLand;
  let local = offTheLand.get(network);
  if (!local) {
    local = spreadOverLand(ctx, side);
    offTheLand.set(network, local);
  }
  return local;
}

function spreadOverLand(ctx: TurnContext, side: SideId): Set<string> {
  const { world, state } = ctx;
  const { ids, edges, sea } = world.graph;
  const areas = world.scenario.areas;
  const own = (i: number) => {
    const a = areas[i]!;
    return sea[i] === 0 && a.kind === 'land' && (state.control[a.id] ?? a.owner) === side;
  };
  // Spread from every own producing land area through own land areas (one pass in all).
  const local = new Set<string>();
  const queue: number[] = [];
  const seen = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    if (own(i) && (areas[i]!.produces[INDUSTRY] ?? 0) > 0) {
      seen[i] = 1;
      queue.push(i);
    }
  }
  while (queue.length > 0) {
    const i = queue.pop()!;
    local.add(ids[i]!);
    for (const e of edges[i]!) {
      if (seen[e.to] === 0 && own(e.to)) {
        seen[e.to] = 1;
        queue.push(e.to);
      }
    }
  }
  return local;
}

/** Freighter tonnage tied up supplying the side's armies overseas (thousand GT). */
export function garrisonShipping(ctx: TurnContext, side: SideId, network: ShippingNetwork): number {
  const merchant = ctx.state.sides[side].stocks[MERCHANT] ?? 0;
  const runs = contestedRuns(ctx, side, network);
  const route = withRuns((from) => seaRoute(ctx, network, from), runs, NO_AREAS);
  return garrisonCargoes(garrisonNeeds(ctx, side, network, runs), merchant, route).reduce(
    (n, c) => n + c.kgt,
    0,
  );
}

function shortOf(ctx: TurnContext, side: SideId, resource: string, tied: number, cargo: number): StockCause {
  const stocks = ctx.state.sides[side].stocks;
  const sailings = ctx.state.policies[side].sailings;
  const oil = resource === OIL;
  const tonnage = stocks[oil ? TANKERS : MERCHANT] ?? 0;
  const ships = oil ? 'tankers' : 'freighters';
  return { code: 'left-behind-short', cargo, ships, tonnage, garrisons: oil ? 0 : tied, sailings };
}

/** The sea route a cargo from an area takes to the capital, or null when no convoy sails there. */
type RouteOf = (from: string) => readonly string[] | null;

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
