/**
 * `npx tsx bench/midway-passive.ts [--seeds N] [--japan a,b] [--allies a,b] [--fog]`: Midway
 * (`scenarios/midway-1942.json`) played to its last turn by each Japanese policy against each
 * Allied one on seeds 1..N (default 50), single-threaded: the verdict (winner and strength, the
 * end screen's judge), whether Japan holds Midway at the end, the turn its troops first landed
 * there, and the carriers each side lost. Written for docs/CALIBRATION.md "Midway against a
 * passive defender" (midway24): a student who gives no orders must not win Midway decisively.
 * `--allies park` is play25's student (midway25): on turn 1 every Allied ship at Pearl Harbor sails
 * to Midway approaches, on turn 3 the carriers go on to Midway, then no more orders — a student who
 * parks the fleet must not win without a fight. `--scenario <file>` plays another scenario instead
 * (its first goal objective stands for Midway in the table; `park` is Midway's alone): the other
 * scenarios' verdicts before and after a change to the commander (midway25).
 * `--fog`: both computer sides plan under the fog of war (autoplay's `fog`; aifog25).
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { buildWorld, type TurnReport } from '../src/engine/index';
import { scoreGame } from '../src/judge/score';
import { judgeGame } from '../src/judge/verdict';
import { loadScenarioText } from '../src/scenario/load';
import { benchPolicy } from './park-policy';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}

const seeds = Number(option('seeds', '50'));
const fog = process.argv.includes('--fog');
const japans = option('japan', 'commander:normal,commander:hard,historical').split(',');
const alliesList = option('allies', 'pass,historical').split(',');
const file = option('scenario', '');
const loaded = loadScenarioText(
  readFileSync(file ? file : new URL('../scenarios/midway-1942.json', import.meta.url), 'utf8'),
);
if (!loaded.ok) throw new Error(`${file || 'midway-1942'} does not load`);
const world = buildWorld(loaded.value);
const goal = world.scenario.meta.goals?.objectives?.[0] ?? 'midway';

/** play25's student (notes/play25.md §4.1): the Pearl Harbor ships to Midway approaches, the carriers on to Midway. */
const policy = benchPolicy;
const pct = (n: number) => `${Math.round((n * 100) / seeds)}%`;

console.log(
  '| Japan | Allies | games | Japan wins (decisive) | Allied wins (decisive) | draws | Midway held by Japan at the end | Japan ashore on Midway (p50 date) | carriers lost JP / US (mean) |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const jp of japans) {
  for (const al of alliesList) {
    const japan = policy(jp);
    const allies = policy(al);
    if (!japan || !allies) throw new Error(`unknown policy ${jp} or ${al}`);
    let jWin = 0;
    let jDec = 0;
    let aWin = 0;
    let aDec = 0;
    let draw = 0;
    let held = 0;
    let cJ = 0;
    let cA = 0;
    const landed: string[] = [];
    for (let s = 1; s <= seeds; s++) {
      const reports: TurnReport[] = [];
      let first: string | null = null;
      const game = autoplay(
        world,
        String(s),
        { japan, allies },
        {
          ...(fog ? { fog } : {}),
          onTurn: (r) => {
            reports.push(r.report);
            const ashore = r.state.forces.some(
              (f) => f.side === 'japan' && f.type === 'army' && f.status === 'active' && f.location === goal,
            );
            if (ashore && first === null) first = r.report.date;
          },
        },
      );
      const score = scoreGame(world, game.state, reports);
      const v = judgeGame(world, game.state, score);
      if (v?.winner === 'japan') {
        jWin++;
        if (v.strength === 'decisive') jDec++;
      } else if (v?.winner === 'allies') {
        aWin++;
        if (v.strength === 'decisive') aDec++;
      } else draw++;
      if (game.state.control[goal] === 'japan') held++;
      if (first !== null) landed.push(first);
      cJ += score.sides.japan.carriersSunk;
      cA += score.sides.allies.carriersSunk;
    }
    landed.sort();
    const p50 = landed.length ? landed[Math.floor((landed.length - 1) / 2)] : '—';
    console.log(
      `| ${jp} | ${al} | ${seeds} | ${pct(jWin)} (${pct(jDec)}) | ${pct(aWin)} (${pct(aDec)}) | ${pct(draw)} | ${pct(held)} | ${pct(landed.length)} (${p50}) | ${(cJ / seeds).toFixed(2)} / ${(cA / seeds).toFixed(2)} |`,
    );
  }
}
