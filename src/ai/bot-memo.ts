/**
 * What the computer players work out once and keep with the world (`world.memo.bots`), instead
 * of in module-level caches: the rules allow no globals, and a table kept with the world it was
 * made from goes when the world goes. Only a speed-up: no answer depends on whether a table
 * is filled. The engine never reads these; this module alone gives them their shape.
 */
import type { ForceState, GameState, World } from '../engine/index';
import type { SideId } from '../scenario/schema';

export type PlanStep = World['scenario']['historicalPlan'][number];

type ByType = { [T in ForceState['type']]: Extract<ForceState, { type: T }>[] };
/**
 * A state's forces by side and type, in the order of `state.forces` (state-forces.ts), with the
 * carriers of each side's ships (`isCarrier`) in a list of their own, in the same order.
 */
export type ForcesBySide = Record<SideId, ByType & { carriers: ByType['ship'] }>;

/** The indexes of one plan (the scenario's historical plan or a doctrine's version of it; a plan never changes). */
export interface PlanIndex {
  /** The steps that move each force, in the plan's order. */
  movesByForce: Map<string, PlanStep[]>;
  /** The same steps of each force, newest (latest `date`) first. */
  newestFirst: Map<string, PlanStep[]>;
  /** The last day of the steps that move each force (a step's `until`, else its `date`). */
  lastDay: Map<string, string>;
  /** Each side's steps, in the plan's order. */
  bySide: Map<SideId, readonly PlanStep[]>;
  /**
   * The side's steps offered on a turn (dated before the next turn, not over before this one), in
   * the plan's order, by side and the turn's date, with the next turn's (planDecision: a few of the
   * side's ~80 steps a turn).
   */
  due: Map<SideId, Map<string, DatedSteps>>;
  /** The side's steps dated from one date to before another, in the plan's order, by side and the first date. */
  dated: Map<SideId, Map<string, DatedSteps>>;
  /** The first step of a side's plan moving an army into an area, by `${side} ${area}`. */
  firstInvasion: Map<string, PlanStep | undefined>;
}

/** Some of a side's steps, picked by two dates (`from`, `to`). */
export interface DatedSteps {
  from: string;
  to: string;
  steps: readonly PlanStep[];
}

/** The enemy's lanes (sea areas next to the areas it holds that produce something) and, by base, the lane to patrol. */
export interface EnemyLanes {
  lanes: Set<string>;
  /** The nearest lane within mission range of a base, or null when a lane is next to it or none is in range. */
  laneAt: Map<string, string | null>;
}

export interface BotMemo {
  /** A state's forces by side and type, by state (kept only for states whose forces are all frozen). */
  forces: WeakMap<GameState, { forces: readonly ForceState[]; index: ForcesBySide }>;
  /** The indexes of each plan. */
  plans: WeakMap<readonly PlanStep[], PlanIndex>;
  /** Plans derived from the scenario's by a doctrine, by doctrine key (doctrines.ts). */
  derivedPlans: Map<string, PlanStep[]>;
  /** The land areas that produce something, with the sea areas next to each (air-orders.ts). */
  producing?: { id: string; seas: string[] }[];
  /**
   * Areas by their distance from an air base (air-orders.ts): by range, then for each base the
   * areas within `range` through anything, nearest first and, at one distance, by id.
   */
  byDistance: Map<number, Map<string, readonly string[]>>;
  /**
   * The enemy's lanes as each side sees them, and the lane each base's groups would patrol
   * (air-orders.ts), by record of control: they read nothing else, and a frozen record (as every
   * state the engine hands out has) is shared by the states of the turns in which no area changed hands.
   */
  lanes: WeakMap<GameState['control'], Partial<Record<SideId, EnemyLanes>>>;
  /** The areas each side's historical plan moves forces into: its war plan (commander/war-plan.ts). */
  warPlan?: Record<SideId, Set<string>>;
}

/** The bots' tables of `world`, made empty on first use. */
export function botMemo(world: World): BotMemo {
  let memo = world.memo.bots as BotMemo | undefined;
  if (!memo) {
    memo = {
      forces: new WeakMap(),
      plans: new WeakMap(),
      derivedPlans: new Map(),
      byDistance: new Map(),
      lanes: new WeakMap(),
    };
    world.memo.bots = memo;
  }
  return memo;
}
