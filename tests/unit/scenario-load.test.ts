import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load';
import { readScenarioFile } from '../support/scenarios';

const fixtureDir = new URL('../fixtures/invalid/', import.meta.url);
const expected: Record<string, { path: string; message: string }> = JSON.parse(
  readFileSync(new URL('expected.json', fixtureDir), 'utf8'),
);

describe('loading scenarios', () => {
  it('accepts every bundled scenario', () => {
    const files = readdirSync(new URL('../../scenarios/', import.meta.url)).filter(
      (f) => f.endsWith('.json') && !f.endsWith('.schema.json'),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const r = loadScenarioText(readScenarioFile(f));
      expect(r.ok ? [] : r.problems, f).toEqual([]);
    }
  });

  it('has a fixture for every expectation and the reverse', () => {
    const files = readdirSync(fixtureDir).filter((f) => f !== 'expected.json');
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`rejects ${file} naming ${want.path}`, () => {
      const r = loadScenarioText(readFileSync(new URL(file, fixtureDir), 'utf8'));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const hit = r.problems.find((p) => p.path === want.path);
      expect(hit, JSON.stringify(r.problems)).toBeDefined();
      expect(hit?.message).toContain(want.message);
    });
  }

  it('reports every cross-reference problem, not only the first', () => {
    const s = JSON.parse(readScenarioFile('southern-oil-1942.json'));
    s.connections[0].a = 'nowhere';
    s.forces[0].location = 'elsewhere';
    s.events[2].trigger.area = 'atlantis';
    s.production[0].resource = 'rubber';
    const r = loadScenarioText(JSON.stringify(s));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'connections[0].a',
        'forces[0].location',
        'events[2].trigger.area',
        'production[0].resource',
      ]),
    );
  });

  it('refuses files over the size cap without parsing them', () => {
    const r = loadScenarioText(`${' '.repeat(100)}{}`, { maxBytes: 50, maxDepth: 32 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/too large/);
  });

  it('never lets a __proto__ key reach an object prototype', () => {
    const text = readScenarioFile('southern-oil-1942.json').replace(
      '"sides": {',
      '"sides": { "__proto__": { "isAdmin": true },',
    );
    const r = loadScenarioText(text);
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('rejects constructor and prototype keys too', () => {
    for (const key of ['constructor', 'prototype']) {
      const original = readScenarioFile('southern-oil-1942.json');
      const text = original.replace(/"produces": ?\{ ?"oil": 170 ?\}/, `"produces": { "${key}": 1 }`);
      expect(text).not.toBe(original);
      const r = loadScenarioText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]?.path).toBe(`areas[0].produces.${key}`);
    }
  });

  it('gives a plain message for a value of the wrong type, quoting the value found', () => {
    const s = JSON.parse(readScenarioFile('southern-oil-1942.json'));
    s.calendar.lastTurn = 'six';
    const r = loadScenarioText(JSON.stringify(s));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toContainEqual({
        path: 'calendar.lastTurn',
        message: 'expected a number, not text',
        found: '"six"',
        what: { code: 'wrong-type', expected: 'number', got: 'text' },
      });
  });

  it('quotes the bad value (shortened) and says what was expected, for every kind of problem', () => {
    const s = JSON.parse(readScenarioFile('southern-oil-1942.json'));
    s.meta.discussionPrompts[1].event = 'Not An Event Id!';
    s.calendar.turnLength.unit = 'fortnight';
    s.areas[0].name = 'x'.repeat(500);
    s.areas[1].extra = true;
    const zod = loadScenarioText(JSON.stringify(s));
    expect(zod.ok).toBe(false);
    if (zod.ok) return;
    const byPath = new Map(zod.problems.map((p) => [p.path, p]));
    expect(byPath.get('meta.discussionPrompts[1].event')?.found).toBe('"Not An Event Id!"');
    expect(byPath.get('calendar.turnLength.unit')).toMatchObject({
      message: expect.stringContaining('"month"'),
      found: '"fortnight"',
    });
    const long = byPath.get('areas[0].name');
    expect(long?.found?.length).toBeLessThanOrEqual(60);
    expect(long?.found).toMatch(/…$/);
    expect(byPath.get('areas[1]')).toMatchObject({
      found: '"extra"',
      message: expect.stringContaining('expected only'),
    });
    for (const p of zod.problems) expect(p.found, p.path).toBeDefined();

    // Cross-reference problems too: the value found, and the ids that were expected.
    const t = JSON.parse(readScenarioFile('southern-oil-1942.json'));
    t.forces[0].location = 'atlantis';
    const x = loadScenarioText(JSON.stringify(t));
    expect(x.ok).toBe(false);
    if (x.ok) return;
    const hit = x.problems.find((p) => p.path === 'forces[0].location');
    expect(hit).toMatchObject({
      found: '"atlantis"',
      message: expect.stringMatching(/expected one of the areas \("/),
    });
    for (const p of x.problems) expect(p.found, p.path).toBeDefined();
  });
});
