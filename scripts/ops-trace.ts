/**
 * `npx tsx scripts/ops-trace.ts <scenario> <japan policy> <allies policy> <seed> [side]`: one game, turn by
 * turn — who holds the scenario's objective areas, where each side's armies stand, and the operations
 * one side's computer player intends with their numbers (docs/AI.md, ninth session: reading a
 * commander's campaign drive).
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { policyByName } from '../src/ai/registry';
import { buildWorld } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

const [file, jp, al, seed, side] = process.argv.slice(2);
const r = loadScenarioText(readFileSync(`scenarios/${file}.json`, 'utf8'));
if (!r.ok) throw new Error(`scenarios/${file}.json does not load`);
const w = buildWorld(r.value);
const who = side ?? 'allies';
const { state } = autoplay(
  w,
  seed ?? 's0',
  { japan: policyByName(jp!)!, allies: policyByName(al!)! },
  {
    onTurn: (t, intents) => {
      const s = t.state;
      const held = (w.scenario.meta.goals?.objectives ?? []).map((a) => `${a}:${s.control[a] ?? '?'}`);
      const armies = s.forces
        .filter((f) => f.side === who && f.type === 'army' && f.status === 'active')
        .map((f) => `${f.id}@${f.location}(${f.type === 'army' ? f.troops : 0})`);
      console.log(`${s.date} will ${s.sides.japan.stocks.will} | ${held.join(' ')}`);
      console.log(`   armies ${armies.join(' ')}`);
      for (const i of intents.filter((x) => x.side === who))
        for (const o of i.operations)
          if (o.kind !== 'hold' && o.kind !== 'escort-convoys' && o.kind !== 'patrol')
            console.log(`   ${o.kind}:${o.target ?? ''} ${o.reason} ${JSON.stringify(o.numbers ?? {})}`);
    },
  },
);
console.log(JSON.stringify(state.outcome));
