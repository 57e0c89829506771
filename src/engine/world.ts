/**
 * A scenario with lookup tables built once: areas by id, neighbours sorted by
 * id (so every search visits them in the same order everywhere).
 */
import type { AreaDef, Owner, Scenario, SideId } from '../scenario/schema';
import type { CheckedOrders } from './checked-orders';
import type { FuelReach } from './endurance';
import type { SeenOrders } from './ordered-forces';
import type { Order, TurnOrders } from './orders';
import type { AirMissionOrder } from './phases/air-missions';
import type { Producer } from './phases/economy/deliveries';
import type { Detours, ShippingNetwork } from './phases/economy/network';
import type { PowerTable } from './sea-control';
import type { ForceState, GameState } from './state';
import type { SupplySearch } from './supply';
import type { ForceTable } from './turn-context';

export interface Neighbour {
  area: string;
  distance: number;
  /** From a port to the nearest waters of a sea area a carrier force strikes from, if the scenario says (port-strike.ts). */
  strikeDistance?: number;
}

export interface World {
  scenario: Scenario;
  areas: Map<string, AreaDef>;
  /** By the map's connections: the ways of ships, armies and supply. */
  neighbours: Map<string, Neighbour[]>;
  /**
   * The same with the scenario's air legs (`airLegs`): where a leg joins two areas it is their
   * distance if shorter than the connection's. Aircraft only (`airDistance`): a flight from
   * Formosa to Luzon is no way for a ship or an army.
   */
  airNeighbours: Map<string, Neighbour[]>;
  /** The same graph by index, for searches that run many times a turn. */
  graph: {
    ids: string[];
    index: Map<string, number>;
    edges: { to: number; distance: number }[][];
    /** The edges of `airNeighbours`, by index. */
    airEdges: { to: number; distance: number }[][];
    /** 1 where the area (by index) is a sea area. */
    sea: Uint8Array;
  };
  eventIndex: Map<string, number>;
  /** Resources by id (every stock change looks its bounds up). */
  resources: Map<string, Scenario['resources'][number]>;
  /** Tables that depend on the map alone, worked out on first use (see WorldMemo). */
  memo: WorldMemo;
}

/**
 * What the engine works out from the scenario alone, kept with the world that
 * it belongs to (a property read, where a module-level WeakMap keyed by the
 * world cost a hash lookup on every distance asked). Each slot is filled on
 * first use by the module that owns it and never changes afterwards: the
 * scenario of a world never changes. Only a speed-up: no answer depends on
 * whether a slot is filled.
 */
export interface WorldMemo {
  /** Shortest distances between all areas by sea, through anything and flown (`seaDistance`, `openDistance`, `airDistance`). */
  distances?: StaticDistances;
  /** Arrays for the army searches (`shortestDistanceAt`). */
  scratch?: Scratch;
  /** Routes of ships and aircraft (move-route.ts). */
  staticRoutes?: Map<number | string, readonly string[] | null>;
  /** Every force id the scenario names, at the start, as reinforcements or in events (detach.ts). */
  declaredForceIds?: ReadonlySet<string>;
  /** The fronts with their area lists as sets (orders.ts `atWarIn`). */
  fronts?: { flag: string; areas: ReadonlySet<string>; only: ReadonlySet<string> }[];
  /**
   * Each side's fuelled ports with the answers of the fuel check (endurance.ts `fuelReach`), by
   * side and the rule's bases open and held (a bit each), and by list of ports (the same from turn
   * to turn).
   */
  fuelledPorts?: {
    byBases: Record<SideId, Map<number, FuelReach>>;
    byPorts: Map<string, FuelReach>;
    /** Each side's last answer, with the record of control and the date it was for. */
    last: Partial<Record<SideId, { control: object; date: string; reach: FuelReach }>>;
  };
  /**
   * The computer players' tables (src/ai/bot-memo.ts gives them their shape; the engine never
   * reads them): indexes of a plan, of a state's forces, of the map as the bots ask it.
   */
  bots?: object;
  /**
   * Legality verdicts a computer player already has for the orders it gives, by the state it
   * checked them against and side (checked-orders.ts). States are never changed once handed out.
   */
  checkedOrders?: WeakMap<GameState, Partial<Record<SideId, CheckedOrders>>>;
  /**
   * The power table of a state whose forces were all frozen when it was counted, with those
   * forces (sea-control.ts `powerTable`).
   */
  powerTables?: WeakMap<GameState, { forces: readonly ForceState[]; table: PowerTable }>;
  /**
   * The last power table asked of a state handed out, with that state's list of forces
   * (sea-control.ts `lanePower` works a state being resolved out from it). Replaced as play goes on;
   * any such table is right for its own frozen forces, so which one is kept changes no answer.
   */
  lastPowerTable?: { forces: readonly ForceState[]; table: PowerTable };
  /** The southern oil zone's areas as a set (oil-forecast.ts `southernPool`). */
  southernZone?: ReadonlySet<string>;
  /** The sea areas' indices in the order of their ids (phases/submarine-attacks.ts). */
  seaAreasById?: readonly number[];
  /** The lists of forces of the states resolveTurn handed out (handed-out.ts). */
  handedOut?: WeakSet<readonly ForceState[]>;
  /** Whether an army is supplied, by a state handed out (supplied-at.ts). */
  supplied?: WeakMap<
    GameState,
    {
      forces: readonly ForceState[];
      control: object;
      searches: Partial<Record<SideId, SupplySearch>>;
    } & Record<SideId, Map<string, boolean>>
  >;
  /** The transport flotillas by side and place, by list of forces handed out (orders.ts `transportsAt`). */
  transports?: WeakMap<readonly ForceState[], Record<SideId, Map<string, ForceState[]>>>;
  /**
   * Positions by side and type in the list of forces of a state handed out, as the turn that
   * made the state had them (turn-context.ts `carriedForceTable`).
   */
  forceTables?: WeakMap<readonly ForceState[], ForceTable>;
  /** The date each turn starts, by turn (turn-dates.ts). */
  turnDates?: string[];
  /** The producing areas in the scenario's order (deliveries.ts). */
  producers?: readonly Producer[];
  /**
   * Who holds each area by index (turn-context.ts `holders`), by a frozen record of control:
   * states share it until an area changes hands.
   */
  holders?: WeakMap<object, readonly Owner[]>;
  /** Shipping networks by side and who holds each area (network.ts). */
  networks?: Map<string, ShippingNetwork>;
  /** The same networks by a frozen record of control and side (no key to build while it is shared). */
  networksByControl?: WeakMap<object, Partial<Record<SideId, ShippingNetwork>>>;
  /** The areas supplied by sea, by shipping network (deliveries.ts `suppliedBySea`). */
  suppliedBySea?: WeakMap<ShippingNetwork, ReadonlySet<string>>;
  /** The forces each list of orders already orders, by list (ordered-forces.ts `hasOrderFor`). */
  seenOrders?: WeakMap<readonly Order[], SeenOrders>;
  /** The turn's air missions by force id, by the turn's orders (air-missions.ts `missionsOf`). */
  airMissions?: WeakMap<TurnOrders, Map<string, AirMissionOrder>>;
  /** The same missions but `defend`, by target (air-missions.ts `groupsOver`). */
  airMissionsByTarget?: WeakMap<TurnOrders, Map<string, AirMissionOrder[]>>;
  /** The areas whose armies live off the land, by shipping network (deliveries.ts). */
  offTheLand?: WeakMap<ShippingNetwork, ReadonlySet<string>>;
  /** A scratch table of the reinforcements arrived (events.ts; filled and read within one call). */
  arrivedMarks?: Uint8Array;
  /** The events that may still fire, by frozen record of fired events (events.ts `openEvents`). */
  openEvents?: unknown;
  /** The areas' indices in the order of their ids (economy/sea-traffic.ts). */
  areasById?: Int32Array;
  /**
   * Tables by area index the shipping war fills and reads within one call and then gives back
   * (economy/sea-traffic.ts `takeTable`): allocating a typed array of every area's entries costs
   * more than filling one again.
   */
  seaTables?: Float64Array[];
  /** The graph indices of each sea route's areas, by route (routes are shared and never changed: economy/sea-traffic.ts). */
  routeIndexes?: WeakMap<readonly string[], Int32Array>;
  /** The sea areas within the minelayers' reach of each airfield, by index (shipping-losses.ts `standingAttackers`). */
  mineReach?: Map<string, Int32Array>;
  /** Routes round closed sea areas, by shipping network (network.ts `seaRouteAvoiding`). */
  detours?: WeakMap<ShippingNetwork, Detours>;
  /** Who holds each area by graph index, by frozen record of control (orders.ts). */
  holderMarks?: WeakMap<object, Uint8Array>;
  /** What the will phase reads from the scenario alone (will.ts), made on first use. */
  staticWill?: unknown;
}

export function buildWorld(scenario: Scenario): World {
  const areas = new Map(scenario.areas.map((a) => [a.id, a]));
  const neighbours = new Map<string, Neighbour[]>(scenario.areas.map((a) => [a.id, []]));
  for (const c of scenario.connections) {
    const strike = c.strikeDistance === undefined ? {} : { strikeDistance: c.strikeDistance };
    neighbours.get(c.a)?.push({ area: c.b, distance: c.distance, ...strike });
    neighbours.get(c.b)?.push({ area: c.a, distance: c.distance, ...strike });
  }
  const byId = (x: Neighbour, y: Neighbour) => (x.area < y.area ? -1 : x.area > y.area ? 1 : 0);
  for (const list of neighbours.values()) list.sort(byId);
  const airNeighbours = new Map<string, Neighbour[]>(
    [...neighbours].map(([id, list]) => [id, list.map((n) => ({ ...n }))]),
  );
  for (const leg of scenario.airLegs ?? []) {
    for (const [from, to] of [
      [leg.a, leg.b],
      [leg.b, leg.a],
    ] as const) {
      const list = airNeighbours.get(from);
      if (!list || !areas.has(to)) continue;
      const there = list.find((n) => n.area === to);
      if (!there) list.push({ area: to, distance: leg.distance });
      else there.distance = Math.min(there.distance, leg.distance);
    }
  }
  for (const list of airNeighbours.values()) list.sort(byId);
  const eventIndex = new Map(scenario.events.map((e, i) => [e.id, i]));
  const ids = scenario.areas.map((a) => a.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const edgesOf = (lists: Map<string, Neighbour[]>) =>
    ids.map((id) => (lists.get(id) ?? []).map((n) => ({ to: index.get(n.area)!, distance: n.distance })));
  const edges = edgesOf(neighbours);
  const airEdges = edgesOf(airNeighbours);
  const sea = Uint8Array.from(scenario.areas, (a) => (a.kind === 'sea' ? 1 : 0));
  // The first of an id wins, as a search of the list would find it.
  const resources = new Map<string, Scenario['resources'][number]>();
  for (const r of scenario.resources) if (!resources.has(r.id)) resources.set(r.id, r);
  return {
    scenario,
    areas,
    neighbours,
    airNeighbours,
    eventIndex,
    resources,
    graph: { ids, index, edges, airEdges, sea },
    memo: {},
  };
}

export function area(world: World, id: string): AreaDef {
  const a = world.areas.get(id);
  if (!a) throw new Error(`unknown area ${id}`);
  return a;
}

/**
 * Shortest distance from `from` to `to` through areas that `canPass` allows
 * (the destination itself need not be passable), or null if none within `limit`.
 */
export function shortestDistance(
  world: World,
  from: string,
  to: string,
  limit: number,
  canPass: (areaId: string) => boolean,
): number | null {
  const { ids } = world.graph;
  return shortestDistanceAt(world, from, to, limit, (i) => canPass(ids[i]!));
}

/** `shortestDistance` with `canPass` asked by area index (as in `world.graph`). */
export function shortestDistanceAt(
  world: World,
  from: string,
  to: string,
  limit: number,
  canPass: (index: number) => boolean,
): number | null {
  const { ids, index } = world.graph;
  const start = index.get(from);
  const goal = index.get(to);
  if (start === undefined || goal === undefined) return null;
  // Checking an army's move searches every time: the search's arrays are the world's, reused
  // (unless a `canPass` searches too: then that inner search has its own).
  const scratch = scratchOf(world);
  const own = !scratch.busy;
  const buffers = own ? scratch : { best: new Float64Array(ids.length), done: new Uint8Array(ids.length) };
  scratch.busy = true;
  try {
    const best = dijkstra(world.graph.edges, start, goal, limit, canPass, undefined, buffers);
    const d = best[goal]!;
    return d <= limit ? d : null;
  } finally {
    if (own) scratch.busy = false;
  }
}

interface Scratch {
  best: Float64Array;
  done: Uint8Array;
  /** Each area's predecessor on its shortest route (`routeThrough`). */
  prev: Int32Array;
  /** Set while a search uses the arrays. */
  busy: boolean;
}

function scratchOf(world: World): Scratch {
  let scratch = world.memo.scratch;
  if (!scratch) {
    const n = world.graph.ids.length;
    scratch = { best: new Float64Array(n), done: new Uint8Array(n), prev: new Int32Array(n), busy: false };
    world.memo.scratch = scratch;
  }
  return scratch;
}

/**
 * Dense Dijkstra from `start`: the map has a few dozen areas, so scanning for
 * the nearest beats a heap. Stops once `goal` (if ≥ 0) is settled or nothing
 * within `limit` is left. Entries not reached stay +∞. Distances are whole
 * nautical miles, so the result does not depend on the order of exploration.
 */
function dijkstra(
  /** The graph to search (`world.graph.edges`, or `airEdges` for aircraft). */
  edges: readonly (readonly { to: number; distance: number }[])[],
  start: number,
  goal: number,
  limit: number,
  canPass: (index: number) => boolean,
  /** If given, filled with each reached area's predecessor on its shortest route. */
  prev?: Int32Array,
  /** Arrays to search in (returned as the result), else new ones. */
  buffers?: { best: Float64Array; done: Uint8Array },
): Float64Array {
  const n = edges.length;
  const best = buffers ? buffers.best : new Float64Array(n);
  const done = buffers ? buffers.done : new Uint8Array(n);
  best.fill(Number.POSITIVE_INFINITY);
  if (buffers) done.fill(0);
  best[start] = 0;
  for (;;) {
    let current = -1;
    let currentDist = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (done[i] === 0 && best[i]! < currentDist) {
        current = i;
        currentDist = best[i]!;
      }
    }
    if (current < 0 || currentDist > limit || current === goal) return best;
    done[current] = 1;
    if (current !== start && !canPass(current)) continue;
    for (const e of edges[current]!) {
      const d = currentDist + e.distance;
      if (d <= limit && d < best[e.to]!) {
        best[e.to] = d;
        if (prev) prev[e.to] = current;
      }
    }
  }
}

/**
 * The areas of a shortest route from `from` to `to` (both included) through
 * areas `canPass` allows, by the same search as `shortestDistance`, or null
 * if there is none within `limit`. For drawing a move where it goes.
 */
export function shortestRoute(
  world: World,
  from: string,
  to: string,
  limit: number,
  canPass: (areaId: string) => boolean,
): string[] | null {
  const { ids } = world.graph;
  return shortestRouteAt(world, from, to, limit, (i) => canPass(ids[i]!));
}

/** `shortestRoute` with `canPass` asked by area index (as in `world.graph`). */
export function shortestRouteAt(
  world: World,
  from: string,
  to: string,
  limit: number,
  canPass: (index: number) => boolean,
): string[] | null {
  return routeThrough(world, world.graph.edges, from, to, limit, canPass)?.route ?? null;
}

/**
 * `shortestRouteAt` with its length: the distance `shortestDistanceAt` gives for the same
 * question (the same search), or null where that is null.
 */
export function shortestWayAt(
  world: World,
  from: string,
  to: string,
  limit: number,
  canPass: (index: number) => boolean,
): { route: string[]; distance: number } | null {
  return routeThrough(world, world.graph.edges, from, to, limit, canPass);
}

/**
 * The areas of a shortest flight from `from` to `to` (both included) over the map and the air
 * legs, or null beyond `limit`: where an air group's move goes.
 */
export function airRoute(world: World, from: string, to: string, limit: number): string[] | null {
  return routeThrough(world, world.graph.airEdges, from, to, limit, () => true)?.route ?? null;
}

function routeThrough(
  world: World,
  edges: World['graph']['edges'],
  from: string,
  to: string,
  limit: number,
  canPass: (index: number) => boolean,
): { route: string[]; distance: number } | null {
  const { ids, index } = world.graph;
  const start = index.get(from);
  const goal = index.get(to);
  if (start === undefined || goal === undefined) return null;
  // The search's arrays are the world's, reused, as in shortestDistanceAt (a `canPass` that
  // searches too gets arrays of its own).
  const scratch = scratchOf(world);
  const own = !scratch.busy;
  const n = ids.length;
  const buffers = own
    ? scratch
    : { best: new Float64Array(n), done: new Uint8Array(n), prev: new Int32Array(n) };
  scratch.busy = true;
  try {
    const { prev } = buffers;
    prev.fill(-1);
    const best = dijkstra(edges, start, goal, limit, canPass, prev, buffers);
    const distance = best[goal]!;
    if (!(distance <= limit)) return null;
    const route = [to];
    for (let at = goal; at !== start; ) {
      at = prev[at]!;
      route.push(ids[at]!);
    }
    return { route: route.reverse(), distance };
  } finally {
    if (own) scratch.busy = false;
  }
}

/**
 * Distances that depend on the map alone, for every pair of areas: by sea
 * (through sea areas only — ships), through anything by the connections, and
 * flown (the connections and the air legs — aircraft). Checking a move is
 * then a lookup; these are computed once per world, on first use.
 */
interface StaticDistances {
  sea: Float64Array;
  open: Float64Array;
  air: Float64Array;
}

function distancesOf(world: World): StaticDistances {
  let tables = world.memo.distances;
  if (!tables) {
    const { ids } = world.graph;
    const n = ids.length;
    const isSea = world.graph.sea;
    const sea = new Float64Array(n * n);
    const open = new Float64Array(n * n);
    const air = new Float64Array(n * n);
    const { edges, airEdges } = world.graph;
    for (let i = 0; i < n; i++) {
      sea.set(
        dijkstra(edges, i, -1, Number.POSITIVE_INFINITY, (j) => isSea[j] === 1),
        i * n,
      );
      open.set(
        dijkstra(edges, i, -1, Number.POSITIVE_INFINITY, () => true),
        i * n,
      );
      air.set(
        dijkstra(airEdges, i, -1, Number.POSITIVE_INFINITY, () => true),
        i * n,
      );
    }
    tables = { sea, open, air };
    world.memo.distances = tables;
  }
  return tables;
}

function tableDistance(world: World, table: keyof StaticDistances, from: string, to: string, limit: number) {
  const { index, ids } = world.graph;
  const a = index.get(from);
  const b = index.get(to);
  if (a === undefined || b === undefined) return null;
  const d = distancesOf(world)[table][a * ids.length + b]!;
  return d <= limit ? d : null;
}

/** Shortest distance from `from` to `to` through sea areas only (the destination may be a port), or null beyond `limit`. */
export function seaDistance(world: World, from: string, to: string, limit: number): number | null {
  return tableDistance(world, 'sea', from, to, limit);
}

/**
 * Shortest distance from `from` to `to` through any areas by the map's connections (not the air
 * legs), or null beyond `limit`. An aircraft's range is measured by `airDistance`.
 */
export function openDistance(world: World, from: string, to: string, limit: number): number | null {
  return tableDistance(world, 'open', from, to, limit);
}

/**
 * How far an aircraft flies from `from` to `to`: through any areas, by the connections and the
 * scenario's air legs (`airLegs`), or null beyond `limit`. Every aircraft's range is measured by
 * it — air missions, the land air in reach of a battle's area, the bombers' reach, an air group's
 * move — and nothing else's: ships sail by `seaDistance`, armies march and embark over the
 * connections. The 11th Air Fleet struck Clark Field from Formosa, about 450 nm, on 8 December
 * 1941 (J3); the map's way runs through the South China Sea.
 */
export function airDistance(world: World, from: string, to: string, limit: number): number | null {
  return tableDistance(world, 'air', from, to, limit);
}

/**
 * Every area reachable from `from` through areas `canPass` allows (by area
 * index), in breadth-first order with neighbours by id — the Set's order.
 */
export function reachable(world: World, from: string, canPass: (index: number) => boolean): Set<string> {
  const { ids, index, edges } = world.graph;
  const seen = new Set<string>([from]);
  const start = index.get(from);
  if (start === undefined) return seen;
  const marked = new Uint8Array(ids.length);
  const queue = new Int32Array(ids.length);
  let head = 0;
  let tail = 0;
  marked[start] = 1;
  queue[tail++] = start;
  while (head < tail) {
    const current = queue[head++]!;
    for (const e of edges[current]!) {
      if (marked[e.to] === 0 && canPass(e.to)) {
        marked[e.to] = 1;
        seen.add(ids[e.to]!);
        queue[tail++] = e.to;
      }
    }
  }
  return seen;
}
