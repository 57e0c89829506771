/**
 * A turn report: what changed, by how much, and why, as structured data. The
 * UI renders it and the CLI prints it; neither recomputes a rule.
 */

import type { AirMission } from '../scenario/order-schema';
import type { OutcomeKind, Owner, SideId } from '../scenario/schema';
import type { Order } from './orders';

export interface StockChange {
  amount: number;
  /** Words for changes made by older rules; for a coded change, its code (words: src/text). */
  cause: string;
  /** A change reported as data: its words come from src/text/report-text.ts. */
  code?: ChangeCode | undefined;
  values?: Record<string, number | string> | undefined;
}

/** Stock changes reported as data (code and numbers). */
export type ChangeCode = 'will-pressure' | 'will-shock' | 'will-losses' | 'output-cut-off';

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
  | { kind: 'event'; event: string; title: string; note: string; source: string; effects: string[] }
  | { kind: 'choice'; side: SideId; choice: string; label: string }
  | { kind: 'reinforcement'; side: SideId; force: string; name: string; area: string }
  | {
      kind: 'economy';
      side: SideId;
      resource: string;
      before: number;
      after: number;
      changes: StockChange[];
    }
  | { kind: 'rejected'; side: SideId; order: Order; reason: string }
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
      why: string;
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
      summary: string;
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
  | { kind: 'intelligence'; side: SideId; text: string; chance: number; roll: number }
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
    }
  | { kind: 'policy'; side: SideId; policy: string; level: number; name: string }
  | { kind: 'control'; area: string; from: Owner; to: Owner; why: string }
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
      event: string;
      title: string;
      /** The most the shock can take (or give) and the share the state gives it, in percent. */
      max: number;
      percent: number;
      amount: number;
      weight: 'pressure' | 'troops' | 'fixed';
      values: Record<string, number>;
    }
  | { kind: 'end'; outcome: OutcomeKind; winner: SideId | 'draw'; reason: string };

export type BattleStage = 'air' | 'surface' | 'ground';

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
      /** She left the battle: kept afloat by her damage control, or hit too badly to fight on. */
      left?: 'kept afloat' | 'withdrew';
    }
  /** An army that gave up without being fired on this turn: its thousand men taken prisoner. */
  | { code: 'surrendered'; men: number }
  /** A submarine's torpedoes (phases/submarine-attacks.ts). */
  | { code: 'torpedoed'; shooter: SideId; area: string; points: number }
  /** Left behind when the area fell, with no airfield or port of its own within reach (phases/overrun.ts). */
  | { code: 'trapped'; area: string }
  /** Troops lost with their transports (phases/interception.ts). */
  | { code: 'transports-sunk'; area: string }
  /** A landing whose convoy was beaten turned back (phases/interception.ts). */
  | { code: 'convoy-beaten'; area: string; to: string }
  /** Boats sunk by the escorts of the convoys they attacked (economy/shipping-losses.ts). */
  | { code: 'escorts'; area: string; boats: number }
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
