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
      strength: Record<SideId, number>;
      firstStrike: SideId | null;
      losses: BattleLoss[];
      summary: string;
    }
  | { kind: 'control'; area: string; from: Owner; to: Owner; why: string }
  | { kind: 'end'; outcome: OutcomeKind; winner: SideId | 'draw'; reason: string };

export interface BattleLoss {
  side: SideId;
  force: string;
  name: string;
  /** Ships: damage points added (100 sinks); others: ships, aircraft or thousand men lost. */
  amount: number;
  destroyed: boolean;
  why: string;
}

export interface TurnReport {
  turn: number;
  date: string;
  nextDate: string;
  items: ReportItem[];
}
