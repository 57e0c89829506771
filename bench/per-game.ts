/**
 * `node --import tsx bench/per-game.ts [games]` (or an esbuild bundle of it): plays `games` (30
 * unless told) historical v historical grand campaigns in one cold process, the bench's ten seeds in
 * turn, and prints each game's time three ways: wall clock, the process's CPU (every thread: the
 * optimising compiler's and the collector's helpers too) and the main thread's CPU (read from
 * /proc on Linux, in 10 ms ticks; absent elsewhere). The bench's `campaignMs` is the median of
 * games 2–11 of such a process (bench.ts): this shows how much of it is the engine and how much
 * the JIT's warm-up (PERFORMANCE.md, pass 17).
 */
import { existsSync, readFileSync } from 'node:fs';
import { historicalPolicy } from '../src/ai/historical';
import { buildWorld, createGame, resolveTurn } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

const games = Number(process.argv[2] ?? 30);
const loaded = loadScenarioText(readFileSync('scenarios/pacific-1941.json', 'utf8'));
if (!loaded.ok) throw new Error('pacific-1941.json does not validate');
const world = buildWorld(loaded.value);
const statFile = `/proc/self/task/${process.pid}/stat`;
/** The main thread's CPU in ms (user + system, 10 ms ticks), or NaN where /proc is not. */
const mainThreadMs = (): number => {
  if (!existsSync(statFile)) return Number.NaN;
  const fields = readFileSync(statFile, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const wall: number[] = [];
const cpu: number[] = [];
const main: number[] = [];
// A hook before each game (heap-sample.ts starts its sampling after the warm-up games).
const beforeGame = (globalThis as { beforePerGame?: (i: number) => void }).beforePerGame;
for (let i = 0; i < games; i++) {
  beforeGame?.(i);
  const w0 = performance.now();
  const c0 = process.cpuUsage();
  const m0 = mainThreadMs();
  let state = createGame(world, `campaign-${i % 10}`);
  while (!state.outcome) {
    const orders = {
      japan: historicalPolicy.orders(world, state, 'japan'),
      allies: historicalPolicy.orders(world, state, 'allies'),
    };
    state = resolveTurn(world, state, orders).state;
  }
  const d = process.cpuUsage(c0);
  main.push(mainThreadMs() - m0);
  cpu.push((d.user + d.system) / 1000);
  wall.push(performance.now() - w0);
}
const line = (label: string, xs: number[]) => `${label} ${xs.map((x) => x.toFixed(0)).join(' ')}\n`;
process.stdout.write(
  line('wall ms       ', wall) + line('process CPU ms', cpu) + line('main CPU ms   ', main),
);
