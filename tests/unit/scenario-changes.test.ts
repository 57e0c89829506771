/**
 * What a classroom file changes from the bundled scenario it is based on, in words (play21 left
 * it: a loaded scenario did not show the teacher what was changed).
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioValue } from '../../src/scenario/load';
import { baseScenarioId, scenarioChanges } from '../../src/scenario/scenario-changes';
import type { Scenario } from '../../src/scenario/schema';
import { changeText } from '../../src/text/scenario-change-text';
import { loadScenario, readScenarioFile } from '../support/scenarios';

const base = loadScenario('pacific-1941.json');

// biome-ignore lint/suspicious/noExplicitAny: the test edits the scenario's raw JSON as a teacher would
function edited(edit: (raw: any) => void): Scenario {
  const raw = JSON.parse(readScenarioFile('pacific-1941.json'));
  edit(raw);
  const r = loadScenarioValue(raw);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.value;
}

describe('scenario changes', () => {
  it('finds nothing in the bundled scenario itself', () => {
    expect(scenarioChanges(base, loadScenario('pacific-1941.json'))).toEqual([]);
  });

  it('says each change with its old value: a stock, a rule, a force added, a force changed, an event moved', () => {
    const changed = edited((raw) => {
      raw.meta.id = 'pacific-1941-class';
      raw.meta.title = 'The Pacific War, class 3B';
      raw.sides.japan.stocks.oil = 30000;
      raw.rules.submarines.torpedoes[0].until = '1941-12-31';
      raw.forces.push({ ...raw.forces[0], id: 'akagi-2', name: 'Akagi II' });
      raw.forces.find((f: { id: string }) => f.id === 'kaga').experience = 50;
      raw.events.reverse();
    });
    const words = scenarioChanges(base, changed).map((c) => changeText(base, changed, c));
    expect(words).toEqual([
      'About the scenario › title: The Pacific War, class 3B (was The Price of Victory: the Pacific War, 1941–1945)',
      'Japan’s oil at start: 30,000 thousand barrels (was 50,000)',
      'Forces › Kaga › experience: 50 (was 85)',
      'Forces › Akagi II added',
      'Rules › submarines › torpedoes, entry 1 › until: 1941-12-31 (was 1942-06-30)',
    ]);
  });

  it('finds the bundled scenario a file is based on by its id, or by its calendar when renamed', () => {
    const listed = ['pacific-1941', 'midway-1942', 'oil-clock-1941', 'southern-oil-1942'].map((f) =>
      loadScenario(`${f}.json`),
    );
    const bundled = listed.map((s) => ({ id: s.meta.id, calendar: s.calendar }));
    const named = (id: string, calendar = base.calendar) => ({ meta: { ...base.meta, id }, calendar });
    expect(baseScenarioId(named('pacific-1941'), bundled)).toBe('pacific-1941');
    expect(baseScenarioId(named('pacific-1941-class-3b'), bundled)).toBe('pacific-1941');
    // Renamed: the grand campaign and the Oil Clock both start in July 1941, monthly; the last turn tells them apart.
    expect(baseScenarioId(named('our-war'), bundled)).toBe('pacific-1941');
    const oilClock = listed[2]!.calendar;
    expect(baseScenarioId(named('our-oil-clock', oilClock), bundled)).toBe('oil-clock-1941');
    expect(baseScenarioId(named('our-war', { ...base.calendar, lastTurn: 30 }), bundled)).toBeNull();
    expect(
      baseScenarioId(named('my-own-war', { ...base.calendar, start: '1937-07-01' }), bundled),
    ).toBeNull();
  });
});
