/**
 * Sea control: what an invasion needs besides its transports.
 *
 * - Escorts. The convoy sails with warships in proportion to its transports
 *   (`rules.invasion.escortsPer100Transports`): every Japanese landing of
 *   1941–42 had a destroyer screen and a cruiser or battleship force covering
 *   it (Kota Bharu, Lingayen, the Java convoys — T). Escorts are the side's
 *   destroyers, cruisers, escorts and battleships in the port of embarkation
 *   (they sail with the convoy, a flotilla whole, fight with it if it is
 *   intercepted, and are back in port when the turn ends: a month is time
 *   enough to see a convoy to the beach and return), in the sea areas on the
 *   way or next to the target (they cover it), or ordered there by the side's
 *   earlier orders of the turn.
 * - Local control. No area on the way, nor the target, may be held by a
 *   superior enemy fleet or air power at the start of the turn: the Port
 *   Moresby convoy turned back when the Coral Sea was contested (May 1942 —
 *   B8); the Americans landed on Saipan once their fleet held the
 *   Philippine Sea (B13). Power is counted as the battle rules count it:
 *   gunfire, and a third of the strike aircraft (carriers, and land-based air
 *   groups within `rules.landAirReach` of the area), by experience.
 *
 * Pure: asked of the state at the start of the turn and the side's orders
 * before the one checked.
 */
import type { SideId } from '../scenario/schema';
import { gunfire, isCarrier, isNaval, isSubmarine, strikeAircraft, withExperience } from './combat-values';
import { handedOut } from './handed-out';
import type { Order } from './orders';
import type { ForceState, GameState } from './state';
import { area, type World } from './world';

/** Naval and air power of one force, as the battle rules weigh it (0 for armies, submarines, transports). */
export function seaPower(f: ForceState): number {
  if (f.status !== 'active' || isSubmarine(f)) return 0;
  return withExperience(gunfire(f) + Math.floor(strikeAircraft(f) / 3), f.experience);
}

/** Ships an escort counts for: destroyers, cruisers, escorts and battleships (not carriers, transports or submarines). */
export function escortCount(f: ForceState): number {
  if (f.status !== 'active') return 0;
  if (f.type === 'ship') return isCarrier(f) ? 0 : 1;
  if (f.type === 'flotilla')
    return f.class === 'cruiser' || f.class === 'destroyer' || f.class === 'escort' ? f.count : 0;
  return 0;
}

/** A surface warship or carrier: what covers an invasion (not transports, oilers or submarines). */
const isWarship = (f: ForceState) =>
  isNaval(f) &&
  !isSubmarine(f) &&
  !(f.type === 'flotilla' && (f.class === 'transport' || f.class === 'oiler'));

/**
 * Naval and air power by area, for both sides, counted in one pass over the
 * forces: a check asks it of many areas (the way and the way round).
 */
export interface PowerTable {
  /**
   * Warships (and carriers) in each area, in port for a land area, by area index (`world.graph`).
   * (Arrays by index, not maps by id: a table is counted ~75 times a game, and filling four maps
   * was most of its cost. Plain arrays, not Float64Array: a typed array of 61 doubles is past
   * V8's 64 bytes kept in the heap, so each was an ArrayBuffer of its own, ~5 times the cost to
   * make — pass 17 in docs/PERFORMANCE.md.)
   */
  fleet: Record<SideId, number[]>;
  /** Air groups based in each area, by area index. */
  air: Record<SideId, number[]>;
  /** The side's active warships (and carriers), in the order of `state.forces`: the escorts' candidates. */
  warships: Record<SideId, ForceState[]>;
}

/**
 * The table of a state whose forces were all frozen when it was counted,
 * with those forces: a check of each invasion asks it, and a bot checks
 * several against one state. A frozen force never changes, so the same force
 * objects (same list, same order) mean the same table; a state being resolved
 * (forces copied for a change, or added) fails that test and is counted anew.
 * The tables are kept with the world (`world.memo.powerTables`).
 */
export function powerTable(world: World, state: GameState): PowerTable {
  const known = world.memo.powerTables?.get(state);
  // The same list of a state handed out (handed-out.ts) holds the same forces.
  if (
    known &&
    ((known.forces === state.forces && handedOut(world, state.forces)) ||
      sameForces(known.forces, state.forces))
  ) {
    if (known.forces === state.forces) world.memo.lastPowerTable = known;
    return known.table;
  }
  const { table, frozen } = countPower(world, state, true);
  if (frozen) {
    world.memo.powerTables ??= new WeakMap();
    const kept = { forces: handedOut(world, state.forces) ? state.forces : state.forces.slice(), table };
    world.memo.powerTables.set(state, kept);
    if (kept.forces === state.forces) world.memo.lastPowerTable = kept;
  }
  return table;
}

/** The fleet and air power by area of a power table: all a lane's verdict reads (supply.ts). */
export type LanePower = Pick<PowerTable, 'fleet' | 'air'>;

/**
 * The fleet and air power by area of `state` as its forces stand now (a state being resolved:
 * nothing is kept, its forces may still change). Worked out from the last table of a state handed
 * out (`world.memo.lastPowerTable`: its forces are frozen, so its table still holds for them) by taking out
 * the forces no longer in the same place of the list and adding the ones there now — the sums of
 * the same integers as a count of every force (`countPower`), without reading the ~280 forces
 * again; counted afresh when more than a third of the list differs.
 */
export function lanePower(world: World, state: GameState): LanePower {
  // The last table asked of a state handed out (kept with the world): a turn starts from a copy of
  // that state's list, and the bots ask the table of the state they play, so the state being
  // resolved differs from it in a few forces only.
  const base = world.memo.lastPowerTable;
  const now = state.forces;
  if (base && base.forces.length <= now.length) {
    const was = base.forces;
    const changed: number[] = [];
    const limit = Math.floor(now.length / 3);
    for (let i = 0; i < was.length && changed.length <= limit; i++) if (was[i] !== now[i]) changed.push(i);
    if (changed.length + now.length - was.length <= limit) {
      const { fleet, air } = base.table;
      const power: LanePower = {
        fleet: { japan: fleet.japan.slice(), allies: fleet.allies.slice() },
        air: { japan: air.japan.slice(), allies: air.allies.slice() },
      };
      for (const i of changed) {
        addPower(world, power, was[i]!, -1);
        addPower(world, power, now[i]!, 1);
      }
      for (let i = was.length; i < now.length; i++) addPower(world, power, now[i]!, 1);
      return power;
    }
  }
  return countPower(world, state, false).table;
}

/** Adds `f`'s power (`sign` 1) to the table's fleet or air by area, or takes it out (-1), as `countPower` counts it. */
function addPower(world: World, power: LanePower, f: ForceState, sign: 1 | -1): void {
  if (f.status !== 'active') return;
  const into = isWarship(f) ? power.fleet[f.side] : f.type === 'air' ? power.air[f.side] : null;
  if (!into) return;
  const p = seaPower(f);
  const i = world.graph.index.get(f.location);
  if (p > 0 && i !== undefined) into[i] = into[i]! + sign * p;
}

/** `n` zeros, in an array of small integers. */
function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

function sameForces(a: readonly ForceState[], b: readonly ForceState[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The table, and whether every force was frozen (the one pass over the forces asks both; only
 * when `askFrozen`: else false, as for a state being resolved, whose table is not kept).
 */
function countPower(
  world: World,
  state: GameState,
  askFrozen: boolean,
): { table: PowerTable; frozen: boolean } {
  const { ids, index } = world.graph;
  const n = ids.length;
  const table: PowerTable = {
    fleet: { japan: zeros(n), allies: zeros(n) },
    air: { japan: zeros(n), allies: zeros(n) },
    warships: { japan: [], allies: [] },
  };
  // The forces of a list handed out are all frozen (handed-out.ts): not asked one by one
  // (Object.isFrozen of ~220 forces was a third of a count).
  const known = askFrozen && handedOut(world, state.forces);
  let frozen = askFrozen;
  for (const f of state.forces) {
    if (!known && frozen && !Object.isFrozen(f)) frozen = false;
    if (f.status !== 'active') continue;
    const warship = isWarship(f);
    if (warship) table.warships[f.side].push(f);
    const into = warship ? table.fleet[f.side] : f.type === 'air' ? table.air[f.side] : null;
    if (!into) continue;
    const p = seaPower(f);
    // (A force stands in an area of the map; one that did not would be asked of by no one.)
    const i = index.get(f.location);
    if (p > 0 && i !== undefined) into[i] = into[i]! + p;
  }
  return { table, frozen };
}

/**
 * Power of `side` in `areaId` at sea and in the air: its warships there (in
 * port, for a land area), its air groups there, and its land-based air groups
 * in the land areas next to it within `rules.landAirReach`.
 */
export function powerIn(
  world: World,
  table: PowerTable,
  areaId: string,
  side: SideId,
): { fleet: number; air: number; total: number } {
  const i = world.graph.index.get(areaId);
  if (i === undefined) return { fleet: 0, air: 0, total: 0 };
  return powerAt(world, table, i, side);
}

/** `powerIn` of the area of index `i` (`world.graph`). */
export function powerAt(
  world: World,
  table: LanePower,
  i: number,
  side: SideId,
): { fleet: number; air: number; total: number } {
  const fleet = table.fleet[side][i]!;
  const air = table.air[side][i]! + airNear(world, table, i, side);
  return { fleet, air, total: fleet + air };
}

/** The convoy of an invasion: its escorts and where they sail. */
export interface InvasionEscort {
  /** Warships in the port of embarkation that sail with the convoy. */
  sailing: ForceState[];
  /** Warships on the way (or ordered there before) that cover it. */
  covering: ForceState[];
  /** Escorts counted (ships) and needed. */
  have: number;
  need: number;
  /** The sea areas on the way, in order. */
  seas: string[];
}

/** Escorts needed for `transports` transports under the scenario's rule (0 without one). */
export function escortsNeeded(world: World, transports: number): number {
  const rule = world.scenario.rules.invasion;
  if (!rule || rule.escortsPer100Transports === 0) return 0;
  return Math.max(1, Math.ceil((transports * rule.escortsPer100Transports) / 100));
}

/**
 * The escorts of an invasion by `army` along `route` (areas from its port to
 * the target, both included), among the warships of `table` (the state's). `earlier` are the side's orders before it this
 * turn; `taken` the warships already sailing with an earlier convoy.
 */
export function invasionEscort(
  world: World,
  table: PowerTable,
  army: ForceState,
  route: readonly string[],
  transports: number,
  earlier: readonly Order[],
  taken: ReadonlySet<string>,
): InvasionEscort {
  const seas = route.slice(1, -1).filter((id) => area(world, id).kind === 'sea');
  const target = route[route.length - 1]!;
  // Warships on the way or in a sea area off the beach cover the landing (the covering groups
  // of 1941–42 kept to the seas next to the landing, not to the convoy's own lane — T, B8).
  const onTheWay = new Set(seas);
  for (const n of world.neighbours.get(target) ?? [])
    if (area(world, n.area).kind === 'sea') onTheWay.add(n.area);
  const ordered = new Map<string, string>();
  for (const o of earlier) if (o.type === 'move') ordered.set(o.force, o.to);
  const need = seas.length === 0 ? 0 : escortsNeeded(world, transports);
  const covering: ForceState[] = [];
  const inPort: ForceState[] = [];
  // The side's active warships, in the order of the state's forces (the table is the state's).
  for (const f of table.warships[army.side]) {
    if (taken.has(f.id)) continue;
    const to = ordered.get(f.id);
    if (to !== undefined) {
      if (onTheWay.has(to)) covering.push(f);
    } else if (onTheWay.has(f.location)) covering.push(f);
    else if (f.location === army.location && escortCount(f) > 0) inPort.push(f);
  }
  let have = covering.reduce((n, f) => n + escortCount(f), 0);
  const sailing: ForceState[] = [];
  inPort.sort((a, b) => escortCount(a) - escortCount(b) || (a.id < b.id ? -1 : 1));
  for (const f of inPort) {
    if (have >= need) break;
    sailing.push(f);
    have += escortCount(f);
  }
  return { sailing, covering, have, need, seas };
}

/** An area on the way that the enemy holds, with the power on each side; null if none. */
export interface HeldArea {
  area: string;
  enemy: number;
  own: number;
}

/**
 * The first area on the way (the sea areas, then the target) where the
 * enemy's power is superior to the invasion's: its escorts and covering
 * warships, with the side's own air power in reach of that area.
 */
export function heldOnTheWay(
  world: World,
  table: PowerTable,
  side: SideId,
  escort: InvasionEscort,
  target: string,
): HeldArea | null {
  const rule = world.scenario.rules.invasion;
  if (!rule) return null;
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  const withConvoy = [...escort.sailing, ...escort.covering];
  const convoyPower = withConvoy.reduce((n, f) => n + seaPower(f), 0);
  for (const a of [...escort.seas, target]) {
    const theirs = powerIn(world, table, a, enemy).total;
    if (theirs === 0) continue;
    // Own warships standing there are counted once, in the convoy's power or here.
    const counted = withConvoy.reduce((n, f) => n + (f.location === a ? seaPower(f) : 0), 0);
    const ours = convoyPower + powerIn(world, table, a, side).total - counted;
    if (theirs * 100 > ours * rule.superiorityPercent) return { area: a, enemy: theirs, own: ours };
  }
  return null;
}

/** Power of the side's land-based air groups next to `areaId` within reach (not those in it), flown as in contact.ts. */
function airNear(world: World, table: LanePower, i: number, side: SideId): number {
  const reach = world.scenario.rules.landAirReach;
  if (reach === 0) return 0;
  const { airEdges, sea } = world.graph;
  const air = table.air[side];
  let power = 0;
  // (`airEdges` are `airNeighbours` by index, in the same order.)
  for (const e of airEdges[i]!) {
    if (e.distance > reach || sea[e.to] === 1) continue;
    power += air[e.to]!;
  }
  return power;
}
