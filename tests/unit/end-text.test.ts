/**
 * Why a game ended is data in the state (a code and its numbers); its words come from
 * src/text/end-text.ts, and replays recorded with the English reason read back into the code.
 */
import { describe, expect, it } from 'vitest';
import type { EndCause } from '../../src/engine/index';
import type { OutcomeKind } from '../../src/scenario/schema';
import { endCauseFromWords, endText } from '../../src/text/end-text';

const names = { events: [{ id: 'hirohito-broadcast', title: 'The Emperor broadcasts the surrender' }] };

const CASES: [OutcomeKind, EndCause, string][] = [
  [
    'japan-surrenders',
    { code: 'will-broke', side: 'japan', will: 0, breakingPoint: 0 },
    "Japan's national will fell to 0 (breaking point 0)",
  ],
  [
    'japan-surrenders',
    { code: 'gave-up', side: 'japan', will: 12, chance: 40 },
    "with national will at 12, Japan's leaders decided to give up (a 40% chance this turn)",
  ],
  [
    'terms-accepted',
    { code: 'will-broke', side: 'japan', will: -3, breakingPoint: 0 },
    "Japan's national will fell to -3 (breaking point 0): Japan accepts the American terms",
  ],
  [
    'negotiated-peace',
    { code: 'will-broke', side: 'allies', will: 5, breakingPoint: 10 },
    "the Allies' will fell to 5 (breaking point 10): they accept a negotiated peace",
  ],
  [
    'negotiated-peace',
    { code: 'gave-up', side: 'allies', will: 20, chance: 15 },
    'with their will at 20, the Allies decided to end the war (a 15% chance this turn): they accept a negotiated peace',
  ],
  [
    'japan-surrenders',
    { code: 'gave-up', side: 'japan', will: 27, chance: 18 },
    "with national will at 27, Japan's leaders decided to give up (an 18% chance this turn)",
  ],
  ['last-turn', { code: 'last-turn', lastTurn: 46 }, "the scenario's last turn (46) has been played"],
];

describe('the words of the end', () => {
  it.each(CASES)('%s %j: "%s", read back from the words', (kind, cause, words) => {
    expect(endText({ kind, cause }, names)).toBe(words);
    expect(endCauseFromWords(kind, words)).toEqual(cause);
  });

  it("an event's end is worded by its title in the scenario (the id if the scenario has no such event)", () => {
    const cause: EndCause = { code: 'event', event: 'hirohito-broadcast' };
    expect(endText({ kind: 'japan-surrenders', cause }, names)).toBe('The Emperor broadcasts the surrender');
    expect(endText({ kind: 'japan-surrenders', cause }, { events: [] })).toBe('hirohito-broadcast');
  });

  it('keeps words it does not word itself as they were written (older replays)', () => {
    const odd = "Japan's national will fell to 3 (breaking point 0), and more";
    expect(endCauseFromWords('japan-surrenders', odd)).toEqual({ code: 'worded', text: odd });
    // The right sentence under the wrong outcome does not read back either.
    const terms = "Japan's national will fell to 0 (breaking point 0): Japan accepts the American terms";
    expect(endCauseFromWords('japan-surrenders', terms)).toEqual({ code: 'worded', text: terms });
  });
});
