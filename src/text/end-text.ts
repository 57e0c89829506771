/**
 * The words of why a game ended (the engine gives a code and its numbers:
 * `EndCause` in src/engine/state.ts), read by the game screen, the turn
 * report, the replay viewer, the after-action report and the command line.
 * No final full stop: the reader adds it.
 */
import type { EndCause } from '../engine/state';
import type { OutcomeKind, SideId } from '../scenario/schema';

/** Scenario events by id, for the title of an event that ended the game (a scenario will do). */
export interface EndNames {
  events: readonly { id: string; title: string }[];
}

/** "Japan's national will fell to 0 (breaking point 0)", "the scenario's last turn (40) has been played". */
export function endText(outcome: { kind: OutcomeKind; cause: EndCause }, names: EndNames): string {
  const c = outcome.cause;
  switch (c.code) {
    case 'will-broke':
    case 'gave-up':
      return `${decided(c)}${afterwards(outcome.kind)}`;
    case 'last-turn':
      return `the scenario's last turn (${c.lastTurn}) has been played`;
    case 'event':
      return names.events.find((e) => e.id === c.event)?.title ?? c.event;
    case 'worded':
      return c.text;
    default: {
      const never: never = c;
      return never;
    }
  }
}

/** "a 40%", "an 18%", "an 80%": the article a reader says before a percentage (0–100). */
export function aPercent(n: number): string {
  const an = n === 8 || n === 11 || n === 18 || (n >= 80 && n <= 89);
  return `${an ? 'an' : 'a'} ${n}%`;
}

function decided(c: Extract<EndCause, { code: 'will-broke' | 'gave-up' }>): string {
  if (c.side === 'japan')
    return c.code === 'will-broke'
      ? `Japan's national will fell to ${c.will} (breaking point ${c.breakingPoint})`
      : `with national will at ${c.will}, Japan's leaders decided to give up (${aPercent(c.chance)} chance this turn)`;
  return c.code === 'will-broke'
    ? `the Allies' will fell to ${c.will} (breaking point ${c.breakingPoint})`
    : `with their will at ${c.will}, the Allies decided to end the war (${aPercent(c.chance)} chance this turn)`;
}

/** What the side that gave in accepts, by the outcome. */
function afterwards(kind: OutcomeKind): string {
  switch (kind) {
    case 'terms-accepted':
      return ': Japan accepts the American terms';
    case 'negotiated-peace':
      return ': they accept a negotiated peace';
    default:
      return '';
  }
}

/**
 * The reason and who won, as the end screen shows it under the title and the command line prints
 * it: "Japan's national will fell to 0 (breaking point 0). The Allies win." At the last turn the
 * goals decide who won (the verdict: verdict-text.ts), not the engine's draw, so no winner is named.
 * Nor is one when `judged`: the verdict on the scenario's goals follows the line and names the
 * winner itself. The Road to Tokyo's end screen read "Japan's national will fell to 0 (breaking
 * point 10). The Allies win." over "Neither side has reached its goal." (a surrender in August 1945
 * is the real war's result, a draw by its goals) (play29).
 */
export function outcomeLine(
  o: { kind: OutcomeKind; winner: SideId | 'draw'; cause: EndCause },
  names: EndNames,
  judged = false,
): string {
  const words = endText(o, names);
  const reason = `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  if (o.kind === 'last-turn' || judged) return reason;
  const who =
    o.winner === 'draw' ? 'Neither side has won' : o.winner === 'japan' ? 'Japan wins' : 'The Allies win';
  return `${reason} ${who}.`;
}

/**
 * The cause a sentence of the words above stands for, or `worded` with the sentence as it is —
 * for replays recorded before the end was data (replay format 1 kept the English). Read back only
 * when the words come out the same.
 */
export function endCauseFromWords(kind: OutcomeKind, text: string): EndCause {
  const patterns: [RegExp, (m: RegExpMatchArray) => EndCause][] = [
    [
      /^Japan's national will fell to (-?\d+) \(breaking point (-?\d+)\)/,
      (m) => ({ code: 'will-broke', side: 'japan', will: Number(m[1]), breakingPoint: Number(m[2]) }),
    ],
    [
      /^with national will at (-?\d+), Japan's leaders decided to give up \(an? (\d+)% chance this turn\)/,
      (m) => ({ code: 'gave-up', side: 'japan', will: Number(m[1]), chance: Number(m[2]) }),
    ],
    [
      /^the Allies' will fell to (-?\d+) \(breaking point (-?\d+)\)/,
      (m) => ({ code: 'will-broke', side: 'allies', will: Number(m[1]), breakingPoint: Number(m[2]) }),
    ],
    [
      /^with their will at (-?\d+), the Allies decided to end the war \(an? (\d+)% chance this turn\)/,
      (m) => ({ code: 'gave-up', side: 'allies', will: Number(m[1]), chance: Number(m[2]) }),
    ],
    [
      /^the scenario's last turn \((\d+)\) has been played$/,
      (m) => ({ code: 'last-turn', lastTurn: Number(m[1]) }),
    ],
  ];
  for (const [re, cause] of patterns) {
    const m = text.match(re);
    if (!m) continue;
    const read = cause(m);
    if (endText({ kind, cause: read }, { events: [] }) === text) return read;
  }
  return { code: 'worded', text };
}
