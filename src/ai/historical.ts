/**
 * `historical`: follows the scenario's historical plan — what each side
 * actually did, as orders dated to the turn they were given (Japan strikes
 * south with Pearl Harbor, holds a perimeter and goes for Midway; the Allies
 * hold, fight for Guadalcanal, island-hop, wage the submarine campaign and
 * bomb from the Marianas). When a step has become impossible — the ships
 * are sunk, the area is already taken, the transports are missing — it
 * re-plans in the small ways a plan allows and says so (planDecision), so the
 * game may drift from history when chance goes another way. A game between
 * two historical bots is how the model is checked against the real war.
 *
 * Two pieces of the plan's data make it robust to a war that runs late or
 * early: a step's `when` condition (a scenario trigger: the assault on
 * Singapore waits until Malaya is taken), and its `until` date, which keeps
 * offering the orders on every turn from `date` to `until` while they are not
 * yet legal or the condition does not yet hold. A standing move stops once a
 * later step of the plan whose condition holds gives the same force another
 * order, so the newest order in force for a force always wins. Land-based air
 * groups the plan leaves idle fly missions by a simple rule (air-orders.ts). Everything depends on the state and the plan
 * only, so the bot stays deterministic.
 */
import { isCarrier, strikeAircraft } from '../engine/combat-values';
import { fuelledPorts } from '../engine/endurance';
import {
  atWarIn,
  checkOrder as checkLegality,
  type ForceState,
  forceById,
  type GameState,
  inStrikeReach,
  type Legality,
  type Order,
  oilToSail,
  rememberVerdicts,
  triggerHoldsIn,
  type World,
} from '../engine/index';
import { emptyList } from '../engine/lists';
import type { Refusal } from '../engine/refusal';
import { dateOfTurn } from '../engine/turn-dates';
import type { SideId } from '../scenario/schema';
import { airOrders } from './air-orders';
import { botMemo, type DatedSteps, type PlanIndex, type PlanStep } from './bot-memo';
import { fuelledOrders } from './fuelled-orders';
import { type Known, knownToSide } from './historical-sight';
import type { Operation } from './intent';
import { airOperations, stepOperations } from './plan-operations';
import type { Decision, IntentfulPolicy, PolicyInput } from './policy';
import { forcesBySide } from './state-forces';

export const historicalPolicy: IntentfulPolicy = {
  name: 'historical',
  description:
    "gives the orders of the scenario's historical plan on the turns they were given; when a step has become impossible it sends a sister ship, goes on to the next objective or holds, and says so",
  orders: historicalOrders,
  decide: (world, state, side, seen) => {
    const { orders, operations, verdicts } = planDecision(world, state, side, world.scenario.historicalPlan);
    // What it knows of the enemy's fleets at sea: what its side sees, and what the decrypt names.
    const known = knownToSide(world, state, side, seen);
    // Carriers the plan has no more use for join their class's sorties (reassignCarriers).
    operations.push(...reassignCarriers(world, state, side, world.scenario.historicalPlan, orders, verdicts));
    // Free carriers raid the enemy's heavy ships where they lie in port (raidFleetInPort).
    const raid = raidFleetInPort(world, state, side, orders, verdicts, known);
    // Land-based air groups the plan leaves idle get missions by a simple rule (air-orders.ts).
    const air = airOrders(world, state, side, orders, verdicts, known);
    const intent = {
      side,
      policy: 'historical',
      operations: airOperations(state, raid ? [...operations, raid] : operations, air).slice(
        0,
        MAX_OPERATIONS,
      ),
    };
    // Sorties the oil cannot fuel are left out (fuelled-orders.ts), as the turn would refuse them.
    const fuelled = fuelledOrders(world, state, side, [...orders, ...air], verdicts);
    rememberVerdicts(world, state, side, fuelled.orders, fuelled.verdicts);
    return { orders: fuelled.orders, intent } satisfies Decision;
  },
};

export function historicalOrders(world: World, state: GameState, side: SideId, seen?: PolicyInput): Order[] {
  const { orders, verdicts } = planDecision(world, state, side, world.scenario.historicalPlan, false);
  reassignCarriers(world, state, side, world.scenario.historicalPlan, orders, verdicts);
  // What it knows of the enemy's fleets at sea: what its side sees, and what the decrypt names.
  const known = knownToSide(world, state, side, seen);
  raidFleetInPort(world, state, side, orders, verdicts, known);
  // Land-based air groups the plan leaves idle get missions by a simple rule (air-orders.ts).
  const all = [...orders, ...airOrders(world, state, side, orders, verdicts, known)];
  // Sorties the oil cannot fuel are left out (fuelled-orders.ts), as the turn would refuse them.
  const fuelled = fuelledOrders(world, state, side, all, verdicts);
  // resolveTurn need not check them again against this state (src/engine/checked-orders.ts).
  rememberVerdicts(world, state, side, fuelled.orders, fuelled.verdicts);
  return fuelled.orders;
}

export type { PlanStep } from './bot-memo';

/**
 * A decision outside the plan's dated steps, taken from the state: a carrier that survived the
 * operations the plan wrote for her, lies in port, and that no later step names (the plan has no
 * more use for her) joins her class's next operation — she goes where a carrier of her class that lies in the
 * same port, or the same sea, is ordered this turn, as a ship re-assigned to another carrier
 * division. The plan follows the history it was written from: Akagi, Kaga, Sōryū and Hiryū were
 * sunk at Midway and no step names them after it; had they come home they would have sailed with
 * Shōkaku and Zuikaku, as the carrier divisions of the Kidō Butai always had (Eastern Solomons,
 * Santa Cruz, the Philippine Sea — B9 B13). A carrier the plan never sent to sea (a training
 * carrier, a new carrier still working up) is not re-assigned: no step of the plan ever had a use
 * for her. The moves are appended to `orders` (with their verdicts); one `replan` operation
 * (`carrier-reassigned`) per destination says what was done.
 */
function reassignCarriers(
  world: World,
  state: GameState,
  side: SideId,
  plan: readonly PlanStep[],
  orders: Order[],
  verdicts: Legality[],
): Operation[] {
  const lastDays = planIndex(world, plan).lastDay;
  // The moves ordered before this pass, by force (made when the first carrier that may go is
  // found: most turns none is, and the list of orders is not read).
  let ordered: Map<string, Move> | undefined;
  const operations: Operation[] = [];
  // (The side's carriers, in the order of its ships: forcesBySide.)
  for (const f of forcesBySide(world, state)[side].carriers) {
    if (f.status !== 'active' || f.type !== 'ship') continue;
    if (f.class !== 'fleet-carrier' && f.class !== 'light-carrier') continue;
    // In port: the plan brought her home from her last operation (a carrier it left at sea was
    // meant to be lost there, as Lexington at the Coral Sea).
    if (world.areas.get(f.location)?.kind === 'sea') continue;
    // Never used by the plan, or still needed by it (a step not yet over names her): the last day
    // of her steps (kept per plan) not before this turn's.
    const last = lastDays.get(f.id);
    if (last === undefined || last >= state.date) continue;
    if (!ordered) {
      ordered = new Map();
      for (const o of orders) if (o.type === 'move') ordered.set(o.force, o);
    }
    if (ordered.has(f.id)) continue;
    // The first order this turn of a carrier of her class where she lies.
    let lead: Move | undefined;
    for (const o of ordered.values()) {
      const other = forceById(state, o.force);
      if (
        other?.type !== 'ship' ||
        other.class !== f.class ||
        other.location !== f.location ||
        o.to === f.location
      )
        continue;
      lead = o;
      break;
    }
    if (!lead) continue;
    const move: Move = { type: 'move', force: f.id, to: lead.to };
    const verdict = checkLegality(world, state, side, move, orders);
    if (!verdict.ok) continue;
    orders.push(move);
    verdicts.push(verdict);
    const same = operations.find((op) => op.target === move.to);
    if (same) same.forces.push(f.id);
    else operations.push(replan('carrier-reassigned', move.to, [f.id]));
  }
  return operations;
}

/** The fewest carriers that make a raid (a task group: Kure was struck by three, B17). */
const RAID_CARRIERS = 3;
/**
 * A raid needs command of the air at sea: the side's carrier aircraft at least this many times the
 * enemy's. In 1945 the fast carriers' 1,000-odd aircraft faced a Japanese carrier force left with a
 * few hundred after the Philippine Sea and Leyte Gulf (B13 B14 B17); Japan's carriers in 1942 never
 * had such a margin over the US carriers, and the plan's own raids (Pearl Harbor, Darwin, Ceylon)
 * are dated steps of its own.
 */
const RAID_AIR_ODDS = 3;

/**
 * A decision outside the plan's dated steps, taken from the state: the side's carriers strike the
 * enemy's heavy ships (battleships and carriers) where they lie in port, when
 * - the port lies within their strike reach (port-strike.ts) from a sea area beyond the reach of
 *   the port's own air groups, where no enemy warship is at sea, and which a fuelled base of the
 *   side borders: the Home Islands were raided from the Philippine Sea once the Marianas and
 *   Ulithi were the fleet's anchorages, Okinawa's Buckner Bay from May 1945 (the endurance rule's
 *   reach alone would let the carriers of 1943 sail there from Pearl Harbor);
 * - at least RAID_CARRIERS carriers with aircraft are free: in port, and the plan gives them no
 *   order this turn (the carriers a landing needs are the plan's step's own);
 * - the landings are covered: the side lands no army this turn (an army crossing the sea) nor
 *   next (landingNextTurn): the carriers are kept for them;
 * - the side holds command of the air at sea (RAID_AIR_ODDS);
 * - the port is at war now: the port strike is flown only at war (port-strike.ts), and the plan's
 *   own step takes the decision for war and sails the Kidō Butai (before the Oil Clock's seas
 *   reached Hawaii, play11, nothing here was at peace within reach: once they did, the whole
 *   carrier force sailed a month early to patrol an empty sea, and lost Zuihō there);
 * - and the move is legal.
 * Whether the enemy has oil does not enter: the fast carriers struck Kure on 19 March 1945, when
 * the fleet still had fuel enough for Yamato's last sortie, between Iwo Jima and Okinawa, and again
 * on 24–28 July, with Yokosuka on the 18th, once Okinawa was a fleet base — because the fleet was
 * there and within reach (B17 B18). What a strike does to ships with and without oil is the port
 * strike's business (port-strike.ts). The moves are appended to `orders` (with their verdicts);
 * the operation says what was done, or null.
 */
function raidFleetInPort(
  world: World,
  state: GameState,
  side: SideId,
  orders: Order[],
  verdicts: Legality[],
  /** What the side knows of the enemy's forces at sea (historical-sight.ts): the rest is not read. */
  known: Known,
): Operation | null {
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i]!;
    if (o.type !== 'move') continue;
    // A landing this turn: the carriers stay with it (an army crossing the sea into an area not held;
    // an offensive over land, Burma's or Manchuria's, is not one).
    const verdict = verdicts[i];
    const dest = world.areas.get(o.to);
    if (verdict?.ok && verdict.bySea && dest && (state.control[o.to] ?? dest.owner) !== side) return null;
  }
  // The side's carriers with aircraft in port and its carrier aircraft first (carriers are ships:
  // its ships alone, in the order of the forces), then those of them no order moves: too few end
  // the decision before the orders' forces or the enemy's are read. Then the enemy's carrier
  // aircraft, heavy ships by port and the seas its warships are in, from its ships and flotillas
  // (what `isWarship` can be). (Speed only: the same lists and sums as one pass over every force.)
  const bySide = forcesBySide(world, state);
  // Each side's lists read by name, not by a key that changes (`bySide[enemy]` compiled for one side
  // threw this function's optimised code away on the other's turn: PERFORMANCE.md, pass 24).
  const own = side === 'japan' ? bySide.japan : bySide.allies;
  const theirs = enemy === 'japan' ? bySide.japan : bySide.allies;
  const inPort: ForceState[] = [];
  let ourAir = 0;
  for (const f of own.carriers) {
    if (f.status !== 'active' || !isCarrier(f)) continue;
    const carrierAir = strikeAircraft(f);
    ourAir += carrierAir;
    if (carrierAir > 0 && world.areas.get(f.location)?.kind !== 'sea') inPort.push(f);
  }
  if (inPort.length < RAID_CARRIERS) return null;
  const ordered = new Set<string>();
  for (const o of orders) if (o.type === 'move') ordered.add(o.force);
  const idle = inPort.filter((f) => !ordered.has(f.id));
  // (Each test below only says no: asked in any order, the answer is the same.)
  if (idle.length < RAID_CARRIERS || landingNextTurn(world, state, side)) return null;
  const heavyInPort = new Map<string, number>();
  const enemySeas = new Set<string>();
  let theirAir = 0;
  for (const f of theirs.ship) {
    if (f.status !== 'active' || !known(f)) continue;
    if (isCarrier(f)) theirAir += strikeAircraft(f);
    if (world.areas.get(f.location)?.kind === 'sea') enemySeas.add(f.location);
    else if (isHeavyShip(f)) heavyInPort.set(f.location, (heavyInPort.get(f.location) ?? 0) + 1);
  }
  if (heavyInPort.size === 0 || ourAir < RAID_AIR_ODDS * theirAir) return null;
  // (The seas its flotillas are in are read only now: nothing above asks for them.)
  for (const f of theirs.flotilla) {
    if (isWarship(f) && world.areas.get(f.location)?.kind === 'sea' && known(f)) enemySeas.add(f.location);
  }
  const atSea = (sea: string) => enemySeas.has(sea);
  // A forward base: a fuelled port of the side on the sea the raid is flown from (with the
  // endurance rule; without it every sea will do).
  const bases = world.scenario.rules.endurance ? new Set(fuelledPorts(world, state, side)) : null;
  const forward = (sea: string) =>
    bases === null || (world.neighbours.get(sea) ?? []).some((m) => bases.has(m.area));
  // A loop, not `filter` twice: an array a builtin makes in optimised code can have another map than
  // the one it made before, and the next read of it then throws this optimised function away
  // (PERFORMANCE.md, pass 24).
  const ports: World['scenario']['areas'][number][] = [];
  for (const a of world.scenario.areas)
    if (
      a.kind !== 'sea' &&
      a.port &&
      (state.control[a.id] ?? a.owner) === enemy &&
      (heavyInPort.get(a.id) ?? 0) > 0 &&
      atWarIn(world, state, a.id)
    )
      ports.push(a);
  ports.sort((a, b) => (heavyInPort.get(b.id) ?? 0) - (heavyInPort.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  for (const port of ports) {
    for (const n of world.neighbours.get(port.id) ?? []) {
      if (world.areas.get(n.area)?.kind !== 'sea' || !inStrikeReach(world, n) || atSea(n.area)) continue;
      // Not from a sea the port's own air groups cover all month (the carriers came in from the
      // Pacific side, struck and drew off; none entered the Sea of Japan).
      if (n.distance <= world.scenario.rules.landAirReach || !forward(n.area)) continue;
      const going: Order[] = [];
      const goingVerdicts: Legality[] = [];
      for (const f of idle) {
        const move: Order = { type: 'move', force: f.id, to: n.area };
        const verdict = checkLegality(world, state, side, move, [...orders, ...going]);
        if (!verdict.ok) continue;
        going.push(move);
        goingVerdicts.push(verdict);
      }
      if (going.length < RAID_CARRIERS) continue;
      orders.push(...going);
      verdicts.push(...goingVerdicts);
      return replan(
        'raid-fleet-in-port',
        port.id,
        going.flatMap((o) => (o.type === 'move' ? [o.force] : [])),
        {
          ships: heavyInPort.get(port.id) ?? 0,
          ...(oilToSail(world, state, enemy, port.id) ? {} : { noOil: 1 }),
        },
      );
    }
  }
  return null;
}

/**
 * Whether the side's plan lands an army next turn (a step dated then, whose condition holds now,
 * moves an army to or from an island into an area the side does not hold): its carriers are kept
 * for it rather than sent
 * far away on a raid — in September and December 1944 the fast carriers stayed with the Philippine
 * landings, and the Home Islands were struck from February 1945 between the landings (B14 B17).
 */
function landingNextTurn(world: World, state: GameState, side: SideId): boolean {
  // (The calendar's dates are kept with the world: turn-dates.ts.)
  const next = dateOfTurn(world, state.turn + 1);
  const after = dateOfTurn(world, state.turn + 2);
  for (const step of stepsDated(world, world.scenario.historicalPlan, side, next, after)) {
    // An army's move into an area not held, to or from an island: across the sea.
    const lands = step.orders.some((o) => {
      if (o.type !== 'move') return false;
      const dest = world.areas.get(o.to);
      if (!dest || dest.kind === 'sea' || (state.control[o.to] ?? dest.owner) === side) return false;
      const f = forceById(state, o.force);
      if (f !== undefined && f.type !== 'army') return false;
      return dest.kind === 'island' || (f !== undefined && world.areas.get(f.location)?.kind === 'island');
    });
    if (lands && (step.when === undefined || triggerHoldsIn(world, state, step.when))) return true;
  }
  return false;
}

/** A battleship or a fleet or light carrier: what a raid on a port is flown for. */
function isHeavyShip(f: ForceState): boolean {
  return (
    f.type === 'ship' &&
    (f.class === 'battleship' || f.class === 'fleet-carrier' || f.class === 'light-carrier')
  );
}

/** The most operations an intent holds (the schema's bound). */
const MAX_OPERATIONS = 60;

/**
 * The orders of `plan` (the scenario's historical plan, or a doctrine's
 * version of it with some orders left out) in force this turn, by the rules
 * above. A doctrine that drops an order also drops it from the "newest order
 * for a force" reckoning, so a force the doctrine holds back keeps its last
 * standing order rather than being stopped by an order it will never give.
 */
export function planOrders(world: World, state: GameState, side: SideId, plan: readonly PlanStep[]): Order[] {
  const planned = planDecision(world, state, side, plan, false);
  const { orders, verdicts } = fuelledOrders(world, state, side, planned.orders, planned.verdicts);
  rememberVerdicts(world, state, side, orders, verdicts);
  return orders;
}

/**
 * The plan's orders this turn with the operations they make up, and what was
 * done where a step became impossible (a `replan` operation with a `detail`
 * code):
 * - `force-lost`: the ship, flotilla or air group the step names has been
 *   lost; another of the same type and class that the plan does not move
 *   this turn goes instead — first one from where the lost force was — or,
 *   if none can, the step's order is dropped (the rest hold);
 * - `area-already-held`: the area an invasion step was to take is already
 *   the side's; the army goes on to its next objective in the plan if that
 *   is open now, or else moves in without a fight as the plan had it (later
 *   steps start from there);
 * - an order the rules refuse (`no-transports`, `out-of-reach`,
 *   `not-at-war`, `force-busy`, `order-refused`), or one for a force that has
 *   not arrived yet (`not-arrived`): the force holds; a decision or a
 *   building the rules refuse (`choice-unavailable`, `build-refused`) is dropped.
 * Re-plans of one step with the same code and area are one operation.
 * Re-planning happens on a step's own turn: a standing order offered again
 * later (the `until` window) is waiting for its moment, not impossible, and a
 * sister ship sent once is not sent again.
 */
export function planDecision(
  world: World,
  state: GameState,
  side: SideId,
  plan: readonly PlanStep[],
  /** False when only the orders are wanted (the operations are not worked out). */
  explain = true,
): {
  orders: Order[];
  operations: Operation[];
  /** The verdict of each order (`verdicts[i]` for `orders[i]`), each checked against `state` after those before it. */
  verdicts: Legality[];
} {
  const next = dateOfTurn(world, state.turn + 1);
  // What the decision remembers of the plan's steps (`DecisionMemo`: a step's condition, a force's
  // newest instruction, whether a force is needed).
  const memo = new DecisionMemo(world, state, side, next, planIndex(world, plan).newestFirst);
  const orders: Order[] = [];
  const operations: Operation[] = [];
  const verdicts: Legality[] = [];
  // The same order checked against the same earlier orders gets the same verdict (checkOrder reads only
  // the state, the side, the order and those orders): a check repeated in one decision is made once.
  const checkOrder = checksOnce(world, state, side);
  // (The side's steps offered this turn are read through an index made once per plan and turn: the
  // same steps, in the plan's order.)
  for (const step of stepsDue(world, plan, side, state.date, next)) {
    if (!memo.inForce(step)) continue;
    const standing = step.date < state.date;
    // The step's orders given (read only to explain them).
    const given: Order[] = [];
    const replans: Operation[] = [];
    // The fleet first: a landing refused for sea control sends the step's warships to win it (fleetFirst).
    const plan0 = fleetFirst(
      world,
      state,
      side,
      step,
      orders,
      (o) => !standing || memo.newest(o.force) === step.date,
      checkOrder,
    );
    if (plan0.operation && explain) replans.push(plan0.operation);
    for (const o of plan0.orders) {
      if (standing && o.type === 'move' && memo.newest(o.force) !== step.date) continue;
      if (!standing && o.type === 'move' && isTakenAlready(world, state, side, plan, step, o)) {
        replans.push(goOn(world, state, side, plan, step, o, orders, verdicts, memo, checkOrder));
        continue;
      }
      const verdict = checkOrder(world, state, side, o, orders);
      if (verdict.ok) {
        orders.push(o);
        verdicts.push(verdict);
        if (explain) given.push(o);
        continue;
      }
      // Ships ordered "while the yards allow": as many as the yards have room for (shipyards.ts).
      const fewer = fewerForTheYards(world, state, side, o, verdict, orders, checkOrder);
      if (fewer) {
        orders.push(fewer.order);
        verdicts.push(fewer.verdict);
        if (explain) given.push(fewer.order);
        continue;
      }
      if (standing) continue;
      const lost = o.type === 'move' ? forceById(state, o.force) : undefined;
      if (o.type === 'move' && lost?.status === 'lost') {
        const op = substitute(world, state, side, o, lost, orders, verdicts, memo, checkOrder);
        if (op) replans.push(op);
      } else if (explain) {
        const detail = refusalCode(verdict.refusal);
        if (detail !== null) {
          replans.push(refusedOperation(o, detail));
        }
      }
    }
    if (explain && step.alternative && given.length > 0) {
      // An alternative of the plan (held ready for a campaign gone otherwise): said as a change of plan.
      replans.push(
        replan(
          step.alternative.kind === 'bypass' ? 'bypass' : 'reinforce-landing',
          step.alternative.area,
          given.flatMap((o) => (o.type === 'move' ? [o.force] : [])),
        ),
      );
    }
    if (explain) operations.push(...stepOperations(world, state, side, given), ...merged(replans));
  }
  // Every order was checked here in turn (a re-plan's too): the caller may remember the verdicts
  // (rememberVerdicts) so that resolveTurn need not check them again (src/engine/checked-orders.ts).
  return { orders, operations: operations.slice(0, MAX_OPERATIONS), verdicts };
}

type Move = Extract<Order, { type: 'move' }>;

/**
 * A build the yards have no room for (`yards-full`), cut to the number they can take, with its
 * verdict; null when none fit or the refusal is another.
 */
function fewerForTheYards(
  world: World,
  state: GameState,
  side: SideId,
  o: Order,
  verdict: Legality,
  orders: readonly Order[],
  checkOrder: Check,
): { order: Order; verdict: Legality } | null {
  if (o.type !== 'build' || verdict.ok || verdict.refusal.code !== 'yards-full') return null;
  const each = verdict.refusal.need / o.count;
  const count = Math.floor(verdict.refusal.free / each);
  if (count < 1) return null;
  const order: Order = { ...o, count };
  const v = checkOrder(world, state, side, order, orders);
  return v.ok ? { order, verdict: v } : null;
}

/**
 * What one decision (one state and side) remembers of the plan: methods over the decision's
 * tables, not closures made for every decision (under tsx each named closure also costs a
 * `__name` call).
 */
class DecisionMemo {
  private readonly known = new Map<PlanStep, boolean>();
  private readonly newestDates = new Map<string, string>();
  private readonly neededAt = new Map<string, boolean>();

  constructor(
    private readonly world: World,
    private readonly state: GameState,
    private readonly side: SideId,
    /** The date of the next turn: steps dated before it are due. */
    private readonly next: string,
    /** Each force's steps, newest first (the plan's index). */
    private readonly newestFirst: ReadonlyMap<string, readonly PlanStep[]>,
  ) {}

  /**
   * Whether a step of the side already dated has its condition holding: one of the plan's
   * instructions in force. Asked step by step and remembered (a condition reads the state alone,
   * so the answer is the same whenever it is asked): the conditions of steps long past are read
   * only if a force's newest instruction is wanted.
   */
  inForce(step: PlanStep): boolean {
    let holds = this.known.get(step);
    if (holds === undefined) {
      holds =
        step.side === this.side &&
        step.date < this.next &&
        (step.when === undefined || triggerHoldsIn(this.world, this.state, step.when));
      this.known.set(step, holds);
    }
    return holds;
  }

  /** The date of the newest instruction in force for a force (asked only for standing moves; remembered per force). */
  newest(force: string): string {
    let date = this.newestDates.get(force);
    if (date === undefined) {
      date = '';
      // The newest step in force that moves it: the first in force of its steps newest first.
      for (const step of this.newestFirst.get(force) ?? [])
        if (this.inForce(step)) {
          date = step.date;
          break;
        }
      this.newestDates.set(force, date);
    }
    return date;
  }

  /**
   * Whether the plan moves the force this turn (a step in force moves it) or a later step of it
   * needs it: never taken as a substitute for another's order. Remembered per force (it reads the
   * plan and the state alone).
   */
  needed(force: string): boolean {
    let is = this.neededAt.get(force);
    if (is === undefined) {
      // (A later step first: its date is the newest of the force's steps, newestFirst's first.)
      const steps = this.newestFirst.get(force) ?? [];
      is = steps[0] !== undefined && steps[0].date > this.state.date;
      if (!is)
        for (const step of steps)
          if (this.inForce(step)) {
            is = true;
            break;
          }
      this.neededAt.set(force, is);
    }
    return is;
  }
}

/** `checkOrder` as planDecision asks it (checksOnce). */
type Check = typeof checkLegality;

/**
 * checkOrder for one decision (one state and side) that remembers its verdicts: the same order
 * object checked against the same earlier orders (the same objects in the same order) is
 * checked once. checkOrder reads nothing else, so the verdict is the one it would give again.
 * Every list of earlier orders this file hands it only ever grows (orders are pushed, never
 * removed or replaced), so a verdict keeps the list it was given and its length then — the list's
 * first that many orders never change — instead of a copy of it.
 */
function checksOnce(world: World, state: GameState, side: SideId): Check {
  const known = new Map<Order, { earlier: readonly Order[]; length: number; verdict: Legality }[]>();
  return (_world, _state, _side, order, earlier = []) => {
    const seen = known.get(order);
    if (seen) {
      for (const k of seen) if (samePrefix(k.earlier, k.length, earlier)) return k.verdict;
    }
    const verdict = checkLegality(world, state, side, order, earlier);
    const entry = { earlier, length: earlier.length, verdict };
    if (seen) seen.push(entry);
    else known.set(order, [entry]);
    return verdict;
  };
}

/** Whether `b` is the first `length` orders of `a` (the same objects in the same order). */
function samePrefix(a: readonly Order[], length: number, b: readonly Order[]): boolean {
  if (b.length !== length) return false;
  if (a === b) return true;
  for (let i = length - 1; i >= 0; i--) if (a[i] !== b[i]) return false;
  return true;
}

/** A surface warship or carrier (what fights for control of the sea; not transports, not submarines). */
function isWarship(f: ForceState | undefined): boolean {
  if (f?.status !== 'active') return false;
  if (f.type === 'ship') return true;
  return f.type === 'flotilla' && f.class !== 'transport' && f.class !== 'oiler' && f.class !== 'submarine';
}

/**
 * A step's orders as the plan lists them when its landings are allowed so;
 * otherwise with its warships' moves first, so that they cover the landings
 * of the same step (sea-control.ts counts warships ordered before a landing
 * into the seas on its way or off its beach). When a landing of the
 * step is still refused because the enemy's fleet or air power holds a sea
 * area on the way (`sea-held`), the plan is changed at the level of the
 * campaign, as the real planners did: the step's warships go into that sea
 * instead, to win control of it first — the Philippine Sea was fought for
 * before Saipan could be held, and the fast carriers struck Truk and the
 * Marianas' airfields ahead of the landings (B13). The landing goes in
 * behind them if their presence is enough, or waits (a standing step offers
 * it again while its `until` lasts). Only the step's own warships go: the
 * plan's other operations keep theirs. `given(o)` says whether the loop will
 * give a move at all (a standing move superseded by a newer step is not).
 */
function fleetFirst(
  world: World,
  state: GameState,
  side: SideId,
  step: PlanStep,
  earlier: readonly Order[],
  given: (o: Move) => boolean,
  checkOrder: Check,
): { orders: Order[]; operation?: Operation } {
  // (Speed only: most steps land nothing or have no warships, and their orders stay as they are;
  // one pass over the step's moves says so, with no list made. `given` reads the plan and the
  // state alone, so asking it in another order or fewer times gives the same answers.)
  if (!landsWithFleet(state, step, given)) return { orders: step.orders };
  // The step's landings, its warships' moves that are given, and the rest, in the plan's order.
  const landings: Move[] = [];
  const warships: Move[] = [];
  const rest: Order[] = [];
  for (const o of step.orders) {
    if (o.type !== 'move') {
      rest.push(o);
      continue;
    }
    const force = forceById(state, o.force);
    const warship = isWarship(force);
    if (force?.type === 'army' && given(o)) landings.push(o);
    if (warship && given(o)) warships.push(o);
    else rest.push(o);
  }
  const t: FleetTrial = { world, state, side, earlier, landings, warships, rest, checkOrder };
  // The answer: the plan's own order if the landings are allowed so, else the warships first.
  // (Speed only.) When the plan already lists the warships first, the warships-first orders are the
  // plan's own (the same orders in the same order): if every landing goes in behind them, or if
  // the warships are not sent elsewhere (no operation), the answer is the plan's orders either way
  // and the check as planned is not needed; the checks behind the warships are the ones
  // planDecision makes next (checksOnce). Only a change of plan asks whether the plan's own
  // order would have done. Every check reads the state alone, so asking in this order gives the
  // answer the plain order (as planned, then warships first) gives.
  if (inPlanOrder(step.orders, warships)) {
    if (landsBehind(t, warships)) return { orders: step.orders };
    const first = warshipsFirst(t);
    if (!first.operation || asPlanned(t)) return { orders: step.orders };
    return first;
  }
  if (asPlanned(t)) return { orders: step.orders };
  return warshipsFirst(t);
}

/**
 * One step's trial in `fleetFirst`: its landings, its warships' moves that are given and the rest,
 * in the plan's order, checked behind the side's orders so far (`earlier`). A record handed to
 * module functions, not closures made per step (under tsx each named closure costs a `__name` call).
 */
interface FleetTrial {
  world: World;
  state: GameState;
  side: SideId;
  earlier: readonly Order[];
  landings: Move[];
  warships: Move[];
  rest: Order[];
  checkOrder: Check;
}

/** The moves as the rules take them, in turn, behind the earlier orders (the warships' before the landings). */
function legalBehind(t: FleetTrial, moves: readonly Move[]): Order[] {
  const trial: Order[] = [...t.earlier];
  for (const m of moves) if (t.checkOrder(t.world, t.state, t.side, m, trial).ok) trial.push(m);
  return trial;
}

/** Whether every landing is allowed behind the moves `first` (in turn, as planDecision's loop checks them). */
function landsBehind(t: FleetTrial, first: readonly Move[]): boolean {
  const trial = legalBehind(t, first);
  for (const landing of t.landings) {
    if (!t.checkOrder(t.world, t.state, t.side, landing, trial).ok) return false;
    trial.push(landing);
  }
  return true;
}

/** The plan's own order first: nothing changes for landings the rules allow as the plan has them. */
function asPlanned(t: FleetTrial): boolean {
  for (const landing of t.landings)
    if (!t.checkOrder(t.world, t.state, t.side, landing, t.earlier).ok) return false;
  return true;
}

/**
 * The warships' moves first, the landings behind them; the warships go to win a sea area on the
 * way where a landing is refused for it (the operation says so).
 */
function warshipsFirst(t: FleetTrial): { orders: Order[]; operation?: Operation } {
  const { world, state, side, landings, warships, rest, checkOrder } = t;
  let trial = legalBehind(t, warships);
  for (const landing of landings) {
    const verdict = checkOrder(world, state, side, landing, trial);
    if (verdict.ok) {
      trial.push(landing);
      continue;
    }
    const r = verdict.refusal;
    if (r?.code !== 'sea-held' || !r.areaIsSea) continue;
    const sea = world.scenario.areas.find((a) => a.name === r.area && a.kind === 'sea');
    if (!sea || warships.every((m) => m.to === sea.id)) continue;
    const redirected = warships.map((m) => ({ ...m, to: sea.id }));
    trial = legalBehind(t, redirected);
    const going = redirected.filter((m) => trial.includes(m));
    if (going.length === 0) return { orders: [...warships, ...rest] };
    const landsNow = checkOrder(world, state, side, landing, trial).ok;
    return {
      orders: [...redirected, ...rest],
      operation: replan(
        'sea-control',
        sea.id,
        going.map((m) => m.force),
        { enemyPower: r.theirs, power: r.ours, ...(landsNow ? { landsNow: 1 } : {}) },
      ),
    };
  }
  return { orders: [...warships, ...rest] };
}

/** Whether `step` moves an army the loop gives (`given`) and a warship: a landing the fleet might cover. */
function landsWithFleet(state: GameState, step: PlanStep, given: (o: Move) => boolean): boolean {
  let landing = false;
  let fleet = false;
  for (const o of step.orders) {
    if (o.type !== 'move') continue;
    const force = forceById(state, o.force);
    if (!force) continue;
    if (!fleet && isWarship(force)) fleet = true;
    else if (!landing && force.type === 'army' && given(o)) landing = true;
    if (landing && fleet) return true;
  }
  return false;
}

/** Whether `orders` begins with `warships` (the same objects, in that order). */
function inPlanOrder(orders: readonly Order[], warships: readonly Move[]): boolean {
  for (let i = 0; i < warships.length; i++) if (orders[i] !== warships[i]) return false;
  return true;
}

/**
 * Whether `o` is an invasion the war has overtaken: the first army move of the
 * plan into an area the side did not hold at the start, and the side holds it
 * already. (A later move into an area taken earlier in the plan is the plan
 * bringing up reserves, not an invasion.)
 */
function isTakenAlready(
  world: World,
  state: GameState,
  side: SideId,
  plan: readonly PlanStep[],
  step: PlanStep,
  o: Move,
): boolean {
  // (The area first: most moves go to seas or to areas the side always held, and need no lookup
  // of the force. Each test only says no: asked in any order, the answer is the same.)
  const dest = world.areas.get(o.to);
  if (!dest || dest.owner === side || (state.control[o.to] ?? dest.owner) !== side) return false;
  const force = forceById(state, o.force);
  if (force?.type !== 'army' || force.status !== 'active' || force.location === o.to) return false;
  return firstInvasionStep(world, plan, side, o.to) === step;
}

/** The first step of the side's plan that moves an army into `area`: the one that means to take it. */
function firstInvasionStep(
  world: World,
  plan: readonly PlanStep[],
  side: SideId,
  areaId: string,
): PlanStep | undefined {
  // Remembered per plan, side and area (a plan never changes).
  const known = planIndex(world, plan).firstInvasion;
  const key = `${side} ${areaId}`;
  if (known.has(key)) return known.get(key);
  let first: PlanStep | undefined;
  for (const step of plan) {
    if (step.side !== side || !step.orders.some((o) => o.type === 'move' && o.to === areaId)) continue;
    if (!first || step.date < first.date) first = step;
  }
  known.set(key, first);
  return first;
}

/**
 * The army of an invasion whose area is already held: its next objective in
 * the plan (a later step moving it to an area the side does not hold, whose
 * condition holds, that it can reach now), or it moves in as planned, or
 * (if it cannot) holds.
 */
function goOn(
  world: World,
  state: GameState,
  side: SideId,
  plan: readonly PlanStep[],
  step: PlanStep,
  o: Move,
  orders: Order[],
  verdicts: Legality[],
  memo: DecisionMemo,
  checkOrder: Check,
): Operation {
  for (const later of movesByForce(world, plan).get(o.force) ?? []) {
    if (later.side !== side || later.date <= step.date || memo.inForce(later)) continue;
    if (later.when !== undefined && !triggerHoldsIn(world, state, later.when)) continue;
    for (const next of later.orders) {
      if (next.type !== 'move' || next.force !== o.force) continue;
      const dest = world.areas.get(next.to);
      if ((state.control[next.to] ?? dest?.owner) === side) continue;
      const verdict = checkOrder(world, state, side, next, orders);
      if (!verdict.ok) continue;
      orders.push(next);
      verdicts.push(verdict);
      return replan('area-already-held', next.to, [o.force], { nextObjective: 1 });
    }
  }
  // No next objective open: the army moves in as planned (it was to be there; later steps start from there).
  const verdict = checkOrder(world, state, side, o, orders);
  const movesIn = verdict.ok;
  if (movesIn) {
    orders.push(o);
    verdicts.push(verdict);
  }
  return replan('area-already-held', o.to, [o.force], movesIn ? { movesIn: 1 } : undefined);
}

/**
 * A lost force's order given to another of the same type and class: one the
 * plan does not move this turn nor needs for a later step (a sister ship is
 * taken from the reserve, never from another operation of the plan), that
 * has no order yet and can make the move,
 * first one from where the lost force was, then any. None is sent while one
 * is already there (a standing order offered again after the substitute
 * arrived), and armies are never substituted: an army is not a sister ship.
 */
function substitute(
  world: World,
  state: GameState,
  side: SideId,
  o: Move,
  lost: ForceState,
  orders: Order[],
  verdicts: Legality[],
  /** Says whether the plan moves a force this turn or needs it for a later step (`needed`). */
  memo: DecisionMemo,
  checkOrder: Check,
): Operation | null {
  if (lost.type === 'army') return replan('force-lost', o.to, []);
  // The side's forces of the lost one's type, in the order of the forces: one of the same sort
  // already there means nothing to do; else the free ones (not moved by the plan this turn, not
  // needed by a later step), those from where the lost force was first, each group in that order.
  const ofType: readonly ForceState[] = forcesBySide(world, state)[side][lost.type];
  const fromThere: ForceState[] = [];
  const others: ForceState[] = [];
  for (const f of ofType) {
    if (f.status !== 'active' || f.id === lost.id || !sameSort(f, lost)) continue;
    if (f.location === o.to) return null;
    if (memo.needed(f.id)) continue;
    (f.location === lost.location ? fromThere : others).push(f);
  }
  for (const f of fromThere.length > 0 ? [...fromThere, ...others] : others) {
    const move: Order = { type: 'move', force: f.id, to: o.to };
    const verdict = checkOrder(world, state, side, move, orders);
    if (!verdict.ok) continue;
    orders.push(move);
    verdicts.push(verdict);
    return replan('force-lost', o.to, [f.id]);
  }
  return replan('force-lost', o.to, []);
}

/** A `replan` operation: what was done when a step of the plan became impossible, and why (`detail`). */
function replan(
  detail: string,
  target: string,
  forces: readonly string[],
  numbers?: Operation['numbers'],
): Operation {
  return {
    kind: 'replan',
    reason: 'step-impossible',
    target,
    forces: [...forces],
    detail,
    ...(numbers ? { numbers } : {}),
  };
}

/** A plan step's order the rules refused, as a `replan` operation (the force holds, or the decision is dropped). */
function refusedOperation(o: Order, detail: string): Operation {
  switch (o.type) {
    case 'move':
      return replan(detail, o.to, [o.force]);
    case 'air':
      return replan(detail, o.target, [o.force]);
    case 'choose':
      return replan('choice-unavailable', o.choice, []);
    case 'build':
      return replan('build-refused', o.item, []);
  }
}

/** Re-plans of one step with the same detail and target as one operation (its forces together). */
function merged(replans: readonly Operation[]): Operation[] {
  const out: Operation[] = [];
  for (const op of replans) {
    const same = out.find((o) => o.detail === op.detail && o.target === op.target);
    if (!same) out.push({ ...op, forces: [...op.forces], numbers: { ...op.numbers, orders: 1 } });
    else {
      same.forces.push(...op.forces.filter((f) => !same.forces.includes(f)));
      same.numbers = { ...same.numbers, orders: (same.numbers?.orders ?? 1) + 1 };
    }
  }
  return out;
}

/** Whether two forces are of the same kind, for a substitute: type, and ship and flotilla classes, air roles. */
function sameSort(a: ForceState, b: ForceState): boolean {
  switch (a.type) {
    case 'ship':
      return b.type === 'ship' && a.class === b.class;
    case 'flotilla':
      return b.type === 'flotilla' && a.class === b.class;
    case 'air':
      return b.type === 'air' && a.role === b.role;
    case 'army':
      return b.type === 'army';
  }
}

/**
 * The `detail` code for an order the rules refused, or null when there is nothing to re-plan
 * (already done). A landing short of escorts counts as short of shipping, as does a march out of
 * reach whose sea lift lacks transports.
 */
function refusalCode(refusal: Refusal): string | null {
  switch (refusal.code) {
    case 'already-there':
      return null;
    case 'no-force':
      return 'not-arrived';
    case 'transports-short':
    case 'transports-sailing':
    case 'needs-escorts':
      return 'no-transports';
    case 'overland-out-of-reach':
      return refusal.lift.code === 'transports-short' || refusal.lift.code === 'transports-sailing'
        ? 'no-transports'
        : 'out-of-reach';
    case 'out-of-reach':
      return 'out-of-reach';
    case 'not-at-war':
    case 'not-at-war-in':
    case 'neutral-closed':
      return 'not-at-war';
    case 'has-order':
      return 'force-busy';
    default:
      return 'order-refused';
  }
}
/** The indexes of `plan` (kept with the world per plan, bot-memo.ts: a plan never changes). */
function planIndex(world: World, plan: readonly PlanStep[]): PlanIndex {
  const plans = botMemo(world).plans;
  let index = plans.get(plan);
  if (!index) {
    const movesByForce = new Map<string, PlanStep[]>();
    for (const step of plan) {
      for (const o of step.orders) {
        if (o.type !== 'move') continue;
        const steps = movesByForce.get(o.force) ?? [];
        if (steps.at(-1) !== step) steps.push(step);
        movesByForce.set(o.force, steps);
      }
    }
    const newestFirst = new Map<string, PlanStep[]>();
    for (const [force, steps] of movesByForce)
      newestFirst.set(
        force,
        steps.slice().sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : 0)),
      );
    const lastDay = new Map<string, string>();
    for (const [force, steps] of movesByForce) {
      let last = '';
      for (const step of steps) if ((step.until ?? step.date) > last) last = step.until ?? step.date;
      lastDay.set(force, last);
    }
    index = {
      movesByForce,
      newestFirst,
      lastDay,
      bySide: new Map(),
      due: new Map(),
      dated: new Map(),
      firstInvasion: new Map(),
    };
    plans.set(plan, index);
  }
  return index;
}

/** The plan's steps that move each force, in the plan's order. */
function movesByForce(world: World, plan: readonly PlanStep[]): Map<string, PlanStep[]> {
  return planIndex(world, plan).movesByForce;
}

/** The steps of each side's plan, in the plan's order. */
function stepsOfSide(world: World, plan: readonly PlanStep[], side: SideId): readonly PlanStep[] {
  const bySide = planIndex(world, plan).bySide;
  let steps = bySide.get(side);
  if (!steps) {
    steps = plan.filter((step) => step.side === side);
    bySide.set(side, steps);
  }
  return steps;
}

/**
 * The steps of the side's plan offered on the turn of `date` (the next turn's date `next`): dated
 * before `next` and not over before `date` (a step's `until`, else its date), in the plan's order.
 * Kept per plan, side and dates (a plan never changes): a turn offers a few of the side's ~80 steps.
 */
function stepsDue(
  world: World,
  plan: readonly PlanStep[],
  side: SideId,
  date: string,
  next: string,
): readonly PlanStep[] {
  return keptSteps(world, plan, planIndex(world, plan).due, side, date, next, isDue);
}

/** The steps of the side's plan dated from `from` to before `to`, in the plan's order (kept per plan, side and dates). */
function stepsDated(
  world: World,
  plan: readonly PlanStep[],
  side: SideId,
  from: string,
  to: string,
): readonly PlanStep[] {
  return keptSteps(world, plan, planIndex(world, plan).dated, side, from, to, isDated);
}

const isDue = (step: PlanStep, date: string, next: string) =>
  step.date < next && (step.until ?? step.date) >= date;
const isDated = (step: PlanStep, from: string, to: string) => step.date >= from && step.date < to;

/** The side's steps for which `keep(step, from, to)` holds, in the plan's order, kept in `tables` by `from` (and `to`). */
function keptSteps(
  world: World,
  plan: readonly PlanStep[],
  tables: Map<SideId, Map<string, DatedSteps>>,
  side: SideId,
  from: string,
  to: string,
  keep: (step: PlanStep, from: string, to: string) => boolean,
): readonly PlanStep[] {
  const byDate = keptBySide(tables, side);
  const kept = byDate.get(from);
  if (kept && kept.to === to) return kept.steps;
  // (An empty list of the kind a full one is: lists.ts.)
  const steps = emptyList<PlanStep>();
  for (const step of stepsOfSide(world, plan, side)) if (keep(step, from, to)) steps.push(step);
  byDate.set(from, { from, to, steps });
  return steps;
}

/** The side's table of steps by date in `tables`, made empty on first use. */
function keptBySide(tables: Map<SideId, Map<string, DatedSteps>>, side: SideId): Map<string, DatedSteps> {
  let byDate = tables.get(side);
  if (!byDate) {
    byDate = new Map();
    tables.set(side, byDate);
  }
  return byDate;
}
