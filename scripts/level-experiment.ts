/**
 * `npx tsx scripts/level-experiment.ts <scenario stem> <games> <level> '<json settings>' [opponents]`:
 * a commander level with some of its settings changed (levels.ts, e.g. '{"planBattleOdds":0}')
 * against each opponent (`historical,easy,normal,hard` by default) on both sides, seeds 1..n; prints
 * its score (wins plus half the draws) and, per opponent and side, Japan's wins / draws / the Allies'
 * wins. How the seventh session tried the levels' settings (docs/AI.md).
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { commanderWith } from '../src/ai/commander/commander';
import { LEVELS, type Level, type LevelSettings } from '../src/ai/commander/levels';
import { VARIANTS } from '../src/ai/commander/variants';
import type { Policy } from '../src/ai/policy';
import { policyByName } from '../src/ai/registry';
import { buildWorld, type TurnReport } from '../src/engine/index';
import { scoreGame } from '../src/judge/score';
import { judgeGame } from '../src/judge/verdict';
import { loadScenarioText } from '../src/scenario/load';

const [file, n, level, json, opp] = process.argv.slice(2);
const r = loadScenarioText(readFileSync(`scenarios/${file}.json`, 'utf8'));
if (!r.ok) throw new Error('bad');
const w = buildWorld(r.value);
const settings: LevelSettings = { ...LEVELS[level as Level], ...JSON.parse(json ?? '{}') };
const x: Policy = {
  name: 'x',
  description: 'x',
  ...commanderWith(
    settings,
    settings.variants.map((id: string) => VARIANTS.find((v) => v.id === id)!),
  ),
};
const name = (p: string) => (p === 'historical' ? p : `commander:${p}`);
let score = 0;
const row: string[] = [];
for (const o of (opp ?? 'historical,easy,normal,hard').split(',')) {
  for (const side of ['japan', 'allies'] as const) {
    const out: Record<string, number> = { japan: 0, draw: 0, allies: 0 };
    for (let i = 1; i <= Number(n); i++) {
      const reports: TurnReport[] = [];
      const pols =
        side === 'japan'
          ? { japan: x, allies: policyByName(name(o))! }
          : { japan: policyByName(name(o))!, allies: x };
      const { state } = autoplay(w, `${i}`, pols, { onTurn: (t) => reports.push(t.report) });
      const v = judgeGame(w, state, scoreGame(w, state, reports))!;
      out[v.winner] = (out[v.winner] ?? 0) + 1;
    }
    const mine = out[side]! + out.draw! / 2;
    score += mine;
    row.push(`${side === 'japan' ? 'J' : 'A'} v ${o}: ${out.japan}/${out.draw}/${out.allies}`);
  }
}
console.log(`${level} ${json}: score ${score} | ${row.join('  ')}`);
