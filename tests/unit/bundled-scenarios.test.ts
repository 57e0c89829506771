/**
 * Every scenario shipped with the game validates through the same command a
 * teacher would run, carries what a class needs (teacher notes, discussion
 * prompts, history to compare with), and names the source of its figures.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load';

const dir = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

describe('bundled scenarios', () => {
  for (const file of files) {
    it(`${file} passes \`npm run cli -- validate\``, () => {
      const out = execFileSync(
        'node',
        ['--import', 'tsx', 'src/cli/main.ts', 'validate', `scenarios/${file}`],
        {
          encoding: 'utf8',
        },
      );
      expect(out).toMatch(/^OK: /);
    });

    it(`${file} is ready for a classroom`, () => {
      const r = loadScenarioText(readFileSync(new URL(file, dir), 'utf8'));
      if (!r.ok) throw new Error('invalid');
      const s = r.value;
      expect(s.meta.teacherNotes.length).toBeGreaterThan(0);
      expect(s.meta.discussionPrompts.length).toBeGreaterThanOrEqual(3);
      expect(s.history.length).toBeGreaterThan(0);
      expect(s.events.every((e) => e.note.length > 20)).toBe(true);
      expect(s.meta.id).toBe(file.replace('.json', ''));
    });
  }
});

describe('one battle model (issue 12)', () => {
  // The same forces must meet with the same odds in every scenario: search, the reach of
  // land-based air and of port strikes, repair (per 30 days) and ground combat are one set of
  // values (scripts/data/battle.py writes them; a teacher may still change them in one scenario).
  const BATTLE_RULES = [
    'searchChance',
    'landAirReach',
    'portStrikeReach',
    'shipRepairPercent',
    'combat',
  ] as const;
  const rulesOf = (file: string) => {
    const r = loadScenarioText(readFileSync(new URL(file, dir), 'utf8'));
    if (!r.ok) throw new Error('invalid');
    return Object.fromEntries(BATTLE_RULES.map((k) => [k, r.value.rules[k]]));
  };
  const reference = rulesOf('pacific-1941.json');
  for (const file of files) {
    it(`${file} fights its battles by the grand campaign's battle rules`, () => {
      expect(rulesOf(file)).toEqual(reference);
    });
  }
});

describe('islands are reached by sea', () => {
  // The Oil Clock joined Formosa and Luzon, Singapore and Sumatra, Saipan and Guam directly, so the
  // 14th Army marched from Formosa to Luzon "overland": no transports, no escort, no landing
  // (scripts/data/islands_by_sea.py); the Road to Tokyo's Sixth Army walked from Leyte to Lingayen the
  // same way. Every bundled scenario now joins islands only through their seas.
  for (const file of files) {
    it(`${file}: no connection joins two islands`, () => {
      const r = loadScenarioText(readFileSync(new URL(file, dir), 'utf8'));
      if (!r.ok) throw new Error('invalid');
      const kind = new Map(r.value.areas.map((a) => [a.id, a.kind]));
      const joined = r.value.connections.filter(
        (c) => kind.get(c.a) === 'island' && kind.get(c.b) === 'island',
      );
      expect(joined.map((c) => `${c.a}–${c.b}`)).toEqual([]);
    });
  }
});
