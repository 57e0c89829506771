/**
 * The bundled scenarios' index (scripts/scenario-index.mjs, `virtual:scenario-index`): the start
 * page lists the scenarios from it and fetches a scenario's file only when it is played
 * (src/ui/scenarios/bundled-scenarios.ts). Its listings must be what the game would read from each
 * file, every scenario must be in it, and nothing is fetched until a scenario is asked for.
 */
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listingOf } from '../../src/scenario/listing';
import { bundledScenarios, findScenario, loadBundled } from '../../src/ui/scenarios/bundled-scenarios';
import { serveBundledFiles } from '../support/bundled-fetch';
import { loadScenario } from '../support/scenarios';

const files = readdirSync(new URL('../../scenarios/', import.meta.url)).filter(
  (f) => f.endsWith('.json') && !f.endsWith('.schema.json'),
);

afterEach(() => vi.unstubAllGlobals());

describe('the bundled scenarios index', () => {
  it('lists every scenario file, shortest first, with the listing the game reads from the file', () => {
    const index = bundledScenarios();
    expect(index.map((e) => `${e.file}.json`).sort()).toEqual([...files].sort());
    for (const entry of index) {
      const scenario = loadScenario(`${entry.file}.json`);
      expect(entry.id).toBe(scenario.meta.id);
      expect(entry.loaded).toEqual({ ok: true, value: listingOf(scenario) });
    }
    const minutes = index.map((e) => (e.loaded.ok ? e.loaded.value.meta.playMinutes : 0));
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
  });

  it('fetches a scenario file only when it is asked for, once, and then has the whole scenario', async () => {
    const asked = serveBundledFiles();
    expect(findScenario('midway-1942')).toBeUndefined();
    const [a, b] = await Promise.all([loadBundled('midway-1942'), loadBundled('midway-1942')]);
    expect(asked).toEqual(['midway-1942.json']);
    expect(a?.ok && b?.ok && a.scenario === b.scenario).toBe(true);
    const found = findScenario('midway-1942');
    expect(found?.loaded.ok && found.loaded.value).toEqual(loadScenario('midway-1942.json'));
    expect(loadBundled('not-a-scenario')).toBeUndefined();
  });

  it('says in words when a file cannot be downloaded, and tries again the next time', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const failed = await loadBundled('oil-clock-1941');
    expect(failed).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The scenario “.+” could not be downloaded \(Failed to fetch\)\. Check the network/,
      ),
    });
    expect(findScenario('oil-clock-1941')).toBeUndefined();
    serveBundledFiles();
    expect((await loadBundled('oil-clock-1941'))?.ok).toBe(true);
  });
});
