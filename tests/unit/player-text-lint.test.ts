/**
 * What players read names no file and no source key mid-sentence (issue 11 item 6): the lint
 * behind `validate` finds each kind of slip in a player-visible text, leaves the fields players
 * never see alone, and allows keys only in one closing "Sources: …" sentence.
 */
import { describe, expect, it } from 'vitest';
import { lintProblems } from '../../src/scenario/lint';
import { loadScenarioValue } from '../../src/scenario/load';
import { playerTextProblems } from '../../src/scenario/player-text-lint';
import type { Scenario } from '../../src/scenario/schema';
import { readScenarioFile } from '../support/scenarios';

// biome-ignore lint/suspicious/noExplicitAny: tests edit raw scenario JSON
function edited(edit: (raw: any) => void): Scenario {
  const raw = JSON.parse(readScenarioFile('southern-oil-1942.json'));
  edit(raw);
  const r = loadScenarioValue(raw);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.value;
}

/** The problems of a scenario whose first teacher note is `text`. */
const inNote = (text: string) =>
  playerTextProblems(
    edited((raw) => {
      raw.meta.teacherNotes[0] = text;
    }),
  );

describe('the player-text lint', () => {
  it('passes the bundled scenario as it is', () => {
    expect(playerTextProblems(edited(() => {}))).toEqual([]);
  });

  it.each([
    ['a source key in brackets', 'Japan starts with 38.2 million barrels (O4).', 'source key "O4"'],
    ['a key the scenario does not list', 'The fleet had 10 carriers (B14 derived).', 'source key "B14"'],
    ['an author-year key', 'The bombs weighed more (FRANK-1999).', 'source key "FRANK-1999"'],
    ['the timeline key in brackets', 'Manila fell on 2 January 1942 (T).', 'source key "T"'],
    ['a script tag', 'aircraft for replacements [air.py]: the share of production', 'names a file'],
    ['a code file', 'The strike is flown by the carriers (port-strike.ts).', 'names a file'],
    ['a HISTORY.md reference', 'The figures are in HISTORY.md §4.', 'names a file'],
    ['a seed file', 'As the essay says (seeds/essay.txt).', 'names a file'],
    ['a docs/ reference', 'The reasoning is in docs/short-scenarios-notes.md.', 'names a file'],
  ])('flags %s', (_what, text, found) => {
    const problems = inNote(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('meta.teacherNotes[0]');
    expect(problems[0]?.message).toContain(found);
  });

  it('allows keys in one closing Sources sentence, if the Sources list has them', () => {
    expect(inNote('Japan starts with 38.2 million barrels. Source: T.')).toEqual([]);
    const unlisted = inNote('Japan starts with 38.2 million barrels. Sources: T, Q9.');
    expect(unlisted.map((p) => p.message)).toEqual([
      'closing Sources sentence names "Q9", which is not in meta.sources',
    ]);
    // A key before the closing sentence is still mid-sentence.
    expect(inNote('Japan starts with 38.2 (T) million barrels. Source: T.')).toHaveLength(1);
  });

  it('reads initials, unit names and task forces as words, not keys', () => {
    expect(inNote('T. Hasegawa; VMF-211 at Wake; TF58 off Saipan; B-29s; WW2.')).toEqual([]);
  });

  it('checks every field players read, and none they do not', () => {
    const s = edited((raw) => {
      raw.events[0].note = 'A note (O4).';
      raw.events[0].title = 'A title (O4)';
      raw.areas[0].name = 'Java (O4)';
      raw.meta.sources[0].citation = 'A book (e.g. B9, C5)';
      raw.events[0].source = 'O4'; // the source field is where a key belongs
    });
    expect(
      lintProblems(s)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['areas[0].name', 'events[0].note', 'events[0].title', 'meta.sources[0].citation']);
  });
});
