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
      const text = readScenarioFile('southern-oil-1942.json').replace(
        '"produces": { "oil": 170 }',
        `"produces": { "${key}": 1 }`,
      );
      const r = loadScenarioText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]?.path).toBe(`areas[0].produces.${key}`);
    }
  });

  it('gives a plain message for a value of the wrong type', () => {
    const s = JSON.parse(readScenarioFile('southern-oil-1942.json'));
    s.calendar.lastTurn = 'six';
    const r = loadScenarioText(JSON.stringify(s));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toContainEqual({
        path: 'calendar.lastTurn',
        message: 'expected a number, got the text "six"',
      });
  });
});
