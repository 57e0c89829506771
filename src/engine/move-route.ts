/**
 * Where a move goes, area by area: the board draws a fleet's course around
 * the land and an army's march through its own provinces, not a straight
 * line across the map. The route is a shortest one through the areas the
 * order check lets the force pass (checkMove in orders.ts): ships and
 * flotillas through sea areas (into a port at the end), aircraft through
 * anything and over the scenario's air legs, armies overland through their side's own land, or by sea
 * through sea areas and their side's ports.
 */
import type { SideId } from '../scenario/schema';
import { assertNever } from './assert-never';
import { armyPasses, checkOrder, type Legality, type Order } from './orders';
import { type ForceState, forceById, type GameState } from './state';
import { airRoute, area, shortestRoute, type World } from './world';

/** The areas from the force's position to the destination, both included; null if the order is not legal. */
export function moveRoute(
  world: World,
  state: GameState,
  side: SideId,
  order: Extract<Order, { type: 'move' }>,
): string[] | null {
  const verdict = checkOrder(world, state, side, order);
  const force = forceById(state, order.force);
  if (!verdict.ok || !force) return null;
  return routeOf(world, state, force, order.to, verdict);
}

/** The route of a move already found legal (`verdict`), from where `force` stands now. */
export function routeOf(
  world: World,
  state: GameState,
  force: ForceState,
  to: string,
  verdict: Extract<Legality, { ok: true }>,
): string[] | null {
  if (verdict.route) return verdict.route;
  const limit = verdict.distance ?? Number.POSITIVE_INFINITY;
  switch (force.type) {
    case 'ship':
    case 'flotilla':
      return staticRoute(world, 'sea', force.location, to, limit);
    case 'air':
      return staticRoute(world, 'air', force.location, to, limit);
    case 'army':
      return shortestRoute(
        world,
        force.location,
        to,
        limit,
        armyPasses(world, state, force.side, verdict.bySea === true),
      );
    default:
      return assertNever(force);
  }
}

/**
 * Routes through sea areas (ships) or flown (aircraft, air legs too) depend on
 * the map alone: searched once per world, origin, destination and limit
 * (kept in `world.memo`).
 */
function staticRoute(
  world: World,
  through: 'sea' | 'air',
  from: string,
  to: string,
  limit: number,
): string[] | null {
  let memo = world.memo.staticRoutes;
  if (!memo) {
    memo = new Map();
    world.memo.staticRoutes = memo;
  }
  const key = routeKey(world, through, from, to, limit);
  let route = memo.get(key);
  if (route === undefined) {
    route =
      through === 'sea'
        ? shortestRoute(world, from, to, limit, (id) => area(world, id).kind === 'sea')
        : airRoute(world, from, to, limit);
    memo.set(key, route);
  }
  // A copy: the caller may keep or change its route.
  return route ? route.slice() : null;
}

/**
 * The memo's key: a number made of the areas' indexes and the limit when they fit (a number is
 * looked up much faster than a string built for the purpose), or else the same as text. Each
 * number is one (through, from, to, limit) and never equals another's.
 */
function routeKey(
  world: World,
  through: 'sea' | 'air',
  from: string,
  to: string,
  limit: number,
): number | string {
  const { index, ids } = world.graph;
  const a = index.get(from);
  const b = index.get(to);
  if (a === undefined || b === undefined || !Number.isInteger(limit) || limit < 0 || limit >= 65536)
    return `${through}|${from}|${to}|${limit}`;
  return (((through === 'sea' ? 1 : 0) * ids.length + a) * ids.length + b) * 65536 + limit;
}
