/**
 * play31: the words of Japan's leaders weighing the American terms while at peace (the grand
 * campaign played by negotiating), next to the wartime words, which stay as they were.
 */
import { describe, expect, it } from 'vitest';
import type { ReportItem } from '../../src/engine/report';
import { decisionLine, endWeighedLine, willItemLines } from '../../src/text/report-text';

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

describe('play31 §5.4: the end says what weighed on the will of the side that gave in', () => {
  const will = (side: 'japan' | 'allies', parts: { pressure: string; level: number }[]) =>
    ({
      kind: 'will',
      side,
      before: 70,
      after: 63,
      parts: parts.map((p) => ({ ...p, previous: p.level, values: {} })),
    }) as unknown as ReportItem;
  const gaveUp = { cause: { code: 'gave-up', side: 'japan', will: 63, chance: 10 } } as const;

  it("names the three heaviest pressures of the side's last will item, largest first", () => {
    const reports = [
      { items: [will('japan', [{ pressure: 'oil', level: 5 }])] },
      {
        items: [
          will('japan', [
            { pressure: 'dry', level: 7 },
            { pressure: 'oil', level: 20 },
            { pressure: 'territory', level: 0 },
            { pressure: 'rationing', level: 3 },
            { pressure: 'shipping', level: 2 },
          ]),
          will('allies', [{ pressure: 'weariness', level: 9 }]),
        ],
      },
    ];
    expect(endWeighedLine(gaveUp, reports)).toBe(
      "What weighed on Japan's will at the end: oil running out −20, months without oil −7, rationing at home −3",
    );
  });

  it('says nothing for an end that was not the will, or when nothing weighed', () => {
    const reports = [{ items: [will('japan', [{ pressure: 'oil', level: 20 }])] }];
    expect(endWeighedLine({ cause: { code: 'last-turn', lastTurn: 6 } }, reports)).toBeNull();
    expect(endWeighedLine(gaveUp, [{ items: [will('japan', [{ pressure: 'oil', level: 0 }])] }])).toBeNull();
  });
});
