/**
 * The scenario file format, version 2 (version 1 files are migrated on load:
 * see migrate.ts).
 *
 * Every scenario is data: areas on real coordinates, the forces of both sides,
 * scheduled production and reinforcements, and events with their historical
 * notes. Quantities are integers in the units a resource declares (oil in
 * thousand barrels, shipping in thousand gross tons), so the engine computes
 * the same numbers in every runtime.
 *
 * The zod schema checks shape and bounds; `crossref.ts` then checks that every
 * id a scenario names exists.
 */
import { z } from 'zod';

export const SCENARIO_SCHEMA_VERSION = 3;

// ---------------------------------------------------------------- primitives

export {
  Count,
  Id,
  IsoDate,
  Owner,
  Percent,
  Quantity,
  SIDES,
  SideId,
  SourceRef,
} from './primitives';

import { Order } from './order-schema';
import { Count, Id, IsoDate, Owner, Percent, Quantity, SideId, SourceRef, Text } from './primitives';
import { WhatIf } from './what-if-schema';
import { Front, ShockWeight, WillRules } from './will-schema';

// ---------------------------------------------------------------- metadata

/**
 * What each side plays for, in words a student can act on, and what decides
 * the result of a scenario that ends before the war did: the objective areas
 * (Japan plays to hold them at the end, the Allies to deny them) and what
 * really happened, so the end screen can judge a game against its goals and
 * against history without inventing any.
 */
export const Goals = z.strictObject({
  japan: Text(600).describe("Japan's goal, shown on the start screen, in About and when the game starts"),
  allies: Text(600).describe("The Allies' goal"),
  objectives: z
    .array(Id)
    .max(30)
    .optional()
    .describe(
      'Areas that decide the result at the last turn, weighed by their value: Japan plays to hold them',
    ),
  carrierPoints: z
    .int()
    .min(0)
    .max(100)
    .optional()
    .describe(
      "Each carrier sunk counts this many victory points for the side that sank it, beside the objective areas' values, at the last turn: where the carriers are what the battle was for (Midway), an island held at the price of every carrier is not a victory. Absent: the carriers only break a tie and can make a win marginal",
    ),
  japanNeedsPercent: Percent.optional().describe(
    "Japan wins the last turn holding at least this percent of the objectives' value (100: all of them); absent, more than half wins and exactly half is decided by the carriers lost",
  ),
  japanOtherWay: z
    .strictObject({
      when: z.lazy(() => Trigger),
      text: Text(400).describe('Why this is a Japanese success, shown on the end screen'),
      againstHistory: Text(400).describe('How it compares with the real war'),
    })
    .optional()
    .describe(
      "Japan's other way to its goal at the last turn, besides holding the objectives: a marginal Japanese victory when `when` holds — in the Oil Clock, the embargo lifted without war by leaving Indochina",
    ),
  winAgainstHistory: z
    .boolean()
    .optional()
    .describe(
      "The game is won by doing better than the real war (the verdict's comparison with history): a surrender more than a month before the real one is an Allied win, one within a month a draw, a war still going at the last turn a Japanese win. For a scenario whose real end no side could change by its objectives alone (road-to-tokyo-1944)",
    ),
  history: z
    .strictObject({
      held: z
        .array(Id)
        .max(30)
        .describe('The objectives Japan really held when the period of the scenario ended'),
      carriersLost: z
        .strictObject({ japan: Count, allies: Count })
        .optional()
        .describe("Carriers of the scenario's forces really lost during its period"),
      text: Text(1500).describe('What really happened during the period of the scenario'),
    })
    .optional(),
  afterwards: Text(1500)
    .optional()
    .describe('What really happened next, for a scenario that ends before the war did'),
});
export type Goals = z.infer<typeof Goals>;

export const Meta = z.strictObject({
  id: Id,
  title: Text(120),
  summary: Text(2000),
  period: Text(80).describe('Shown on the start screen, e.g. "July 1941 – September 1945"'),
  playMinutes: z.int().min(1).max(1000).describe('Expected playing time for a class'),
  teacherNotes: z.array(Text(4000)).min(1).max(50),
  discussionPrompts: z
    .array(z.strictObject({ prompt: Text(1000), event: Id.optional() }))
    .min(1)
    .max(50),
  sources: z
    .array(
      z.strictObject({
        key: SourceRef,
        citation: Text(500),
      }),
    )
    .min(1)
    .max(200),
  goals: Goals.optional(),
});

// ---------------------------------------------------------------- calendar

export const TurnUnit = z.enum(['day', 'week', 'month']);
export type TurnUnit = z.infer<typeof TurnUnit>;

export const Calendar = z.strictObject({
  start: IsoDate,
  turnLength: z.strictObject({ unit: TurnUnit, count: z.int().min(1).max(12) }),
  lastTurn: z.int().min(1).max(200).describe('The game ends after this turn is resolved'),
});

// ---------------------------------------------------------------- resources

export const ResourceDef = z.strictObject({
  id: Id,
  name: Text(60),
  unit: Text(40).describe('e.g. "thousand barrels"'),
  min: Quantity.default(0),
  max: Quantity.optional(),
  /** Warn the player when the stock falls to this or lower. */
  warnBelow: Quantity.optional(),
});

const Stocks = z.record(Id, Quantity);

export const SideDef = z.strictObject({
  name: Text(60),
  stocks: Stocks.describe('Starting stock of every resource, by resource id'),
  /** Oil burned each turn by the economy itself, before any fleet moves (thousand barrels). */
  baseOilPerTurn: Count,
  /** The area that resources must reach by a connected route (the home country). */
  capital: Id,
});

// ---------------------------------------------------------------- map

export const AreaKind = z.enum(['land', 'island', 'sea']);
export type AreaKind = z.infer<typeof AreaKind>;

export const Area = z.strictObject({
  id: Id,
  name: Text(60),
  kind: AreaKind,
  lon: z.number().min(-180).max(360),
  lat: z.number().min(-90).max(90),
  owner: Owner,
  produces: Stocks.default({}).describe('Resources produced each turn while owned and connected'),
  port: z.boolean().default(false),
  yard: z
    .boolean()
    .default(false)
    .describe(
      'A naval dockyard (needs port): badly damaged ships retire to the nearest yard of their side, not to any port (combat/retire.ts)',
    ),
  airfield: z.boolean().default(false),
  value: z.int().min(0).max(100).default(0).describe('Victory points while held'),
  tags: z.array(Id).max(10).default([]),
});
export type AreaDef = z.infer<typeof Area>;

export const Connection = z.strictObject({
  a: Id,
  b: Id,
  distance: z.int().min(1).max(10000).describe('Nautical miles'),
  strikeDistance: z
    .int()
    .min(1)
    .max(10000)
    .optional()
    .describe(
      "Between a port and a sea area: nautical miles from the port's anchorage to the nearest waters of the sea area a carrier force strikes from (port strikes measure `rules.portStrikeReach` by it; default `distance`, centre to centre)",
    ),
});

/**
 * A flight between two land areas shorter than the way round by the map's
 * connections: the distance an aircraft flies (air missions, the land air in
 * reach of a battle, the bombers' reach, an air group's move), never a way
 * for ships or armies (world.ts `airDistance`). Takao to Clark Field is about
 * 450 nm; by the map it runs through the South China Sea, 1,300 nm.
 */
export const AirLeg = z.strictObject({
  a: Id,
  b: Id,
  distance: z.int().min(1).max(10000).describe('Nautical miles, great circle between the airfields'),
  note: Text(300).optional().describe('The airfields measured and the flights flown'),
  source: SourceRef,
});

// ---------------------------------------------------------------- forces

export const ShipClass = z.enum([
  'fleet-carrier',
  'light-carrier',
  'escort-carrier',
  'battleship',
  'heavy-cruiser',
  'light-cruiser',
]);
export type ShipClass = z.infer<typeof ShipClass>;

/** `oiler`: fleet oilers, the fleet train that refuels warships at sea (endurance.ts, `rules.endurance.oilers`). */
export const FlotillaClass = z.enum(['cruiser', 'destroyer', 'escort', 'submarine', 'transport', 'oiler']);
export type FlotillaClass = z.infer<typeof FlotillaClass>;

const ForceBase = {
  id: Id,
  name: Text(60),
  side: SideId,
  location: Id,
  /** 0–100: training and combat experience. */
  experience: Percent.default(50),
};

export const ShipForce = z.strictObject({
  ...ForceBase,
  type: z.literal('ship'),
  class: ShipClass,
  /** Aircraft embarked (carriers). */
  aircraft: Count.default(0),
  /** 0 = undamaged, 100 = sunk. */
  damage: Percent.default(0),
  /**
   * Damage points that sink her, where she was built far tougher (or weaker) than her class's
   * figure (combat-values.ts SHIP_TOUGHNESS): the Yamato class. Absent: her class's.
   */
  toughness: z.int().min(1).max(1000).optional(),
});

export const FlotillaForce = z.strictObject({
  ...ForceBase,
  type: z.literal('flotilla'),
  class: FlotillaClass,
  count: z.int().min(1).max(10000),
  /**
   * Oilers only: thousand barrels of fuel oil in their tanks (`rules.endurance.oilers.cargo`);
   * absent, they start full.
   */
  cargo: z.int().min(0).max(10_000_000).optional(),
});

export const AirRole = z.enum(['fighter', 'mixed', 'bomber', 'strategic-bomber']);
export type AirRole = z.infer<typeof AirRole>;

export const AirForce = z.strictObject({
  ...ForceBase,
  type: z.literal('air'),
  aircraft: z.int().min(1).max(100000),
  /** Strategic bombers attack the enemy's industry and will from range; the rest fight where they are. */
  role: AirRole.default('mixed'),
});

export const ArmyForce = z.strictObject({
  ...ForceBase,
  type: z.literal('army'),
  /** Thousand men. */
  troops: z.int().min(1).max(10000),
});

export const Force = z.discriminatedUnion('type', [ShipForce, FlotillaForce, AirForce, ArmyForce]);
export type ForceDef = z.infer<typeof Force>;

// ---------------------------------------------------------------- production and reinforcements

export const Production = z.strictObject({
  side: SideId,
  resource: Id,
  perTurn: Quantity.describe('Added each turn between from and until (negative for a drain)'),
  from: IsoDate.optional(),
  until: IsoDate.optional(),
  /** Only while every one of these flags has the given value (e.g. US oil sales only while there is no embargo). */
  requires: z.record(Id, z.boolean()).default({}),
  note: Text(500),
  source: SourceRef,
});

export const Reinforcement = z.strictObject({
  date: IsoDate.describe('Arrives on the first turn that starts on or after this date'),
  force: Force,
  source: SourceRef.optional(),
});

// ---------------------------------------------------------------- events

export const Flag = z.strictObject({
  id: Id,
  name: Text(80),
  initial: z.boolean(),
  description: Text(500),
});

export const Choice = z.strictObject({
  id: Id,
  side: SideId,
  label: Text(80),
  description: Text(1000),
  /** Only offered while every one of these flags has the given value. */
  requires: z.record(Id, z.boolean()).default({}),
});

export type Trigger =
  | { type: 'date'; on: string }
  | { type: 'turn'; turn: number }
  | { type: 'control'; area: string; side: Owner }
  | {
      type: 'threshold';
      side: SideId;
      resource: string;
      below?: number | undefined;
      above?: number | undefined;
    }
  | { type: 'flag'; flag: string; is: boolean }
  | {
      type: 'reach';
      side: SideId;
      target: string;
      range: number;
      role?: AirRole | undefined;
      aircraft?: number | undefined;
    }
  | { type: 'afloat'; forces: string[]; atLeast?: number | undefined; atMost?: number | undefined }
  | { type: 'choice'; choice: string; after?: number | undefined }
  | { type: 'event'; event: string; after?: number | undefined }
  | { type: 'all'; of: Trigger[] }
  | { type: 'any'; of: Trigger[] };

export const Trigger: z.ZodType<Trigger> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('date'), on: IsoDate }),
    z.strictObject({ type: z.literal('turn'), turn: z.int().min(1).max(200) }),
    z.strictObject({ type: z.literal('control'), area: Id, side: Owner }),
    z
      .strictObject({
        type: z.literal('threshold'),
        side: SideId,
        resource: Id,
        below: Quantity.optional(),
        above: Quantity.optional(),
      })
      .refine((t) => t.below !== undefined || t.above !== undefined, 'needs "below" or "above"'),
    z.strictObject({ type: z.literal('flag'), flag: Id, is: z.boolean() }),
    /**
     * The side has air groups (of `role`, if given; at least `aircraft` aircraft in all) at its
     * own airfields within `range` nautical miles of `target` — e.g. B-29s within reach of Japan.
     */
    z.strictObject({
      type: z.literal('reach'),
      side: SideId,
      target: Id,
      range: z.int().min(1).max(10000),
      role: AirRole.optional(),
      aircraft: z.int().min(1).max(100000).optional(),
    }),
    /**
     * How many of the named ships are still fit to fight (afloat, not lost, damaged below half):
     * at least `atLeast`, at most `atMost`. A plan's step can then follow the battle, not the
     * calendar — Yamamoto called off the Midway landing because four carriers were lost (B9).
     */
    z
      .strictObject({
        type: z.literal('afloat'),
        forces: z.array(Id).min(1).max(40),
        atLeast: z.int().min(0).max(40).optional(),
        atMost: z.int().min(0).max(40).optional(),
      })
      .refine((t) => t.atLeast !== undefined || t.atMost !== undefined, 'needs "atLeast" or "atMost"'),
    z.strictObject({
      type: z.literal('choice'),
      choice: Id,
      /** Holds only this many turns or more after the choice was made (e.g. an embargo eases after a delay). */
      after: z.int().min(0).max(100).optional(),
    }),
    z.strictObject({ type: z.literal('event'), event: Id, after: z.int().min(0).max(100).optional() }),
    z.strictObject({ type: z.literal('all'), of: z.array(Trigger).min(1).max(10) }),
    z.strictObject({ type: z.literal('any'), of: z.array(Trigger).min(1).max(10) }),
  ]),
);

/**
 * How a game can end. `terms-accepted`: Japan, not at war with the US, gives in to the American
 * terms (withdrawal from Indochina and China) — no war, but Japan's aims are given up.
 */
export const Outcome = z.enum([
  'japan-surrenders',
  'negotiated-peace',
  'japan-collapse',
  'terms-accepted',
  'last-turn',
]);
export type OutcomeKind = z.infer<typeof Outcome>;

export const Effect = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('resource'), side: SideId, resource: Id, amount: Quantity }),
  z.strictObject({ type: z.literal('flag'), flag: Id, value: z.boolean() }),
  z.strictObject({ type: z.literal('control'), area: Id, side: Owner }),
  z.strictObject({ type: z.literal('reinforce'), force: Force }),
  z.strictObject({
    type: z.literal('damage'),
    force: Id,
    /** Ships: damage points in percent (100 sinks). Others: percent of strength destroyed. */
    percent: z.int().min(1).max(100),
    why: Text(300),
  }),
  z.strictObject({ type: z.literal('message'), text: Text(1000) }),
  z.strictObject({ type: z.literal('end'), outcome: Outcome }),
  /**
   * A shock to a side's will whose weight the state decides: `max` times the share `weight`
   * gives (will-schema.ts). A date alone may never change will: the lint refuses such events.
   */
  z.strictObject({
    type: z.literal('will'),
    side: SideId,
    max: z.int().min(-100).max(100),
    weight: ShockWeight,
    why: Text(300),
  }),
]);
export type Effect = z.infer<typeof Effect>;

export const EventDef = z.strictObject({
  id: Id,
  title: Text(120),
  trigger: Trigger,
  effects: z.array(Effect).max(30),
  /** A short historical note shown in the turn report. */
  note: Text(2000),
  source: SourceRef,
  /** Fires at most once (the default) or every turn its trigger holds. */
  repeat: z.boolean().default(false),
  /**
   * Who is told when it fires, while the fog of war is on: absent, both sides; a side, only that
   * side (what the US code-breakers learned before Midway was not known in Tokyo — PARSHALL-TULLY-2005).
   * Replays, the after-action report and games without the fog show it to both. Optional with no
   * default, so scenarios without it keep their hash.
   */
  toldTo: SideId.optional(),
});

// ---------------------------------------------------------------- rules, victory, history

/** How tankers and freighters carry what overseas areas produce (O6 O9 O15, S2 S4; USSBS-OIL, USSBS-TRANSPORT). */
export const ShippingRules = z.strictObject({
  /**
   * The sides whose overseas output and garrisons need ships (and whose ships the enemy can
   * sink on their routes); a side left out has an abstract economy (the Allies in the grand campaign).
   */
  sides: z.array(SideId).max(2).default(['japan', 'allies']),
  /** Thousand barrels one thousand gross tons of tankers bring home in 30 days. */
  tankerLiftPerKgt: z.int().min(0).max(1000),
  /** Industry points one thousand gross tons of free merchant shipping brings home in 30 days (raw materials). */
  industryLiftPerKgt: z.int().min(0).max(1000).default(0),
  /**
   * Alternatively, thousand GT of freighters it takes to bring home one industry point of raw
   * materials in 30 days (coal, ore, bauxite, rubber, rice are bulky: Japan's civilian fleet of
   * 1.5 M GT carried its imports in 1941 — S2, Cohen 1949). Used when `industryLiftPerKgt` is 0.
   */
  freighterKgtPerIndustry: z.int().min(0).max(1000).default(0),
  /** Merchant tonnage (thousand GT) tied up per thousand men garrisoned overseas. */
  garrisonKgtPerThousandTroops: z.int().min(0).max(100),
  /**
   * Oil held where it is produced: the output of areas with this tag goes into the `stock`
   * resource at `hub` without tankers (the southern fields and refineries — Palembang,
   * Balikpapan, Lingga), tankers lift it from there to the capital, and ships in `zone`
   * sea areas or ports burn from it (the fleet moved to Lingga in 1944 to sit on its fuel —
   * USSBS 1946, Parillo 1993).
   */
  southernOil: z
    .strictObject({
      stock: Id,
      hub: Id,
      tag: Id,
      zone: z.array(Id).min(1).max(50),
    })
    .optional(),
  /**
   * A cargo loses this many percent for every 1% of its ships sunk on its route this turn (at
   * least 1: cargoes go down with the ships; above 1, convoys also scatter, turn back and wait
   * for escorts — O6: 1944's shipments were 40% of 1943's), up to 90%.
   */
  convoyDisruptionPercent: z.int().min(0).max(100).default(0),
  /**
   * Convoys are routed round a sea area where the enemy's submarines, aircraft and mines would
   * sink more than this percent of the ships sailing through it in 30 days, and what can only
   * be reached through one is left where it is (0: never). Japan's convoy staff moved the
   * routes to the coasts and then gave up the southern routes in March 1945; the submarines ran
   * short of targets (Parillo 1993; S3).
   */
  closeLanePercent: z.int().min(0).max(100).default(0),
  /**
   * The last way home stays open (shipping-losses.ts `closedLanes`): when every sea area next to
   * the capital that the convoys would sail through is over `closeLanePercent`, the convoys still
   * take the one where they would lose least. Japan could give up its southern routes and its
   * garrisons, not the short crossings from Korea and Manchuria that fed it: ships kept sailing
   * them through the mines and the air attacks to the surrender (USSBS-TRANSPORT; S3: 0.55 M GT
   * sunk by mines from April to August 1945, most in the Shimonoseki Strait and the Sea of Japan's
   * ports). Without it the routing can leave the capital with no ship arriving at all.
   */
  keepHomeLane: z.boolean().default(false),
  /**
   * The convoy routes weigh the losses met (deliveries.ts `rememberLosses`, network.ts
   * `weightedRoutes`): the convoy staff remember, for each sea area, the percent of the ships sailing
   * through it that were lost there in 30 days (all causes, unless `aircraft` is false) when it is
   * above `aboveLossPercent`, the worst turn fading by `keepPercent` each turn; a route then costs,
   * for each sea area it crosses, its distance in nautical miles plus `nmPerPercent` for every
   * percent remembered there. Japan's convoy staff read the losses route by route: after the
   * Philippines campaign the last convoys hugged the China coast through the Formosa Strait and the
   * Yellow Sea, no convoy sailed to Luzon after December 1944, and the open-ocean route east of the
   * Philippines was given up (PARILLO-1993; USSBS-TRANSPORT). Without it the convoys take the
   * shortest route until a sea area passes `closeLanePercent`.
   */
  lossRouting: z
    .strictObject({
      /** Nautical miles a route may grow to keep out of one percent of losses remembered on it. */
      nmPerPercent: z.int().min(0).max(1000),
      /** Percent of a sea area's remembered losses still remembered a turn later (the worst turn fades). */
      keepPercent: z.int().min(0).max(99),
      /**
       * A turn's losses in a sea area are remembered only above this percent (in 30 days): the steady
       * toll of the patrols is the war's, every route pays it; the staff moved the convoys after the
       * disasters (the carriers' strikes of the Philippines campaign, the packs in the Luzon Strait).
       */
      aboveLossPercent: z.int().min(0).max(100).default(0),
      /**
       * The losses to aircraft count too (the carriers' strikes, which come and go within a turn); false:
       * only the submarines' and the mines', the standing threats `closeLanePercent` plans against.
       */
      aircraft: z.boolean().default(true),
    })
    .optional(),
  /**
   * The Tokyo Express (deliveries.ts `contestedRuns`): an army fighting on an island the enemy
   * holds, next to a sea area that touches one of its side's own bases, is supplied by sea from
   * that base, through that sea area, and on the last leg off the island itself, where the enemy's
   * air at the island's airfield sinks the runs (counted in full: the runs came to it). The 17th
   * Army on Guadalcanal was supplied from Rabaul down the Slot by destroyers and, in October and
   * November 1942, by transport convoys, under Henderson Field's aircraft: eleven transports of the
   * November convoy were lost (GAMBLE-2010; FRANK-1990). What does not arrive starves the army
   * (`baseSupply.starvePercent`) and weakens it in the ground battle of the turn. Without it an
   * army fighting on an enemy-held island needs no ships and never goes short.
   */
  contestedIslands: z
    .strictObject({
      /**
       * Percent of its ground fire an army fighting there loses when none of its supply arrives,
       * in proportion to the share short: the 17th Army's October offensive was made by men on a
       * third of a ration, with little artillery ammunition landed; by January 1943 most of its men
       * were unfit to fight (FRANK-1990).
       */
      shortFirePercent: z.int().min(0).max(100).default(0),
    })
    .optional(),
  /**
   * Ships at anchor (shipping-losses.ts `portLosses`): a share of the freighters and tankers
   * sailing to or from a port overseas lies in that port at any time, loading, unloading or
   * waiting for a convoy, and the enemy's air strikes on the port sink them there — carriers in a
   * sea area next to it, land-based groups on a strike mission against it. Truk, February 1944,
   * about 190 thousand GT at anchor; the South China Sea raid of January 1945, about 300 thousand
   * GT at Saigon, Takao and Hong Kong (S3, T). Without it ships are sunk only at sea.
   */
  inPort: z
    .strictObject({
      /** Percent of a cargo's ships lying at its port overseas at any time. */
      percent: z.int().min(0).max(100),
      /** Thousand GT at anchor sunk per 100 attacking aircraft in 30 days. */
      sinkPer100Aircraft: z.int().min(0).max(1000),
      /** At most this percent of the ships in a port is sunk in 30 days. */
      maxSunkPercent: z.int().min(0).max(100),
    })
    .optional(),
  /**
   * The supply of the side's bases overseas besides its troops (economy/garrison-supply.ts): the
   * freighters that must sail to the air groups and warships kept at a base, and to the garrisons
   * the map does not show as forces, while the side holds the area. A garrison whose supply does
   * not arrive (sunk, or no convoy reaches it) wastes away: the bypassed garrisons of New Guinea
   * and the Central Pacific lost more men to hunger and disease than to battle (MILLER-1959;
   * GAMBLE-2010; PARILLO-1993).
   */
  baseSupply: z
    .strictObject({
      /** Thousand GT tied up per 100 aircraft at a base overseas (fuel, bombs, ground crews). */
      kgtPerHundredAircraft: z.int().min(0).max(1000).default(0),
      /** Thousand GT tied up per 10 warships (ships, and boats of flotillas other than transports and oilers) in a port overseas. */
      kgtPerTenWarships: z.int().min(0).max(1000).default(0),
      /**
       * Men and aircraft the map does not show, supplied through `area` while the side holds it
       * and a convoy reaches it, between the dates if given (thousand men; aircraft).
       */
      unshown: z
        .array(
          z.strictObject({
            side: SideId,
            area: Id,
            troops: z.int().min(0).max(10_000),
            aircraft: z.int().min(0).max(10_000).default(0),
            /** Supplied by sea from this date (the forces arrived) until that one (they lived on stocks and gardens). */
            from: IsoDate.optional(),
            until: IsoDate.optional(),
            note: Text(400),
            source: SourceRef,
          }),
        )
        .max(50)
        .default([]),
      /**
       * Percent of its men an army overseas loses in 30 days when none of its supply arrives (in
       * proportion to the share short). No convoy sails to a base cut off by `rules.supply`.
       */
      starvePercent: z.int().min(0).max(100).default(0),
    })
    .optional(),
});

/** The Allied submarine campaign against Japanese shipping (S3 S5 S8 S10; USSBS-TRANSPORT, PARILLO-1993). */
export const SubmarineRules = z.strictObject({
  /** Percent of a submarine flotilla's boats on patrol at any time (the rest are in transit or refit). */
  patrolPercent: Percent,
  /** Thousand gross tons one boat on patrol sinks in 30 days with working torpedoes and no escorts. */
  sinkPerBoat: z.int().min(0).max(100),
  /** Torpedo effectiveness in percent until a date (the Mark 14 defects, fixed in late 1943). */
  torpedoes: z
    .array(z.strictObject({ until: IsoDate, percent: Percent }))
    .max(10)
    .default([]),
  /** Percent of sinkings prevented per escort ship at sea on the lanes, up to the cap. */
  escortCutPerShip: z.int().min(0).max(100),
  maxEscortCut: Percent,
  /** Percent chance per 30 days that a boat on patrol is lost, multiplied by the escort cut in percent. */
  boatLossPercent: Percent,
  /** Thousand gross tons sunk per 100 aircraft within reach of the lanes in 30 days. */
  airSinkPer100Aircraft: z.int().min(0).max(1000).default(0),
  /**
   * The reach of land-based air over the lanes (nm; 0: every sea area next to its airfield in full).
   * A group not on a patrol mission counts all its aircraft over a sea area whose connection to its
   * airfield is this long or shorter, and the share reach / distance over one farther away: the
   * strike aircraft that sank ships (dive and torpedo bombers, B-25 and A-20 strafers) flew a few
   * hundred miles, and a sea area's traffic runs across hundreds more (shipping-losses.ts `within`;
   * docs/CALIBRATION.md §1r).
   */
  airReachNm: z.int().min(0).max(5000).default(0),
  /**
   * Nautical miles the reach over a sea area grows for every 100 of the side's land-based aircraft
   * on the airfields next to it (groups not on a patrol mission; 0: the reach is `airReachNm`
   * whatever the air there). The mass of aircraft decides how deep the sweeps go, not a date: a few
   * squadrons struck a few hundred miles out on a sighting; the air forces of 1944-45, a thousand
   * aircraft and more on the islands next to a sea, kept its width under search and flew their
   * radar-equipped long-range bombers and patrol planes (the Navy's PB4Y Liberators and Privateers,
   * the Far East Air Forces' B-24s and B-25s, radius 800-1,000 nm) across it (CRAVEN-CATE-1953;
   * shipping-losses.ts `airReachOf`; docs/CALIBRATION.md §1w).
   */
  airReachNmPer100Aircraft: z.int().min(0).max(1000).default(0),
  /**
   * Older files only: the last day `airReachNm` holds (absent: to the end); after it every
   * land-based group counts in full over the sea areas next to its airfield. The bundled scenarios
   * let the aircraft present decide instead (`airReachNmPer100Aircraft`; issue 11: a date may make
   * something possible, the state decides whether and how much).
   */
  airReachUntil: IsoDate.optional(),
  /**
   * Air cover over the lanes: the most the side's own land-based aircraft on the airfields next to a
   * sea area (its groups, strategic bombers left out, and its bases' unshown aircraft,
   * `shipping.baseSupply.unshown`) cut the enemy's land-based air over that sea area's traffic, in
   * percent, reached as their share of all the land-based aircraft next to it grows: the cut is
   * this times own / (own + enemy). Carriers' strikes are not cut (they came with their own fighter
   * sweeps), and the convoy staff plan against the enemy's air uncut (`closedLanes`). 0: no cover.
   */
  airCoverPercent: Percent.default(0),
  /**
   * How much likelier a ton of tankers is to be sunk than a ton of freighters (100 = in proportion
   * to tonnage), until a date: US submarines were ordered to go for tankers first in 1944.
   */
  tankerTargeting: z
    .array(z.strictObject({ until: IsoDate, percent: z.int().min(0).max(1000) }))
    .max(10)
    .default([]),
  /**
   * Saturation: in a sea area carrying this much traffic in 30 days (thousand GT), the boats,
   * aircraft and mines there find half the ships they could sink; with no traffic they find
   * none. In 1945 the submarines ran short of targets as the sailings stopped (S3, Parillo 1993).
   */
  halfTrafficKgt: z.int().min(1).max(100000).default(300),
  /** At most this percent of a sea area's traffic is sunk in 30 days, however many attackers. */
  maxSunkPercent: Percent.default(40),
  /**
   * Air-laid mines: thousand GT sunk per 100 enemy strategic bombers within range of the side's
   * capital (`bombing.range`), in 30 days, in the sea areas next to the capital (Operation
   * Starvation, from March 1945: 0.55 M GT in 1945 — S3 S5, USSBS 1947).
   */
  minesPer100Bombers: z.int().min(0).max(10000).default(0),
  /**
   * The mines come from the bombers beyond this many: the first are the strategic campaign's, and
   * only the bombers in range beyond them lay mines (`minesPer100Bombers` per 100 of those). The
   * XXI Bomber Command burned the cities with its first wings, and Operation Starvation began once
   * it had a wing to spare, the 313th, from 27 March 1945 (USSBS-TRANSPORT). A state, not a date.
   */
  minesBeyondBombers: z.int().min(0).max(100000).default(0),
  /**
   * Mines laid far from the capital by land-based aircraft (absent: none). Each group of the
   * enemy's land-based air that is neither fighters nor strategic bombers, at its own airfield,
   * lays mines in the sea areas within `reachNm` of it (`airDistance`) where the side's ships sail,
   * its effort shared among them by their traffic (none where nothing sails): `sinkPer1000Aircraft`
   * thousand GT in 30 days per 1,000 aircraft, found in proportion to the traffic like the
   * submarines' (`halfTrafficKgt`). The Allied mines of 1942–44 were laid by the RAAF's Catalinas
   * from Darwin and Cairns (Kavieng, Balikpapan, Makassar, Manila Bay), the Fourteenth Air Force's
   * and the RAF's Liberators from China and India (Shanghai, Haiphong, Rangoon, Bangkok,
   * Palembang's river) — long night flights by a few squadrons of the air forces in reach — and
   * sank 7 / 19 / 52 thousand GT a year (S3; JOHNSON-KATCHER-1973; USSBS-TRANSPORT).
   */
  aerialMines: z
    .strictObject({
      reachNm: z.int().min(0).max(5000),
      sinkPer1000Aircraft: z.int().min(0).max(10000),
      /**
       * The mines come from a stock of the laying side (absent: no limit, `sinkPer1000Aircraft`, as in
       * older files): `resource`, made by the scenario's `production` schedule (the mines the Allies
       * made and shipped to their theatres — JOHNSON-KATCHER-1973) and spent by the laying. No
       * mines, none laid: the Allies laid no aerial mine before February 1943 (the Rangoon river;
       * JOHNSON-KATCHER-1973). The mines on hand go where the most ships must pass: to the sea areas
       * with traffic that the minelayers reach, the busiest first, each up to what the aircraft
       * reaching it (`minesPer1000Aircraft` a 1,000 aircraft in 30 days) and the boats on patrol in
       * it (`minesPerBoat`) can lay; unlaid mines stay in the stock. A mine lying in a sea area can
       * sink `sinkPer1000Mines` / 1,000 thousand GT in 30 days, found in proportion to the traffic
       * (`halfTrafficKgt`), and lies on (`keepPercent`; `state.mineFields`). The minelaying staffs
       * chose the harbours and straits the convoys had to use (JOHNSON-KATCHER-1973; USSBS-TRANSPORT).
       */
      stock: z
        .strictObject({
          resource: Id,
          minesPer1000Aircraft: z.int().min(1).max(100_000),
          /**
           * Mines a boat of the enemy's submarines on patrol in a sea area with traffic can lay from
           * the same stock in 30 days (0: the boats lay none). US boats laid about 576 mines off
           * Indochina, Siam, China and Honshu in 1942-43, their fields the first Allied mines to
           * sink ships (December 1942; JOHNSON-KATCHER-1973, S3).
           */
          minesPerBoat: z.int().min(0).max(100).default(0),
          sinkPer1000Mines: z.int().min(0).max(100_000),
          /**
           * Percent of the mines lying in a sea area still there the next turn (0: a mine acts only in
           * the turn it is laid): a field kept sinking ships until it was swept or its mines' ship
           * counters and batteries ran out, weeks to months (JOHNSON-KATCHER-1973).
           */
          keepPercent: Percent.default(0),
        })
        .optional(),
    })
    .optional(),
  /**
   * Lifeguard stations: while the enemy's strategic bombers are within range of the side's capital
   * (`bombing.range`), this percent of the enemy's boats on patrol in the sea areas next to the
   * capital stand on the bombers' routes to pick up the crews that ditch, and sink nothing.
   * From the first B-29 raids on Japan (November 1944) the Pacific Fleet kept boats on station
   * off Japan for every raid, and for the carriers' strikes, at the cost of their patrols
   * (BLAIR-1975).
   */
  lifeguardPercent: Percent.default(0),
});

/**
 * Rationing: how much oil the economy burns each turn, at a price in industry (and in will,
 * which the will model reads). A side's level is a policy set by a `choose` order with a level
 * (`{type: "choose", choice: "rationing", level: 1}`) and held in `state.policies` (Cohen 1949).
 */
export const RationingLevel = z.strictObject({
  id: Id,
  name: Text(80),
  /** Oil burned each turn by the economy and the home front at this level (thousand barrels); replaces `baseOilPerTurn`. */
  oilPerTurn: Count,
  /** Percent of the side's industry output kept at this level (less fuel for factories and transport). */
  industryPercent: Percent,
  /** Will a turn at this level costs, for the will model to read (not applied by the economy). */
  willPerTurn: z.int().min(0).max(20).default(0),
  note: Text(500),
  source: SourceRef,
});

export const RationingRules = z.strictObject({
  side: SideId,
  /** Index into `levels` at the start. */
  initial: z.int().min(0).max(9).default(0),
  levels: z.array(RationingLevel).min(1).max(10),
});

/** Sabotaged oil fields restart slowly after capture (O8: 1942 25.9 vs 1940 65.1 M bbl). */
export const OilFieldRules = z.strictObject({
  capturedStartPercent: Percent,
  repairPerTurnPercent: Percent,
});

/** Chance per turn that Allied code-breakers read Japanese operational traffic (C1–C7). */
export const CodebreakingPeriod = z.strictObject({ from: IsoDate, until: IsoDate, percent: Percent });

/** Pilots entering training each turn from a date, and how good they are when they finish. */
export const PilotIntake = z.strictObject({
  from: IsoDate,
  /** Pilots starting training each turn from this date (until the next intake's date). */
  perTurn: Count,
  /** Experience (0–100) of these pilots when they join a unit: it follows their flying hours. */
  experience: Percent,
});

/**
 * A side's pilot training: pilots take turns and oil to train, and join a pool
 * of trained pilots that units below strength draw on (economy/air-replacement.ts).
 * Japan cut training hours from 1943 to fill the gaps (fuel was short); the
 * US lengthened them (EVANS-PEATTIE-1997, USSBS-AIR).
 */
export const PilotTraining = z.strictObject({
  /** Trained pilots waiting for a unit at the start, and their experience. */
  initial: Count,
  initialExperience: Percent,
  /** Turns from the start of training to a pilot ready for a unit. */
  turns: z.int().min(0).max(36),
  /** Oil (thousand barrels) to train 100 pilots, paid when they start: fuel for their flying hours. */
  oilPer100: Count,
  /** Intakes by date (each holds until the next one's date); none before the first. */
  intake: z.array(PilotIntake).max(20).default([]),
  note: Text(500),
  source: SourceRef,
});

/**
 * Aircraft and pilots. Units below strength refill from the side's stock of
 * new aircraft (filled by `production`) and its pool of trained pilots; new
 * pilots are green, so losses and replacements lower a unit's experience.
 * Land-based air groups fly missions given as `air` orders (phases/air-missions.ts).
 */
export const AirRules = z.strictObject({
  /** The resource holding new aircraft not yet in a unit (filled by `production` entries). */
  aircraftResource: Id,
  /** Percent of aircraft lost in battle whose aircrew are killed; the rest return to the pool. */
  pilotLossPercent: Percent,
  /** Each side's pilot training (a side without one gets no pilots and no replacements). */
  pilots: z.strictObject({ japan: PilotTraining.optional(), allies: PilotTraining.optional() }).default({}),
  /**
   * Percent of its full strength a unit can take in replacements a turn: new aircraft had to be
   * ferried out and their crews worked up with the unit before it fought again (DESIGN).
   */
  refillPercent: z.int().min(1).max(100).default(100),
  /** Nautical miles from its airfield that a land-based air group flies to strike, cover or patrol. */
  missionRange: z.int().min(0).max(5000).default(0),
  /** Percent of its aircraft a group on patrol counts against shipping in the sea area it patrols. */
  patrolPercent: z.int().min(0).max(1000).default(100),
  /** Percent of strategic bombing's effect cut per 100 fighters defending within bombing range of the capital. */
  interceptPer100: z.int().min(0).max(100).default(0),
  /** At most this percent of the bombing is cut, however many fighters defend. */
  maxInterceptPercent: Percent.default(0),
  /**
   * Percent of the bombers in range shot down each turn when at least as many fighters defend
   * the capital (in proportion with fewer).
   */
  bomberLossPercent: Percent.default(0),
});

/** Strategic bombing of the enemy's capital area from within range (the Marianas, T; AF1–AF4). */
export const BombingRules = z.strictObject({
  /** Nautical miles from a bomber base to the target's capital. */
  range: z.int().min(1).max(10000),
  /** Per 100 strategic bombers in range each turn. */
  industryPer100: z.int().min(0).max(10000),
  willPer100: z.int().min(0).max(100),
});

export const CombatRules = z.strictObject({
  /** A defending army fights this much harder (fortifications, terrain). */
  defenderBonusPercent: z.int().min(0).max(500),
  /** An army landing from the sea this turn fights this much weaker. */
  amphibiousPenaltyPercent: Percent,
  /** Gunfire (a battleship has 12) that adds one point to a ground battle as bombardment (10,000 men fire one point). */
  supportGunsPerPoint: z.int().min(1).max(1000).default(2),
  /** Aircraft that add one point to a ground battle as close air support. */
  supportAircraftPerPoint: z.int().min(1).max(1000).default(12),
  /**
   * Bombardment and close air support count in a ground battle for at most this percent of the fire
   * of the side's own troops there (phases/battles.ts): they help troops ashore, they do not replace
   * them — days of battleship fire left most of the dug-in garrisons of Tarawa and Iwo Jima alive
   * (ALEXANDER-1993, BARTLEY-1954). Absent: support counts in full, however few the troops.
   */
  supportMaxPercent: z.int().min(0).max(1000).optional(),
  /**
   * A side whose armies' ground fire in a battle (troops, experience, the landing, supply, the counted
   * support, the defender's advantage) is at least this many times the enemy's overwhelms the enemy's
   * armies there within the month: their men are killed or captured. A garrison outnumbered several
   * times over did not last a month-long turn: Guam (J5) and Wake in December 1941, Makin and Tarawa
   * (ALEXANDER-1993), Kwajalein, Tinian (CROWL-1960) — T. Without it a battle only wears armies down by
   * the fire each side brings, so 5,000 men could not take an island held by 1,000 in months. Absent:
   * armies are only worn down.
   */
  overwhelmOdds: z.int().min(2).max(100).optional(),
  /** A beaten army of this side surrenders when it is down to less than this percent of its strength (absent: fights on). */
  surrenderPercent: z.strictObject({ japan: Percent.optional(), allies: Percent.optional() }).default({}),
  /**
   * A beaten garrison of this side — its armies in an area the side holds, cut off from supply there
   * (`rules.supply`: no way by land or sea to a supply source) — surrenders when it is down to less than
   * this percent of its strength, instead of `surrenderPercent`. With no relief to hope for, the Allied
   * garrisons of 1941–42 gave up with most of their men alive: Hong Kong on 25 December, Singapore on 15
   * February (its water failing, a week after the landing), Java on 9 March, eight days after the
   * landings (KIRBY-1957); Bataan on 9 April, starving (MORTON-1953) — T. Absent: the same share as
   * any beaten army. Without `rules.supply` every army is supplied.
   */
  cutOffSurrenderPercent: z
    .strictObject({ japan: Percent.optional(), allies: Percent.optional() })
    .optional(),
  /**
   * A ship damaged this much (percent) retires after the battle to the nearest of its side's ports and
   * stays in the yard until repaired below it (combat/retire.ts; Shōkaku after the Coral Sea, B8).
   */
  retireDamagePercent: z.int().min(1).max(100).default(50),
  /**
   * Damage (percent of the points that hit) done to a carrier struck before her air group launched:
   * fuelled and armed aircraft, bombs and torpedoes on her decks and in the hangar turned a few hits
   * into fires that sank her (Akagi, Kaga and Sōryū on 4 June 1942 — B9, PARSHALL-TULLY-2005).
   * `ambush`: by carriers that waited where the code-breakers said the enemy would come (they strike
   * first, at the moment they choose); `firstStrike`: by a side that found the enemy first by search
   * (the strike arrives when it arrives, often between launches). 100 = no difference.
   */
  aircraftOnDeckHitPercent: z
    .strictObject({ ambush: z.int().min(100).max(1000), firstStrike: z.int().min(100).max(1000) })
    .default({ ambush: 100, firstStrike: 100 }),
  /**
   * A side's fleet fighter cover counts this many percent against land-based strikes from a
   * date: radar-directed fighters (Hellcats under a combat information centre, from late 1943) cut
   * down the mass raids of 1944–45 — the Marianas "turkey shoot" (B13) and the kamikazes off
   * Okinawa sank no fleet carrier (L4). Absent: 100 for everyone.
   */
  fighterCover: z
    .array(z.strictObject({ side: SideId, from: IsoDate, percent: z.int().min(100).max(2000) }))
    .max(10)
    .default([]),
  /**
   * The price of a strike in battle (phases/battles.ts): the aircraft that strike meet the defenders'
   * fighters and guns over the target, and some are shot down whatever their bombs do. Fighters shoot
   * down `fighterPercent` percent of the strike times the defenders' share of the aircraft in the sky
   * (fighters / (fighters + strikers): a carrier's fighters are a third of her aircraft, counted with
   * `fighterCover` from its date; a land-based group's all of its aircraft for a fighter group, a third
   * for a mixed one, over land only); the guns `gunsPer100` aircraft per 100 points of the defenders'
   * gunfire; never more than `maxPercent` of the strike. At Midway the US strikes of 4 June lost about
   * half their aircraft to Kidō Butai's fighters (B9, PARSHALL-TULLY-2005); in the Philippine Sea the
   * Japanese raids of 19 June lost some 240 of 373 to radar-directed Hellcats (B13); against ships
   * with guns alone the loss was small (Force Z: 3 of 85, B15). Absent: a strike costs nothing but what
   * the enemy's own strikes and guns hit.
   */
  strikeLosses: z
    .strictObject({
      fighterPercent: z.int().min(0).max(300),
      gunsPer100: z.int().min(0).max(1000),
      maxPercent: Percent,
      note: Text(300).optional(),
      source: SourceRef.optional(),
    })
    .optional(),
  /**
   * Damage control by side from a date (combat/damage-control.ts; the latest entry in force): the
   * chance in percent that a hit in battle which would sink a ship leaves her afloat instead, at
   * `afloatDamagePercent` damage — out of the battle, drawing no more strikes in it, and off to the
   * yard for months (combat/retire.ts). US damage control learnt from Lexington and Yorktown (1942):
   * Franklin and Bunker Hill (1945) survived damage that would have sunk a 1942 carrier (MORISON-1960,
   * BUSHIPS-WDR-1943); Japan's stayed poor — Akagi and Kaga burned out at Midway, Taihō, Shōkaku and
   * Hiyō were lost to fires and petrol vapour in 1944 (PARSHALL-TULLY-2005, B13). Absent: every hit
   * that would sink a ship sinks her.
   */
  damageControl: z
    .array(
      z.strictObject({
        side: SideId,
        from: IsoDate,
        savePercent: Percent,
        afloatDamagePercent: z.int().min(1).max(99),
        note: Text(300).optional(),
        source: SourceRef.optional(),
      }),
    )
    .max(10)
    .default([]),
  /**
   * Crippled ships that could not be saved, by side from a date (combat/crippled.ts; the latest entry
   * in force): after a battle at sea, a ship of that side hit in it and left at `damagePercent` damage
   * or worse, with the enemy still in the fight, is lost with `lostPercent` chance — torpedoed, dead
   * in the water or burning, abandoned or finished off before she could be towed away. All three US
   * fleet carriers crippled in the carrier battles of 1942 were lost: Lexington to the petrol vapour
   * of her torpedo damage hours after the Coral Sea strike (BUSHIPS-WDR-1943), Yorktown under tow by
   * I-168 two days after Midway, Hornet abandoned at Santa Cruz and sunk by Japanese destroyers (B8 B9
   * B12); Shōkaku, crippled by bombs at the Coral Sea and Santa Cruz, kept her speed and went home
   * (B8 B12); the battleships crippled off Guadalcanal (South Dakota, North Carolina) got away too,
   * hence `classes`. Absent: a crippled ship always reaches the yard (combat/retire.ts).
   */
  crippled: z
    .array(
      z.strictObject({
        side: SideId,
        from: IsoDate,
        damagePercent: z.int().min(1).max(99),
        lostPercent: Percent,
        /** The ship classes it applies to (absent: every ship). */
        classes: z.array(z.string().max(30)).max(20).optional(),
        /**
         * Also after a submarine attack (phases/submarine-attacks.ts): a ship torpedoed to the mark or
         * worse, the boats still there, is lost with the same chance (Taihō and Shōkaku, one and
         * three torpedoes; Kongō, two; Shinano, four; Unryū, two — all lost within hours: B13 BLAIR-1975).
         */
        torpedoes: z.boolean().optional(),
        note: Text(300).optional(),
        source: SourceRef.optional(),
      }),
    )
    .max(10)
    .default([]),
  /**
   * Whether a side's fleet covering a landing holds to the beachhead, by side from a date (the latest
   * entry in force; combat/covering.ts). Holding, a fleet whose side lands in an area next to the
   * battle's sea area this turn does not pursue: the enemy's cripples get away (combat/crippled.ts).
   * Spruance's orders at Saipan were to cover the landing first; he would not be drawn west, the one
   * strike of 20 June 1944 went out at dusk at the limit of range, and Zuikaku, Chiyoda, Jun'yō and
   * Haruna, hit, got away (B13). Nimitz's orders for Leyte made the enemy fleet's destruction the
   * primary task, and Halsey ran north after it (B14). Absent: no side holds back.
   */
  coveringFleet: z
    .array(
      z.strictObject({
        side: SideId,
        from: IsoDate,
        holdsToBeachhead: z.boolean(),
        note: Text(300).optional(),
        source: SourceRef.optional(),
      }),
    )
    .max(10)
    .default([]),
  /**
   * A ship damaged this much (percent) in a battle leaves it: the later strikes and salvos of that
   * battle go for the others (Shōkaku, hit by three bombs at the Coral Sea, turned away and was not
   * attacked again; at Santa Cruz again — B8 B12). Absent: a damaged ship stays a target.
   */
  withdrawDamagePercent: z.int().min(1).max(100).optional(),
  /**
   * At sea, a side whose search found nothing (phases/detection.ts) strikes with this percent of
   * its land-based aircraft only: bombers from shore find a fleet from a sighting (Force Z was found
   * by a search plane after the bombers from Saigon had flown past it, B15; Rabaul's bombers found
   * Crace's cruisers, not the carriers, on 7 May 1942, B8). Carriers search for themselves.
   * Absent: 100 — land-based air strikes in full, found or not.
   */
  unsightedLandAirPercent: Percent.optional(),
  /**
   * Submarines against warships (phases/submarine-attacks.ts): the chance in percent that a boat makes a
   * torpedo attack on one of the enemy's named ships in its sea area in 30 days, by side (the Allies' times the working
   * torpedoes of `submarines.torpedoes`), each doing `hitPoints` damage points (a fleet carrier has 30)
   * times the fortunes of war. Wasp and Juneau, Liscome Bay, Taihō, Shōkaku and Kongō (B12 B13
   * BOYD-YOSHIDA-1995 BLAIR-1975). Absent: submarines fight only the shipping war.
   */
  submarineAttacks: z
    .strictObject({
      percentPerBoat: z.strictObject({
        japan: z.int().min(0).max(100).optional(),
        allies: z.int().min(0).max(100).optional(),
      }),
      hitPoints: z.int().min(1).max(100),
      /**
       * Ships passing through a sea area this turn on their way elsewhere (the sea areas of their
       * route, not where they set out or arrive) meet the boats there: the share in percent of a
       * month's attacks those boats make on them, by the boats' side. Ultra put the US boats on
       * the Japanese fleet's routes: Darter and Dace in the Palawan Passage (Atago and Maya, 23
       * October 1944), Sealion on Kongō's in the Formosa Strait, Archerfish on Shinano's, Redfish
       * on Unryū's (BLAIR-1975). Absent: boats attack only ships in their own sea area.
       */
      transitPercent: z.strictObject({ japan: Percent.optional(), allies: Percent.optional() }).optional(),
    })
    .optional(),
  /**
   * Carrier strikes on a port (phases/port-strike.ts): what the bombs go for and how easily ships that
   * cannot get under way are hit when the port is alert. `targetWeight`: the relative share of the
   * strike each ship in port draws — a carrier ready for sea (aircraft aboard and oil to sail), a
   * carrier `hulk` (no aircraft aboard or no oil to sail: camouflaged, of low priority — Amagi and
   * Katsuragi at Kure in July 1945, B17 B18), a battleship, any other ship, a flotilla (transports,
   * oilers and submarines are never a target). `immobileHitPercent`: hits on ships with no oil to
   * sail in an alert port, in percent of a ship under way (a port taken by surprise is hit at the
   * in-port rate of Pearl Harbor whatever this says), and `settleDamagePercent` how badly one may be
   * hit before she settles on the bottom. Absent: carriers 6 (hulks too), battleships 4,
   * other ships 2, flotillas 1, immobile ships 260.
   */
  portStrike: z
    .strictObject({
      targetWeight: z.strictObject({
        carrier: z.int().min(0).max(100),
        hulk: z.int().min(0).max(100),
        battleship: z.int().min(0).max(100),
        ship: z.int().min(0).max(100),
        flotilla: z.int().min(0).max(100),
      }),
      immobileHitPercent: z.int().min(50).max(1000),
      /**
       * A ship with no oil to sail left this damaged (percent) by a strike settles on the bottom at
       * her moorings and is lost: with cold boilers and a skeleton crew there was no steam for the
       * pumps (Haruna, Ise and Hyūga, July 1945 — B17 B18). Absent: she stays afloat until sunk.
       */
      settleDamagePercent: z.int().min(1).max(100).optional(),
      /**
       * How much oil the port's ships need to count as having oil to sail: the side's oil where they
       * lie must hold at least this share (percent) of the sortie oil of the warships in the port
       * (`rules.oilPerSortie`). A navy that cannot fuel its fleet's sortie does not raise steam to
       * disperse under a strike: in 1945 Japan still had oil for its economy and the kamikaze, but the
       * ships at Kure were reserve ships, moored as anti-aircraft batteries (B17 B18 USSBS-OIL).
       * Absent: any oil at all will do.
       */
      steamOilPercent: z.int().min(1).max(1000).optional(),
      /**
       * Turns of the economy's oil burn (at the side's rationing level) held back from the fleet: the
       * home stock counts as oil to sail only beyond it. In 1945 the cabinet gave what oil Japan had
       * to war industry and the air forces for the defence of the Home Islands, and the surface fleet
       * none but Yamato's for Ten-Gō; the ships at Kure were moored as anti-aircraft batteries while
       * the stock was not yet empty (B18 USSBS-OIL). Absent or 0: the whole stock counts.
       */
      steamReserveTurns: z.int().min(0).max(24).optional(),
      /**
       * Days an alert port whose ships have no oil to sail is struck: its ships are still there the
       * next day and the carriers come back (Kure on 24, 25 and 28 July 1945: 1,747 sorties, about
       * two for each aircraft aboard — B17). Ships with oil disperse after the first day, and a
       * surprise lasts one day. Absent: one day.
       */
      immobileStrikeDays: z.int().min(1).max(7).optional(),
      /**
       * The share (percent) of its aircraft aboard that a fleet on station off the port flies
       * against it, on one day (a restrike, phases/port-strike.ts: most of the aircraft aboard are
       * on carriers that stayed there from the turn before; a few that join them join their
       * routine). A fleet on station
       * does not put its whole air groups over one port: it keeps combat air patrol and searches
       * up, rotates groups out to replenish and strikes what its commander chooses, the airfields
       * first when the enemy's air is a threat. On 19 March 1945 Task Force 58 (15 carriers,
       * over 1,000 aircraft), having struck the Kyushu airfields the day before, sent 321 aircraft
       * against Kure and sank no ship: 30% (B17 B20). The repeated days on ships that cannot sail
       * (`immobileStrikeDays`) are those of a fleet that came for the port (Kure, 24–28 July 1945,
       * B17: most of the fleet sailed in). Absent: all of them, on as many days as a fleet that
       * came for the port.
       */
      restrikePercent: z.int().min(1).max(100).optional(),
      note: Text(500).optional(),
      source: SourceRef.optional(),
    })
    .optional(),
});

/** Something a side can order built with its stocks, ready after a number of turns. */
export const Buildable = z.strictObject({
  id: Id,
  side: SideId,
  name: Text(80),
  cost: z.record(Id, Count),
  turns: z.int().min(0).max(60),
  /** Either resources added on completion… */
  adds: z.record(Id, Count).default({}),
  /** …or a force (its id gets a serial number), placed at the side's capital. */
  force: z.union([ShipForce, FlotillaForce, AirForce, ArmyForce]).optional(),
  /**
   * Thousand GT of slipway the build takes from the order until it is delivered (its tonnage; an
   * escort its steel-and-labour equivalent), counted against the side's shipyard capacity when the
   * scenario has `rules.shipyards` (shipyards.ts). Absent: it does not use the yards.
   */
  yardKgt: z.int().min(0).max(10000).optional(),
  note: Text(500),
  source: SourceRef.optional(),
});

/**
 * Shipyard capacity (shipyards.ts): the thousand GT of merchant ships, tankers and escorts a
 * side's yards can have ordered or on the slips at once is its stock of `capacity` (a resource
 * in thousand GT that only a buildable adding it raises — more slipways, the standard-ship
 * programme). Builds with a `yardKgt` need that much free. Japan's yards completed about
 * 210,000 GT in 1941 and 1.7 M GT in 1944 after the navy took the programme over and new yards
 * and berths were built (USSBS-TRANSPORT, PARILLO-1993). Absent: the yards are unlimited.
 */
export const ShipyardRules = z.strictObject({
  /** The resource (thousand GT) that is a side's shipyard capacity. */
  capacity: Id,
  note: Text(500),
  source: SourceRef.optional(),
});

/**
 * What an invasion needs beyond its transports (sea-control.ts): warships to
 * escort the convoy, and no superior enemy fleet or air power in the sea areas
 * on the way or at the target at the start of the turn. Every Japanese landing
 * of 1941–42 sailed with a destroyer screen and under cover of a cruiser or
 * battleship force (Kota Bharu, Lingayen, Java — T); the Port Moresby convoy
 * turned back when the Coral Sea was contested (May 1942 — B8), and the
 * Marianas landing went ahead only once the US fleet held the Philippine Sea (B13).
 */
export const InvasionRules = z.strictObject({
  /** Warships (a destroyer, cruiser, escort or battleship each; carriers do not count) per 100 transports of the convoy; at least one. */
  escortsPer100Transports: z.int().min(0).max(1000),
  /**
   * The enemy holds an area on the way when its naval and air power there (warships, carrier and
   * land-based aircraft in reach) is more than this percent of the invasion's: 100 = any superiority.
   */
  superiorityPercent: z.int().min(50).max(1000).default(100),
});

/**
 * How far ships may sail from fuel (endurance.ts): a ship may go only as far
 * from one of its side's fuelled ports as it can steam and come back (or on to
 * another). Japan's short-legged destroyers bound its reach: the Pearl Harbor
 * force refuelled at sea from oilers (B7), and its 1942 operations stopped at
 * the edge of what Truk and Rabaul could fuel. The US fleet reached Japan only
 * by moving its anchorages forward — Espiritu Santo, Majuro, Eniwetok, Manus,
 * Ulithi — and by refuelling at sea from the Service Squadrons' oilers
 * (CARTER-1953).
 */
export const EnduranceRules = z.strictObject({
  /**
   * Nautical miles a ship class can sail from a fuelled port, by side: half its endurance at
   * cruising speed (the rest is the reserve for battle speed and the way back). A class
   * without a figure is not limited.
   */
  radiusNm: z.strictObject({
    japan: z.record(z.string().max(30), z.int().min(100).max(20000)).default({}),
    allies: z.record(z.string().max(30), z.int().min(100).max(20000)).default({}),
  }),
  /** Ports with fuel for a side's ships while it holds them (from a date: an anchorage opened with its tankers). */
  bases: z
    .array(
      z.strictObject({
        side: SideId,
        area: Id,
        from: IsoDate.optional(),
        note: Text(300),
        source: SourceRef.optional(),
      }),
    )
    .max(100),
  /**
   * The fleet train (endurance.ts): a side's oilers (flotillas of class `oiler`) let its warships
   * end a move up to `extraNm` beyond their radius, when enough of them are with the ships — in
   * the area they sail from, or in or next to the destination — and sail with them. Absent: no
   * ship goes beyond its radius.
   */
  oilers: z
    .strictObject({
      /** Warships one oiler refuels at sea (a fleet oiler of 1942 carried fuel for a carrier task force's ships — CARTER-1953). */
      shipsPerOiler: z.int().min(1).max(100),
      /** Nautical miles beyond a class's radius that ships with oilers reach, by side. */
      extraNm: z.strictObject({
        japan: z.int().min(0).max(10000).default(0),
        allies: z.int().min(0).max(10000).default(0),
      }),
      note: Text(300),
      source: SourceRef,
      /**
       * What the oilers carry (endurance.ts, phases/oiler-cargo.ts): thousand barrels of fuel
       * oil an oiler holds, by side. They fill up at the end of a turn in a fuelled port of
       * their side from the stock of that region (the southern stock at a southern port), and
       * ships beyond their radius burn their sortie from it instead of from the stock. A side
       * without a figure: its oilers fuel without a limit.
       */
      cargo: z
        .strictObject({
          perOiler: z.strictObject({
            japan: z.int().min(1).max(1_000_000).optional(),
            allies: z.int().min(1).max(1_000_000).optional(),
          }),
          note: Text(300),
          source: SourceRef,
        })
        .optional(),
    })
    .optional(),
});

/**
 * Supply of armies (supply.ts): an army may attack only when a way leads from
 * where it stands to one of its side's supply sources over land the side
 * holds, or through its ports and sea areas where the enemy's fleet and air
 * power are not superior. A cut-off army still defends (the garrisons of
 * Rabaul and Truk, bypassed in 1944, sat out the war — T).
 */
export const SupplyRules = z.strictObject({
  /** Areas that supply a side's armies while the enemy does not hold them (home, arsenals, main bases). */
  sources: z
    .array(z.strictObject({ side: SideId, area: Id, note: Text(300), source: SourceRef.optional() }))
    .max(100),
  /**
   * The enemy closes a sea lane only with more than this much fleet and air power there (and more
   * than the side's own): a few destroyers do not cut an army off (the Tokyo Express ran to
   * Guadalcanal by night past a superior US fleet — B12).
   */
  cutPower: z.int().min(0).max(100000).default(0),
});

export const Rules = z.strictObject({
  /** Oil burned per turn by a ship class when it moves or fights (thousand barrels per ship). */
  oilPerSortie: z.strictObject({
    'fleet-carrier': Count,
    'light-carrier': Count,
    'escort-carrier': Count,
    battleship: Count,
    'heavy-cruiser': Count,
    'light-cruiser': Count,
    cruiser: Count,
    destroyer: Count,
    escort: Count,
    submarine: Count,
    transport: Count,
    /** Oilers burn from their own cargo, counted in the ships they fuel. */
    oiler: Count.default(0),
  }),
  /** Fraction (percent) of the sortie cost a ship burns when it stays in port. */
  idleOilPercent: Percent,
  /** Oil per thousand men per turn for an army that moves or attacks. */
  oilPerArmyOperation: Count,
  /** Nautical miles a force can steam in one turn (sets how far a move may go). */
  rangePerTurn: z.strictObject({ ship: z.int().min(1).max(100000), army: z.int().min(0).max(100000) }),
  /** Thousand men one transport ship carries: an army crosses the sea only with enough transports in its port. */
  troopsPerTransport: z.int().min(1).max(100),
  /** Battles and captures happen only while this flag is true (e.g. before Pearl Harbor there is no war). */
  warFlag: Id.optional(),
  /** Percent chance per turn that a side with aircraft in an area spots the enemy there first. */
  searchChance: z.strictObject({ withAircraft: Percent, without: Percent }),
  /**
   * What a side is shown of the enemy's fleets at sea (engine/sight.ts): they are seen where its
   * forces are, and within `searchConnections` connections of its aircraft (a land-based air group,
   * or a carrier with its air group) — the reach of a day's search flights over the map's large sea
   * areas (PARSHALL-TULLY-2005: Midway's PBYs and the Japanese cruisers' floatplanes searched some
   * 600–700 nautical miles out, about one sea area). 0: aircraft see only the area they are in.
   * Absent: 1 (engine/sight.ts `SEARCH_CONNECTIONS`). Optional without a schema default, so a
   * scenario without it parses to the same object, and the same hash, as before the rule.
   */
  sight: z.strictObject({ searchConnections: z.int().min(0).max(3) }).optional(),
  /** Damage points a ship in one of its side's ports has repaired in 30 days (0 = no repairs). */
  shipRepairPercent: Percent.default(0),
  /** Nautical miles land-based air groups reach into neighbouring areas to strike fleets and support armies. */
  landAirReach: z.int().min(0).max(3000).default(0),
  /**
   * Nautical miles from a sea area to a port next to it that carriers in the sea area can strike
   * (port-strike.ts). The sea areas are large: a fleet in one closes to its aircraft's range of
   * the ports nearest it, not of every coast it touches. Without it, every port next to the sea area.
   */
  portStrikeReach: z.int().min(0).max(5000).optional(),
  /** Steaming range of each ship class in percent of `rangePerTurn.ship` (battleships are slower than carriers). */
  speedPercent: z.record(z.string().max(30), z.int().min(10).max(300)).default({}),
  shipping: ShippingRules.optional(),
  submarines: SubmarineRules.optional(),
  oilFields: OilFieldRules.optional(),
  rationing: RationingRules.optional(),
  codebreaking: z.array(CodebreakingPeriod).max(20).default([]),
  air: AirRules.optional(),
  bombing: BombingRules.optional(),
  combat: CombatRules.default({
    defenderBonusPercent: 50,
    amphibiousPenaltyPercent: 30,
    supportGunsPerPoint: 2,
    supportAircraftPerPoint: 12,
    surrenderPercent: {},
    retireDamagePercent: 50,
    aircraftOnDeckHitPercent: { ambush: 100, firstStrike: 100 },
    fighterCover: [],
    damageControl: [],
    crippled: [],
    coveringFleet: [],
  }),
  /** Will a side loses when one of its named ships is sunk, by class (the Allies' will also falls with casualties). */
  willPerShipLost: z.record(z.string().max(30), z.int().min(0).max(20)).default({}),
  /** Will a side loses per this many thousand men killed. */
  willPerTroopsLost: z
    .strictObject({ troops: z.int().min(1).max(10000), will: z.int().min(0).max(20) })
    .optional(),
  /** National will from the state (will-schema.ts). */
  will: WillRules.optional(),
  /** Wars fought on part of the map under their own flag (will-schema.ts). */
  fronts: z.array(Front).max(10).default([]),
  /** Escorts and sea control an invasion needs (absent: transports are enough). */
  invasion: InvasionRules.optional(),
  /**
   * The sides whose armies may march or land in a neutral area while at war (Japan entered
   * Thailand on 8 December 1941 — T; the Allies never invaded a neutral country in this theatre).
   */
  neutralEntry: z.array(SideId).max(2).default(['japan', 'allies']),
  /** How far ships may sail from a fuelled port (absent: as far as a turn's steaming). */
  endurance: EnduranceRules.optional(),
  /** Armies attack only when supplied (absent: always). */
  supply: SupplyRules.optional(),
  /** How much shipping a side's yards can build at once (absent: unlimited). */
  shipyards: ShipyardRules.optional(),
});

export const VictoryRules = z.strictObject({
  /** Japan surrenders when its `will` stock reaches this value or lower. */
  surrenderWill: Quantity,
  /** The Allies accept a negotiated peace when their `will` stock reaches this value or lower. */
  peaceWill: Quantity,
  /** Resource id holding national will (0–100) for both sides. */
  willResource: Id,
  /** The historical outcome, for the score "against history". */
  historical: z.strictObject({ outcome: Outcome, date: IsoDate }),
});

export const HistorySeries = z.strictObject({
  id: Id,
  label: Text(120),
  side: SideId,
  resource: Id.optional(),
  unit: Text(40),
  source: SourceRef,
  points: z
    .array(z.strictObject({ date: IsoDate, value: Quantity }))
    .min(1)
    .max(500),
});

// ---------------------------------------------------------------- the historical plan

/**
 * What each side historically did, as orders: the `historical` bot gives them
 * on the turn that contains `date` (skipping any that are no longer legal),
 * so a game between two historical bots follows the real war where it can.
 */
export const PlanStep = z.strictObject({
  date: IsoDate,
  /**
   * Keep offering these orders every turn up to this date while they are not
   * yet legal (an attack on Singapore waits for Malaya to fall), unless a
   * later step gives the same force another order. Without it the orders are
   * offered on the turn of `date` only.
   */
  until: IsoDate.optional(),
  /** Offer the orders only while this holds (e.g. Singapore only once Malaya is taken). */
  when: Trigger.optional(),
  /**
   * An alternative the planners held ready (src/ai/historical.ts): the step
   * is offered only when the campaign has gone otherwise (its `when`), and the
   * bot says so — `reinforce` sends more strength to a landing that is stuck
   * at `area`, `bypass` goes around `area`, a strongpoint that still holds out.
   */
  alternative: z.strictObject({ kind: z.enum(['reinforce', 'bypass']), area: Id }).optional(),
  side: SideId,
  orders: z.array(Order).min(1).max(100),
  note: Text(300),
  source: SourceRef.optional(),
});

// ---------------------------------------------------------------- the scenario

export const Scenario = z
  .strictObject({
    $schema: z.string().max(300).optional(),
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    meta: Meta,
    calendar: Calendar,
    resources: z.array(ResourceDef).min(1).max(20),
    sides: z.strictObject({ japan: SideDef, allies: SideDef }),
    areas: z.array(Area).min(2).max(200),
    connections: z.array(Connection).min(1).max(1000),
    /** Aircraft only: flights shorter than the connections' way round (world.ts `airDistance`). */
    airLegs: z.array(AirLeg).max(200).optional(),
    forces: z.array(Force).max(2000),
    production: z.array(Production).max(500).default([]),
    reinforcements: z.array(Reinforcement).max(1000).default([]),
    buildables: z.array(Buildable).max(100).default([]),
    flags: z.array(Flag).max(100).default([]),
    choices: z.array(Choice).max(50).default([]),
    events: z.array(EventDef).max(500).default([]),
    rules: Rules,
    victory: VictoryRules,
    history: z.array(HistorySeries).max(100).default([]),
    historicalPlan: z.array(PlanStep).max(2000).default([]),
    /** Counterfactuals a teacher can pick: each changes a few things before the game starts. */
    whatIfs: z.array(WhatIf).max(50).default([]),
  })
  .meta({
    title: 'Price of Victory scenario',
    description: 'A scenario for Price of Victory, a strategy game of the Pacific War 1941–1945.',
  });

export type Scenario = z.infer<typeof Scenario>;
export type SubmarineRules = z.infer<typeof SubmarineRules>;
export type ScenarioInput = z.input<typeof Scenario>;
