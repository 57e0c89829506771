/**
 * Supply of armies (`rules.supply`): an army is supplied when a way leads
 * from where it stands to one of its side's supply sources that the enemy
 * does not hold — overland through land the side holds, and across the sea
 * from a port the side holds, through sea areas where the enemy's fleet and
 * air power (sea-control.ts) are more than `cutPower` (the least that closes
 * a lane) and superior to the side's own there and in its ports on it, into
 * another of its ports. An unsupplied army may not attack; it still defends.
 * The Japanese garrisons of Rabaul, Truk and the bypassed islands had food
 * and ammunition for a defence but no means of an offensive once the US
 * fleet and air power held the seas round them (1944 — T).
 */
import type { Owner, SideId } from '../scenario/schema';
import { type LanePower, lanePower, powerAt, powerTable } from './sea-control';
import type { GameState } from './state';
import type { World } from './world';

/** Whether an army of `side` standing in `from` is supplied now (always, without the rule). */
export function isSupplied(world: World, state: GameState, side: SideId, from: string): boolean {
  const rule = world.scenario.rules.supply;
  if (!rule) return true;
  return new SupplySearch(world, state, side, rule.cutPower, rule.sources).from(from);
}

/**
 * The search of `side`'s supply in `state`, to ask of several areas (`from`): what it works out as
 * it goes (the sources, the power table, the lanes' verdicts) depends on the state and side alone,
 * so one search answers every area of a state that no longer changes (supplied-at.ts). Null
 * without the rule (every army is supplied).
 */
export function supplySearch(world: World, state: GameState, side: SideId): SupplySearch | null {
  const rule = world.scenario.rules.supply;
  return rule ? new SupplySearch(world, state, side, rule.cutPower, rule.sources) : null;
}

/**
 * The areas of `froms` where an army of `side` would not be supplied now (none without the rule):
 * `isSupplied` asked of each, with the supply sources, the power table and the lanes' verdicts
 * worked out once for them all — while a turn is resolved the state's forces are not frozen and
 * the power table (sea-control.ts) would be counted anew for every area asked.
 */
export function unsuppliedAreas(
  world: World,
  state: GameState,
  side: SideId,
  froms: Iterable<string>,
  /** Who holds each area by index, when the caller has it (turn-context.ts `holders`): read instead of `state.control`. */
  held: readonly Owner[] | null = null,
): Set<string> {
  const cut = new Set<string>();
  const rule = world.scenario.rules.supply;
  if (!rule) return cut;
  const { ids, index } = world.graph;
  const asked = new Uint8Array(ids.length);
  let count = 0;
  // `froms` may be an iterator (a map's keys): read once.
  const list = [...froms];
  for (const from of list) {
    const i = index.get(from);
    if (i !== undefined && asked[i] === 0) {
      asked[i] = 1;
      count++;
    }
  }
  const reach =
    count === 0
      ? asked
      : new SupplySearch(world, state, side, rule.cutPower, rule.sources, true, held).reachingSources(
          asked,
          count,
        );
  for (const from of list) {
    const i = index.get(from);
    if (i === undefined || reach[i] === 0) cut.add(from);
  }
  return cut;
}

/**
 * One state's supply searches for one side. What a search looks up — the side's sources it still
 * holds, the power table, and whether each sea lane is open (`lane` by area index: 0 not asked
 * yet, 1 open to the side's shipping, 2 held by the enemy) — depends on the state and side only,
 * so searches from several areas share them; the power table is counted when first needed.
 */
export class SupplySearch {
  private readonly sources: Uint8Array;
  private readonly lane: Uint8Array;
  private table: LanePower | undefined;

  constructor(
    private readonly world: World,
    private readonly state: GameState,
    private readonly side: SideId,
    private readonly cutPower: number,
    ruleSources: readonly { side: SideId; area: string }[],
    /** The state is being resolved (its forces may change later): its power is not kept (sea-control.ts `lanePower`). */
    private readonly resolving = false,
    /** Who holds each area by index, if known (else read from `state.control`). */
    private readonly held: readonly Owner[] | null = null,
  ) {
    const { ids, index } = world.graph;
    const areas = world.scenario.areas;
    const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
    this.sources = new Uint8Array(ids.length);
    this.lane = new Uint8Array(ids.length);
    for (const s of ruleSources) {
      const i = index.get(s.area);
      if (s.side === side && i !== undefined && holderAt(state, areas, held, i) !== enemy)
        this.sources[i] = 1;
    }
  }

  /**
   * By area index, 1 where an army would be supplied: every area from which `from`'s search would
   * reach a source, found at once by searching back from the sources. A step from `here` into
   * `next` passes or not by `here` and `next` alone (`passes`), and the connections go both ways
   * (world.ts), so the areas that reach a source are the sources and, in turn, every neighbour
   * whose step into an area already found passes. The search stops once the `count` areas marked
   * in `asked` are all found (the others are left 0, not asked).
   */
  reachingSources(asked: Uint8Array, count: number): Uint8Array {
    const { sources } = this;
    const { ids, edges } = this.world.graph;
    const reach = new Uint8Array(ids.length);
    const queue: number[] = [];
    for (let i = 0; i < ids.length; i++)
      if (sources[i] === 1) {
        reach[i] = 1;
        queue.push(i);
        if (asked[i] === 1) count--;
      }
    for (let q = 0; q < queue.length && count > 0; q++) {
      const there = queue[q]!;
      for (const e of edges[there]!) {
        const here = e.to;
        if (reach[here] === 1 || !this.passes(here, there)) continue;
        reach[here] = 1;
        queue.push(here);
        if (asked[here] === 1 && --count === 0) break;
      }
    }
    return reach;
  }

  /** Whether a step from the area of index `here` into its neighbour `next` is open to the side. */
  private passes(here: number, next: number): boolean {
    const { world, state, side, sources } = this;
    const { sea } = world.graph;
    const areas = world.scenario.areas;
    if (sea[next] === 1) {
      if (!(sea[here] === 1 || areas[here]!.port)) return false;
      this.table ??= this.resolving ? lanePower(world, state) : powerTable(world, state);
      return laneOpen(world, state, this.held, this.table, this.lane, next, side, this.cutPower);
    }
    if (sea[here] === 1)
      return areas[next]!.port && (holderAt(state, areas, this.held, next) === side || sources[next] === 1);
    return holderAt(state, areas, this.held, next) === side || sources[next] === 1;
  }

  /** Whether an army standing in `from` is supplied. */
  from(from: string): boolean {
    const { ids, index, edges } = this.world.graph;
    const start = index.get(from);
    if (start === undefined) return false;
    if (this.sources[start] === 1) return true;
    const seen = new Uint8Array(ids.length);
    const queue = [start];
    seen[start] = 1;
    for (let q = 0; q < queue.length; q++) {
      const here = queue[q]!;
      for (const e of edges[here]!) {
        const next = e.to;
        if (seen[next] === 1 || !this.passes(here, next)) continue;
        if (this.sources[next] === 1) return true;
        seen[next] = 1;
        queue.push(next);
      }
    }
    return false;
  }
}

/** Who holds the area of index `i`. */
function holderAt(
  state: GameState,
  areas: World['scenario']['areas'],
  held: readonly Owner[] | null,
  i: number,
): Owner {
  if (held) return held[i]!;
  const a = areas[i]!;
  return state.control[a.id] ?? a.owner;
}

/**
 * Whether the sea area of index `i` is open to the side's shipping, worked out once per search
 * (`lane` by area index: 0 not asked yet, 1 open, 2 held by the enemy).
 */
function laneOpen(
  world: World,
  state: GameState,
  held: readonly Owner[] | null,
  table: LanePower,
  lane: Uint8Array,
  i: number,
  side: SideId,
  cutPower: number,
): boolean {
  if (lane[i] === 0) {
    const { edges, sea } = world.graph;
    const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
    const theirs = powerAt(world, table, i, enemy).total;
    // The side's warships in its ports on the sea area sail to cover its convoys there.
    let ours = powerAt(world, table, i, side).total;
    for (const e of edges[i]!)
      if (sea[e.to] === 0 && holderAt(state, world.scenario.areas, held, e.to) === side)
        ours += table.fleet[side][e.to]!;
    lane[i] = theirs <= cutPower || theirs <= ours ? 1 : 2;
  }
  return lane[i] === 1;
}
