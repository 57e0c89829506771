/** A text's closing Sources sentence comes apart from its prose (src/text/source-keys.ts). */
import { describe, expect, it } from 'vitest';
import { eventSourceLine, sourcesLine, splitSources } from '../../src/text/source-keys';

describe('source keys in scenario texts', () => {
  it('splits off the closing Sources sentence, one key or many', () => {
    expect(splitSources('Japan lost 38 ships there. Source: B12.')).toEqual({
      text: 'Japan lost 38 ships there.',
      keys: ['B12'],
    });
    expect(splitSources('Stocks fell. Sources: O6, O7, FRANK-1999.')).toEqual({
      text: 'Stocks fell.',
      keys: ['O6', 'O7', 'FRANK-1999'],
    });
  });

  it('leaves a text without one as it is (a "source" mid-sentence is prose)', () => {
    const text = 'About 80% came from the US (one source says ~65%).';
    expect(splitSources(text)).toEqual({ text, keys: [] });
  });

  it('words the line', () => {
    expect(sourcesLine(['B12'])).toBe('Source: B12');
    expect(sourcesLine(['O6', 'O7'])).toBe('Sources: O6, O7');
    expect(sourcesLine([])).toBe('');
  });

  it('joins an event’s citation and its keys without ".;" (play8: Midway’s last event)', () => {
    const citation = 'Timeline of the Pacific War, 1940–1945, compiled for this game.';
    expect(eventSourceLine(citation, ['B12'])).toBe(
      'Source: Timeline of the Pacific War, 1940–1945, compiled for this game; see also B12 under Sources in About',
    );
    expect(eventSourceLine(citation, [])).toBe(`Source: ${citation}`);
    expect(eventSourceLine('K. Budge, "Oil" — pwencycl.kgbudge.com', ['O13', 'O4'])).toBe(
      'Source: K. Budge, "Oil" — pwencycl.kgbudge.com; see also O13, O4 under Sources in About',
    );
  });
});
