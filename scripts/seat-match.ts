/**
 * One match of the tournament, any two policies, the same policy on both sides allowed (the
 * tournament leaves that out): Japanese wins, draws and Allied wins under both judges, on seeds
 * 1..n. It gives the baseline a `--by-match` row is read against — e.g. the historical plan
 * against itself — so "hard beats the historical plan on both sides" can be checked seat by seat:
 *
 *   npx tsx scripts/seat-match.ts scenarios/midway-1942.json 200 historical historical
 */
import { policyByName } from '../src/ai/registry';
import { playOnWorkers } from '../src/cli/batch-pool';
import { loadScenarioFile } from '../src/cli/scenario-file';
import { gameWinner, TOURNAMENT_JUDGES } from '../src/cli/tournament';

const [file, gamesText, japan, allies] = process.argv.slice(2);
if (!file || !gamesText || !japan || !allies) {
  process.stderr.write(
    'usage: npx tsx scripts/seat-match.ts <scenario> <games> <japan policy> <allied policy>\n',
  );
  process.exit(2);
}
const name = (p: string) => policyByName(p)?.name ?? p;
const loaded = loadScenarioFile(file);
const seeds = Array.from({ length: Number(gamesText) }, (_, i) => String(i + 1));
const runs = await playOnWorkers(
  { scenarioText: loaded.text, whatIf: null, japan: name(japan), allies: name(allies) },
  seeds,
  2,
);
for (const judge of TOURNAMENT_JUDGES) {
  const count = { japan: 0, draw: 0, allies: 0 };
  for (const r of runs) count[gameWinner(r, judge)]++;
  process.stdout.write(
    `${loaded.scenario.meta.id} ${japan} (Japan) v ${allies} (Allies), ${runs.length} games, judged on ${judge}: Japan ${count.japan}, draws ${count.draw}, Allies ${count.allies}\n`,
  );
}
