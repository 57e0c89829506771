/** Class links with a scenario inside (src/ui/scenarios/scenario-link.ts) and kept scenarios (src/ui/scenarios/kept-scenarios.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StorageList } from '../../src/save/index';
import { forget, keep, readKept } from '../../src/ui/scenarios/kept-scenarios';
import {
  hasScenarioFragment,
  MAX_SCENARIO_FRAGMENT,
  scenarioFragment,
  scenarioFromFragment,
} from '../../src/ui/scenarios/scenario-link';

const ROOT = join(import.meta.dirname, '../..');
const small = readFileSync(join(ROOT, 'scenarios/southern-oil-1942.json'), 'utf8');

class MemoryStorage implements StorageList {
  items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('scenario inside a class link', () => {
  it('packs a small scenario and unpacks the same JSON', () => {
    const packed = scenarioFragment(small);
    expect(packed.ok).toBe(true);
    if (!packed.ok) return;
    expect(packed.fragment.length).toBeLessThanOrEqual(MAX_SCENARIO_FRAGMENT);
    expect(hasScenarioFragment(`#${packed.fragment}`)).toBe(true);
    const back = scenarioFromFragment(`#${packed.fragment}`);
    expect(back.ok && JSON.parse(back.text)).toEqual(JSON.parse(small));
  });

  it('says a scenario is too big for a link instead of making a broken one', () => {
    const big = readFileSync(join(ROOT, 'scenarios/pacific-1941.json'), 'utf8');
    const packed = scenarioFragment(big);
    expect(packed.ok).toBe(false);
    if (!packed.ok) expect(packed.length).toBeGreaterThan(MAX_SCENARIO_FRAGMENT);
  });

  it('refuses a damaged link in words, without throwing', () => {
    expect(scenarioFromFragment('#scenario=%%%')).toMatchObject({
      ok: false,
      message: expect.stringContaining('damaged'),
    });
    expect(scenarioFromFragment('#scenario=AAAAAAAA')).toMatchObject({ ok: false });
  });
});

describe('kept scenarios', () => {
  it('keeps, lists oldest first, and forgets', () => {
    const storage = new MemoryStorage();
    keep(storage, 'b'.repeat(64), { text: '{"b":1}', origin: 'b.json', keptAt: '2026-01-02' });
    keep(storage, 'a'.repeat(64), { text: '{"a":1}', origin: 'a.json', keptAt: '2026-01-01' });
    expect(readKept(storage).map((k) => k.kept.origin)).toEqual(['a.json', 'b.json']);
    forget(storage, 'a'.repeat(64));
    expect(readKept(storage).map((k) => k.kept.origin)).toEqual(['b.json']);
    storage.items.set('price-of-victory.scenario.damaged', '{not json');
    expect(readKept(storage).map((k) => k.kept.origin)).toEqual(['b.json']);
  });
});
