import { readFileSync } from 'node:fs';
import { buildWorld, type World } from '../../src/engine';
import { loadScenarioText } from '../../src/scenario/load';
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

export function smallWorld(): World {
  return buildWorld(loadScenario('southern-oil-1942.json'));
}
