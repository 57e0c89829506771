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
import type { Score } from './score';

/**
 * One reason for the result, as data (a code and its numbers; dates ISO, areas by id). The words
 * are src/text/verdict-text.ts, read by the end screen and the command line alike.
 */
export type VerdictReason =
  | { code: 'japan-surrendered' | 'japan-collapsed' | 'negotiated-peace'; date: string }
  /** Japan accepted the American terms; `china` when they included China (the Hull note). */
  | { code: 'terms-accepted'; date: string; china: boolean }
  /**
   * The objective areas Japan holds (ids), of all of them, and their victory points; with
   * `goals.carrierPoints`, `points` and `total` include the carriers sunk (`carriers`: each side's
   * carriers sunk by the other and the points each is worth).
   */
  | {
      code: 'objectives-held';
      held: string[];
      objectives: string[];
      points: number;
      total: number;
      carriers?: { byJapan: number; byAllies: number; points: number };
    }
  /** The scenario's own words for Japan's other way to its goal (`goals.japanOtherWay.text`). */
  | { code: 'scenario-text'; text: string }
  | { code: 'carriers-lost'; japan: number; allies: number }
  /** A scenario won against history: whom the game went better for. */
  | { code: 'won-against-history'; betterFor: SideId | 'even' };

/** The game against the real war, as data (worded by src/text/verdict-text.ts). */
export type AgainstHistory =
  /** Days from the real surrender (`histDate`) to the turn the game's war ended in (negative: sooner). */
  | { code: 'surrender-date'; days: number; evenDays: number; histDate: string }
  | { code: 'terms-accepted' | 'negotiated-peace'; histDate: string }
  /** The scenario's own words (`goals.japanOtherWay.againstHistory`). */
  | { code: 'scenario-text'; text: string }
  /**
   * A period judged by what was held: whom it went better for; `surrenderedOn` when the game ran
   * past the real surrender; the objective areas Japan held when the real period ended (null: not
   * compared), of `objectives`, on `heldOn` (the scenario's historical end: the period's last day,
   * or the real surrender); the carriers the real period cost (null: not compared).
   */
  | {
      code: 'period';
      better: SideId | 'even';
      surrenderedOn: string | null;
      held: string[] | null;
      objectives: number;
      heldOn: string;
      carriersLost: { japan: number; allies: number } | null;
    };

export interface Verdict {
  winner: SideId | 'draw';
  strength: 'decisive' | 'marginal' | null;
  /** How the result was judged: the objectives held and the carriers lost. */
  reasons: VerdictReason[];
  /** Better or worse than the real war, and why; null when the scenario gives nothing to compare with. */
  againstHistory: AgainstHistory | null;
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

/**
 * The scenario's goals counted as the verdict counts them at the last turn: the objective areas'
 * value Japan holds (`holder`), with the carriers sunk where they count (`goals.carrierPoints`:
 * Midway's carriers were what the battle was for — a Midway kept at the price of all three US
 * carriers would have left Hawaii open; PARSHALL-TULLY-2005), and who that makes the winner: Japan
 * needs `goals.japanNeedsPercent` of the total where the scenario asks for it (southern-oil-1942:
 * all four areas, as in its goal), else more than half; at exactly half the carriers lost decide.
 * `lost`: each side's carriers lost. Null without objectives. The commander's clock asks it too
 * (src/ai/commander/clock.ts).
 */
export function goalsCount(
  world: World,
  holder: (id: string) => string,
  lost: { japan: number; allies: number },
): { heldIds: string[]; held: number; total: number; winner: Verdict['winner'] } | null {
  const goals = world.scenario.meta.goals;
  const objectives = goals?.objectives ?? [];
  const value = (ids: readonly string[]) => ids.reduce((n, id) => n + (world.areas.get(id)?.value ?? 0), 0);
  const cJ = lost.japan;
  const cA = lost.allies;
  const cp = goals?.carrierPoints ?? 0;
  const total = value(objectives) + cp * (cA + cJ);
  if (objectives.length === 0 || total <= 0) return null;
  const heldIds = objectives.filter((id) => holder(id) === 'japan');
  const held = value(heldIds) + cp * cA;
  const needs = goals?.japanNeedsPercent;
  let winner: Verdict['winner'];
  if (needs !== undefined) winner = held * 100 >= needs * total ? 'japan' : 'allies';
  else if (held * 2 > total) winner = 'japan';
  else if (held * 2 < total) winner = 'allies';
  else winner = cA > cJ ? 'japan' : cJ > cA ? 'allies' : 'draw';
  return { heldIds, held, total, winner };
}

export function judgeGame(world: World, state: GameState, score: Score): Verdict | null {
  const outcome = state.outcome;
  if (!outcome) return null;
  const s = world.scenario;
  const goals = s.meta.goals;
  const hist = s.victory.historical;
  const histDate = hist.date;
  const area = (id: string) => s.areas.find((a) => a.id === id);
  const cJ = score.sides.japan.carriersSunk;
  const cA = score.sides.allies.carriersSunk;
  const reasons: VerdictReason[] = [];
  let winner: Verdict['winner'] = 'draw';
  let strength: Verdict['strength'] = null;
  let againstHistory: AgainstHistory | null = null;
  let betterFor: Verdict['betterFor'] = null;

  if (outcome.kind === 'japan-surrenders' || outcome.kind === 'japan-collapse') {
    winner = 'allies';
    strength = 'decisive';
    reasons.push({
      code: outcome.kind === 'japan-surrenders' ? 'japan-surrendered' : 'japan-collapsed',
      date: outcome.date,
    });
    if (hist.outcome === 'japan-surrenders') {
      const days = daysFromHistory(world, outcome, hist.date);
      againstHistory = { code: 'surrender-date', days, evenDays: SURRENDER_EVEN_DAYS, histDate };
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
    reasons.push({ code: 'terms-accepted', date: outcome.date, china: state.flags['hull-note'] === true });
    // Judged by the aims the sides went to war for: Japan gave up its own without a fight.
    betterFor = 'allies';
    if (hist.outcome === 'japan-surrenders') againstHistory = { code: 'terms-accepted', histDate };
  } else if (outcome.kind === 'negotiated-peace') {
    winner = 'japan';
    strength = 'decisive';
    reasons.push({ code: 'negotiated-peace', date: outcome.date });
    againstHistory = hist.outcome === 'japan-surrenders' ? { code: 'negotiated-peace', histDate } : null;
    betterFor = 'japan';
  } else {
    const objectives = goals?.objectives ?? [];
    const value = (ids: readonly string[]) => ids.reduce((n, id) => n + (area(id)?.value ?? 0), 0);
    const count = goalsCount(world, (id) => state.control[id] ?? area(id)?.owner ?? 'none', {
      japan: cJ,
      allies: cA,
    });
    const heldIds = count?.heldIds ?? [];
    const cp = goals?.carrierPoints ?? 0;
    const total = count?.total ?? 0;
    const held = count?.held ?? 0;
    if (count) {
      const p = held / total;
      reasons.push({
        code: 'objectives-held',
        held: heldIds,
        objectives: [...objectives],
        points: held,
        total,
        ...(cp > 0 && cA + cJ > 0 ? { carriers: { byJapan: cA, byAllies: cJ, points: cp } } : {}),
      });
      winner = count.winner;
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
      reasons.push({ code: 'scenario-text', text: other.text });
    }
    if (cJ > 0 || cA > 0 || goals?.history?.carriersLost)
      reasons.push({ code: 'carriers-lost', japan: cJ, allies: cA });

    const h = goals?.history;
    let histHeld: string[] | null = null;
    let histCarriers: { japan: number; allies: number } | null = null;
    let better = 0; // > 0: better for Japan than the real war; < 0: better for the Allies
    if (h && objectives.length > 0 && total > 0) {
      histHeld = [...h.held];
      better = Math.sign(value(heldIds) - value(h.held));
      if (better === 0 && h.carriersLost) {
        histCarriers = { japan: h.carriersLost.japan, allies: h.carriersLost.allies };
        better = Math.sign(cA - cJ - (h.carriersLost.allies - h.carriersLost.japan));
      }
    }
    // A war that runs past the real surrender went better for Japan than the real one.
    const pastSurrender =
      hist.outcome === 'japan-surrenders' &&
      Math.max(toDayNumber(outcome.date), toDayNumber(state.date)) > toDayNumber(hist.date);
    if (pastSurrender) better = 1;
    if (otherWay) {
      againstHistory = { code: 'scenario-text', text: other.againstHistory };
      betterFor = 'japan';
    } else if (pastSurrender || histHeld !== null) {
      betterFor = better > 0 ? 'japan' : better < 0 ? 'allies' : 'even';
      againstHistory = {
        code: 'period',
        better: betterFor,
        surrenderedOn: pastSurrender ? histDate : null,
        held: histHeld,
        objectives: objectives.length,
        heldOn: periodEnd(world, histDate),
        carriersLost: histCarriers,
      };
    }
  }

  // A scenario won against history (goals.winAgainstHistory: road-to-tokyo-1944, where every side's
  // war ends in a surrender): the side that did better than the real war wins, a draw if neither did.
  if (goals?.winAgainstHistory && betterFor !== null) {
    const was = winner;
    winner = betterFor === 'even' ? 'draw' : betterFor;
    strength = winner === 'draw' ? null : winner === was ? strength : 'marginal';
    reasons.push({ code: 'won-against-history', betterFor: winner === 'draw' ? 'even' : winner });
  }

  const afterwards =
    outcome.kind === 'last-turn' || toDayNumber(outcome.date) < toDayNumber(hist.date)
      ? (goals?.afterwards ?? null)
      : null;
  return {
    winner,
    strength,
    reasons,
    againstHistory,
    betterFor,
    history: goals?.history?.text ?? null,
    afterwards,
  };
}

/**
 * The day the scenario's real period ended, that `goals.history.held` describes: the real end
 * (`victory.historical.date`) or, for a scenario that stops before it, its last turn's first day
 * (southern-oil-1942 ends in June 1942, not at the surrender of 1945).
 */
function periodEnd(world: World, histIso: string): string {
  const { start, turnLength, lastTurn } = world.scenario.calendar;
  const last = turnDate(start, turnLength, lastTurn);
  return toDayNumber(last) < toDayNumber(histIso) ? last : histIso;
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
