/**
 * `npx tsx bench/compare.ts <checkout A> <checkout B> [rounds]`: the bench's
 * grand campaign and replay verification (`campaignMs`, `verifyMs` in
 * bench.ts) of two checkouts of the project (e.g. this worktree and a
 * `git worktree` of an older commit), played in one process, game by game in
 * turn — A B, B A, A B … — so that both meet the same machine. Each game is
 * timed in CPU time and the ratio A/B is taken pair by pair; the medians are
 * printed. On a shared machine this is the figure to trust: wall time there
 * measures the queue for a core as much as the engine, and even CPU time
 * drifts with the load, but a pair's two games drift together.
 *
 * It also says whether both checkouts end the ten bench games in the same
 * states (state hashes): a speed change must not change a result.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkoutPair } from './checkout-pair';
import { cpuMs, median } from './cpu-stats';

interface Side {
  play: (seed: string) => string;
  verify: (i: number) => boolean;
}

async function load(root: string): Promise<Side> {
  const url = (path: string) => pathToFileURL(resolve(root, path)).href;
  const { loadScenarioText } = await import(url('src/scenario/load.ts'));
  const { buildWorld, createGame, resolveTurn, stateHash } = await import(url('src/engine/index.ts'));
  const { historicalPolicy } = await import(url('src/ai/historical.ts'));
  const { autoplay } = await import(url('src/ai/autoplay.ts'));
  const { verifyReplay } = await import(url('src/replay/verify.ts'));
  const loaded = loadScenarioText(readFileSync(resolve(root, 'scenarios/pacific-1941.json'), 'utf8'));
  if (!loaded.ok) throw new Error(`${root}: pacific-1941.json does not validate`);
  const world = buildWorld(loaded.value);
  const play = (seed: string): string => {
    let state = createGame(world, seed);
    while (!state.outcome) {
      const orders = {
        japan: historicalPolicy.orders(world, state, 'japan'),
        allies: historicalPolicy.orders(world, state, 'allies'),
      };
      state = resolveTurn(world, state, orders).state;
    }
    return stateHash(state);
  };
  const replays = Array.from(
    { length: 10 },
    (_, i) => autoplay(world, `campaign-${i}`, { japan: historicalPolicy, allies: historicalPolicy }).replay,
  );
  return { play, verify: (i) => verifyReplay(world, replays[i % 10]).ok };
}

async function main(): Promise<void> {
  const args = checkoutPair('compare.ts', 40);
  if (!args) return;
  const { rootA, rootB, rounds } = args;
  const a = await load(rootA);
  const b = await load(rootB);
  // The bench's seeds: the final states say whether the results are the same (and warm both up).
  const seeds = Array.from({ length: 10 }, (_, i) => `campaign-${i}`);
  const sameResults = seeds.map(a.play).join() === seeds.map(b.play).join();
  a.verify(0);
  b.verify(0);
  const t = {
    campaignA: [] as number[],
    campaignB: [] as number[],
    verifyA: [] as number[],
    verifyB: [] as number[],
  };
  for (let i = 0; i < rounds; i++) {
    const seed = seeds[i % 10]!;
    const aFirst = i % 2 === 0;
    for (const first of [aFirst, !aFirst]) {
      if (first) t.campaignA.push(cpuMs(() => a.play(seed)));
      else t.campaignB.push(cpuMs(() => b.play(seed)));
    }
    for (const first of [aFirst, !aFirst]) {
      if (first) t.verifyA.push(cpuMs(() => a.verify(i)));
      else t.verifyB.push(cpuMs(() => b.verify(i)));
    }
  }
  const ratio = (x: number[], y: number[]) => median(x.map((v, i) => v / y[i]!));
  const r2 = (n: number) => Math.round(n * 100) / 100;
  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  const out = {
    a: rootA,
    b: rootB,
    rounds,
    sameResults,
    campaignCpuMs: {
      a: r2(median(t.campaignA)),
      b: r2(median(t.campaignB)),
      ratio: r3(ratio(t.campaignA, t.campaignB)),
    },
    verifyCpuMs: {
      a: r2(median(t.verifyA)),
      b: r2(median(t.verifyB)),
      ratio: r3(ratio(t.verifyA, t.verifyB)),
    },
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
