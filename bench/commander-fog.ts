/**
 * `npx tsx bench/commander-fog.ts [--scenario <file>] [--seeds N] [--japan a,b] [--allies a,b]`:
 * each seed 1..N played twice by each pair of policies, with the computer sides reading the whole
 * state and under the fog of war (autoplay's `fog`: the commander plans on what its side sees,
 * commander.ts `believed`), single-threaded; prints how many games' orders differ, the date of
 * the first turn that differs (10th / 50th / 90th percentile of those games), and how many end in
 * another state. Written for docs/CALIBRATION.md "The commander under fog" (aifog25): the outcome
 * tables say what the fog changes in the results, this one how often it changes a decision at all.
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { policyByName } from '../src/ai/registry';
import { buildWorld, createGame, stateHash } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}

const scenarioPath = option('scenario', 'scenarios/midway-1942.json');
const seeds = Number(option('seeds', '50'));
const japans = option('japan', 'commander:normal,commander:hard').split(',');
const alliesList = option('allies', 'historical').split(',');
const loaded = loadScenarioText(readFileSync(scenarioPath, 'utf8'));
if (!loaded.ok) throw new Error(`${scenarioPath} does not load`);
const world = buildWorld(loaded.value);
const start = createGame(world, '1').date;
const rank = (xs: readonly string[], p: number) =>
  xs.length === 0 ? '—' : xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

console.log(
  `${loaded.value.meta.id}, seeds 1..${seeds}: the same games with the whole state and under the fog of war`,
);
console.log('');
console.log(
  '| Japan | Allies | games | orders differ | the first turn that differs began (p10 / p50 / p90) | end state differs |',
);
console.log('|---|---|---|---|---|---|');
for (const jp of japans) {
  for (const al of alliesList) {
    const japan = policyByName(jp);
    const allies = policyByName(al);
    if (!japan || !allies) throw new Error(`unknown policy ${jp} or ${al}`);
    let differ = 0;
    let endDiffers = 0;
    const first: string[] = [];
    for (let s = 1; s <= seeds; s++) {
      const whole = autoplay(world, String(s), { japan, allies });
      const fogged = autoplay(world, String(s), { japan, allies }, { fog: true });
      const a = whole.replay.turns;
      const b = fogged.replay.turns;
      const at = a.findIndex((t, i) => JSON.stringify(t.orders) !== JSON.stringify(b[i]?.orders));
      if (at >= 0 || a.length !== b.length) {
        differ++;
        // The date the turn began (the previous turn's end; the game's start for the first).
        const turn = at >= 0 ? at : Math.min(a.length, b.length);
        first.push(turn === 0 ? start : (whole.series[turn - 1]?.date ?? whole.state.date));
      }
      if (stateHash(whole.state) !== stateHash(fogged.state)) endDiffers++;
    }
    first.sort();
    console.log(
      `| ${jp} | ${al} | ${seeds} | ${differ} | ${rank(first, 10)} / ${rank(first, 50)} / ${rank(first, 90)} | ${endDiffers} |`,
    );
  }
}
