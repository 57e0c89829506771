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
 * The small scenario the rule tests know: its own file, tests/support/lab-scenario.json (a copy of
 * southern-oil-1942 as it was before that scenario was staged as on 1 January 1942, with no plan),
 * so a change to a bundled scenario's data — re-balancing, re-calibration — cannot move a rule test.
 * A test that needs a rule switches it on in its own set-up (lab.ts, `labWorld`).
 */
// biome-ignore lint/suspicious/noExplicitAny: tests edit raw scenario JSON
export function labScenarioRaw(): any {
  return JSON.parse(readFileSync(new URL('./lab-scenario.json', import.meta.url), 'utf8'));
}

export function smallWorld(): World {
  const r = loadScenarioValue(labScenarioRaw());
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return buildWorld(r.value);
}
