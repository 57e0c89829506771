/**
 * Where a side's goods can travel: from its capital through its own land and
 * any sea area (the shipping lanes). "Overland" areas are those reached
 * without crossing the sea: their output needs no ships. Cargo from overseas
 * follows the shortest route along the lanes to the capital, and the sea
 * areas on that route carry its traffic (where the submarines, aircraft and
 * mines find it — Parillo 1993: the losses followed the convoy routes through
 * the Luzon Strait and the East China Sea).
 */
import type { SideId } from '../../../scenario/schema';
import { holders, type TurnContext } from '../../turn-context';
import { reachable, type World } from '../../world';

export interface ShippingNetwork {
  /** 1 where the side holds the area (by index, as in `world.graph`): what the network depends on. */
  own: Uint8Array;
  /** Areas connected to the capital at all (own land and sea). */
  connected: ReadonlySet<string>;
  /** Own areas connected to the capital without crossing the sea. */
  overland: ReadonlySet<string>;
  /** Sea areas on the side's lanes. */
  lanes: ReadonlySet<string>;
  /**
   * The area before each connected area on its shortest route from the capital (by index; -1
   * for none), worked out on first use (`seaRoute`).
   */
  previous: () => Int32Array;
  /** Sea routes already traced (`seaRoute`), by the area they start from. */
  routes: Map<string, readonly string[]>;
}

const NONE = new Int32Array(0);
const noRoutes = () => NONE;
const EMPTY: ReadonlySet<string> = new Set();

/** Past this many networks for one world (many games of one world in a batch), start afresh. */
const MAX_NETWORKS = 512;

/**
 * The side's network. Networks already worked out are kept with the world (`world.memo`), by
 * side and who holds each area: the network depends on nothing else, and the map changes hands
 * only a few times a game, so most turns find theirs there instead of searching the graph again
 * — and while the state still shares the previous turn's frozen record of control, by that
 * record, without building the key.
 */
export function shippingNetwork(ctx: TurnContext, side: SideId): ShippingNetwork {
  const { world } = ctx;
  const { control } = ctx.state;
  const frozen = Object.isFrozen(control);
  const byControl = frozen ? world.memo.networksByControl?.get(control)?.[side] : undefined;
  if (byControl !== undefined) return byControl;
  const network = searchOrRecall(ctx, side);
  if (frozen && network.connected !== EMPTY) {
    world.memo.networksByControl ??= new WeakMap();
    const memo = world.memo.networksByControl;
    const bySide = memo.get(control) ?? {};
    bySide[side] = network;
    memo.set(control, bySide);
  }
  return network;
}

function searchOrRecall(ctx: TurnContext, side: SideId): ShippingNetwork {
  const { world } = ctx;
  const areas = world.scenario.areas;
  const held = holders(ctx);
  // Who holds each area, by index (the searches below ask often), also the memo's key.
  const own = new Uint8Array(areas.length);
  // The key packs the marks 15 to a character (a key of one character per area cost more to build and hash).
  let key: string = side;
  let chunk = 0;
  for (let i = 0; i < areas.length; i++) {
    if (held[i] === side) {
      own[i] = 1;
      chunk |= 1 << (i % 15);
    }
    if (i % 15 === 14 || i === areas.length - 1) {
      key += String.fromCharCode(chunk);
      chunk = 0;
    }
  }
  const capital = world.scenario.sides[side].capital;
  if (own[world.graph.index.get(capital) ?? -1] !== 1)
    return { own, connected: EMPTY, overland: EMPTY, lanes: EMPTY, previous: noRoutes, routes: new Map() };
  world.memo.networks ??= new Map();
  const known = world.memo.networks;
  const found = known.get(key);
  if (found) return found;
  if (known.size >= MAX_NETWORKS) known.clear();
  const network = searchNetwork(world, capital, own);
  known.set(key, network);
  return network;
}

/** The network of the side holding the areas marked in `own` (by index), from its capital. */
function searchNetwork(world: World, capital: string, own: Uint8Array): ShippingNetwork {
  const { sea, index } = world.graph;
  const connected = reachable(world, capital, (i) => sea[i] === 1 || own[i] === 1);
  const overland = reachable(world, capital, (i) => sea[i] === 0 && own[i] === 1);
  const lanes = new Set<string>();
  for (const id of connected) if (sea[index.get(id) ?? -1] === 1) lanes.add(id);
  let tree: Int32Array | null = null;
  const previous = () => {
    tree ??= shortestTree(world, index.get(capital)!, (i) => sea[i] === 1 || own[i] === 1);
    return tree;
  };
  return { own, connected, overland, lanes, previous, routes: new Map() };
}

/**
 * Dijkstra from the capital over passable areas; ties go to the lower index (the same everywhere).
 * `extra`: nautical miles added for entering each area, by index (the losses remembered there —
 * `weightedRoutes`).
 */
function shortestTree(
  world: World,
  from: number,
  passable: (i: number) => boolean,
  extra?: Float64Array,
): Int32Array {
  const { edges } = world.graph;
  const n = edges.length;
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const previous = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  dist[from] = 0;
  for (;;) {
    let best = -1;
    for (let i = 0; i < n; i++)
      if (!done[i] && dist[i]! < Number.POSITIVE_INFINITY && (best < 0 || dist[i]! < dist[best]!)) best = i;
    if (best < 0) break;
    done[best] = 1;
    // Goods pass through own areas and sea areas; an overseas source itself is the end of its route.
    if (best !== from && !passable(best)) continue;
    for (const e of edges[best]!) {
      if (!passable(e.to)) continue;
      const d = dist[best]! + e.distance + (extra ? extra[e.to]! : 0);
      if (d < dist[e.to]!) {
        dist[e.to] = d;
        previous[e.to] = best;
      }
    }
  }
  return previous;
}

/**
 * The sea areas a cargo from `areaId` crosses on its way to the capital (empty if none or cut
 * off); traced once per network and shared, so never changed by its users.
 */
export function seaRoute(ctx: TurnContext, network: ShippingNetwork, areaId: string): readonly string[] {
  let route = network.routes.get(areaId);
  if (!route) {
    route = traceRoute(ctx.world, network, areaId);
    network.routes.set(areaId, route);
  }
  return route;
}

/**
 * The sea route from `areaId` to the capital that keeps out of the `closed` sea areas (the
 * convoys are routed round the enemy's hunting grounds — shipping-losses.ts `closedLanes`), or
 * null when every route crosses one. `key` names the closed set (the same set, the same key):
 * the search is made once per network and closed set.
 */
export function seaRouteAvoiding(
  ctx: TurnContext,
  side: SideId,
  network: ShippingNetwork,
  areaId: string,
  closed: ReadonlySet<string>,
  key: string,
): readonly string[] | null {
  if (closed.size === 0) return seaRoute(ctx, network, areaId);
  const { world } = ctx;
  const { sea, index, ids } = world.graph;
  world.memo.detours ??= new WeakMap();
  const detours = world.memo.detours;
  let known = detours.get(network);
  if (!known) {
    known = new Map();
    detours.set(network, known);
  }
  let detour = known.get(key);
  if (!detour) {
    const capital = world.scenario.sides[side].capital;
    const tree = shortestTree(world, index.get(capital)!, (i) =>
      sea[i] === 1 ? !closed.has(ids[i]!) : network.own[i] === 1,
    );
    detour = { tree, capital: index.get(capital)!, routes: new Map() };
    known.set(key, detour);
  }
  const found = detour.routes.get(areaId);
  if (found !== undefined) return found;
  const result = routeInTree(world, network, detour.tree, detour.capital, areaId);
  detour.routes.set(areaId, result);
  return result;
}

/**
 * The sea areas from `areaId` to the capital along a shortest-path tree rooted at the capital
 * (`shortestTree`), or null when the area is not connected or its path does not reach the capital.
 */
function routeInTree(
  world: World,
  network: ShippingNetwork,
  tree: Int32Array,
  capital: number,
  areaId: string,
): readonly string[] | null {
  const { sea, index, ids } = world.graph;
  const route: string[] = [];
  let at = index.get(areaId) ?? -1;
  let last = at;
  for (let guard = 0; at >= 0 && guard < ids.length; guard++) {
    if (sea[at] === 1) route.push(ids[at]!);
    last = at;
    at = tree[at]!;
  }
  return network.connected.has(areaId) && last === capital ? route : null;
}

/**
 * Each cargo's sea route to the capital when the routes weigh the losses remembered by sea area
 * (`rules.shipping.lossRouting`): a sea area costs its distance plus `nmPerPercent` for each percent
 * of losses remembered there (`remembered`, by area id), and the `closed` sea areas are kept out of
 * as in `seaRouteAvoiding`; null when every route crosses a closed one. The convoy staff put up with
 * a longer route to keep out of the waters where they had lost the most ships (PARILLO-1993). The
 * tree is searched once, on first use; the weights change from turn to turn, so it is not kept.
 */
export function weightedRoutes(
  ctx: TurnContext,
  side: SideId,
  network: ShippingNetwork,
  closed: ReadonlySet<string>,
  remembered: ReadonlyMap<string, number>,
  nmPerPercent: number,
): (areaId: string) => readonly string[] | null {
  const { world } = ctx;
  const { sea, index, ids } = world.graph;
  const capital = index.get(world.scenario.sides[side].capital)!;
  let tree: Int32Array | null = null;
  const routes = new Map<string, readonly string[] | null>();
  return (areaId) => {
    const found = routes.get(areaId);
    if (found !== undefined) return found;
    if (!tree) {
      const extra = new Float64Array(ids.length);
      for (const [s, percent] of remembered) {
        const i = index.get(s);
        if (i !== undefined && sea[i] === 1) extra[i] = percent * nmPerPercent;
      }
      tree = shortestTree(
        world,
        capital,
        (i) => (sea[i] === 1 ? !closed.has(ids[i]!) : network.own[i] === 1),
        extra,
      );
    }
    const result = routeInTree(world, network, tree, capital, areaId);
    routes.set(areaId, result);
    return result;
  };
}

/** Routes round closed sea areas from one network's capital, by closed set (`seaRouteAvoiding`). */
export type Detours = Map<
  string,
  { tree: Int32Array; capital: number; routes: Map<string, readonly string[] | null> }
>;

function traceRoute(world: World, network: ShippingNetwork, areaId: string): string[] {
  const { index, ids, sea } = world.graph;
  const route: string[] = [];
  let at = index.get(areaId) ?? -1;
  if (at < 0 || !network.connected.has(areaId)) return route;
  const previous = network.previous();
  if (previous.length === 0) return route;
  for (let guard = 0; at >= 0 && guard < ids.length; guard++) {
    if (sea[at] === 1) route.push(ids[at]!);
    at = previous[at]!;
  }
  return route;
}

/** Scales a per-30-days rate to this turn's length. */
export function perTurn(ctx: TurnContext, per30Days: number): number {
  return Math.floor((per30Days * ctx.turnDays) / 30);
}
