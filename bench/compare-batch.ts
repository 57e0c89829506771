/**
 * `npx tsx bench/compare-batch.ts <seeds> <checkout>...`: the batch's games (seeds 1..n of the
 * grand campaign, the historical plan on both sides, Japan's orders read for the code-breakers as
 * `batch` does) played in one process by several checkouts, seed by seed in turn, the order of the
 * checkouts rotated each seed, so that every checkout meets the same machine. Each checkout first
 * plays 12 warm-up games (seeds 1001..1012: a fresh process's first games are mostly the JIT's
 * compile, see "Pass 17" in docs/PERFORMANCE.md). Prints, per checkout: the turns played over
 * all the seeds, the median CPU ms per game and per turn, and the median of the pairwise ratios of
 * its CPU per game to the first checkout's (same seed). A checkout that plays more turns costs
 * more for that reason alone; the per-turn figure separates the two.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpuMs, median, readLoad } from './cpu-stats';

interface Checkout {
  root: string;
  play: (seed: string) => { turns: number; hash: string };
}

async function load(root: string): Promise<Checkout> {
  const url = (path: string) => pathToFileURL(resolve(root, path)).href;
  const { loadScenarioText } = await import(url('src/scenario/load.ts'));
  const engine = await import(url('src/engine/index.ts'));
  const { historicalPolicy } = await import(url('src/ai/historical.ts'));
  const loaded = loadScenarioText(readFileSync(resolve(root, 'scenarios/pacific-1941.json'), 'utf8'));
  if (!loaded.ok) throw new Error(`${root}: pacific-1941.json does not validate`);
  const world = engine.buildWorld(loaded.value);
  const play = (seed: string) => {
    let state = engine.createGame(world, seed);
    let turns = 0;
    while (!state.outcome) {
      const japanOrders = historicalPolicy.orders(world, state, 'japan');
      const known =
        engine.rememberedVerdicts(world, state, 'japan', japanOrders).length === japanOrders.length;
      const intel = engine.readJapaneseIntentions(world, state, japanOrders, known ? japanOrders : undefined);
      const orders = {
        japan: japanOrders,
        allies: historicalPolicy.orders(world, state, 'allies', { intel }),
      };
      state = engine.resolveTurn(world, state, orders).state;
      turns++;
    }
    return { turns, hash: engine.stateHash(state) };
  };
  return { root, play };
}

async function main(): Promise<void> {
  const [seedsArg, ...roots] = process.argv.slice(2);
  const n = Number(seedsArg);
  if (!Number.isInteger(n) || n < 1 || roots.length < 1) {
    process.stderr.write('usage: npx tsx bench/compare-batch.ts <seeds ≥ 1> <checkout>...\n');
    process.exitCode = 2;
    return;
  }
  const checkouts: Checkout[] = [];
  for (const root of roots) checkouts.push(await load(root));
  for (let w = 1001; w <= 1012; w++) for (const c of checkouts) c.play(String(w));
  const ms = checkouts.map(() => [] as number[]);
  const perTurn = checkouts.map(() => [] as number[]);
  const turns = checkouts.map(() => 0);
  const hashes = checkouts.map(() => [] as string[]);
  for (let s = 1; s <= n; s++) {
    for (let k = 0; k < checkouts.length; k++) {
      const i = (k + s) % checkouts.length;
      let r = { turns: 0, hash: '' };
      const t = cpuMs(() => {
        r = checkouts[i]!.play(String(s));
      });
      ms[i]!.push(t);
      perTurn[i]!.push(t / r.turns);
      turns[i]! += r.turns;
      hashes[i]!.push(r.hash);
    }
  }
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const out = checkouts.map((c, i) => ({
    checkout: c.root,
    turns: turns[i],
    sameResultsAsFirst: hashes[i]!.join() === hashes[0]!.join(),
    cpuMsPerGame: r3(median(ms[i]!)),
    cpuMsPerTurn: r3(median(perTurn[i]!)),
    ratioToFirst: r3(median(ms[i]!.map((v, j) => v / ms[0]![j]!))),
    perTurnRatioToFirst: r3(median(perTurn[i]!.map((v, j) => v / perTurn[0]![j]!))),
  }));
  process.stdout.write(`${JSON.stringify({ seeds: n, load: readLoad(), checkouts: out }, null, 2)}\n`);
}

main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
