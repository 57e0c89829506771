// `npx tsx scripts/make-golden.ts`: (re)writes tests/golden/<scenario>.replay.json, one recorded
// game per bundled scenario (random legal orders on both sides, a fixed seed), whose per-turn
// hashes pin the rules. Regenerate on purpose after a rules or scenario change, and say in the
// commit how the outcomes changed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { autoplay, policyByName } from '../src/ai/index';
import { buildWorld } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

const dir = new URL('../scenarios/', import.meta.url);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))) {
  const loaded = loadScenarioText(readFileSync(new URL(file, dir), 'utf8'));
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const world = buildWorld(loaded.value);
  const random = policyByName('random')!;
  const { replay, state } = autoplay(world, 'golden-1', { japan: random, allies: random });
  const out = new URL(`../tests/golden/${loaded.value.meta.id}.replay.json`, import.meta.url);
  writeFileSync(out, `${JSON.stringify(replay, null, 1)}\n`);
  console.log(
    `${loaded.value.meta.id}: ${replay.turns.length} turns, ${state.outcome?.kind ?? 'unfinished'}, final ${replay.turns.at(-1)?.hash}`,
  );
}
