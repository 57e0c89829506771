/**
 * `npx tsx scripts/level-matrix.ts <scenario stem> <games> [japan policies] [allies policies]`: every
 * Japanese policy against every Allied one on seeds 1..n (the tournament's seeds), one line per
 * Japanese policy with Japan's wins / draws / the Allies' wins against each Allied policy, judged
 * as the end screen judges (judgeGame). Policies are `historical`, `easy`, `normal`, `hard`
 * (comma-separated; all four by default). The per-side figures of docs/AI.md (seventh session).
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { policyByName } from '../src/ai/registry';
import { buildWorld, type TurnReport } from '../src/engine/index';
import { scoreGame } from '../src/judge/score';
import { judgeGame } from '../src/judge/verdict';
import { loadScenarioText } from '../src/scenario/load';

const [file, n, jps, als] = process.argv.slice(2);
const r = loadScenarioText(readFileSync(`scenarios/${file}.json`, 'utf8'));
if (!r.ok) throw new Error('bad');
const w = buildWorld(r.value);
const J = (jps ?? 'historical,easy,normal,hard').split(',');
const A = (als ?? 'historical,easy,normal,hard').split(',');
const name = (p: string) => (p === 'historical' ? p : `commander:${p}`);
for (const jp of J) {
  const row: string[] = [];
  for (const al of A) {
    const out: Record<string, number> = { japan: 0, draw: 0, allies: 0 };
    for (let i = 1; i <= Number(n); i++) {
      const reports: TurnReport[] = [];
      const { state } = autoplay(
        w,
        `${i}`,
        { japan: policyByName(name(jp))!, allies: policyByName(name(al))! },
        { onTurn: (t) => reports.push(t.report) },
      );
      const v = judgeGame(w, state, scoreGame(w, state, reports))!;
      out[v.winner] = (out[v.winner] ?? 0) + 1;
    }
    row.push(`${al}: ${out.japan}/${out.draw}/${out.allies}`);
  }
  console.log(`Japan ${jp.padEnd(10)} v Allies ${row.join('  ')}`);
}
