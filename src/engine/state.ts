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
  reason: string;
}

export interface QueuedBuild {
  side: SideId;
  item: string;
  /** The turn on which it is delivered (in the events phase). */
  ready: number;
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
  /** Serial number for the next built force id. */
  serial: number;
  /** Reinforcements (by index into the scenario's list) that have arrived. */
  arrived: number[];
  outcome: Outcome | null;
}

/** A force entering the game (at the start, as a reinforcement or built). */
export function newForce(def: ForceDef): ForceState {
  // Force definitions are flat records of strings and numbers: a shallow copy is a full copy.
  const copy = { ...def };
  const airCapacity = copy.type === 'air' || copy.type === 'ship' ? copy.aircraft : 0;
  return { ...copy, lost: 0, replaced: 0, airCapacity, status: 'active' };
}

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

/** Who an ending favours. */
export function winnerOf(kind: OutcomeKind): SideId | 'draw' {
  switch (kind) {
    case 'japan-surrenders':
    case 'japan-collapse':
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
 * A deep copy of the state, written out for its known shape: resolving a turn
 * starts from a copy so the input is never changed, and this is several times
 * faster than structuredClone on a grand-campaign state.
 */
export function cloneState(s: GameState): GameState {
  return {
    ...s,
    rng: { ...s.rng },
    sides: {
      japan: { stocks: { ...s.sides.japan.stocks } },
      allies: { stocks: { ...s.sides.allies.stocks } },
    },
    control: { ...s.control },
    forces: s.forces.map((f) => ({ ...f })),
    flags: { ...s.flags },
    fired: { ...s.fired },
    choices: { ...s.choices },
    oilFields: { ...s.oilFields },
    queue: s.queue.map((q) => ({ ...q })),
    arrived: [...s.arrived],
    outcome: s.outcome ? { ...s.outcome } : null,
  };
}

/**
 * Forces by id. A memo keyed by the forces array (each state has its own);
 * forces are only ever appended, so a size change means the memo is rebuilt.
 * The answer never depends on the memo, only how fast it comes.
 */
const forceIndex = new WeakMap<ForceState[], Map<string, ForceState>>();

export function forceById(state: GameState, id: string): ForceState | undefined {
  let index = forceIndex.get(state.forces);
  if (!index || index.size !== state.forces.length) {
    index = new Map(state.forces.map((f) => [f.id, f]));
    forceIndex.set(state.forces, index);
  }
  return index.get(id);
}
