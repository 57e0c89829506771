/**
 * play31: the words of Japan's leaders weighing the American terms while at peace (the grand
 * campaign played by negotiating), next to the wartime words, which stay as they were.
 */
import { describe, expect, it } from 'vitest';
import type { ReportItem } from '../../src/engine/report';
import { decisionLine, willItemLines } from '../../src/text/report-text';

const roll = { chance: 10, roll: 4, yields: true };
const hold = { chance: 4, roll: 76, yields: false };

describe('play31: the leaders’ decision at peace', () => {
  it('at peace Japan argues about the American terms, and holds out or accepts them', () => {
    expect(decisionLine('japan', hold, true)).toBe(
      "Japan's leaders argue about accepting the American terms: a 4% chance this turn (roll 76) — they hold out.",
    );
    expect(decisionLine('japan', roll, true)).toBe(
      "Japan's leaders argue about accepting the American terms: a 10% chance this turn (roll 4) — they accept them.",
    );
    expect(decisionLine('japan', { chance: 100, roll: 0, yields: true }, true)).toBe(
      "Japan's leaders can hold out no longer: they accept the American terms.",
    );
  });

  it('at war the words are as before', () => {
    expect(decisionLine('japan', hold)).toBe(
      "Japan's leaders argue about ending the war: a 4% chance this turn (roll 76) — they fight on.",
    );
    expect(decisionLine('allies', hold, true)).toBe(
      "The Allies' leaders argue about ending the war: a 4% chance this turn (roll 76) — they fight on.",
    );
  });

  it('willItemLines passes the peace on to the decision line', () => {
    const item: Extract<ReportItem, { kind: 'will' }> = {
      kind: 'will',
      side: 'japan',
      before: 64,
      after: 63,
      parts: [],
      decision: hold,
    };
    expect(willItemLines(item, undefined, true).at(-1)).toContain('accepting the American terms');
    expect(willItemLines(item).at(-1)).toContain('ending the war');
  });
});
