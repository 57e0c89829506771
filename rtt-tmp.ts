import { readFileSync } from 'node:fs';
import { autoplay } from './src/ai/autoplay';
import { policyByName } from './src/ai/registry';
import { buildWorld } from './src/engine/index';
import { loadScenarioText } from './src/scenario/load';
const [file, jp, al, n] = process.argv.slice(2);
const r = loadScenarioText(readFileSync(`scenarios/${file}.json`, 'utf8'));
if (!r.ok) throw new Error('bad');
const w = buildWorld(r.value);
const objs = w.scenario.meta.goals!.objectives!;
const rows: string[] = [];
for (let i = 1; i <= Number(n); i++) {
  const { state } = autoplay(w, `${i}`, { japan: policyByName(jp!)!, allies: policyByName(al!)! });
  const held = objs.filter((id) => (state.control[id] ?? w.areas.get(id)!.owner) === 'japan');
  const v = held.reduce((k, id) => k + (w.areas.get(id)!.value ?? 0), 0);
  rows.push(`${state.outcome?.kind}@${state.outcome?.date.slice(0, 7)}:${v}`);
}
const c: Record<string, number> = {};
for (const x of rows) c[x] = (c[x] ?? 0) + 1;
console.log(jp, al, JSON.stringify(c));
