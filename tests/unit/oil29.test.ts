/**
 * oil29: the teacher's Sources list puts this scenario's own sources first, the Oil Clock's shipping
 * losses follow the traffic (oilclock31; play29 had named the old ones a flat allowance), and the
 * southern stock cut off says why in plain words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioValue } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { sourcesByUse } from '../../src/scenario/source-uses';
import type { ReportNames } from '../../src/text/report-names';
import { stockCauseText } from '../../src/text/stock-text';
import { labWorld } from '../support/lab';

function bundled(name: string): Scenario {
  const r = loadScenarioValue(
    JSON.parse(readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), 'utf8')),
  );
  if (!r.ok) throw new Error(name);
  return r.value;
}

describe('a scenario’s sources by what cites them (play29 §4.7)', () => {
  it('puts first the sources its events, history, plans and texts cite; the rules’ after', () => {
    const world = labWorld((s) => {
      s.meta.sources.push(
        { key: 'OWN-TEXT', citation: 'Cited by a closing Sources sentence.' },
        { key: 'RULE-ONLY', citation: 'Cited by a rule’s data.' },
        { key: 'UNCITED', citation: 'Cited by no data (a rule’s code).' },
      );
      s.meta.teacherNotes.push('A note. Sources: OWN-TEXT.');
      s.events[0].source = 'O4';
    });
    // A rule's own `source` field: the covering fleet's, say.
    const scenario = structuredClone(world.scenario);
    (scenario.rules as Record<string, unknown>).exampleRule = { source: 'RULE-ONLY' };
    const { own, rules } = sourcesByUse(scenario);
    const ownKeys = own.map((s) => s.key);
    const ruleKeys = rules.map((s) => s.key);
    expect(ownKeys).toContain('OWN-TEXT');
    expect(ownKeys).toContain('O4');
    expect(ruleKeys).toContain('RULE-ONLY');
    expect(ruleKeys).toContain('UNCITED');
    expect(own.length + rules.length).toBe(scenario.meta.sources.length);
  });

  it('gives the Southern Oil Run its own sources of 1941–42, with Leyte Gulf, Iwo Jima and the Kure raids behind the rules', () => {
    const { own, rules } = sourcesByUse(bundled('southern-oil-1942.json'));
    const ownKeys = own.map((s) => s.key);
    for (const key of ['B14', 'BARTLEY-1954', 'L4']) {
      expect(ownKeys).not.toContain(key);
      expect(rules.map((s) => s.key)).toContain(key);
    }
    expect(ownKeys).toContain('O8');
  });
});

describe('the Oil Clock’s shipping losses at war (play29 §4.8; oilclock31)', () => {
  it('plays the grand campaign’s war on shipping instead of a flat allowance', () => {
    // Until oilclock31 it charged 77 thousand GT of freighters and 1 of tankers a month at war, whatever
    // sailed (the "flat allowance" play29 named): now what the submarines, aircraft and mines find is sunk.
    const clock = bundled('oil-clock-1941.json');
    const grand = bundled('pacific-1941.json');
    expect(clock.rules.submarines).toEqual(grand.rules.submarines);
    expect(clock.rules.shipping?.sides).toEqual(['japan']);
    expect(clock.rules.shipping?.southernOil).toEqual(grand.rules.shipping?.southernOil);
    const ships = clock.production.filter(
      (p) => p.perTurn < 0 && (p.resource === 'merchant' || p.resource === 'tankers'),
    );
    expect(ships).toEqual([]);
  });
});

describe('the southern stock cut off, in words (play29 §4.1)', () => {
  const names = {
    area: (id: string) => ({ borneo: 'Borneo', java: 'Java', 'home-islands': 'Home Islands' })[id] ?? id,
  } as unknown as ReportNames;
  it('names the southern fields held when they have no sea route home', () => {
    expect(
      stockCauseText(
        { code: 'southern-stock-cut-off', stock: 9120, capital: 'home-islands', held: ['borneo'] },
        names,
      ),
    ).toBe(
      '9,120 in the southern stock cannot be loaded for Home Islands: Borneo has no sea route home; ships in the southern zone can still burn it there',
    );
  });
});
