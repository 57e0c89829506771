/**
 * The words of a finished game's verdict (src/judge/verdict.ts gives who won,
 * how clearly, why and how it compares with the real war as codes and
 * numbers). The end screen and the command line both print these sentences.
 * Each sentence ends with its full stop; the headline has none (the reader adds it).
 */
import type { AgainstHistory, Verdict, VerdictReason } from '../judge/verdict';
import type { SideId } from '../scenario/schema';
import { formatDate } from './dates';

/** Area names by id, for the objective areas a reason names (a scenario will do). */
export interface VerdictNames {
  areas: readonly { id: string; name: string }[];
  /** The scenario's turn: a game of monthly turns knows an outcome's month, not its day. */
  calendar?: { turnLength: { unit: 'day' | 'week' | 'month'; count: number } };
}

/** A verdict's sentences: the headline, the reasons, and the comparison with the real war. */
export interface VerdictWords {
  headline: string;
  reasons: string[];
  againstHistory: string | null;
}

const ADJECTIVE: Record<SideId, string> = { japan: 'Japanese', allies: 'Allied' };
const SIDE: Record<SideId, string> = { japan: 'Japan', allies: 'the Allies' };

export function verdictWords(v: Verdict, names: VerdictNames): VerdictWords {
  return {
    headline: verdictHeadline(v),
    reasons: v.reasons.map((r) => verdictReasonText(r, names)),
    againstHistory: v.againstHistory ? againstHistoryText(v.againstHistory, names) : null,
  };
}

/** "A decisive Allied victory", "Neither side has reached its goal". */
export function verdictHeadline(v: Pick<Verdict, 'winner' | 'strength'>): string {
  return v.winner === 'draw'
    ? 'Neither side has reached its goal'
    : `A ${v.strength ?? 'marginal'} ${ADJECTIVE[v.winner]} victory`;
}

export function verdictReasonText(r: VerdictReason, names: VerdictNames): string {
  const when = (iso: string) => turnDateText(iso, names);
  switch (r.code) {
    case 'japan-surrendered':
      return `Japan surrendered ${when(r.date)}.`;
    case 'japan-collapsed':
      return `Japan collapsed ${when(r.date)}.`;
    case 'negotiated-peace':
      return `The Allies accepted a negotiated peace ${when(r.date)}.`;
    case 'terms-accepted':
      return `Japan accepted the American terms ${when(r.date)}: out of Indochina${r.china ? ' and China' : ''}, the embargo lifted, its aims given up.`;
    case 'objectives-held': {
      const none = `Japan holds none of the ${r.objectives.length} objective areas (${areaList(r.objectives, names)}).`;
      if (!r.carriers)
        return r.held.length === 0
          ? none
          : `Japan holds ${r.held.length} of the ${r.objectives.length} objective areas — ${areaList(r.held, names)} — worth ${r.points} of their ${r.total} victory points.`;
      const c = r.carriers;
      const areas =
        r.held.length === 0
          ? none
          : `Japan holds ${r.held.length} of the ${r.objectives.length} objective areas: ${areaList(r.held, names)}.`;
      return `${areas} Each carrier sunk is worth ${c.points} victory points to the side that sank it (Japan sank ${c.byJapan}, the Allies ${c.byAllies}): Japan has ${r.points} of the ${r.total} points.`;
    }
    case 'scenario-text':
      return r.text;
    case 'carriers-lost':
      return `Carriers lost: Japan ${r.japan}, the Allies ${r.allies}.`;
    case 'won-against-history':
      return r.betterFor === 'even'
        ? 'This scenario is won by doing better than the real war: this game went much as it did.'
        : `This scenario is won by doing better than the real war: this game went better for ${SIDE[r.betterFor]}.`;
    default: {
      const never: never = r;
      return never;
    }
  }
}

export function againstHistoryText(a: AgainstHistory, names: VerdictNames): string {
  switch (a.code) {
    case 'surrender-date':
      return bySurrenderDate(a.days, a.evenDays, formatDate(a.histDate, true));
    case 'terms-accepted':
      return `Worse for Japan's aims, better for Japan: in the real war Japan fought on until ${formatDate(a.histDate, true)} and lost its empire, its fleet, its cities and some three million lives.`;
    case 'negotiated-peace':
      return `Far better for Japan than the real war, which ended with Japan's surrender on ${formatDate(a.histDate, true)}.`;
    case 'scenario-text':
      return a.text;
    case 'period': {
      // The areas Japan really held are dated, the surrender or the period's end (play12's teacher
      // read "held none of the objective areas when this period ended" of a war Japan lost holding four).
      const parts: string[] = [];
      const held = a.held;
      const areas = (n: number) =>
        n === a.objectives && n > 1
          ? `all ${n} objective areas`
          : `${n} of the ${a.objectives} objective ${a.objectives === 1 ? 'area' : 'areas'}`;
      if (a.surrenderedOn !== null) {
        const when = `Japan surrendered on ${formatDate(a.surrenderedOn, true)}`;
        parts.push(
          held === null
            ? when
            : held.length === 0
              ? `${when}, having lost every objective area`
              : `${when}, still holding ${areas(held.length)} (${shortAreaList(held, names)})`,
        );
      } else if (held !== null) {
        const ended = turnDateText(a.heldOn, names);
        parts.push(
          held.length === 0
            ? `${ended}, when this period ended, Japan held none of the ${a.objectives} objective areas`
            : `${ended}, when this period ended, Japan held ${areas(held.length)} (${shortAreaList(held, names)})`,
        );
      }
      if (a.carriersLost !== null) {
        const c = a.carriersLost;
        parts.push(
          c.japan + c.allies === 0
            ? 'no carrier was lost'
            : `Japan lost ${c.japan} ${c.japan === 1 ? 'carrier' : 'carriers'}, the Allies ${c.allies}`,
        );
      }
      const lead =
        a.better === 'japan'
          ? 'Better for Japan than the real war'
          : a.better === 'allies'
            ? 'Better for the Allies than the real war'
            : 'Much as in the real war';
      const comma = parts[0]?.startsWith('in ') || parts[0]?.startsWith('on ') ? ',' : '';
      return `${lead}${a.surrenderedOn !== null ? ': Japan is still fighting' : ''}. In the real war${comma} ${parts.join('; ')}.`;
    }
    default: {
      const never: never = a;
      return never;
    }
  }
}

/**
 * A turn's date as an outcome gives it: "in June 1945" for a game of monthly turns, whose turn knows
 * its month and not its day ("on 1 June 1945" claimed the turn's first day), else "on 12 May 1942".
 */
function turnDateText(iso: string, names: VerdictNames): string {
  return names.calendar?.turnLength.unit === 'month'
    ? `in ${formatDate(iso)}`
    : `on ${formatDate(iso, true)}`;
}

function areaList(ids: readonly string[], names: VerdictNames): string {
  return ids.map((id) => names.areas.find((a) => a.id === id)?.name ?? id).join('; ');
}

/** The areas' names without their places in brackets ("Java", not "Java (Batavia)"), for a list in brackets. */
function shortAreaList(ids: readonly string[], names: VerdictNames): string {
  return ids
    .map((id) => (names.areas.find((a) => a.id === id)?.name ?? id).replace(/ \([^)]*\)$/, ''))
    .join('; ');
}

function bySurrenderDate(days: number, evenDays: number, histDate: string): string {
  const months = Math.max(1, Math.round(Math.abs(days) / 30.4));
  if (Math.abs(days) <= evenDays)
    return `Much as in the real war: Japan surrendered on ${histDate}, within a month of this game.`;
  const m = `${months} ${months === 1 ? 'month' : 'months'}`;
  return days < 0
    ? `Better for the Allies than the real war: Japan gave up ${m} sooner than on ${histDate}.`
    : `Better for Japan than the real war: it held out ${m} longer than in history, where it surrendered on ${histDate}.`;
}
