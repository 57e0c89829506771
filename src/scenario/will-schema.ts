/**
 * National will as a function of the state (scenario format 2).
 *
 * A side's will is its starting will, plus the shocks it has taken (events,
 * ships and men lost), minus the *pressures* of its situation this turn. A
 * pressure is a level, not a charge: it is worked out afresh every turn from
 * the state (oil left, shipping left, areas held by the enemy, bombing
 * suffered, enemy bases within reach, the fleet lost, months at war), so an
 * area lost and retaken costs nothing once it is back, and a blockade that
 * eases gives will back. The war ends when a side's leaders decide it must —
 * the lower the will, the likelier (USSBS-END: Japan's leaders were divided
 * until the blockade, the bombing and the shocks of August 1945 broke the
 * deadlock).
 */
import { z } from 'zod';
import { Count, Id, Percent } from './primitives';

const Max = z.int().min(0).max(100).describe('The most will this pressure can take away');

export const WillPressures = z.strictObject({
  /** Areas the side held at the start that the enemy holds now: `perValue` will per point of area value. */
  territory: z.strictObject({ perValue: z.int().min(0).max(20), max: Max }).optional(),
  /**
   * The oil stock against a reserve the side's leaders thought they needed
   * (thousand barrels): full pressure at an empty stock, none at or above the
   * reserve (O9: the Navy counted its oil in months of fighting).
   */
  oil: z.strictObject({ resource: Id, reserve: z.int().min(1).max(10_000_000), max: Max }).optional(),
  /**
   * Months with the oil stock below `below` (thousand barrels), counted since the start: one
   * will per `turnsPerPoint` such turns. An empty tank is not one shock but a slow strangling —
   * the fleet immobile, industry and fishing fleets idle (USSBS-OIL; the Navy's 1941 argument
   * that waiting under the embargo meant defeat without a fight, O9).
   */
  dry: z
    .strictObject({
      resource: Id,
      below: z.int().min(1).max(10_000_000),
      turnsPerPoint: z.int().min(1).max(100),
      max: Max,
    })
    .optional(),
  /**
   * Shipping left (the sum of these resources, thousand GT) against what the
   * economy needs: none at `full` or more, full pressure at `floor` or less
   * (S2 S8: 1.34 M GT left at the surrender, about 0.5 M operable).
   */
  shipping: z
    .strictObject({
      resources: z.array(Id).min(1).max(5),
      full: Count,
      floor: Count,
      max: Max,
    })
    .optional(),
  /** Industry destroyed by strategic bombing so far: one will per `perPoints` points. */
  bombing: z.strictObject({ perPoints: z.int().min(1).max(100_000), max: Max }).optional(),
  /** Enemy-held areas with an airfield within `range` nautical miles of the capital: `perArea` each. */
  threat: z
    .strictObject({
      range: z.int().min(1).max(10_000),
      perArea: z.int().min(0).max(50),
      max: Max,
    })
    .optional(),
  /** The side's named warships of these classes lost, as a share of all it has had: up to `max`. */
  fleet: z.strictObject({ classes: z.array(Id).min(1).max(10), max: Max }).optional(),
  /**
   * Men the side's armies have lost so far (thousand): one will per `perTroops` thousand. The armies
   * of `exceptForces` do not count: another nation's war within the side, whose losses weighed on
   * its own government, not on the will the pressure measures (the Soviet armies in the Allies' side:
   * Moscow's war with Japan was its own, GLANTZ-2003; DESIGN).
   */
  casualties: z
    .strictObject({
      perTroops: z.int().min(1).max(100_000),
      max: Max,
      exceptForces: z.array(Id).max(50).optional(),
    })
    .optional(),
  /**
   * Rationing: the hardship of the side's rationing level (`rules.rationing`, its `willPerTurn`)
   * times `perPoint` while it is in force (Cohen 1949: civilian fuel all but gone by 1944).
   */
  rationing: z.strictObject({ perPoint: z.int().min(0).max(20), max: Max }).optional(),
  /**
   * Raw materials delivered last turn against what industry needs (industry points): full
   * pressure when nothing arrives, none at `need` or more (USSBS-TRANSPORT: the blockade starved
   * the factories before the bombers reached them).
   */
  materials: z.strictObject({ need: z.int().min(1).max(1_000_000), max: Max }).optional(),
  /**
   * Hunger under blockade: raw materials include the food the Home Islands
   * imported (rice from Korea and Formosa, soybeans from Manchuria — about a
   * fifth of what the people ate, COHEN-1949), so a turn with less than
   * `below` points delivered is a hungry turn and a turn with `need` or more
   * (the `materials` pressure's) a fed one. The count rises by one each
   * hungry turn and falls by one each fed turn: the rice stocks carry the
   * first `graceTurns` hungry turns, and every hungry turn after them takes
   * `perTurn` will, up to `max`. A blockade is a slow strangling that
   * deepens the longer it lasts, not a level that settles: by 1945 the ration
   * was below subsistence and famine was expected for the winter
   * (USSBS-TRANSPORT; USSBS-END: the blockade alone would have brought
   * surrender "in all probability prior to 1 November 1945").
   */
  hunger: z
    .strictObject({
      below: z.int().min(1).max(1_000_000),
      graceTurns: z.int().min(0).max(100),
      perTurn: z.int().min(1).max(20),
      max: Max,
    })
    .optional(),
  /** War-weariness: after `afterTurns` turns at war, one will per `turnsPerPoint` turns more. */
  weariness: z
    .strictObject({
      afterTurns: z.int().min(0).max(200),
      turnsPerPoint: z.int().min(1).max(100),
      max: Max,
    })
    .optional(),
});
export type WillPressures = z.infer<typeof WillPressures>;

/** How a side's leaders decide to end the war once its will is low. */
export const WillDecision = z.strictObject({
  /**
   * Below this will, each turn there is a chance the side gives up, rising in
   * a straight line to certainty at the scenario's surrender (or peace) level.
   */
  doubtBelow: z.int().min(0).max(100),
  /**
   * Japan not at war with the US decides whether to accept the American terms: at peace the
   * question is not defeat but whether there is any other way out, and an empty oil stock
   * closes the way to war (O9: the Navy counted its oil in months).
   */
  atPeace: z.strictObject({ doubtBelow: z.int().min(0).max(100) }).optional(),
});

export const SideWill = z.strictObject({
  pressures: WillPressures.default({}),
  decision: WillDecision.optional(),
});
export type SideWill = z.infer<typeof SideWill>;

export const WillRules = z.strictObject({
  japan: SideWill.optional(),
  allies: SideWill.optional(),
});
export type WillRules = z.infer<typeof WillRules>;

/**
 * A second war fought on part of the map under its own flag (Japan and the
 * USSR, 1941 or 1945): battles and captures in these areas need the front's
 * flag, and areas listed as `only` are at war only under it (the Soviet Far
 * East is not a battlefield of the Pacific War while the Neutrality Pact holds).
 */
export const Front = z.strictObject({
  id: Id,
  name: z.string().min(1).max(80),
  flag: Id,
  areas: z.array(Id).min(1).max(50),
  only: z.array(Id).max(50).default([]),
});
export type Front = z.infer<typeof Front>;

/**
 * How much a shock to will weighs, from the state: the effect's `max` times
 * a share in percent.
 * - `pressure`: the share of the side's possible pressure it is under now —
 *   a shock weighs more on a country that has nothing left to hope for.
 * - `troops`: the attacker's share of the troops of both sides in `areas` —
 *   an invasion weighs more when the defence is hollow (A3: the Kwantung
 *   Army had been stripped for the Pacific).
 */
export const ShockWeight = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('pressure') }),
  z.strictObject({ by: z.literal('troops'), areas: z.array(Id).min(1).max(20) }),
  z.strictObject({ by: z.literal('fixed'), percent: Percent }),
]);
export type ShockWeight = z.infer<typeof ShockWeight>;
