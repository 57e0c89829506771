/**
 * `node --cpu-prof --import tsx bench/profile-bots.ts [games]`: plays `games` (200 unless told)
 * historical v historical grand campaigns in one process, for a CPU profile of the bots' share.
 * Summarise the profile with `npx tsx bench/profile-summary.ts <file.cpuprofile>`.
 */
import { readFileSync } from 'node:fs';
import { historicalPolicy } from '../src/ai/historical';
import { buildWorld, createGame, resolveTurn } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

const games = Number(process.argv[2] ?? 200);
const loaded = loadScenarioText(readFileSync('scenarios/pacific-1941.json', 'utf8'));
if (!loaded.ok) throw new Error('pacific-1941.json does not validate');
const world = buildWorld(loaded.value);
const t0 = process.cpuUsage();
for (let i = 0; i < games; i++) {
  let state = createGame(world, `campaign-${i}`);
  while (!state.outcome) {
    const orders = {
      japan: historicalPolicy.orders(world, state, 'japan'),
      allies: historicalPolicy.orders(world, state, 'allies'),
    };
    state = resolveTurn(world, state, orders).state;
  }
}
const d = process.cpuUsage(t0);
process.stdout.write(`${games} campaigns, ${((d.user + d.system) / 1000 / games).toFixed(1)} ms CPU each\n`);
