/**
 * The twenty-ninth play-through's words (the Road to Tokyo as Japan): the shipping ledger's areas,
 * the garrisons' freighters, the stock's bounds, and the end screen's outcome line under a verdict.
 */
import { describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import { buildWorld } from '../../src/engine';
import type { StockChange } from '../../src/engine/report';
import { buildAfterAction } from '../../src/replay/after-action';
import { outcomeLine } from '../../src/text/end-text';
import type { ReportNames } from '../../src/text/report-names';
import { changeText, oilLastsText } from '../../src/text/stock-text';
import { loadScenario } from '../support/scenarios';

const title = (id: string) =>
  id.replace(/(^|-)(\w)/g, (_, dash, c) => `${dash ? ' ' : ''}${c.toUpperCase()}`);
const names = { area: title, force: title } as unknown as ReportNames;

describe('play29: the ledger of ships sunk', () => {
  const areas = [
    { area: 'celebes-sea', kgt: 11 },
    { area: 'south-china-sea', kgt: 100 },
  ];
  // Each kind's line now has its own areas (shipping-losses.ts, oil29): they add up to the line
  // unless the enemy sank more of that kind than was left.
  it('says when the areas sank more than was left of that kind', () => {
    const merchant: StockChange = { amount: -41, cause: { code: 'sunk', by: 'submarines', areas } };
    expect(changeText(merchant, names)).toBe(
      'sunk by submarines (Celebes Sea 11, South China Sea 100: all the 41 thousand GT that were left)',
    );
  });
  it('keeps the short words when the line is the whole of it', () => {
    const all: StockChange = { amount: -111, cause: { code: 'sunk', by: 'submarines', areas } };
    expect(changeText(all, names)).toBe('sunk by submarines (Celebes Sea 11, South China Sea 100)');
  });
});

describe('play29: freighters all taken by the garrisons', () => {
  it('does not say 185 of 126 thousand GT supply the garrisons', () => {
    const change: StockChange = {
      amount: 0,
      cause: {
        code: 'left-behind-short',
        cargo: 23,
        ships: 'freighters',
        tonnage: 126,
        garrisons: 185,
        sailings: 100,
      },
    };
    expect(changeText(change, names)).toBe(
      '23 left behind: 126 thousand GT of freighters, all of them taken by the garrisons overseas (which need 185), cannot carry it all',
    );
  });
});

describe('play29: a stock held back by its bounds', () => {
  it('says which way, with a minus sign', () => {
    expect(changeText({ amount: 306, asked: 700, cause: { code: 'produced', area: 'java' } }, names)).toBe(
      'produced in Java (+700 asked; the stock cannot go higher)',
    );
  });
});

describe('play29: the outcome line under a verdict', () => {
  const o = {
    kind: 'japan-surrenders' as const,
    winner: 'allies' as const,
    cause: { code: 'will-broke' as const, side: 'japan' as const, will: 0, breakingPoint: 10 },
  };
  it('names no winner when the goals judge the game', () => {
    expect(outcomeLine(o, { events: [] }, true)).toBe("Japan's national will fell to 0 (breaking point 10).");
  });
  it('still names the engine’s winner where no verdict follows (the command line)', () => {
    expect(outcomeLine(o, { events: [] })).toBe(
      "Japan's national will fell to 0 (breaking point 10). The Allies win.",
    );
  });
});

describe('play29: income that begins this month', () => {
  const month = { one: 'month', many: 'months' };
  it('covers the burn in its own words, not as last month’s', () => {
    const clock = { stock: 47408, turnsLeft: null, income: 0, incomeChange: 3100 };
    expect(oilLastsText(clock, 4, month, 'short')).toBe('this month’s income covers it');
    expect(oilLastsText({ ...clock, incomeChange: 0, income: 3100 }, 4, month, 'short')).toBe(
      'last month’s income covered it',
    );
  });
});

describe('play29: the after-action report’s moments that mattered most', () => {
  // The Road to Tokyo with nobody giving orders, to October 1944: its "Marianas Turkey Shoot" and
  // "Leyte Gulf" events only tell history ("In this game the Japanese fleet fights only if its
  // player sends it"), and topped the list of this game's moments.
  const scenario = loadScenario('road-to-tokyo-1944.json');
  const pass = policyByName('pass')!;
  const game = autoplay(buildWorld(scenario), 'p29-aar', { japan: pass, allies: pass }, { maxTurns: 5 });
  const aar = buildAfterAction(scenario, game.replay);
  const titles = (entries: readonly { title: string }[]) => entries.map((e) => e.title);

  it('keeps events that only tell history in the timeline, not among the moments', () => {
    expect(titles(aar.timeline)).toContain("The Philippine Sea: the 'Marianas Turkey Shoot'");
    expect(titles(aar.timeline)).toContain('Leyte Gulf and the kamikaze');
    expect(titles(aar.decisions)).not.toContain("The Philippine Sea: the 'Marianas Turkey Shoot'");
    expect(titles(aar.decisions)).not.toContain('Leyte Gulf and the kamikaze');
  });
});
