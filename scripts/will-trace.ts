/**
 * `npx tsx scripts/will-trace.ts <scenario> <japan policy> <allies policy> <seed>`: one game, turn by
 * turn — Japan's will, its pressures, and the kinds of operation each computer side intends
 * (docs/AI.md, issue 13: what drives a commander's Japan to surrender, to compare the levels).
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { policyByName } from '../src/ai/registry';
import { buildWorld } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

const [file, jp, al, seed] = process.argv.slice(2);
const r = loadScenarioText(readFileSync(`scenarios/${file}.json`, 'utf8'));
if (!r.ok) throw new Error(`scenarios/${file}.json does not load`);
const w = buildWorld(r.value);
const { state } = autoplay(
  w,
  seed ?? 's0',
  { japan: policyByName(jp!)!, allies: policyByName(al!)! },
  {
    onTurn: (t, intents) => {
      const s = t.state;
      const p = s.willPressure.japan;
      const ops = intents
        .filter((i) => i.side === 'japan')
        .flatMap((i) => i.operations.map((o) => `${o.kind}:${o.target ?? ''}`))
        .join(' ');
      const oil: Record<string, number> = {};
      const will: Record<string, number> = {};
      for (const it of t.report.items) {
        if (it.kind !== 'economy' || it.side !== 'japan') continue;
        const into = it.resource === 'oil' ? oil : it.resource === 'will' ? will : null;
        if (!into) continue;
        for (const c of it.changes) {
          const k = c.cause.code === 'will-pressure' ? 'pressure' : c.cause.code;
          into[k] = (into[k] ?? 0) + c.amount;
        }
      }
      console.log(`   oil ${JSON.stringify(oil)} will ${JSON.stringify(will)}`);
      console.log(
        `${s.date} will ${s.sides.japan.stocks.will} oil ${s.sides.japan.stocks.oil} ${JSON.stringify(p)} | ${ops}`,
      );
    },
  },
);
console.log(JSON.stringify(state.outcome));
