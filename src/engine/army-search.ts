/**
 * The searches behind an army's move check (orders.ts `checkMove`): on foot through its side's own
 * land, embarked through sea areas and its side's ports, and the convoy's way for a landing. They
 * read the map, who holds each area and the side, and (the convoy's quiet way) where the enemy's
 * power stands — not the army, not its destination. So one search from an area answers every
 * army that starts there, for every destination: it is kept, by a frozen record of control (as
 * every state the engine hands out has it, shared by the states that follow until an area changes
 * hands — cloneState), and run only as far as the questions asked of it so far needed. A bot checks
 * the same landing against several lists of earlier orders (the fleet first or not, the re-checks
 * of the armies that embarked before it in the same port), the same port's armies in turn, and
 * again next turn while no area has changed hands: each asked a full search before.
 *
 * Only a speed-up: the answers are those of `shortestDistanceAt` and `shortestRouteAt` (world.ts),
 * which a record of control that may still change (a turn being resolved) asks instead. The search
 * is theirs, paused: it settles areas one at a time, nearest first and of equals the first by
 * index, and stops once the area asked is settled; asked again, it goes on from there. A fresh
 * search for another destination settles the same areas in the same order up to it (every
 * settled area's distance and predecessor are final), so the distance and the route it gives are
 * the same.
 */
import type { SideId } from '../scenario/schema';
import { type PowerTable, powerAt } from './sea-control';
import type { GameState } from './state';
import { shortestDistanceAt, shortestRouteAt, type World } from './world';

declare module './world' {
  interface WorldMemo {
    /**
     * The army searches (army-search.ts), by the table of who holds each area (one per frozen
     * record of control, `holderMarks`), then by side, way, limit and starting area; the convoys'
     * quiet ways also by power table.
     */
    armySearches?: WeakMap<Uint8Array, ArmySearches>;
  }
}

interface ArmySearches {
  /** By `searchKey`. */
  plain: Map<number, AreaSearch>;
  /** The quiet ways (no enemy power at sea on them), by power table and then `searchKey`. */
  quiet: WeakMap<PowerTable, Map<number, AreaSearch>>;
}

/** A search from one area through the areas `canPass` lets through, within `limit`, settled as far as asked. */
class AreaSearch {
  private readonly best: Float64Array;
  private readonly done: Uint8Array;
  private readonly prev: Int32Array;
  /** Nothing within the limit is left to settle. */
  private finished = false;

  constructor(
    private readonly edges: World['graph']['edges'],
    private readonly start: number,
    private readonly limit: number,
    private readonly canPass: (index: number) => boolean,
  ) {
    const n = edges.length;
    this.best = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    this.done = new Uint8Array(n);
    this.prev = new Int32Array(n).fill(-1);
    this.best[start] = 0;
  }

  /** Settles areas, nearest first (of equals, the lowest index), until `goal` is or none within the limit is left. */
  private settle(goal: number): void {
    const { best, done, prev, edges, limit } = this;
    const n = best.length;
    while (done[goal] === 0 && !this.finished) {
      let current = -1;
      let currentDist = Number.POSITIVE_INFINITY;
      for (let i = 0; i < n; i++) {
        if (done[i] === 0 && best[i]! < currentDist) {
          current = i;
          currentDist = best[i]!;
        }
      }
      if (current < 0 || currentDist > limit) {
        this.finished = true;
        return;
      }
      done[current] = 1;
      if (current !== this.start && !this.canPass(current)) continue;
      for (const e of edges[current]!) {
        const d = currentDist + e.distance;
        if (d <= limit && d < best[e.to]!) {
          best[e.to] = d;
          prev[e.to] = current;
        }
      }
    }
  }

  /** The shortest distance to `goal` within the limit, or null (`shortestDistanceAt`). */
  distance(goal: number): number | null {
    this.settle(goal);
    return this.done[goal] === 1 ? this.best[goal]! : null;
  }

  /** The areas of a shortest route to `goal`, both ends included, or null (`shortestRouteAt`); a new list. */
  route(ids: readonly string[], goal: number): string[] | null {
    this.settle(goal);
    if (this.done[goal] === 0) return null;
    const route = [ids[goal]!];
    for (let at = goal; at !== this.start; ) {
      at = this.prev[at]!;
      route.push(ids[at]!);
    }
    return route.reverse();
  }
}

const JAPAN_HOLDS = 1;
const ALLIES_HOLDS = 2;

/** The largest limit (nautical miles) a kept search is keyed by. */
const KEYED_NM = 65536;

/**
 * Who holds each area by index in `world.graph` (1 Japan, 2 the Allies, 0 anyone else), from a
 * state's `control`, and whether the table is kept (the record is frozen: it never changes, and
 * the states sharing it share the table and the searches hung on it).
 */
function holdersByIndex(world: World, control: GameState['control']): { held: Uint8Array; kept: boolean } {
  // Kept with the world (no module-level tables), by frozen record of control.
  world.memo.holderMarks ??= new WeakMap();
  const holderMarks = world.memo.holderMarks;
  const known = holderMarks.get(control);
  if (known !== undefined) return { held: known, kept: true };
  const areas = world.scenario.areas;
  const table = new Uint8Array(areas.length);
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i]!;
    const holder = control[a.id] ?? a.owner;
    table[i] = holder === 'japan' ? JAPAN_HOLDS : holder === 'allies' ? ALLIES_HOLDS : 0;
  }
  const kept = Object.isFrozen(control);
  if (kept) holderMarks.set(control, table);
  return { held: table, kept };
}

/** The areas an army of `side` may pass (by index): on foot its side's own land, embarked sea areas and its side's own ports and land. */
function passesOf(world: World, held: Uint8Array, side: SideId, bySea: boolean): (i: number) => boolean {
  const { sea } = world.graph;
  const mark = side === 'japan' ? JAPAN_HOLDS : ALLIES_HOLDS;
  return bySea ? (i) => sea[i] === 1 || held[i] === mark : (i) => sea[i] === 0 && held[i] === mark;
}

/** The key of a kept search: its limit, way, side and starting area (each key one search). */
function searchKey(world: World, side: SideId, bySea: boolean, start: number, limit: number): number {
  return ((limit * 2 + (bySea ? 1 : 0)) * 2 + (side === 'japan' ? 0 : 1)) * world.graph.ids.length + start;
}

function keyable(limit: number): boolean {
  return Number.isInteger(limit) && limit >= 0 && limit < KEYED_NM;
}

function searchesOf(world: World, held: Uint8Array): ArmySearches {
  world.memo.armySearches ??= new WeakMap();
  let searches = world.memo.armySearches.get(held);
  if (!searches) {
    searches = { plain: new Map(), quiet: new WeakMap() };
    world.memo.armySearches.set(held, searches);
  }
  return searches;
}

/**
 * The kept search of an army of `side` from `from` (on foot or embarked) within `limit`, or null
 * when it is not kept (a record of control that may change, a limit that is no key, an unknown area).
 */
function keptSearch(
  world: World,
  state: GameState,
  side: SideId,
  bySea: boolean,
  from: string,
  limit: number,
): AreaSearch | null {
  const start = world.graph.index.get(from);
  if (start === undefined || !keyable(limit)) return null;
  const { held, kept } = holdersByIndex(world, state.control);
  if (!kept) return null;
  const plain = searchesOf(world, held).plain;
  const key = searchKey(world, side, bySea, start, limit);
  let search = plain.get(key);
  if (!search) {
    search = new AreaSearch(world.graph.edges, start, limit, passesOf(world, held, side, bySea));
    plain.set(key, search);
  }
  return search;
}

/** The passes of an army of `side` now (on foot or embarked), by area index (`armyPasses` in orders.ts, by index). */
function armyPassesAt(world: World, state: GameState, side: SideId, bySea: boolean): (i: number) => boolean {
  return passesOf(world, holdersByIndex(world, state.control).held, side, bySea);
}

/** The shortest way's length for an army of `side` from `from` to `to` within `limit` (on foot or embarked), or null. */
export function armyDistance(
  world: World,
  state: GameState,
  side: SideId,
  bySea: boolean,
  from: string,
  to: string,
  limit: number,
): number | null {
  const goal = world.graph.index.get(to);
  const search = goal === undefined ? null : keptSearch(world, state, side, bySea, from, limit);
  if (search === null || goal === undefined)
    return shortestDistanceAt(world, from, to, limit, armyPassesAt(world, state, side, bySea));
  return search.distance(goal);
}

/** The areas of the shortest way embarked for an army of `side` from `from` to `to` within `limit`, or null. */
export function convoyRoute(
  world: World,
  state: GameState,
  side: SideId,
  from: string,
  to: string,
  limit: number,
): string[] | null {
  const goal = world.graph.index.get(to);
  const search = goal === undefined ? null : keptSearch(world, state, side, true, from, limit);
  if (search === null || goal === undefined)
    return shortestRouteAt(world, from, to, limit, armyPassesAt(world, state, side, true));
  return search.route(world.graph.ids, goal);
}

/**
 * The same through quiet areas only (land, or a sea area where the enemy has no power in `table`,
 * the state's) — the destination need not be quiet — or null.
 */
export function quietConvoyRoute(
  world: World,
  state: GameState,
  table: PowerTable,
  side: SideId,
  from: string,
  to: string,
  limit: number,
): string[] | null {
  const { index, ids, sea } = world.graph;
  const start = index.get(from);
  const goal = index.get(to);
  const { held, kept } = holdersByIndex(world, state.control);
  const passes = passesOf(world, held, side, true);
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  const isQuiet = (i: number) => sea[i] === 0 || powerAt(world, table, i, enemy).total === 0;
  if (start === undefined || goal === undefined || !kept || !keyable(limit))
    return shortestRouteAt(world, from, to, limit, (i) => passes(i) && (i === goal || isQuiet(i)));
  const quiet = searchesOf(world, held).quiet;
  let byKey = quiet.get(table);
  if (!byKey) {
    byKey = new Map();
    quiet.set(table, byKey);
  }
  const key = searchKey(world, side, true, start, limit);
  let search = byKey.get(key);
  if (!search) {
    // (A search stops once the destination is settled, before asking whether it may be passed: so
    // one search with the same test for every area serves every destination.)
    search = new AreaSearch(world.graph.edges, start, limit, (i) => passes(i) && isQuiet(i));
    byKey.set(key, search);
  }
  return search.route(ids, goal);
}
