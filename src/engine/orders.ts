/**
 * Orders: what a player asks for (intent). Resolution turns them into report
 * items (outcome). Each order is checked for legality first, and a refused
 * order comes back with its reason.
 */
import type { z } from 'zod';
import type { BuildOrder, MoveOrder, Order, TurnOrders } from '../scenario/order-schema';
import type { Scenario, SideId } from '../scenario/schema';
import { assertNever } from './assert-never';
import { inNeedOfTheYard, isOwnPort } from './combat/yard';
import { detachmentOf } from './detach';
import { fuelFor, oilerSailsWith, type Sailing, sailingOf } from './endurance';
import { handedOut } from './handed-out';
import { mapList } from './lists';
import { hasOrderFor } from './ordered-forces';
import { checkAirMission } from './phases/air-missions';
import { type Refusal, refuse } from './refusal';
import { heldOnTheWay, invasionEscort, type PowerTable, powerAt, powerIn, powerTable } from './sea-control';
import { yardsFull } from './shipyards';
import { type ForceState, forceById, type GameState, strengthOf } from './state';
import { suppliedAt } from './supplied-at';
import {
  airDistance,
  area,
  seaDistance,
  shortestDistanceAt,
  shortestRouteAt,
  shortestWayAt,
  type World,
} from './world';

export { BuildOrder, ChooseOrder, MoveOrder, Order, SideOrders, TurnOrders } from '../scenario/order-schema';

export const NO_ORDERS: TurnOrders = { japan: [], allies: [] };

export type Legality =
  | {
      ok: true;
      distance?: number;
      bySea?: boolean;
      /** An invasion's warships that sail from its port with the convoy (and are back in port at the turn's end). */
      escorts?: string[];
      /** An invasion's way, area by area (the convoy keeps away from the enemy where it can). */
      route?: string[];
      /** Oiler flotillas that sail with the ships to refuel them beyond their radius (endurance.ts). */
      oilers?: string[];
      /** Thousand barrels the ships burn from the oilers sailing to the destination, not from the stock (endurance.ts). */
      fromOilers?: number;
    }
  /** Refused, with why as data (its words: src/text/refusal-text.ts). */
  | { ok: false; refusal: Refusal };

/** Whether the main war (the scenario's war flag) is on. */
export function atWar(world: World, state: GameState): boolean {
  const flag = world.scenario.rules.warFlag;
  return flag === undefined ? true : state.flags[flag] === true;
}

/**
 * Whether there is war in an area: under the flag of a front that lists it
 * (Japan and the USSR, on the Manchurian border), or under the main war
 * unless the area belongs to a front alone (the Soviet Far East is no
 * battlefield of the Pacific War while the Neutrality Pact holds — A1 A3).
 */
export function atWarIn(world: World, state: GameState, areaId: string): boolean {
  let frontOnly = false;
  for (const front of frontsOf(world)) {
    if (state.flags[front.flag] === true && front.areas.has(areaId)) return true;
    if (front.only.has(areaId)) frontOnly = true;
  }
  return !frontOnly && atWar(world, state);
}

/**
 * `atWarIn` for many areas of one state: the flags are read once. The same
 * answer for every area while the state's flags do not change.
 */
export function atWarInAreas(world: World, state: GameState): (areaId: string) => boolean {
  const war = atWar(world, state);
  const fronts = frontsOf(world);
  const open = fronts.filter((front) => state.flags[front.flag] === true);
  return (areaId) => {
    for (const front of open) if (front.areas.has(areaId)) return true;
    if (!war) return false;
    for (const front of fronts) if (front.only.has(areaId)) return false;
    return true;
  };
}

/** The scenario's fronts with their area lists as sets (asked for every move checked), once per world. */
interface FrontSets {
  flag: string;
  areas: ReadonlySet<string>;
  only: ReadonlySet<string>;
}

function frontsOf(world: World): FrontSets[] {
  let fronts = world.memo.fronts;
  if (!fronts) {
    fronts = world.scenario.rules.fronts.map((f) => ({
      flag: f.flag,
      areas: new Set(f.areas),
      only: new Set(f.only),
    }));
    world.memo.fronts = fronts;
  }
  return fronts;
}

/** Whether any war is on: the main war or a front's. */
export function anyWar(world: World, state: GameState): boolean {
  return atWar(world, state) || world.scenario.rules.fronts.some((f) => state.flags[f.flag] === true);
}

/** Whether `side` may give `order` now. `earlier` are the side's orders before it this turn. */
export function checkOrder(
  world: World,
  state: GameState,
  side: SideId,
  order: Order,
  earlier: readonly Order[] = [],
): Legality {
  if (state.outcome) return refuse({ code: 'game-over' });
  switch (order.type) {
    case 'move':
      return checkMove(world, state, side, order, earlier);
    case 'choose':
      return order.level === undefined
        ? checkChoice(world, state, side, order.choice, earlier)
        : checkPolicy(world, side, order.choice, order.level, earlier);
    case 'build':
      return checkBuild(world, state, side, order, earlier);
    case 'air':
      return checkAirMission(world, state, side, order, earlier);
    default:
      return assertNever(order);
  }
}

/**
 * The force a move order moves: the force it names, or for a move of part of an army (`men`) the
 * detachment it would form (detach.ts), not in the state. Undefined when the force is not there.
 */
export function movingForce(
  world: World,
  state: GameState,
  order: z.infer<typeof MoveOrder>,
): ForceState | undefined {
  const force = forceById(state, order.force);
  if (order.men === undefined || force?.type !== 'army' || order.men >= force.troops || order.men < 1)
    return force;
  return detachmentOf(world, state, force, order.men);
}

function checkMove(
  world: World,
  state: GameState,
  side: SideId,
  order: z.infer<typeof MoveOrder>,
  earlier: readonly Order[],
  /** What the earlier orders took from the army's port, when the caller has it (claimsBefore). */
  known?: Claims,
): Legality {
  const whole = forceById(state, order.force);
  if (!whole) return refuse({ code: 'no-force', force: order.force });
  if (whole.side !== side) return refuse({ code: 'other-side', who: whole.name });
  if (whole.status !== 'active') return refuse({ code: 'force-lost', who: whole.name });
  if (hasOrderFor(world, earlier, order.force)) {
    return refuse({ code: 'has-order', who: whole.name });
  }
  // Part of an army (detach.ts): the detachment's move is checked, its men alone embarking.
  if (order.men !== undefined) {
    if (whole.type !== 'army') return refuse({ code: 'detach-not-army', who: whole.name });
    if (order.men < 1 || order.men >= whole.troops || !Number.isInteger(order.men))
      return refuse({ code: 'detach-size', who: whole.name, men: order.men, troops: whole.troops });
  }
  const force = order.men === undefined ? whole : detachmentOf(world, state, whole, order.men);
  if (force.type === 'flotilla' && force.class === 'oiler') {
    const with_ = oilerSailsWith(world, state, side, force.id, earlier);
    if (with_ !== null)
      return refuse({ code: 'oiler-sails-with', who: force.name, area: area(world, with_).name });
  }
  const dest = world.areas.get(order.to);
  if (!dest) return refuse({ code: 'no-area', area: order.to });
  if (order.to === force.location) return refuse({ code: 'already-there', who: force.name, area: dest.name });
  // A ship badly damaged in battle is in the yard until repaired (combat/retire.ts).
  if (inNeedOfTheYard(world, force) && !isOwnPort(world, state.control, dest.id, side)) {
    return refuse({
      code: 'in-the-yard',
      who: force.name,
      damage: force.type === 'ship' ? force.damage : 0,
      below: world.scenario.rules.combat.retireDamagePercent,
      repair: world.scenario.rules.shipRepairPercent,
    });
  }
  const war = atWarIn(world, state, dest.id);
  const owner = state.control[dest.id] ?? dest.owner;
  const enemy = side === 'japan' ? 'allies' : 'japan';
  const { rules } = world.scenario;
  let range = force.type === 'army' ? rules.rangePerTurn.army : rules.rangePerTurn.ship;

  let distance: number | null;
  switch (force.type) {
    case 'ship':
    case 'flotilla':
      if (dest.kind !== 'sea' && !(dest.port && owner === side)) {
        return refuse({ code: 'not-sea-or-port', area: dest.name });
      }
      range = Math.floor((range * (rules.speedPercent[force.class] ?? 100)) / 100);
      distance = seaDistance(world, force.location, dest.id, range);
      break;
    case 'air':
      if (!(dest.airfield && owner === side)) return refuse({ code: 'not-airfield', area: dest.name });
      distance = airDistance(world, force.location, dest.id, range);
      break;
    case 'army': {
      if (dest.kind === 'sea') return refuse({ code: 'army-to-sea' });
      if (owner === enemy && !war) return refuse({ code: 'not-at-war', area: dest.name, neutral: false });
      if (owner === 'neutral' && !war) return refuse({ code: 'not-at-war', area: dest.name, neutral: true });
      if (owner === 'neutral' && !rules.neutralEntry.includes(side))
        return refuse({ code: 'neutral-closed', area: dest.name });
      // An attack needs supply: a cut-off army still defends, but cannot attack (supply.ts).
      if (owner !== side && !suppliedAt(world, state, side, force.location))
        return refuse({ code: 'unsupplied', army: force.name, area: area(world, force.location).name });
      // On foot: overland, through the side's own areas only.
      const onFoot = shortestDistanceAt(
        world,
        force.location,
        dest.id,
        range,
        armyPassesAt(world, state, side, false),
      );
      if (onFoot !== null) return { ok: true, distance: onFoot, bySea: false };
      const claims = known ?? claimsBefore(world, state, force, earlier);
      const lift = seaLift(world, state, force, earlier, claims);
      if (!lift.ok) {
        return refuse({
          code: 'overland-out-of-reach',
          area: dest.name,
          army: force.name,
          range,
          lift: lift.refusal,
        });
      }
      // Embarked on transports: through sea areas and the side's own ports. (An invasion's
      // convoy first tries the shortest way, checkInvasion: the same search, made once here with
      // its route.)
      const convoyRange = rules.rangePerTurn.ship;
      const invades = rules.invasion && owner !== side;
      const passes = armyPassesAt(world, state, side, true);
      const way = invades ? shortestWayAt(world, force.location, dest.id, convoyRange, passes) : null;
      const bySea = invades
        ? (way?.distance ?? null)
        : shortestDistanceAt(world, force.location, dest.id, convoyRange, passes);
      if (bySea === null)
        return refuse({ code: 'convoy-range', area: dest.name, army: force.name, range: convoyRange });
      const landing: Legality =
        way === null
          ? { ok: true, distance: bySea, bySea: true }
          : checkInvasion(world, state, force, dest.id, bySea, earlier, claims, way.route, passes);
      if (!landing.ok) return landing;
      // The convoy sails only as far as its transports and escorts have fuel for, within their
      // radius (endurance.ts): the fleet train's oilers sail with the fleets, not with the convoys.
      const convoy: Sailing[] = [{ cls: 'transport', ships: 1 }];
      for (const id of landing.escorts ?? []) {
        const e = forceById(state, id);
        if (e) convoy.push(...sailingOf(e));
      }
      const fuel = fuelFor(
        world,
        state,
        side,
        convoy,
        force.location,
        dest.id,
        convoyRange,
        `${force.name}'s convoy`,
        force.id,
        null,
      );
      return fuel.ok ? landing : refuse(fuel.refusal);
    }
    default:
      return assertNever(force);
  }
  if (distance === null) {
    // Say how far it really is, so a player can tell "too far this turn" from "no way there"
    // (ships sail through sea areas only: a way past an island that is not a port is no way).
    const far = Number.MAX_SAFE_INTEGER;
    const way =
      force.type === 'air'
        ? airDistance(world, force.location, dest.id, far)
        : seaDistance(world, force.location, dest.id, far);
    return refuse({
      code: 'out-of-reach',
      area: dest.name,
      who: force.name,
      range,
      ...(way !== null ? { way } : {}),
    });
  }
  if (force.type !== 'air') {
    const fuel = fuelFor(
      world,
      state,
      side,
      sailingOf(force),
      force.location,
      dest.id,
      range,
      force.name,
      force.id,
      earlier,
    );
    if (!fuel.ok) return refuse(fuel.refusal);
    if (fuel.oil > 0) return { ok: true, distance, oilers: fuel.oilers, fromOilers: fuel.oil };
    if (fuel.oilers.length > 0) return { ok: true, distance, oilers: fuel.oilers };
  }
  return legalMove(distance);
}

/**
 * The verdict of a move found legal with nothing more to say than its distance (most of a bot's
 * ships' moves), made by a constructor (`LegalMove`), not an object literal: V8 keeps track of where
 * each object literal is made (its allocation site) to decide whether to make that site's objects in
 * the old generation — a bot's verdicts outlive its decision (checked-orders.ts) — and the optimised
 * code of the functions the literal was inlined into depends on that decision; objects made by `new`
 * are not tracked (state.ts `ForceRecord`, PERFORMANCE.md passes 19 and 22). Its prototype is
 * `Object.prototype`: the plain object a literal would be, the same keys in the same order.
 */
function legalMove(distance: number): Legality {
  return new (LegalMove as unknown as new (distance: number) => Legality)(distance);
}

function LegalMove(this: { ok: unknown; distance: unknown }, distance: number): void {
  this.ok = true;
  this.distance = distance;
}
LegalMove.prototype = Object.prototype;

/**
 * The areas an army may pass on its way: on foot, only its side's own land;
 * embarked, sea areas and its side's own ports and land.
 */
export function armyPasses(
  world: World,
  state: GameState,
  side: SideId,
  bySea: boolean,
): (id: string) => boolean {
  const own = (id: string) => (state.control[id] ?? area(world, id).owner) === side;
  return bySea
    ? (id) => area(world, id).kind === 'sea' || own(id)
    : (id) => area(world, id).kind !== 'sea' && own(id);
}

/** `armyPasses` by area index, for the searches that check a move (no lookup of the area by id). */
function armyPassesAt(world: World, state: GameState, side: SideId, bySea: boolean): (i: number) => boolean {
  const { sea } = world.graph;
  const held = holdersByIndex(world, state.control);
  const mark = side === 'japan' ? JAPAN_HOLDS : ALLIES_HOLDS;
  return bySea ? (i) => sea[i] === 1 || held[i] === mark : (i) => sea[i] === 0 && held[i] === mark;
}

const JAPAN_HOLDS = 1;
const ALLIES_HOLDS = 2;

/**
 * Who holds each area by index in `world.graph` (1 Japan, 2 the Allies, 0 anyone else), from a
 * state's `control`. A record of control that is frozen (as every state the engine hands out has
 * it, shared by the states that follow until one changes it — cloneState) never changes, so its
 * table is kept with it; the army searches of many checks against one state read the table.
 */
function holdersByIndex(world: World, control: GameState['control']): Uint8Array {
  // Kept with the world (no module-level tables), by frozen record of control.
  world.memo.holderMarks ??= new WeakMap();
  const holderMarks = world.memo.holderMarks;
  const known = holderMarks.get(control);
  if (known !== undefined) return known;
  const areas = world.scenario.areas;
  const table = new Uint8Array(areas.length);
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i]!;
    const holder = control[a.id] ?? a.owner;
    table[i] = holder === 'japan' ? JAPAN_HOLDS : holder === 'allies' ? ALLIES_HOLDS : 0;
  }
  if (Object.isFrozen(control)) holderMarks.set(control, table);
  return table;
}

/**
 * Whether an army can go by sea this turn: it must stand in a port with enough
 * of its side's transports there (the invasions of 1941–42 were limited by
 * shipping — SEED: "there was not enough transport"). Transports that
 * `earlier` orders of the turn already use are not there for it: those that
 * sail with an army ordered before it, and those that sail on orders of their
 * own given before it — as the movement phase will find them.
 */
export function seaLift(
  world: World,
  state: GameState,
  army: ForceState,
  earlier: readonly Order[] = [],
  claims?: Claims,
): Legality {
  if (army.type !== 'army') return refuse({ code: 'only-armies-embark' });
  const here = area(world, army.location);
  if (!here.port) return refuse({ code: 'no-port', area: here.name });
  const used = (claims ?? claimsBefore(world, state, army, earlier)).transports;
  const pool = transportsAt(world, state, army).filter((t) => !used.has(t.id));
  const ships = pool.reduce((n, f) => n + strengthOf(f), 0);
  const need = Math.ceil(army.troops / world.scenario.rules.troopsPerTransport);
  if (ships < need) {
    const all = transportsAt(world, state, army).reduce((n, f) => n + strengthOf(f), 0);
    const sailing = transportsAt(world, state, army).filter((t) =>
      earlier.some((o) => o.type === 'move' && o.force === t.id),
    );
    if (sailing.length > 0 && ships + sailing.reduce((n, t) => n + strengthOf(t), 0) >= need) {
      return refuse({ code: 'transports-sailing', army: army.name, transports: sailing.map((t) => t.name) });
    }
    return refuse({ code: 'transports-short', area: here.name, need, have: ships, all });
  }
  return { ok: true };
}

/**
 * The transport ships in `army`'s port free to carry it after `earlier` orders of the turn, all
 * the side's transport ships there, and the thousand men each carries: what a player weighs in
 * choosing how many men to send (detach.ts). An army not in a port has none.
 */
export function transportsFree(
  world: World,
  state: GameState,
  army: ForceState,
  earlier: readonly Order[] = [],
): { free: number; all: number; menPerShip: number } {
  const menPerShip = world.scenario.rules.troopsPerTransport;
  if (army.type !== 'army' || !area(world, army.location).port) return { free: 0, all: 0, menPerShip };
  const used = claimsBefore(world, state, army, earlier).transports;
  let free = 0;
  let all = 0;
  for (const t of transportsAt(world, state, army)) {
    all += strengthOf(t);
    if (!used.has(t.id)) free += strengthOf(t);
  }
  return { free, all, menPerShip };
}

/** The side's transport flotillas afloat where `army` stands (in the order of the forces). */
function transportsAt(world: World, state: GameState, army: ForceState): readonly ForceState[] {
  if (!handedOut(world, state.forces)) return listTransports(state, army.side, army.location);
  // The list of forces of a state handed out never changes (handed-out.ts): its transports by
  // side and place are found in one pass and kept with the world (a bot checks many army moves
  // against one state).
  world.memo.transports ??= new WeakMap();
  let bySide = world.memo.transports.get(state.forces);
  if (!bySide) {
    bySide = { japan: new Map(), allies: new Map() };
    for (const f of state.forces) {
      if (f.status !== 'active' || f.type !== 'flotilla' || f.class !== 'transport') continue;
      const here = bySide[f.side].get(f.location);
      if (here) here.push(f);
      else bySide[f.side].set(f.location, [f]);
    }
    world.memo.transports.set(state.forces, bySide);
  }
  return bySide[army.side].get(army.location) ?? NONE;
}

const NONE: readonly ForceState[] = Object.freeze([]);

function listTransports(state: GameState, side: SideId, location: string): ForceState[] {
  return state.forces.filter(
    (f) =>
      f.side === side &&
      f.status === 'active' &&
      f.location === location &&
      f.type === 'flotilla' &&
      f.class === 'transport',
  );
}

/** Ships in an army's port that earlier orders of the turn take away. */
interface Claims {
  transports: Set<string>;
  /** Warships sailing as the escort of an earlier invasion from the port. */
  escorts: Set<string>;
}

/**
 * Transports and escorts in `army`'s port that earlier orders of the turn
 * take away: each army embarking there before it takes its convoy (and an
 * invasion its escort), and transports ordered to sail on their own (before
 * any army took them) leave.
 */
function claimsBefore(world: World, state: GameState, army: ForceState, earlier: readonly Order[]): Claims {
  const used = new Set<string>();
  const escorts = new Set<string>();
  const given: Order[] = [];
  for (const o of earlier) {
    if (o.type === 'move' && o.force !== army.id) {
      const f = movingForce(world, state, o);
      if (f && f.side === army.side && f.status === 'active' && f.location === army.location) {
        if (f.type === 'flotilla' && f.class === 'transport') used.add(f.id);
        else if (f.type === 'army') {
          // The claims so far are the earlier army's too (same port): passed on, not worked out again.
          const v = checkMove(world, state, army.side, o, given, {
            transports: new Set(used),
            escorts: new Set(escorts),
          });
          if (v.ok && v.bySea) {
            for (const t of seaLiftTransports(world, state, f, o.to, true, used)) used.add(t.id);
            for (const id of v.escorts ?? []) escorts.add(id);
          }
        }
      }
    }
    given.push(o);
  }
  return { transports: used, escorts };
}

/**
 * An army landing from the sea on a shore its side does not hold: it needs
 * escorts, and no superior enemy fleet or air power on the way or at the
 * target (sea-control.ts, `rules.invasion`).
 */
function checkInvasion(
  world: World,
  state: GameState,
  army: ForceState,
  to: string,
  distance: number,
  earlier: readonly Order[],
  claims: Claims,
  /** The shortest way of the convoy (`shortestWayAt` with `passes`, within a ship's range). */
  shortest: string[],
  /** The areas the convoy may pass (`armyPassesAt` by sea). */
  passes: (i: number) => boolean,
): Legality {
  const table = powerTable(world, state);
  const route = invasionRoute(
    world,
    table,
    army,
    to,
    world.scenario.rules.rangePerTurn.ship,
    shortest,
    passes,
  );
  const transports = Math.ceil(strengthOf(army) / world.scenario.rules.troopsPerTransport);
  const escort = invasionEscort(world, table, army, route, transports, earlier, claims.escorts);
  // A way through the side's own coast and ports only, with no sea to cross: nothing to escort or hold.
  if (escort.seas.length === 0) return { ok: true, distance, bySea: true };
  if (escort.have < escort.need) {
    return refuse({
      code: 'needs-escorts',
      army: army.name,
      port: area(world, army.location).name,
      need: escort.need,
      have: escort.have,
      transports,
      sea: area(world, escort.seas[0]!).name,
    });
  }
  const held = heldOnTheWay(world, table, army.side, escort, to);
  if (held) {
    const enemy = army.side === 'japan' ? 'allies' : 'japan';
    const split = powerIn(world, table, held.area, enemy);
    return refuse({
      code: 'sea-held',
      area: area(world, held.area).name,
      areaIsSea: area(world, held.area).kind === 'sea',
      enemy,
      what: split.air === 0 ? 'fleet' : split.fleet === 0 ? 'air' : 'fleet-and-air',
      theirs: held.enemy,
      ours: held.own,
    });
  }
  // The way round an enemy fleet may be longer than the shortest: the distance is the way's.
  let length = 0;
  for (let i = 1; i < route.length; i++)
    length += world.neighbours.get(route[i - 1]!)?.find((n) => n.area === route[i])?.distance ?? 0;
  return { ok: true, distance: length, bySea: true, route, escorts: mapList(escort.sailing, (f) => f.id) };
}

/**
 * The way a convoy takes: the shortest through sea areas where the enemy has
 * no warships or aircraft in reach at the start of the turn, if there is one
 * within range; otherwise the shortest of all (and the check above says
 * whether the enemy there is superior).
 */
function invasionRoute(
  world: World,
  table: PowerTable,
  army: ForceState,
  to: string,
  limit: number,
  /** The shortest way within `limit` through the areas `passes` allows (found by the caller). */
  shortest: string[],
  passes: (i: number) => boolean,
): string[] {
  const enemy: SideId = army.side === 'japan' ? 'allies' : 'japan';
  const { ids, index, sea } = world.graph;
  // By area index: 0 not asked yet, 1 quiet, 2 not.
  const quiet = new Uint8Array(ids.length);
  const isQuiet = (i: number) => {
    if (quiet[i] === 0) quiet[i] = sea[i] === 0 || powerAt(world, table, i, enemy).total === 0 ? 1 : 2;
    return quiet[i] === 1;
  };
  // Most ways are quiet: the shortest is then the one, found in one search.
  if (shortest.every((id) => id === to || isQuiet(index.get(id)!))) return shortest;
  const goal = index.get(to);
  return (
    shortestRouteAt(world, army.location, to, limit, (i) => passes(i) && (i === goal || isQuiet(i))) ??
    shortest
  );
}

/**
 * The transport flotillas an army crossing the sea takes along (whole
 * flotillas, smallest first), leaving out those in `taken` (already sailing
 * with another army this turn).
 */
export function seaLiftTransports(
  world: World,
  state: GameState,
  army: ForceState,
  to: string,
  /** Whether the move goes by sea, when the caller has already checked it. */
  bySea?: boolean,
  taken: ReadonlySet<string> = new Set(),
): ForceState[] {
  if (army.type !== 'army') return [];
  if (bySea === undefined) {
    const verdict = checkMove(world, state, army.side, { type: 'move', force: army.id, to }, []);
    if (!verdict.ok || !verdict.bySea) return [];
  } else if (!bySea) return [];
  const need = Math.ceil(army.troops / world.scenario.rules.troopsPerTransport);
  const transports = transportsAt(world, state, army)
    .filter((t) => !taken.has(t.id))
    .sort((a, b) => strengthOf(a) - strengthOf(b) || (a.id < b.id ? -1 : 1));
  const convoy: ForceState[] = [];
  let carried = 0;
  for (const t of transports) {
    if (carried >= need) break;
    convoy.push(t);
    carried += strengthOf(t);
  }
  return convoy;
}

/** What the build orders among `orders` cost of `resource` (each item's price times how many): paid on ordering. */
export function buildsCost(scenario: Scenario, orders: readonly Order[], resource: string): number {
  let sum = 0;
  for (const o of orders) {
    if (o.type !== 'build') continue;
    sum += (scenario.buildables.find((b) => b.id === o.item)?.cost[resource] ?? 0) * o.count;
  }
  return sum;
}

function checkBuild(
  world: World,
  state: GameState,
  side: SideId,
  order: z.infer<typeof BuildOrder>,
  earlier: readonly Order[],
): Legality {
  const item = world.scenario.buildables.find((b) => b.id === order.item);
  if (!item) return refuse({ code: 'no-buildable', item: order.item });
  if (item.side !== side) return refuse({ code: 'build-other-side', item: item.name });
  for (const [res, n] of Object.entries(item.cost)) {
    const committed = buildsCost(world.scenario, earlier, res);
    const have = (state.sides[side].stocks[res] ?? 0) - committed;
    if (have < n * order.count) {
      return refuse({
        code: 'cannot-afford',
        item: item.name,
        count: order.count,
        resource: res,
        need: n * order.count,
        have: Math.max(0, have),
        atResolution: false,
      });
    }
  }
  const full = yardsFull(world, state, side, item.id, order.count, earlier);
  if (full)
    return refuse({ code: 'yards-full', item: item.name, count: order.count, ...full, atResolution: false });
  return { ok: true };
}

function checkChoice(
  world: World,
  state: GameState,
  side: SideId,
  choiceId: string,
  earlier: readonly Order[],
): Legality {
  const choice = world.scenario.choices.find((c) => c.id === choiceId);
  if (!choice) return refuse({ code: 'no-choice', choice: choiceId });
  if (choice.side !== side) return refuse({ code: 'choice-other-side', label: choice.label });
  if (state.choices[choiceId] !== undefined) return refuse({ code: 'already-chosen', label: choice.label });
  if (earlier.some((o) => o.type === 'choose' && o.level === undefined))
    return refuse({ code: 'one-decision' });
  for (const [flag, value] of Object.entries(choice.requires)) {
    if ((state.flags[flag] ?? false) !== value) {
      const f = world.scenario.flags.find((x) => x.id === flag);
      return refuse({ code: 'choice-needs', label: choice.label, flag: f?.name ?? flag, value });
    }
  }
  return { ok: true };
}

/** The standing policies a `choose` order with a level can set. */
export const POLICIES = ['rationing', 'sailings'] as const;

/**
 * A policy order: `rationing` to a level of the scenario's rationing rules (for the side they
 * are written for), `sailings` to a percent of the cargo fleet. Once per policy per turn.
 */
function checkPolicy(
  world: World,
  side: SideId,
  policy: string,
  level: number,
  earlier: readonly Order[],
): Legality {
  if (earlier.some((o) => o.type === 'choose' && o.level !== undefined && o.choice === policy))
    return refuse({ code: 'policy-has-order', policy });
  switch (policy) {
    case 'rationing': {
      const rules = world.scenario.rules.rationing;
      if (!rules || rules.side !== side) return refuse({ code: 'no-rationing' });
      if (level >= rules.levels.length)
        return refuse({ code: 'rationing-levels', highest: rules.levels.length - 1 });
      return { ok: true };
    }
    case 'sailings':
      return { ok: true };
    default:
      return refuse({ code: 'no-policy', policy, policies: [...POLICIES] });
  }
}

/** Oil (thousand barrels) a force burns this turn if it moves. */
export function sortieOil(world: World, force: ForceState): number {
  const { rules } = world.scenario;
  switch (force.type) {
    case 'ship':
      return rules.oilPerSortie[force.class];
    case 'flotilla':
      return rules.oilPerSortie[force.class] * force.count;
    case 'air':
      return 0;
    case 'army':
      return rules.oilPerArmyOperation * force.troops;
    default:
      return assertNever(force);
  }
}

/** Oil a ship burns this turn staying where it is (fleets in harbour still burn fuel, but less). */
export function idleOil(world: World, force: ForceState): number {
  if (force.type !== 'ship' && force.type !== 'flotilla') return 0;
  return Math.floor((sortieOil(world, force) * world.scenario.rules.idleOilPercent) / 100);
}
