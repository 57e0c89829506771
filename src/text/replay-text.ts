/**
 * The words of a replay that does not verify (src/replay/verify.ts gives the
 * first difference as data): the exact check for the command line and the
 * replay viewer, and a teacher's plainer sentence for the class results.
 * No final full stop: the reader adds it.
 */
import { assertNever } from '../engine/assert-never';
import type { Order } from '../engine/index';
import type { OutcomeAt, ReplayProblem, ScenarioMismatch } from '../replay/verify';
import type { SideId } from '../scenario/schema';
import { type EndNames, endText } from './end-text';
import { refusalText } from './refusal-text';

/** Side names and event titles (a scenario will do). */
export interface ReplayNames extends EndNames {
  sides: Record<SideId, { name: string }>;
}

/**
 * An order in a few words, for messages: `move akagi to java-sea`, `move 4 thousand men of
 * 14th-army to borneo` (a detachment), `choose strike-south`, `build 2 destroyer`.
 */
export function describeOrder(order: Order): string {
  switch (order.type) {
    case 'move':
      return order.men === undefined
        ? `move ${order.force} to ${order.to}`
        : `move ${order.men} thousand men of ${order.force} to ${order.to}`;
    case 'choose':
      return `choose ${order.choice}`;
    case 'build':
      return `build ${order.count} ${order.item}`;
    case 'air':
      return `air ${order.force} ${order.mission} ${order.target}`;
    default:
      return assertNever(order);
  }
}

/** The first difference in full: turn, side, order, hashes. */
export function replayProblemText(p: ReplayProblem, names: ReplayNames): string {
  switch (p.kind) {
    case 'scenario-mismatch':
      return scenarioMismatchText(p.mismatch);
    case 'turn-sequence':
      return p.ended
        ? `the replay goes on after the game ended on turn ${p.ended.turn} (${endText(p.ended, names)}); turn ${p.turn} cannot have been played`
        : `entry ${p.entry} of "turns" is numbered turn ${p.turn}, expected turn ${p.entry}: turns must run 1, 2, 3, … with none missing`;
    case 'illegal-order': {
      const name = names.sides[p.side].name;
      const sideName = name.endsWith('s') ? `${name}'` : `${name}'s`;
      return `turn ${p.turn} (${p.date}), ${sideName} order ${p.index + 1} (${describeOrder(p.order)}) is illegal: ${refusalText(p.refusal)}`;
    }
    case 'hash-mismatch':
      return (
        `turn ${p.turn} (starting ${p.start}) does not replay the same: the replay records state hash ` +
        `${p.expected}, replaying it gives ${p.got}. The replay was changed after it was recorded, or ` +
        `recorded with different seed or rules.`
      );
    case 'outcome-mismatch':
      return `the replay records ${outcomeAt(p.recorded, 'no outcome')}, but replaying its ${p.turns} turns gives ${outcomeAt(p.replayed, 'no outcome yet')}`;
    default:
      return assertNever(p);
  }
}

/** Why a replay does not verify, in a teacher's words (the exact check is replayProblemText). */
export function replayProblemPlain(p: ReplayProblem): string {
  switch (p.kind) {
    case 'hash-mismatch':
      return `turn ${p.turn} does not come out the same when it is played again: the file was changed after the game (or made by another version of the game)`;
    case 'illegal-order':
      return `turn ${p.turn} holds an order the game would never have accepted: the file was changed after the game`;
    case 'turn-sequence':
      return `its turns are out of order or go on after the end (turn ${p.turn}): the file was changed`;
    case 'outcome-mismatch':
      return 'the ending it records is not the one its turns lead to: the file was changed';
    case 'scenario-mismatch':
      return 'it was played with another version of the scenario';
    default:
      return assertNever(p);
  }
}

/** Why the scenario given is not the one the replay was recorded with. */
export function scenarioMismatchText(m: ScenarioMismatch): string {
  const whatIf = m.recorded.whatIf ? ` and the what-if "${m.recorded.whatIf}"` : '';
  const recorded = `this replay was recorded with scenario ${m.recorded.id}${whatIf} (hash ${m.recorded.hash})`;
  return m.changed
    ? `${recorded}, not with this version of ${m.given.id} (hash ${m.given.hash}): the scenario (or the version of the game reading it) has changed since the game was recorded`
    : `${recorded}, not ${m.given.id} (hash ${m.given.hash})`;
}

function outcomeAt(o: OutcomeAt | null, none: string): string {
  return o ? `"${o.kind}" on turn ${o.turn}` : none;
}

/**
 * The after-action report's verdict while the replay viewer is still playing the game again to
 * check it (play20: a report opened then had no verdict at all, and never got one).
 */
export function verdictCheckingText(): string {
  return 'The verdict on the goals is being checked: the game is being played again turn by turn, and the verdict appears here when that is done.';
}

/** The after-action report's verdict when the recorded game does not replay the same: it is not judged. */
export function verdictNotJudgedText(turn: number): string {
  return `Not judged: turn ${turn} does not replay the same, so the end is not the game that was played.`;
}
