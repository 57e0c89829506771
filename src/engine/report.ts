/**
 * A turn report: what changed, by how much, and why, as structured data. The
 * UI renders it and the CLI prints it; neither recomputes a rule.
 */
import type { OutcomeKind, Owner, SideId } from '../scenario/schema';
import type { Order } from './orders';

export interface StockChange {
  amount: number;
  cause: string;
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
      why: string;
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
    }
  | { kind: 'policy'; side: SideId; policy: string; level: number; name: string }
  | { kind: 'control'; area: string; from: Owner; to: Owner; why: string }
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
  why: string;
}

export interface TurnReport {
  turn: number;
  date: string;
  nextDate: string;
  items: ReportItem[];
}
