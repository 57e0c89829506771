/**
 * The game state: plain JSON data, nothing else. Everything that changes
 * during a game lives here (including the generator's state); everything that
 * does not lives in the scenario.
 */
import type { ForceDef, OutcomeKind, Owner, SideId } from '../scenario/schema';
import type { RngState } from './rng';

export const STATE_VERSION = 1;

/** A force as the scenario defines it, plus what the war has done to it. */
export type ForceState = ForceDef & {
  /** Strength lost so far: ships 0/1, flotillas ships, air groups aircraft, armies thousand men. */
  lost: number;
  /** Strength added since it appeared (replacement aircraft). Always: strength + lost = initial + replaced. */
  replaced: number;
  /** Aircraft it can operate (carriers and air groups; 0 for the rest). */
  airCapacity: number;
  status: 'active' | 'lost';
};

export interface SideState {
  stocks: Record<string, number>;
}

export interface Outcome {
  kind: OutcomeKind;
  winner: SideId | 'draw';
  turn: number;
  date: string;
  /** Why, as data (its words: src/text/end-text.ts). */
  cause: EndCause;
}

/** Why a game ended: a code and its numbers (phases/will.ts, events.ts). */
export type EndCause =
  /** A side's will fell to `will`, at or below its breaking point. */
  | { code: 'will-broke'; side: SideId; will: number; breakingPoint: number }
  /** A side's leaders gave up with will in doubt at `will`: a `chance`% chance this turn. */
  | { code: 'gave-up'; side: SideId; will: number; chance: number }
  /** The scenario's last turn has been played. */
  | { code: 'last-turn'; lastTurn: number }
  /** A scenario event's `end` effect (its title is the scenario's words). */
  | { code: 'event'; event: string }
  /**
   * Never made by the engine: the English reason of a replay recorded before replay format 2
   * (replay/migrate.ts) that is not one of the sentences above, kept as it was written.
   */
  | { code: 'worded'; text: string };

export interface QueuedBuild {
  side: SideId;
  item: string;
  /** The turn on which it is delivered (in the events phase). */
  ready: number;
}

/** Standing policies a side sets with `choose` orders that carry a level (phases/economy/policies.ts). */
export interface SidePolicies {
  /** Index into `rules.rationing.levels` (0 when the scenario has no rationing rules). */
  rationing: number;
  /** Percent of the cargo fleet (tankers and freighters for raw materials) sent to sea. */
  sailings: number;
}

/**
 * What the side's shipping did in the last turn resolved, for the will model and the report:
 * quantities it can weigh against need (oil and raw materials delivered, merchant tonnage left).
 */
export interface SupplyRecord {
  /** Oil produced overseas that needed tankers, and what reached the capital (thousand barrels). */
  oilToShip: number;
  oilDelivered: number;
  /** Raw materials (industry points) produced overseas, and what reached the capital. */
  rawToShip: number;
  rawDelivered: number;
  /** Freighter tonnage tied up supplying garrisons overseas (thousand GT). */
  garrisonKgt: number;
  /** Tonnage at sea on the routes (thousand GT, counted once per ship). */
  sailedKgt: number;
  /** Thousand GT sunk, by cause. */
  sunkBySubmarines: number;
  sunkByAircraft: number;
  sunkByMines: number;
}

/** Pilots trained and in training (economy/air-replacement.ts). */
export interface PilotPool {
  /** Trained pilots waiting for a unit. */
  ready: number;
  /** Their average experience (0–100). */
  experience: number;
  /** Classes in training, in the order they started. */
  training: PilotClass[];
}

export interface PilotClass {
  /** The turn whose economy phase sees them join the pool. */
  ready: number;
  pilots: number;
  /** Their experience when they join. */
  experience: number;
}

export interface GameState {
  stateVersion: typeof STATE_VERSION;
  scenarioId: string;
  seed: string;
  /** The turn to be resolved next (1-based). */
  turn: number;
  /** The date turn `turn` starts. */
  date: string;
  rng: RngState;
  sides: Record<SideId, SideState>;
  /** Owner of each land or island area, by area id. */
  control: Record<string, Owner>;
  /** Every force that has ever been in the game; lost ones stay, so losses can be counted. */
  forces: ForceState[];
  flags: Record<string, boolean>;
  /** Events that have fired: event id → the turn it first fired. */
  fired: Record<string, number>;
  /** Decisions made: choice id → the turn it was made. */
  choices: Record<string, number>;
  /** Output of captured oil fields in percent while they are repaired (absent = 100). */
  oilFields: Record<string, number>;
  /** Items being built, in the order ordered. */
  queue: QueuedBuild[];
  /** Each side's standing policies (rationing, sailings). */
  policies: Record<SideId, SidePolicies>;
  /** Each side's shipping in the last turn resolved (all zero before the first). */
  supply: Record<SideId, SupplyRecord>;
  /**
   * The losses each side's convoy staff remember by sea area: percent of the ships sailing through
   * it lost there in 30 days, the worst turn fading (`rules.shipping.lossRouting`, deliveries.ts).
   * Absent without the rule (and in states saved before it); replaced, never changed in place.
   */
  laneLosses?: Partial<Record<SideId, Readonly<Record<string, number>>>>;
  /**
   * The enemy's mines lying in each sea area against each side's ships, laid from its stock and not
   * yet swept or spent (`rules.submarines.aerialMines.stock`, shipping-losses.ts). Absent without
   * the rule (and in states saved before it); replaced, never changed in place.
   */
  mineFields?: Partial<Record<SideId, Readonly<Record<string, number>>>>;
  /** Serial number for the next built force id. */
  serial: number;
  /** Reinforcements (by index into the scenario's list) that have arrived. */
  arrived: number[];
  /**
   * Each side's will pressures after the last turn, by pressure (phases/will.ts): levels
   * worked out from the state every turn; a turn's change of pressure is its change of will.
   */
  willPressure: Record<SideId, Record<string, number>>;
  /** Industry each side has lost to strategic bombing so far (production points). */
  bombed: Record<SideId, number>;
  /** Turns resolved while the main war (the scenario's war flag) was on. */
  warTurns: number;
  /** Each side's pilots: trained and waiting, and in training. */
  pilots: Record<SideId, PilotPool>;
  /** Turns each side ended with its oil below the `dry` pressure's line (phases/will.ts). */
  dryTurns: Record<SideId, number>;
  /** Each side's hungry turns less its fed turns under the `hunger` pressure, never below 0 (phases/will.ts). */
  hungryTurns: Record<SideId, number>;
  outcome: Outcome | null;
}

/**
 * A force entering the game (at the start, as a reinforcement or built). `oilerTanks`: what an
 * oiler holds, by side (`rules.endurance.oilers.cargo.perOiler`): oilers of a side with a figure
 * enter with the cargo the scenario gives them, or full.
 */
export function newForce(def: ForceDef, oilerTanks?: Partial<Record<SideId, number>>): ForceState {
  const airCapacity = def.type === 'air' || def.type === 'ship' ? def.aircraft : 0;
  const tanks = def.type === 'flotilla' && def.class === 'oiler' ? oilerTanks?.[def.side] : undefined;
  if (def.type === 'flotilla' && tanks !== undefined)
    return shapeForce({ ...def, cargo: def.cargo ?? tanks * def.count }, 0, 0, airCapacity, 'active');
  return shapeForce(def, 0, 0, airCapacity, 'active');
}

/**
 * A copy of a force, its fields written out by type: every force of a type
 * then has the same fields in the same order (one object shape), which keeps
 * the engine's many loops over forces fast — scenario forces arrive from the
 * parser with their keys in whatever order the file had them. Force fields
 * are strings and numbers, so this is a full copy; `FORCE_KEYS` makes a field
 * added to a force a compile error until it is listed, and a test failure
 * until it is copied.
 */
export function copyForce(f: ForceState): ForceState {
  return shapeForce(f, f.lost, f.replaced, f.airCapacity, f.status);
}

/** Every key a force of any type has. */
type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type ForceKey = KeysOfUnion<ForceState>;

function shapeForce(
  f: ForceDef,
  lost: number,
  replaced: number,
  airCapacity: number,
  status: ForceState['status'],
): ForceState {
  // One object shape for every force, whatever its type: the fields its type does not have are
  // there, undefined. Loops over forces read ships, flotillas, air groups and armies alike, and
  // with four or five shapes (two more for frozen ones) every such read was megamorphic. Nothing
  // sees the undefined fields: JSON leaves them out (a save is byte for byte the same, keys in
  // the same order), the state hash skips them, `f.cargo !== undefined` means what it meant.
  return new (ForceRecord as unknown as new (...args: unknown[]) => ForceState)(
    f,
    lost,
    replaced,
    airCapacity,
    status,
  );
}

/**
 * Writes a force's fields, every one (`FORCE_KEYS`, in that order), as `shapeForce` wants them. A
 * constructor, not an object literal: V8 keeps track of where each object literal is made (its
 * allocation site) to decide whether to make that site's objects in the old generation, and the
 * optimised code of every function into which the literal was inlined (`ownForce`,
 * `deliverReinforcements`, `airOrders`, …) depends on that decision and is thrown away when it
 * changes; objects made by `new` are not tracked. With forces made this way a game took ~5% less CPU
 * in paired fresh processes (PERFORMANCE.md, pass 19). Its prototype is `Object.prototype`, so a force
 * is the plain object it was: the same keys in the same order, the same JSON, equal to a literal.
 */
function ForceRecord(
  this: Record<ForceKey, unknown>,
  def: ForceDef,
  lost: number,
  replaced: number,
  airCapacity: number,
  status: ForceState['status'],
): void {
  const g = def as unknown as Record<ForceKey, unknown>;
  this.id = g.id;
  this.name = g.name;
  this.side = g.side;
  this.location = g.location;
  this.experience = g.experience;
  this.type = g.type;
  this.class = g.class;
  this.aircraft = g.aircraft;
  this.damage = g.damage;
  // Ships only, where the scenario gives her her own damage points (the Yamato class: shipToughness).
  this.toughness = g.toughness;
  this.count = g.count;
  // Oilers only (rules.endurance.oilers.cargo): thousand barrels of fuel oil aboard.
  this.cargo = g.cargo;
  this.role = g.role;
  this.troops = g.troops;
  this.lost = lost;
  this.replaced = replaced;
  this.airCapacity = airCapacity;
  this.status = status;
}
ForceRecord.prototype = Object.prototype;

/**
 * Every key of a force, in the order `ForceRecord` writes them: `satisfies` makes a field added to
 * a force type a compile error here, and tests/unit/force-shape.test.ts fails until `ForceRecord`
 * copies it too.
 */
export const FORCE_KEYS = [
  'id',
  'name',
  'side',
  'location',
  'experience',
  'type',
  'class',
  'aircraft',
  'damage',
  'toughness',
  'count',
  'cargo',
  'role',
  'troops',
  'lost',
  'replaced',
  'airCapacity',
  'status',
] as const satisfies readonly ForceKey[];
// The other half of the check above: no key of a force missing from the list.
const everyKeyListed: [Exclude<ForceKey, (typeof FORCE_KEYS)[number]>] extends [never] ? true : never = true;
void everyKeyListed;

/** Current strength of a force in its own unit (ships, aircraft, thousand men). */
export function strengthOf(f: ForceDef): number {
  switch (f.type) {
    case 'ship':
      return 1;
    case 'flotilla':
      return f.count;
    case 'air':
      return f.aircraft;
    case 'army':
      return f.troops;
    default: {
      const never: never = f;
      return never;
    }
  }
}

export function emptySupply(): SupplyRecord {
  return {
    oilToShip: 0,
    oilDelivered: 0,
    rawToShip: 0,
    rawDelivered: 0,
    garrisonKgt: 0,
    sailedKgt: 0,
    sunkBySubmarines: 0,
    sunkByAircraft: 0,
    sunkByMines: 0,
  };
}

/** Who an ending favours. */
export function winnerOf(kind: OutcomeKind): SideId | 'draw' {
  switch (kind) {
    case 'japan-surrenders':
    case 'japan-collapse':
    case 'terms-accepted':
      return 'allies';
    case 'negotiated-peace':
      return 'japan';
    case 'last-turn':
      return 'draw';
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/**
 * A copy of the state for the next turn to work on, written out for its
 * known shape (several times faster than structuredClone). The forces array
 * is new but the forces in it are shared with the old state: a turn changes
 * only a few of ~280 forces, and a rule that changes one first takes its own
 * copy (`ownForce` in turn-context.ts). Forces in a state that came out of
 * `resolveTurn` or `createGame` are frozen, so a write that skipped the copy
 * throws instead of changing history; the property tests also resolve turns
 * from deep-frozen states.
 */
export function cloneState(s: GameState): GameState {
  const forces = s.forces.slice();
  const index = forceIndex.get(s.forces);
  if (index) forceIndex.set(forces, { position: index.position, count: index.count });
  return {
    ...s,
    rng: { ...s.rng },
    sides: {
      japan: { stocks: { ...s.sides.japan.stocks } },
      allies: { stocks: { ...s.sides.allies.stocks } },
    },
    // Shared when frozen, as the record of fired events below: `setHolder`, its only writer, copies it first.
    control: Object.isFrozen(s.control) ? s.control : { ...s.control },
    forces,
    flags: { ...s.flags },
    // The record of fired events is shared when frozen (as every state the engine hands out has it):
    // the events phase, its only writer, copies it before the first write.
    fired: Object.isFrozen(s.fired) ? s.fired : { ...s.fired },
    choices: { ...s.choices },
    oilFields: { ...s.oilFields },
    queue: copyEach(s.queue),
    policies: { japan: { ...s.policies.japan }, allies: { ...s.policies.allies } },
    supply: { japan: { ...s.supply.japan }, allies: { ...s.supply.allies } },
    arrived: [...s.arrived],
    willPressure: { japan: { ...s.willPressure.japan }, allies: { ...s.willPressure.allies } },
    bombed: { ...s.bombed },
    dryTurns: { ...s.dryTurns },
    hungryTurns: { ...s.hungryTurns },
    pilots: { japan: clonePilots(s.pilots.japan), allies: clonePilots(s.pilots.allies) },
    outcome: s.outcome ? { ...s.outcome } : null,
  };
}

/**
 * A copy of each record of a list, in a new list. Spread from the list's iterator and then copied in
 * place, not made by `map`: `map` makes an empty list of small integers and a full one of objects,
 * and the first turn whose build queue was empty met `payForBuilds`'s optimised `push` with a list of
 * the other kind and threw it away; a list spread from an iterator holds objects, empty or not
 * (PERFORMANCE.md, pass 28).
 */
function copyEach<T extends object>(list: readonly T[]): T[] {
  const out = [...list.values()];
  for (let i = 0; i < out.length; i++) out[i] = { ...out[i]! };
  return out;
}

function clonePilots(p: PilotPool): PilotPool {
  return { ready: p.ready, experience: p.experience, training: copyEach(p.training) };
}

/** Freezes the forces of a state handed out by the engine (see cloneState). */
export function freezeForces(forces: Iterable<ForceState>): void {
  for (const f of forces) Object.freeze(f);
}

/**
 * Where each force is in a state's forces array, by id: a memo keyed by the
 * array. Forces are only ever appended, or replaced in place by their own
 * copy, so a new state can start from its parent's positions — the map is
 * shared, and each array indexes what it appends. States branching from one
 * parent (the adaptive bot's rollouts) may then write different positions for
 * the same id, so every answer is checked against the array, and a stale one
 * falls back to a search. The answers never depend on the memo, only how
 * fast they come.
 */
interface ForceIndex {
  position: Map<string, number>;
  /** How many entries of the array are indexed. */
  count: number;
}

const forceIndex = new WeakMap<ForceState[], ForceIndex>();
// The array asked last and its index: most lookups come in runs on one state's forces (a phase, a
// bot's decision), and a comparison is cheaper than the WeakMap's lookup (~2% of a campaign).
let lastForces: ForceState[] | null = null;
let lastIndex: ForceIndex | null = null;

/** The position of force `id` in `state.forces`, or undefined. */
export function forcePosition(state: GameState, id: string): number | undefined {
  const { forces } = state;
  let index = forces === lastForces ? lastIndex : forceIndex.get(forces);
  if (!index || index.count > forces.length) {
    index = { position: new Map(), count: 0 };
    forceIndex.set(forces, index);
  }
  lastForces = forces;
  lastIndex = index;
  for (; index.count < forces.length; index.count++) index.position.set(forces[index.count]!.id, index.count);
  const at = index.position.get(id);
  // Absent from the map means absent from every array sharing it (entries are never removed).
  if (at === undefined || forces[at]?.id === id) return at;
  const found = forces.findIndex((f) => f.id === id);
  return found < 0 ? undefined : found;
}

export function forceById(state: GameState, id: string): ForceState | undefined {
  const at = forcePosition(state, id);
  return at === undefined ? undefined : state.forces[at];
}
