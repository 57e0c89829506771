/**
 * `npx tsx scripts/commander-duel.ts <scenario> <japan policy> <allies policy> <games> [first seed]`:
 * plays seeds s<first>.. and prints one JSON line: who won by the end screen's verdict
 * (judgeGame) and how the games ended. The figures of docs/AI.md (Commander).
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { policyByName } from '../src/ai/registry';
import { buildWorld, type TurnReport } from '../src/engine/index';
import { scoreGame } from '../src/judge/score';
import { judgeGame } from '../src/judge/verdict';
import { loadScenarioText } from '../src/scenario/load';

const [file, jp, al, n, from] = process.argv.slice(2);
const r = loadScenarioText(readFileSync(`scenarios/${file}.json`, 'utf8'));
if (!r.ok) throw new Error('bad');
const w = buildWorld(r.value);
const out: Record<string, number> = {};
const kinds: Record<string, number> = {};
const t0 = performance.now();
let turns = 0;
for (let i = Number(from ?? 0); i < Number(from ?? 0) + Number(n); i++) {
  const reports: TurnReport[] = [];
  const { state } = autoplay(
    w,
    `s${i}`,
    { japan: policyByName(jp!)!, allies: policyByName(al!)! },
    { onTurn: (t) => reports.push(t.report) },
  );
  const v = judgeGame(w, state, scoreGame(w, state, reports))!;
  out[v.winner] = (out[v.winner] ?? 0) + 1;
  const k = `${state.outcome?.kind} ${state.outcome?.date.slice(0, 7)}`;
  kinds[k] = (kinds[k] ?? 0) + 1;
  turns += state.turn;
}
console.log(
  JSON.stringify({
    file,
    jp,
    al,
    n: Number(n),
    winners: out,
    kinds,
    msPerTurn: Math.round((performance.now() - t0) / turns),
  }),
);
