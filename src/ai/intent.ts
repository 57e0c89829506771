/**
 * What a computer side intends this turn, as data (issue 13): the operations it
 * has chosen, each with its forces, its target and the reason in codes and
 * numbers. The words come from the text module (never from here), so the turn
 * report, the CLI and the replay viewer say the same thing; the replay keeps
 * the intents so a class can discuss the computer's choices afterwards.
 */
import { z } from 'zod';
import { Id, SideId } from '../scenario/primitives';

/** What an operation does. */
export const OperationKind = z.enum([
  'invade', // take an area: army, transports, escorts, air cover
  'defend', // hold an area against a threat
  'reinforce', // move strength to where it will be needed
  'escort-convoys', // protect a lane
  'submarine-campaign', // cut a lane
  'carrier-raid', // strike a fleet or a port
  'fleet-action', // seek out (or avoid) an enemy fleet
  'air-strike', // land-based air against an area
  'patrol', // search / cover a sea area
  'withdraw', // pull back damaged or threatened forces
  'hold', // stay put on purpose (a reserve, a fleet in being)
  'policy', // a home-front or diplomatic decision, with its reason
  'replan', // the plan's step became impossible; what was done instead
]);
export type OperationKind = z.infer<typeof OperationKind>;

/** Why: what the operation is for (the numbers say how much). */
export const OperationReason = z.enum([
  'oil',
  'raw-materials',
  'air-base', // an airfield within reach of the next objective
  'naval-base',
  'cut-lane',
  'protect-lane',
  'destroy-fleet',
  'avoid-superior-fleet',
  'home-defence',
  'enemy-within-reach',
  'weak-garrison',
  'historical-plan', // the scenario's plan says so (the historical bot)
  'step-impossible', // a plan step could not be done (with `detail`)
  'repair',
  'will',
  'conserve-oil',
  'objective', // one of the scenario's objective areas: who holds it at the end decides the game
  'bomber-bases', // an airfield within bombing range of the enemy's capital (the B-29s' bases; drive.ts)
  'port-defences', // the guns, fighters and air groups of an enemy port beat the strike carriers would fly at it (cmdr31)
  'air-danger', // more enemy aircraft can strike the area than the side would have there (cmdr32)
]);
export type OperationReason = z.infer<typeof OperationReason>;

export const Operation = z.strictObject({
  kind: OperationKind,
  reason: OperationReason,
  /** The area (or sea area) the operation is about, if any. */
  target: Id.optional(),
  /** Where the forces gather for the target (the campaign drive: `reinforce` with `bomber-bases`). */
  staging: Id.optional(),
  /** Forces assigned, by id. */
  forces: z.array(Id).max(400),
  /** Figures behind the choice, e.g. { oilPerTurn: 180, transports: 40, enemyStrength: 12 }. Integers. */
  numbers: z.record(z.string().max(40), z.int()).optional(),
  /** A code for what went wrong with a plan step (`replan` only), e.g. `force-sunk`, `area-already-held`. */
  detail: z.string().max(60).optional(),
});
export type Operation = z.infer<typeof Operation>;

export const Intent = z.strictObject({
  side: SideId,
  /**
   * The policy that speaks, by the name replays record ('historical', 'commander:normal'), so the
   * heading can say who intends: a commander that takes some of the plan's steps is not the plan.
   * Absent in replays recorded before it was kept.
   */
  policy: z.string().max(40).optional(),
  operations: z.array(Operation).max(60),
});
export type Intent = z.infer<typeof Intent>;
