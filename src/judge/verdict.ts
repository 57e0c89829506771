/**
 * The verdict of a finished game: who won and how clearly, judged against
 * each side's goals (the scenario's `meta.goals`), and whether the game went
 * better or worse than the real war — using only what the scenario says
 * really happened, never invented history.
 *
 * - Japan surrenders or collapses: a decisive Allied victory; a negotiated
 *   peace: a decisive Japanese one.
 * - The last turn: the objective areas decide, weighed by their value (Japan
 *   plays to hold them): more than half of it wins, or the share the scenario
 *   asks for (`goals.japanNeedsPercent`); carriers lost break a tie and can make a win
 *   marginal. Decisive means the winner holds (or denies) at least two thirds
 *   of the objectives and lost no more carriers than the other side.
 * - A scenario can be won against history instead (`goals.winAgainstHistory`): the side the
 *   game went better for than the real war wins, and a game that went as it did is a draw.
 */
import { toDayNumber, turnDate } from '../engine/calendar';
import { type GameState, type Outcome, triggerHoldsIn, type World } from '../engine/index';
import type { SideId } from '../scenario/schema';
import { formatDate } from '../text/dates';
import type { Score } from './score';

export interface Verdict {
  winner: SideId | 'draw';
  strength: 'decisive' | 'marginal' | null;
  /** "A decisive Allied victory". */
  headline: string;
  /** How the result was judged: the objectives held and the carriers lost. */
  reasons: string[];
  /** Better or worse than the real war, and why; null when the scenario gives nothing to compare with. */
  againstHistory: string | null;
  /**
   * The same comparison as data: the side the game went better for than the real war, `even` when
   * it went much as history did (a surrender within a month of the real one; the same objectives
   * held and carriers lost), null when the scenario gives nothing to compare with. A tournament can
   * judge its games by this (`--judge history`).
   */
  betterFor: SideId | 'even' | null;
  /** What really happened in the scenario's period (from the scenario). */
  history: string | null;
  /** What really happened next (from the scenario), for a scenario that ends before the war did. */
  afterwards: string | null;
}

const ADJECTIVE: Record<SideId, string> = { japan: 'Japanese', allies: 'Allied' };

export function judgeGame(world: World, state: GameState, score: Score): Verdict | null {
  const outcome = state.outcome;
  if (!outcome) return null;
  const s = world.scenario;
  const goals = s.meta.goals;
  const hist = s.victory.historical;
  const histDate = formatDate(hist.date, true);
  const area = (id: string) => s.areas.find((a) => a.id === id);
  const areaName = (id: string) => area(id)?.name ?? id;
  const cJ = score.sides.japan.carriersSunk;
  const cA = score.sides.allies.carriersSunk;
  const reasons: string[] = [];
  let winner: Verdict['winner'] = 'draw';
  let strength: Verdict['strength'] = null;
  let againstHistory: string | null = null;
  let betterFor: Verdict['betterFor'] = null;

  if (outcome.kind === 'japan-surrenders' || outcome.kind === 'japan-collapse') {
    winner = 'allies';
    strength = 'decisive';
    reasons.push(
      `${outcome.kind === 'japan-surrenders' ? 'Japan surrendered' : 'Japan collapsed'} on ${formatDate(outcome.date, true)}.`,
    );
    if (hist.outcome === 'japan-surrenders') {
      const days = daysFromHistory(world, outcome, hist.date);
      againstHistory = byDate(days, histDate);
      betterFor = surrenderBetterFor(days);
    } else {
      // The scenario ends before the real war did: a surrender within it is far sooner than history's.
      betterFor = 'allies';
    }
  } else if (outcome.kind === 'terms-accepted') {
    // No war, or none with the US: Japan gave up what it had fought for in China since 1937. Marginal,
    // because Japan kept its home islands, its fleet and its people — a class can argue it did better.
    winner = 'allies';
    strength = 'marginal';
    reasons.push(
      `Japan accepted the American terms on ${formatDate(outcome.date, true)}: out of Indochina${state.flags['hull-note'] ? ' and China' : ''}, the embargo lifted, its aims given up.`,
    );
    // Judged by the aims the sides went to war for: Japan gave up its own without a fight.
    betterFor = 'allies';
    if (hist.outcome === 'japan-surrenders')
      againstHistory = `Worse for Japan's aims, better for Japan: in the real war Japan fought on until ${histDate} and lost its empire, its fleet, its cities and some three million lives.`;
  } else if (outcome.kind === 'negotiated-peace') {
    winner = 'japan';
    strength = 'decisive';
    reasons.push(`The Allies accepted a negotiated peace on ${formatDate(outcome.date, true)}.`);
    againstHistory =
      hist.outcome === 'japan-surrenders'
        ? `Far better for Japan than the real war, which ended with Japan's surrender on ${histDate}.`
        : null;
    betterFor = 'japan';
  } else {
    const objectives = goals?.objectives ?? [];
    const value = (ids: readonly string[]) => ids.reduce((n, id) => n + (area(id)?.value ?? 0), 0);
    const total = value(objectives);
    const heldIds = objectives.filter((id) => (state.control[id] ?? area(id)?.owner) === 'japan');
    const held = value(heldIds);
    if (objectives.length > 0 && total > 0) {
      const p = held / total;
      reasons.push(
        heldIds.length === 0
          ? `Japan holds none of the ${objectives.length} objective areas (${objectives.map(areaName).join('; ')}).`
          : `Japan holds ${heldIds.length} of the ${objectives.length} objective areas — ${heldIds.map(areaName).join('; ')} — worth ${held} of their ${total} victory points.`,
      );
      const needs = goals?.japanNeedsPercent;
      // A scenario can ask Japan for more than half (southern-oil-1942: all four areas, as in its goal).
      if (needs !== undefined) winner = held * 100 >= needs * total ? 'japan' : 'allies';
      else if (p > 0.5) winner = 'japan';
      else if (p < 0.5) winner = 'allies';
      else winner = cA > cJ ? 'japan' : cJ > cA ? 'allies' : 'draw';
      if (winner !== 'draw') {
        const share = winner === 'japan' ? p : 1 - p;
        const lostMine = winner === 'japan' ? cJ : cA;
        const lostTheirs = winner === 'japan' ? cA : cJ;
        strength = share >= 2 / 3 && lostMine <= lostTheirs ? 'decisive' : 'marginal';
      }
    }
    // Japan's other way to its goal (goals.japanOtherWay): the Oil Clock's embargo lifted without war.
    const other = goals?.japanOtherWay;
    const otherWay = other !== undefined && winner !== 'japan' && triggerHoldsIn(world, state, other.when);
    if (otherWay) {
      winner = 'japan';
      strength = 'marginal';
      reasons.push(other.text);
    }
    if (cJ > 0 || cA > 0 || goals?.history?.carriersLost)
      reasons.push(`Carriers lost: Japan ${cJ}, the Allies ${cA}.`);

    const h = goals?.history;
    const parts: string[] = [];
    let better = 0; // > 0: better for Japan than the real war; < 0: better for the Allies
    if (h && objectives.length > 0 && total > 0) {
      const histHeld = value(h.held);
      parts.push(
        h.held.length === 0
          ? 'Japan held none of the objective areas when this period ended'
          : `Japan held ${h.held.length} of the objective areas when this period ended (${h.held.map(areaName).join('; ')})`,
      );
      better = Math.sign(held - histHeld);
      if (better === 0 && h.carriersLost) {
        const c = h.carriersLost;
        parts.push(
          c.japan + c.allies === 0
            ? 'no carrier was lost'
            : `Japan lost ${c.japan} ${c.japan === 1 ? 'carrier' : 'carriers'}, the Allies ${c.allies}`,
        );
        better = Math.sign(cA - cJ - (h.carriersLost.allies - h.carriersLost.japan));
      }
    }
    // A war that runs past the real surrender went better for Japan than the real one.
    const pastSurrender =
      hist.outcome === 'japan-surrenders' &&
      Math.max(toDayNumber(outcome.date), toDayNumber(state.date)) > toDayNumber(hist.date);
    if (pastSurrender) {
      parts.unshift(`Japan surrendered on ${histDate}`);
      better = 1;
    }
    if (otherWay) {
      againstHistory = other.againstHistory;
      betterFor = 'japan';
    } else if (parts.length) {
      const lead =
        better > 0
          ? 'Better for Japan than the real war'
          : better < 0
            ? 'Better for the Allies than the real war'
            : 'Much as in the real war';
      againstHistory = `${lead}${pastSurrender ? ': Japan is still fighting' : ''}. In the real war ${parts.join('; ')}.`;
      betterFor = better > 0 ? 'japan' : better < 0 ? 'allies' : 'even';
    }
  }

  // A scenario won against history (goals.winAgainstHistory: road-to-tokyo-1944, where every side's
  // war ends in a surrender): the side that did better than the real war wins, a draw if neither did.
  if (goals?.winAgainstHistory && betterFor !== null) {
    const was = winner;
    winner = betterFor === 'even' ? 'draw' : betterFor;
    strength = winner === 'draw' ? null : winner === was ? strength : 'marginal';
    reasons.push(
      winner === 'draw'
        ? 'This scenario is won by doing better than the real war: this game went much as it did.'
        : `This scenario is won by doing better than the real war: this game went better for ${winner === 'japan' ? 'Japan' : 'the Allies'}.`,
    );
  }

  const headline =
    winner === 'draw'
      ? 'Neither side has reached its goal'
      : `A ${strength ?? 'marginal'} ${ADJECTIVE[winner]} victory`;
  const afterwards =
    outcome.kind === 'last-turn' || toDayNumber(outcome.date) < toDayNumber(hist.date)
      ? (goals?.afterwards ?? null)
      : null;
  return {
    winner,
    strength,
    headline,
    reasons,
    againstHistory,
    betterFor,
    history: goals?.history?.text ?? null,
    afterwards,
  };
}

/** Days either side of the real surrender that count as "much as in the real war": a month. */
export const SURRENDER_EVEN_DAYS = 31;

/**
 * Days from the real surrender to the turn the game's war ended in (the turn runs from the
 * outcome's date to the next turn's): 0 if the real date falls within that turn, negative if the
 * game's war ended sooner. The engine dates an outcome by the start of its turn, so a surrender in
 * the August 1945 turn is "1 August" though it came some time before 1 September.
 */
function daysFromHistory(world: World, outcome: Outcome, histIso: string): number {
  const { start, turnLength } = world.scenario.calendar;
  const from = toDayNumber(outcome.date);
  const to = toDayNumber(turnDate(start, turnLength, outcome.turn + 1));
  const real = toDayNumber(histIso);
  return real < from ? from - real : real > to ? to - real : 0;
}

/** Whom an end `days` from the real surrender favours (daysFromHistory); within a month: even. */
function surrenderBetterFor(days: number): Verdict['betterFor'] {
  if (Math.abs(days) <= SURRENDER_EVEN_DAYS) return 'even';
  return days < 0 ? 'allies' : 'japan';
}

function byDate(days: number, histDate: string): string {
  const months = Math.max(1, Math.round(Math.abs(days) / 30.4));
  if (Math.abs(days) <= SURRENDER_EVEN_DAYS)
    return `Much as in the real war: Japan surrendered on ${histDate}, within a month of this game.`;
  const m = `${months} ${months === 1 ? 'month' : 'months'}`;
  return days < 0
    ? `Better for the Allies than the real war: Japan gave up ${m} sooner than on ${histDate}.`
    : `Better for Japan than the real war: it held out ${m} longer than in history, where it surrendered on ${histDate}.`;
}
