import { readFileSync } from 'node:fs';
import { buildWorld, type World } from '../../src/engine';
import { loadScenarioText, loadScenarioValue } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';

export function readScenarioFile(name: string): string {
  return readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), 'utf8');
}

export function loadScenario(name: string): Scenario {
  const r = loadScenarioText(readScenarioFile(name));
  if (!r.ok)
    throw new Error(`${name} is invalid:\n${r.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return r.value;
}

/**
 * The small scenario as the rule tests know it: southern-oil-1942 before it was staged as on
 * 1 January 1942 (scripts/data/goals.py: the 14th Army on Luzon, the 25th in Malaya, the grand
 * campaign's garrisons, the Saigon transports, a historical plan, all four objectives to win).
 * The rule tests set up their own situations on this board and must not move when the bundled
 * scenario's staging is re-balanced.
 */
// biome-ignore lint/suspicious/noExplicitAny: tests edit raw scenario JSON
export function labScenarioRaw(): any {
  const raw = JSON.parse(readScenarioFile('southern-oil-1942.json'));
  // biome-ignore lint/suspicious/noExplicitAny: raw scenario JSON
  raw.forces = raw.forces.filter((f: any) => f.id !== 'fourteenth-army' && f.id !== 'saigon-transports');
  const set = (id: string, values: Record<string, unknown>) =>
    // biome-ignore lint/suspicious/noExplicitAny: raw scenario JSON
    Object.assign(raw.forces.find((f: any) => f.id === id) ?? {}, values);
  set('twenty-fifth-army', { troops: 60, experience: 75, location: 'indochina-south' });
  set('usaffe', { troops: 120, experience: 30 });
  set('malaya-command', { troops: 85, experience: 40 });
  raw.historicalPlan = [];
  if (raw.meta.goals) delete raw.meta.goals.japanNeedsPercent;
  return raw;
}

export function smallWorld(): World {
  const r = loadScenarioValue(labScenarioRaw());
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return buildWorld(r.value);
}
