/**
 * Missions for land-based air groups the plan gives no order (the historical
 * bot): a simple rule, in this order of preference, for each group at one of
 * its side's airfields —
 *
 * 1. **cover** the nearest target of this turn's own landings (army moves into
 *    areas the side does not hold) within mission range: the air umbrella over
 *    an invasion (Rabaul's air over Guadalcanal, the Allied air over the
 *    landings of 1943–45);
 * 2. **strike** the nearest enemy fleet at sea or enemy air base within range
 *    where the enemy has no more aircraft than the group: the war of attrition
 *    between air bases (Clark Field, Darwin, Rabaul — B12);
 * 3. **patrol** the nearest enemy lane within range — a sea area next to an
 *    enemy-held area that produces oil or raw materials — when no such lane
 *    is next to its own base (there it attacks the shipping anyway): the
 *    Fifth Air Force's war on the convoys to New Guinea (Bismarck Sea, March
 *    1943 — S3);
 * 4. **defend** its base (the capital, against the bombers, if it is there).
 *
 * Groups the plan moves, strategic bombers and groups not at an airfield of
 * their side get nothing. Deterministic: the state, the plan's orders and the map only.
 */
import {
  airDistance,
  checkOrder,
  forceById,
  type GameState,
  type Legality,
  type Order,
  type World,
} from '../engine/index';
import type { SideId } from '../scenario/schema';
import { botMemo, type EnemyLanes } from './bot-memo';
import { type ForcesBySide, forcesBySide } from './state-forces';

/** The land areas that produce something, with the sea areas next to each (kept with the world: the map never changes). */
function producing(world: World): { id: string; seas: string[] }[] {
  const memo = botMemo(world);
  memo.producing ??= world.scenario.areas
    .filter((a) => a.kind !== 'sea' && Object.keys(a.produces).length > 0)
    .map((a) => ({
      id: a.id,
      seas: (world.neighbours.get(a.id) ?? [])
        .filter((n) => world.areas.get(n.area)?.kind === 'sea')
        .map((n) => n.area),
    }));
  return memo.producing;
}

/**
 * For `range`: the areas within it of a base as aircraft fly (airDistance), nearest first and, at one
 * distance, by id (kept with the world per base and range: the map never changes). The nearest of
 * some areas is then the first of this list among them — the one a pass over them in id order
 * keeping the strictly nearest would find.
 */
function byDistance(world: World, range: number): (base: string) => readonly string[] {
  const memo = botMemo(world).byDistance;
  let bases = memo.get(range);
  if (!bases) {
    bases = new Map();
    memo.set(range, bases);
  }
  const known = bases;
  return (base) => {
    let ids = known.get(base);
    if (!ids) {
      const list: { id: string; distance: number }[] = [];
      for (const id of world.areas.keys()) {
        const distance = airDistance(world, base, id, range);
        if (distance !== null) list.push({ id, distance });
      }
      list.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      // (By `push`, not `map`: a builtin's list made in optimised code can carry other elements than
      // one made before, and nearestOf's loop was compiled for one of them — PERFORMANCE.md, pass 27.)
      const sorted: string[] = [];
      for (const a of list) sorted.push(a.id);
      ids = sorted;
      known.set(base, ids);
    }
    return ids;
  };
}

/** The first of `near` (areas nearest first) in `areas`, or null. */
function nearestOf(near: readonly string[], areas: ReadonlySet<string>): string | null {
  if (areas.size === 0) return null;
  for (const id of near) if (areas.has(id)) return id;
  return null;
}

/** The enemy's aircraft by area (air groups and carriers), and the areas worth a strike. */
interface StrikeTables {
  enemyAir: Map<string, number>;
  /** Where an enemy fleet is at sea, or an enemy air base (not of strategic bombers alone). */
  targets: Set<string>;
}

function strikeTables(world: World, enemy: ForcesBySide[SideId]): StrikeTables {
  const enemyAir = new Map<string, number>();
  const targets = new Set<string>();
  // Only ships and air groups count (aircraft, a fleet at sea, an air base).
  // (Both lists are only counted into a map and a set, so reading them one after the other is enough.)
  for (const f of enemy.ship) {
    if (f.status !== 'active') continue;
    const here = world.areas.get(f.location);
    if (!here) continue;
    if (f.aircraft > 0) enemyAir.set(f.location, (enemyAir.get(f.location) ?? 0) + f.aircraft);
    if (here.kind === 'sea') targets.add(f.location);
  }
  for (const f of enemy.air) {
    if (f.status !== 'active') continue;
    const here = world.areas.get(f.location);
    if (!here) continue;
    enemyAir.set(f.location, (enemyAir.get(f.location) ?? 0) + f.aircraft);
    if (here.kind !== 'sea' && f.role !== 'strategic-bomber') targets.add(f.location);
  }
  return { enemyAir, targets };
}

/**
 * The enemy's lanes: sea areas next to the areas it holds that produce something (where its cargo
 * ships load), with a table for the lane each base's groups patrol. They read the record of control
 * alone: kept with the world by a frozen record (bot-memo.ts), made afresh for one that may change.
 */
function enemyLanes(world: World, state: GameState, side: SideId): EnemyLanes {
  const { control } = state;
  const memo = botMemo(world).lanes;
  // (Only frozen records are kept, and a frozen record stays so: one found needs no asking.)
  const known = memo.get(control);
  const kept = known?.[side];
  if (kept) return kept;
  const frozen = known !== undefined || Object.isFrozen(control);
  const lanes = new Set<string>();
  for (const a of producing(world)) {
    const holder = control[a.id] ?? world.areas.get(a.id)?.owner;
    if (holder === side || holder === 'neutral') continue;
    for (const sea of a.seas) lanes.add(sea);
  }
  const made: EnemyLanes = { lanes, laneAt: new Map() };
  if (frozen) {
    if (known) known[side] = made;
    else memo.set(control, { [side]: made });
  }
  return made;
}

/**
 * The missions, with the verdict of each (`verdicts[i]` for `out[i]`): every
 * one was checked against `state` after `given` and the missions before it.
 */
export function airOrders(
  world: World,
  state: GameState,
  side: SideId,
  given: readonly Order[],
  verdicts: Legality[] = [],
): Order[] {
  const range = world.scenario.rules.air?.missionRange ?? 0;
  if (range === 0) return [];
  const ordered = new Set<string>();
  for (const o of given) if (o.type === 'move' || o.type === 'air') ordered.add(o.force);
  const forces = forcesBySide(world, state);
  // The groups to task, with their bases (speed only: the tables below are made only when a group
  // needs them, and none when no group is idle — they read the state alone, so when they are made
  // does not change them).
  const groups: { f: ForcesBySide[SideId]['air'][number]; base: string }[] = [];
  for (const f of forces[side].air) {
    if (f.status !== 'active' || f.role === 'strategic-bomber') continue;
    if (ordered.has(f.id)) continue;
    const base = world.areas.get(f.location);
    if (!base?.airfield || holderOf(world, state, base.id) !== side) continue;
    groups.push({ f, base: base.id });
  }
  if (groups.length === 0) return [];
  // This turn's landings: army moves into areas the side does not hold (the area first: most
  // moves go to the side's own ports, and need no lookup of the force).
  const landings = new Set<string>();
  for (const o of given) {
    if (o.type !== 'move' || holderOf(world, state, o.to) === side) continue;
    if (forceById(state, o.force)?.type === 'army') landings.add(o.to);
  }
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  // The enemy's strength by area, made when a group first looks for a strike; the enemy's lanes,
  // when one first looks for a lane.
  let strikes: StrikeTables | undefined;
  let lanes: EnemyLanes | undefined;
  // The orders given here, and every order so far (each offer is checked behind them: `offer`).
  const out: Offered = { world, state, side, out: [], all: [...given], verdicts };
  // The landing to cover and the lane to patrol depend on the base alone: worked out once per base
  // (several groups often share one; the lane is kept with the lanes, enemyLanes).
  const coverAt = new Map<string, string | null>();
  const targetsAt = new Map<string, { id: string; air: number }[]>();
  const nearFrom = byDistance(world, range);
  for (const { f, base } of groups) {
    // The areas within range, nearest first (of equals, the first by id).
    const near = nearFrom(base);
    // (Most turns land nothing: then no base has a landing to cover, and none is looked for.)
    let cover = landings.size === 0 ? null : coverAt.get(base);
    if (cover === undefined) {
      cover = nearestOf(near, landings);
      coverAt.set(base, cover);
    }
    if (cover && offer(out, airMission(f.id, 'cover', cover))) continue;
    strikes ??= strikeTables(world, forces[enemy]);
    // The targets within range of the base, nearest first, with the enemy's aircraft at each (made
    // once per base: the nearest the group is a match for is the first of them with no more
    // aircraft than it has — what a pass over the base's areas in the same order finds).
    let targets = targetsAt.get(base);
    if (!targets) {
      targets = [];
      if (strikes.targets.size > 0)
        for (const id of near)
          if (strikes.targets.has(id)) targets.push({ id, air: strikes.enemyAir.get(id) ?? 0 });
      targetsAt.set(base, targets);
    }
    let strike: string | null = null;
    for (const t of targets)
      if (t.air <= f.aircraft) {
        strike = t.id;
        break;
      }
    if (strike && offer(out, airMission(f.id, 'strike', strike))) continue;
    lanes ??= enemyLanes(world, state, side);
    let lane = lanes.laneAt.get(base);
    if (lane === undefined) {
      const open = lanes.lanes;
      const onLane = (world.neighbours.get(base) ?? []).some((n) => open.has(n.area));
      lane = onLane ? null : nearestOf(near, open);
      lanes.laneAt.set(base, lane);
    }
    if (lane && offer(out, airMission(f.id, 'patrol', lane))) continue;
    offer(out, airMission(f.id, 'defend', base));
  }
  return out.out;
}

type AirOrder = Extract<Order, { type: 'air' }>;

/**
 * An air mission order, made by a constructor (`AirMissionRecord`), not an object literal: V8 keeps
 * track of where each object literal is made (its allocation site) to decide whether to make that
 * site's objects in the old generation — these orders outlive the decision, kept with its verdicts
 * and the turn's orders — and the optimised code of the functions the literal was inlined into
 * depends on that decision; objects made by `new` are not tracked (as forces, state.ts `ForceRecord`,
 * PERFORMANCE.md passes 19 and 22). Its prototype is `Object.prototype`: the plain object a literal
 * would be, with the same keys in the same order (the same JSON, equal to a literal).
 */
function airMission(force: string, mission: AirOrder['mission'], target: string): AirOrder {
  return new (
    AirMissionRecord as unknown as new (
      force: string,
      mission: AirOrder['mission'],
      target: string,
    ) => AirOrder
  )(force, mission, target);
}

function AirMissionRecord(
  this: Record<keyof AirOrder, unknown>,
  force: string,
  mission: AirOrder['mission'],
  target: string,
): void {
  this.type = 'air';
  this.force = force;
  this.mission = mission;
  this.target = target;
}
AirMissionRecord.prototype = Object.prototype;

/** Who holds an area now. */
function holderOf(world: World, state: GameState, id: string) {
  return state.control[id] ?? world.areas.get(id)?.owner;
}

/**
 * The air missions given so far in one `airOrders` (`out`, with their verdicts) and every order so
 * far (`all`). A record handed to a module function, not a closure made per call (under tsx each
 * named closure costs a `__name` call too).
 */
interface Offered {
  world: World;
  state: GameState;
  side: SideId;
  out: Order[];
  all: Order[];
  verdicts: Legality[];
}

/** Gives `o` if the rules allow it behind every order so far: whether they did. */
function offer(to: Offered, o: Order): boolean {
  const verdict = checkOrder(to.world, to.state, to.side, o, to.all);
  if (!verdict.ok) return false;
  to.verdicts.push(verdict);
  to.out.push(o);
  to.all.push(o);
  return true;
}
