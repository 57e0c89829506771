/** Problems quote what was found at their place (src/scenario/problems.ts). */
import { describe, expect, it } from 'vitest';
import { formatPath, parsePath, shortValue, valueAt, withFound } from '../../src/scenario/problems';

describe('problem paths and values', () => {
  it('reads back every path formatPath writes', () => {
    for (const keys of [[], ['areas', 3, 'id'], ['sides', 'japan', 'stocks', 'oil'], ['a b', 0, 'x"y']]) {
      expect(parsePath(formatPath(keys))).toEqual(keys);
    }
    expect(parsePath('areas[')).toBeNull();
  });

  it('finds the value at a path, and only own fields', () => {
    const doc = { areas: [{ id: 'java' }], 'odd key': 1 };
    expect(valueAt(doc, 'areas[0].id')).toEqual({ found: true, value: 'java' });
    expect(valueAt(doc, '["odd key"]')).toEqual({ found: true, value: 1 });
    expect(valueAt(doc, 'areas[4].id').found).toBe(false);
    expect(valueAt(doc, 'areas.constructor').found).toBe(false);
  });

  it('shortens long values and names missing ones', () => {
    expect(shortValue('x'.repeat(200))).toHaveLength(60);
    expect(shortValue('x'.repeat(200)).endsWith('…')).toBe(true);
    expect(shortValue(Array.from({ length: 50 }, (_, i) => i))).toMatch(/^a list of 50 items: \[0,1,2/);
    expect(shortValue(undefined)).toBe('nothing (the field is missing)');
    expect(shortValue(-3)).toBe('-3');
  });

  it('adds what was found to problems that do not say it, keeping those that do', () => {
    const doc = { calendar: { lastTurn: 0 }, meta: {} };
    expect(
      withFound(
        [
          { path: 'calendar.lastTurn', message: 'must be at least 1' },
          { path: 'meta.title', message: 'is missing' },
          { path: 'nowhere.deep', message: 'x' },
          { path: 'calendar', message: 'y', found: 'already said' },
        ],
        doc,
      ).map((p) => p.found),
    ).toEqual(['0', 'nothing (the field is missing)', undefined, 'already said']);
  });
});
