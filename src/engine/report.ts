/**
 * A turn report: what changed, by how much, and why, as structured data. The
 * UI renders it and the CLI prints it; neither recomputes a rule.
 */

import type { AirMission } from '../scenario/order-schema';
import type { OutcomeKind, Owner, SideId } from '../scenario/schema';
import type { Order } from './orders';
import type { Refusal } from './refusal';
import type { EndCause } from './state';

/**
 * One change in a stock's ledger: the amount and why, as data (a code with its numbers and
 * ids; words: src/text/stock-text.ts, shared by the UI and the command line). Reports are not
 * saved (saves and replays keep orders; a report is made again by replaying them), so no older
 * free-text form needs reading.
 */
export interface StockChange {
  amount: number;
  /** Set when the stock's bounds held the change back: the amount the rule asked for. */
  asked?: number;
  /** Why (kept as given to `adjustStock`, not copied: a turn makes thousands). */
  cause: StockCause;
}

/** The codes of stock changes (each one's words: src/text/stock-text.ts). */
export type ChangeCode = StockCause['code'];

/** Where the oil of a burn came from: set when it came off the southern stock (oil-forecast.ts). */
interface FromSouth {
  south?: true;
}

/** One producing area's share of what was shipped home. */
export interface ShippedFrom {
  area: string;
  amount: number;
  /** Oil fields repaired to this percent after sabotage. */
  fields?: number;
  /** Lifted from the southern stock held at this port. */
  southernStock?: true;
}

/**
 * Why a stock changed. Areas, forces, buildables and events by id (the text looks their names
 * up); `entry` is an index into the scenario's `production`.
 */
export type StockCause =
  /** Output of an area the side holds (economy/deliveries.ts): `fields` after sabotage; rationing kept `kept`% of `full`. */
  | { code: 'produced'; area: string; fields?: number; kept?: number; full?: number }
  /** An area whose output cannot reach the capital (the resource names its unit). */
  | { code: 'output-cut-off'; area: string; capital: string; output: number; resource: string }
  /**
   * The southern stock (`stock` of it) cannot be loaded: no southern oil field the side holds has a
   * sea route to `capital` (`held`: the fields it holds, all cut off). Ships in the southern zone
   * still burn it.
   */
  | { code: 'southern-stock-cut-off'; stock: number; capital: string; held: string[] }
  /** The tankers' load taken off the southern stock. */
  | { code: 'loaded-into-tankers'; capital: string }
  | { code: 'shipped-home'; from: ShippedFrom[] }
  /** Cargo sunk with its ships on the way home. */
  | { code: 'lost-at-sea'; cargo: number }
  /** Output no convoy sails for, because the way leads only through these sea areas. */
  | { code: 'left-behind-closed'; cargo: number; closed: string[] }
  /** Output the ships cannot carry: `tonnage` thousand GT of them, `garrisons` of it supplying garrisons, `sailings`% sent to sea. */
  | {
      code: 'left-behind-short';
      cargo: number;
      ships: 'tankers' | 'freighters';
      tonnage: number;
      garrisons: number;
      sailings: number;
    }
  /** Raw materials delivered but not worked up: rationing keeps `percent`% of industry. */
  | { code: 'not-worked-up'; cargo: number; percent: number }
  /** A scenario `production` entry (its `note` is the scenario's words). */
  | { code: 'scheduled'; entry: number }
  /** Merchant ships or tankers sunk, with the thousand GT by sea area (economy/shipping-losses.ts). */
  | { code: 'sunk'; by: 'submarines' | 'aircraft' | 'mines'; areas: { area: string; kgt: number }[] }
  /** Mines laid by the side's land-based minelayers in these sea areas (`rules.submarines.aerialMines.stock`). */
  | { code: 'mines-laid'; areas: { area: string; mines: number }[] }
  /** The oil burn (oil-forecast.ts): the economy and home front, a sortie, ships idle. */
  | ({ code: 'oil-economy' } & FromSouth)
  | ({ code: 'oil-sortie'; force: string; to: string } & FromSouth)
  /** Ships in port and on station: `zone` for those in the southern zone. */
  | ({ code: 'oil-idle'; zone?: true } & FromSouth)
  /** Carriers that stayed off an enemy port and struck it again (phases/port-strike.ts): a sortie's oil less the idle burn. */
  | ({ code: 'oil-restrike'; force: string; from: string; port: string } & FromSouth)
  /** Oil loaded into an oiler flotilla at a fuelled port (phases/oiler-cargo.ts). */
  | { code: 'oiler-loaded'; force: string; area: string }
  | { code: 'pilot-training'; pilots: number }
  /** New aircraft for an air unit below strength (economy/air-replacement.ts). */
  | { code: 'air-replacements'; force: string }
  | { code: 'build-ordered'; item: string; count: number }
  | { code: 'build-completed'; item: string }
  /** A scenario event's stock effect (its title is the scenario's words). */
  | { code: 'event'; event: string }
  /** Will lost with a ship sunk (battles.ts, events.ts). */
  | { code: 'ship-sunk'; force: string }
  /** Will lost with the thousand men lost in a turn's battles. */
  | { code: 'troops-lost'; troops: number }
  /** Strategic bombing: bombers from these bases (area ids), the percent stopped by fighters (phases/will.ts). */
  | { code: 'bombing'; bombers: number; bases: string[]; stopped: number }
  /** The will pressures that moved this turn, each with its change. */
  | { code: 'will-pressure'; parts: Partial<Record<WillPressureId, number>> }
  /** A scenario event's shock to will, at `percent` of its full weight. */
  | { code: 'will-shock'; event: string; percent: number };

/**
 * What one effect of a scenario event did (phases/events.ts), as data: ids and the amounts
 * applied. `message` and a will shock's `why` are the scenario's own words.
 */
export type EffectDone =
  | { code: 'resource'; side: SideId; resource: string; amount: number }
  | { code: 'flag'; flag: string; value: boolean }
  | { code: 'control'; area: string; to: Owner }
  | { code: 'reinforce'; force: string; area: string }
  /** A scripted strike: `amount` damage points (ships: percent), or the force sunk or destroyed. */
  | { code: 'damage'; force: string; amount: number; destroyed: boolean }
  /** A scripted strike on a force not in the game (lost or never arrived): no damage. */
  | { code: 'no-target'; force: string }
  | { code: 'message'; text: string }
  /** A shock to will: `amount` applied, `percent` of the most it could be (`max`), and the scenario's why. */
  | { code: 'will'; side: SideId; amount: number; percent: number; max: number; why: string }
  | { code: 'end'; outcome: OutcomeKind };

/** Why an area changed hands (phases/control.ts, events.ts). */
export type ControlCause =
  /** The side's troops were the only ones there. */
  | { code: 'unopposed' }
  /** A scenario event's effect (its title is the scenario's words). */
  | { code: 'event'; event: string };

/** How a side searched for the enemy (phases/detection.ts, interception.ts). */
export type DetectionCause =
  /** The code-breakers had read the Japanese plan: the Allies were waiting. */
  | { code: 'code-breakers' }
  /** A search in a contested area, with or without aircraft, perhaps against an enemy waiting in position. */
  | { code: 'search'; aircraft: boolean; ambush: boolean }
  /** A search for enemy forces crossing the sea area. */
  | { code: 'crossing'; aircraft: boolean };

/** The pressures on a side's will (scenario `rules.will`, phases/will.ts). */
export type WillPressureId =
  | 'territory'
  | 'oil'
  | 'dry'
  | 'shipping'
  | 'bombing'
  | 'threat'
  | 'fleet'
  | 'casualties'
  | 'rationing'
  | 'materials'
  | 'hunger'
  | 'weariness';

export interface WillPart {
  pressure: WillPressureId;
  /** Will this pressure takes away now (a level worked out from the state). */
  level: number;
  /** The level last turn. */
  previous: number;
  /** The figures it was worked out from (which depend on the pressure). */
  values: Record<string, number>;
}

/** A side's leaders weighing whether to end the war: chance and roll in percent. */
export interface WillDecisionRoll {
  chance: number;
  roll: number;
  /** The side gives up this turn. */
  yields: boolean;
}

export type ReportItem =
  | {
      kind: 'event';
      event: string;
      title: string;
      note: string;
      source: string;
      /** What each of its effects did, as data (words: src/text/event-text.ts). */
      effects: EffectDone[];
    }
  | { kind: 'choice'; side: SideId; choice: string; label: string }
  | { kind: 'reinforcement'; side: SideId; force: string; name: string; area: string }
  /**
   * A detachment formed by a move order with `men` (detach.ts): `men` thousand men of `army` in
   * `area` became the army `force`, sent to `to`; the army keeps `left`.
   */
  | {
      kind: 'detached';
      side: SideId;
      force: string;
      name: string;
      army: string;
      armyName: string;
      area: string;
      men: number;
      left: number;
      to: string;
    }
  | {
      kind: 'economy';
      side: SideId;
      resource: string;
      before: number;
      after: number;
      changes: StockChange[];
    }
  /** An order refused, and why as data (its words: src/text/refusal-text.ts). */
  | { kind: 'rejected'; side: SideId; order: Order; refusal: Refusal }
  | {
      /**
       * Carriers that stayed off an enemy port (`area`) in the sea area `from` and had no oil to
       * strike it again (phases/port-strike.ts): `need` thousand barrels, `left` in the stock.
       */
      kind: 'restrike-no-oil';
      side: SideId;
      area: string;
      from: string;
      forces: string[];
      names: string[];
      need: number;
      left: number;
    }
  | {
      kind: 'move';
      side: SideId;
      force: string;
      name: string;
      from: string;
      to: string;
      distance: number;
      oil: number;
    }
  | {
      kind: 'detection';
      area: string;
      side: SideId;
      spotted: boolean;
      chance: number;
      roll: number;
      /** Why, as data (words: src/text/report-text.ts). */
      cause: DetectionCause;
    }
  | {
      kind: 'battle';
      area: string;
      /** What kinds of fighting took place, in order. */
      stages: BattleStage[];
      strength: Record<SideId, number>;
      firstStrike: SideId | null;
      losses: BattleLoss[];
      aircraftLost: Record<SideId, number>;
      pilotsLost: Record<SideId, number>;
      /** Set for a carrier air strike on a port (phases/port-strike.ts); words: src/text/battle-text.ts. */
      portStrike?: PortStrike;
    }
  | {
      kind: 'damage';
      side: SideId;
      force: string;
      name: string;
      amount: number;
      destroyed: boolean;
      /** Why, as data (words: src/text/damage-text.ts). */
      cause: DamageCause;
    }
  | {
      kind: 'repaired';
      side: SideId;
      force: string;
      name: string;
      area: string;
      damage: number;
      repaired: number;
    }
  | {
      /**
       * An oiler flotilla's cargo this turn (phases/oiler-cargo.ts), in thousand barrels: what it
       * held when the turn began, gave ships beyond their radius, lost with oilers sunk, and
       * loaded in port from the stock at the turn's end; what it holds now, and holds full.
       */
      kind: 'oilers';
      side: SideId;
      force: string;
      name: string;
      area: string;
      before: number;
      issued: number;
      lost: number;
      loaded: number;
      after: number;
      tanks: number;
      /** In a fuelled port of its side at the turn's end (where it loads). */
      inPort: boolean;
    }
  | {
      /** A side's pilots and replacements this turn (economy/air-replacement.ts). */
      kind: 'air-replacement';
      side: SideId;
      /** Pilots who finished training and joined the pool, and pilots who started (with the oil it took). */
      graduated: number;
      intake: number;
      oil: number;
      /** Aircraft (each with a new pilot) that joined units below strength, and how many units. */
      aircraft: number;
      forces: number;
      /** Trained pilots left waiting, their experience, and new aircraft left in stock. */
      ready: number;
      readyExperience: number;
      aircraftStock: number;
      /** Aircraft-weighted experience of the side's carrier and land air units after replacement. */
      unitExperience: number;
    }
  | {
      /** A land-based air group's mission this turn (phases/air-missions.ts). */
      kind: 'air-mission';
      side: SideId;
      force: string;
      name: string;
      mission: AirMission;
      target: string;
      aircraft: number;
    }
  | {
      /** Aircrew of the aircraft a side lost in battle this turn: killed, or back in the pilot pool. */
      kind: 'aircrew';
      side: SideId;
      aircraftLost: number;
      killed: number;
      returned: number;
    }
  | {
      /** A damaged ship (or a carrier that lost its air group) leaves the battle area for a port of its side. */
      kind: 'retired';
      side: SideId;
      force: string;
      name: string;
      from: string;
      to: string;
      damage: number;
      /** Why, as data (words: src/text/damage-text.ts). */
      cause: RetireCause;
    }
  | {
      /** What the code-breakers read of the enemy's orders (words: src/text/report-text.ts). */
      kind: 'intelligence';
      side: SideId;
      chance: number;
      roll: number;
      read: boolean;
      /** When read: where the enemy's forces are ordered to go (area ids), with their names. */
      destinations: { area: string; forces: string[] }[];
    }
  | { kind: 'built'; side: SideId; item: string; name: string; force?: string }
  | {
      /** The shipping war in one sea area this turn (thousand GT; boats on patrol, aircraft, escorts, bombers). */
      kind: 'shipping';
      code: 'sea-area-losses';
      side: SideId;
      area: string;
      trafficKgt: number;
      tankerTrafficKgt: number;
      boats: number;
      aircraft: number;
      escorts: number;
      bombers: number;
      sunkBySubmarines: number;
      sunkByAircraft: number;
      sunkByMines: number;
      tankersSunk: number;
      /**
       * Set when the side's convoys kept out of the area this turn (no traffic): the percent of
       * their ships they would have lost there in 30 days (shipping-losses.ts `closedLanes`).
       */
      closedPercent?: number;
      /**
       * Set when the item is a port's, not a sea area's: the thousand GT at anchor there that the
       * enemy's air strikes found (shipping-losses.ts `portLosses`; `aircraft` are the attackers).
       */
      inPortKgt?: number;
      /**
       * Set when the item is the last leg of the runs to the side's army fighting on an island the
       * enemy holds (`area` is the island; `aircraft` the enemy's based there — deliveries.ts, the
       * Tokyo Express).
       */
      contestedIsland?: true;
    }
  | { kind: 'policy'; side: SideId; policy: string; level: number; name: string }
  | { kind: 'control'; area: string; from: Owner; to: Owner; cause: ControlCause }
  | {
      kind: 'will';
      side: SideId;
      before: number;
      after: number;
      /** Every pressure the scenario defines for the side, this turn and last. */
      parts: WillPart[];
      decision?: WillDecisionRoll | undefined;
    }
  | {
      kind: 'shock';
      side: SideId;
      /** The scenario event (its title: the text's names), and the shock's reason in the scenario's words. */
      event: string;
      title: string;
      /** The most the shock can take (or give) and the share the state gives it, in percent. */
      max: number;
      percent: number;
      amount: number;
      weight: 'pressure' | 'troops' | 'fixed';
      values: Record<string, number>;
    }
  /** The game ended: why as data (its words: src/text/end-text.ts). */
  | { kind: 'end'; outcome: OutcomeKind; winner: SideId | 'draw'; cause: EndCause };

export type BattleStage = 'air' | 'surface' | 'ground';

/** A carrier air strike on a port: who struck from which sea area, with how many aircraft aboard how many carriers. */
export interface PortStrike {
  side: SideId;
  from: string;
  aircraft: number;
  carriers: number;
  /** Struck by surprise at the start of the war: ships at anchor, AA slow to open. */
  surprise: boolean;
  /** The alert port's own aircraft struck back at the carriers. */
  struckBack: boolean;
  /** How many of the carriers had stayed off the port since the turn before and struck it again (absent: none). */
  stayed?: number;
  /** Of `aircraft`, those that flew against the port, when carriers that stayed sent only a share (`restrikePercent`; absent: all). */
  flew?: number;
}

export interface BattleLoss {
  side: SideId;
  force: string;
  name: string;
  /** Ships: damage points added (100 sinks); others: ships, aircraft or thousand men lost. */
  amount: number;
  /** Aircraft lost with it (carriers' air groups, air groups). */
  aircraft: number;
  destroyed: boolean;
  /** Why, as data (words: src/text/damage-text.ts). */
  cause: DamageCause;
}

/** The kind of fire a battle's salvos were (combat/hits.ts `fireSalvos`). */
export type FireKind = 'air-strikes' | 'gunfire' | 'ground-fire' | 'port-strike' | 'aa';

/**
 * Why a force took damage or was lost, as data: a code with its numbers and ids (areas by id).
 * The words are in src/text/damage-text.ts, shared by the UI and the command line.
 */
export type DamageCause =
  /**
   * Battle fire: the points of `shooter`'s salvos that fell on the force (the kind of the last
   * salvo), whether it was a carrier caught with her aircraft on deck, and the thousand men of an
   * army who then surrendered.
   */
  | {
      code: 'fire';
      shooter: SideId;
      fire: FireKind;
      points: number;
      onDeck?: true;
      surrendered?: number;
      /** The thousand men of an army then overwhelmed by odds of `rules.combat.overwhelmOdds` or more (killed or captured). */
      overwhelmed?: number;
      /** The army surrendered cut off from supply (`rules.combat.cutOffSurrenderPercent`). */
      cutOff?: true;
      /** She left the battle: kept afloat by her damage control, or hit too badly to fight on. */
      left?: 'kept-afloat' | 'withdrew';
      /** Crippled in the battle, she could not be saved and was lost (combat/crippled.ts). */
      crippled?: true;
      /**
       * Of the force's aircraft lost, those shot down by the enemy's fighters and guns while it
       * struck (`aa` fire with no points), when it was also hit by other fire: the hit names the cause.
       */
      shotDown?: number;
      /**
       * When fire of more than one kind fell on the force (air strikes, then the guns of a surface
       * action): each kind's points, in the order they first fell; `points` is their sum.
       */
      split?: { fire: FireKind; points: number }[];
    }
  /** An army that gave up without being fired on this turn: its thousand men taken prisoner. */
  | {
      code: 'surrendered';
      men: number;
      /** Cut off from supply (`rules.combat.cutOffSurrenderPercent`). */
      cutOff?: true;
    }
  /**
   * An army overwhelmed by an enemy with `rules.combat.overwhelmOdds` times its fire or more, without
   * being fired on this turn: its thousand men killed or captured (phases/battles.ts).
   */
  | { code: 'overwhelmed'; men: number }
  /** A submarine's torpedoes (phases/submarine-attacks.ts). */
  | {
      code: 'torpedoed';
      shooter: SideId;
      area: string;
      points: number;
      /** Crippled by the torpedoes, she could not be saved (`rules.combat.crippled`'s `torpedoes`). */
      crippled?: true;
    }
  /** Left behind when the area fell, with no airfield or port of its own within reach (phases/overrun.ts). */
  | { code: 'trapped'; area: string }
  /** Troops lost with their transports (phases/interception.ts). */
  | { code: 'transports-sunk'; area: string }
  /** A landing whose convoy was beaten turned back (phases/interception.ts). */
  | { code: 'convoy-beaten'; area: string; to: string }
  /** Boats sunk by the escorts of the convoys they attacked (economy/shipping-losses.ts). */
  | { code: 'escorts'; area: string; boats: number }
  /** An army overseas whose supply fell short this turn: this percent of it did not arrive (economy/garrison-supply.ts). */
  | { code: 'unsupplied'; area: string; shortPercent: number }
  /** A scenario event's damage effect: its words are the scenario's own (`why`). */
  | { code: 'event'; text: string };

/** Why a ship left the battle area for a port (combat/retire.ts). */
export type RetireCause =
  /** Damaged beyond `retireDamagePercent`: to the yard until repaired below it. */
  | { code: 'yard'; damage: number; below: number }
  /** A carrier whose air group is gone: back to port for new aircraft. */
  | { code: 'air-group-gone' };

export interface TurnReport {
  turn: number;
  date: string;
  nextDate: string;
  items: ReportItem[];
}
