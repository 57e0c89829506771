/**
 * Where the game screen is in a turn, as one tagged state instead of several
 * flags: a side giving orders, the screen covered for a hand-over (hot-seat),
 * the turn being resolved, the resolved turn playing on the board, the
 * computer playing both sides while a person watches, or the game over.
 * Every question the screen asks about the turn (may orders be given? is End
 * turn live? what does the hint say?) is one exhaustive switch here.
 */
import { assertNever } from '../../engine/assert-never';
import type { SideId } from '../../scenario/schema';

/** Why the screen is covered before a side's turn (the words on the hand-over differ). */
export type HandoverMoment = 'first' | 'next-player' | 'after-report';

export type TurnPhase =
  /** `side` (a person at this screen) is giving its orders. */
  | { kind: 'ordering'; side: SideId }
  /** Hot-seat: the screen is covered until `to`'s player says they are ready. */
  | { kind: 'handover'; to: SideId; moment: HandoverMoment }
  /** The orders are in: the computer decides and the engine resolves the turn. */
  | { kind: 'resolving' }
  /** The resolved turn plays on the board (moves, battles, sinkings, areas changing hands). */
  | { kind: 'playback' }
  /** The computer plays both sides; a person watches (Next turn, Play on). */
  | { kind: 'watching' }
  | { kind: 'over' };

export type TurnPhaseKind = TurnPhase['kind'];

/** Whether the side on screen may give orders now (pick forces, confirm moves, build). */
export function mayOrder(phase: TurnPhase): boolean {
  switch (phase.kind) {
    case 'ordering':
      return true;
    case 'handover':
    case 'resolving':
    case 'playback':
    case 'watching':
    case 'over':
      return false;
    default:
      return assertNever(phase);
  }
}

/** Whether End turn (Next turn, Play on) can be pressed. */
export function mayEndTurn(phase: TurnPhase): boolean {
  switch (phase.kind) {
    case 'ordering':
    case 'watching':
      return true;
    case 'handover':
    case 'resolving':
    case 'playback':
    case 'over':
      return false;
    default:
      return assertNever(phase);
  }
}

/** While the turn is being worked out or played, nothing else may start one (and drafts are not saved). */
export function isBusy(phase: TurnPhase): boolean {
  switch (phase.kind) {
    case 'resolving':
    case 'playback':
      return true;
    case 'ordering':
    case 'handover':
    case 'watching':
    case 'over':
      return false;
    default:
      return assertNever(phase);
  }
}

/** The phase a turn opens in: the first person's orders (or their hand-over), watching, or over. */
export function openingPhase(humans: readonly SideId[], over: boolean): TurnPhase {
  if (over) return { kind: 'over' };
  const first = humans[0];
  if (first === undefined) return { kind: 'watching' };
  if (humans.length === 2) return { kind: 'handover', to: first, moment: 'first' };
  return { kind: 'ordering', side: first };
}
