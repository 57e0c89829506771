/**
 * The teacher notes read aloud to a class say the numbers the rules hold (twelfth
 * play-through): the grand campaign's note on national will said "Below 24, Japan's
 * leaders may decide to give up ...; at 10 they must" after the rules had moved to 33
 * and 0, and its first note said 51 turns when the calendar runs to 57. Any bundled
 * scenario whose notes give these numbers must give the scenario's own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load';

const dir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

describe('teacher notes and the rules they describe', () => {
  for (const file of files) {
    const r = loadScenarioText(readFileSync(new URL(file, dir), 'utf8'));
    if (!r.ok) throw new Error(`${file} is invalid`);
    const s = r.value;
    const notes = s.meta.teacherNotes.join('\n');

    it(`${file}: the will at which Japan's leaders may give up, and must, is the rules'`, () => {
      const m =
        /Below (-?\d+), Japan's leaders may decide to give up each turn[^.;]*; at (-?\d+) they must/.exec(
          notes,
        );
      if (!m) return expect(notes).not.toMatch(/leaders may decide to give up/);
      expect(Number(m[1])).toBe(s.rules.will?.japan?.decision?.doubtBelow);
      expect(Number(m[2])).toBe(s.victory.surrenderWill);
    });

    it(`${file}: a count of turns in the notes is the calendar's`, () => {
      for (const [, count] of notes.matchAll(/(\d+) monthly turns/g))
        expect(Number(count)).toBe(s.calendar.lastTurn);
      for (const [, turn] of notes.matchAll(/\(turn (\d+)\) if Japan fights on/g))
        expect(Number(turn)).toBe(s.calendar.lastTurn);
    });
  }

  it('the grand campaign names its doubt level and its last turn (so the checks above are not empty)', () => {
    const r = loadScenarioText(readFileSync(new URL('pacific-1941.json', dir), 'utf8'));
    if (!r.ok) throw new Error('invalid');
    const notes = r.value.meta.teacherNotes.join('\n');
    expect(notes).toMatch(/Below \d+, Japan's leaders may decide to give up/);
    expect(notes).toMatch(/\(turn \d+\) if Japan fights on/);
  });
});
