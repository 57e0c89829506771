/**
 * `npx tsx bench/compare-turns.ts <checkout A> <checkout B> [rounds]`: the engine's own work alone,
 * paired. The bench's ten grand campaigns are played once by the historical bots of checkout A and
 * their orders kept, turn by turn; then each round resolves one campaign's turns from those orders
 * (`resolveTurn` only: no bot, no legality check of a replay, no hash) with A's engine and with
 * B's, in turn — A B, B A, … — timing each whole campaign in CPU time. The ratio A/B is taken pair by
 * pair; the median is printed. `bench/compare.ts` times whole games (the bots are a third of one)
 * and `verifyReplay` (which checks every order again and hashes every state): a cut in the
 * engine's phases shows here undiluted. Each run is given its own deep copy of the orders (the
 * engine keeps some answers by orders object). Both checkouts must give the same results (the
 * final states' hashes are compared: `sameResults`), else the orders recorded from A are not the
 * orders B's bots would give and the comparison means nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkoutPair } from './checkout-pair';
import { cpuMs, median, readLoad } from './cpu-stats';

type Orders = { japan: unknown[]; allies: unknown[] };

interface Engine {
  /** The campaign of `seed` from `orders`, turn by turn: its final state's hash. */
  resolveAll: (seed: string, orders: readonly Orders[]) => string;
  /** The campaign of `seed` played by the historical bots: the orders of each turn. */
  record: (seed: string) => Orders[];
}

async function load(root: string): Promise<Engine> {
  const url = (path: string) => pathToFileURL(resolve(root, path)).href;
  const { loadScenarioText } = await import(url('src/scenario/load.ts'));
  const { buildWorld, createGame, resolveTurn, stateHash } = await import(url('src/engine/index.ts'));
  const { historicalPolicy } = await import(url('src/ai/historical.ts'));
  const loaded = loadScenarioText(readFileSync(resolve(root, 'scenarios/pacific-1941.json'), 'utf8'));
  if (!loaded.ok) throw new Error(`${root}: pacific-1941.json does not validate`);
  const world = buildWorld(loaded.value);
  return {
    resolveAll: (seed, orders) => {
      let state = createGame(world, seed);
      for (const o of orders) state = resolveTurn(world, state, o).state;
      return stateHash(state);
    },
    record: (seed) => {
      const out: Orders[] = [];
      let state = createGame(world, seed);
      while (!state.outcome) {
        const orders = {
          japan: historicalPolicy.orders(world, state, 'japan'),
          allies: historicalPolicy.orders(world, state, 'allies'),
        };
        out.push(JSON.parse(JSON.stringify(orders)) as Orders);
        state = resolveTurn(world, state, orders).state;
      }
      return out;
    },
  };
}

async function main(): Promise<void> {
  const args = checkoutPair('compare-turns.ts', 60);
  if (!args) return;
  const { rootA, rootB, rounds } = args;
  const a = await load(rootA);
  const b = await load(rootB);
  const seeds = Array.from({ length: 10 }, (_, i) => `campaign-${i}`);
  const recorded = seeds.map(a.record);
  const copy = (orders: readonly Orders[]): Orders[] => JSON.parse(JSON.stringify(orders)) as Orders[];
  // The same final states from the same orders (and both engines warmed up on every campaign).
  const sameResults =
    seeds.map((s, i) => a.resolveAll(s, copy(recorded[i]!))).join() ===
    seeds.map((s, i) => b.resolveAll(s, copy(recorded[i]!))).join();
  const ta: number[] = [];
  const tb: number[] = [];
  const loadBefore = readLoad();
  for (let i = 0; i < rounds; i++) {
    const k = i % 10;
    const ordersA = copy(recorded[k]!);
    const ordersB = copy(recorded[k]!);
    const aFirst = i % 2 === 0;
    for (const first of [aFirst, !aFirst]) {
      if (first) ta.push(cpuMs(() => a.resolveAll(seeds[k]!, ordersA)));
      else tb.push(cpuMs(() => b.resolveAll(seeds[k]!, ordersB)));
    }
  }
  const ratios = ta.map((v, i) => v / tb[i]!);
  const r2 = (n: number) => Math.round(n * 100) / 100;
  const out = {
    a: rootA,
    b: rootB,
    rounds,
    sameResults,
    load: { before: loadBefore, after: readLoad() },
    turnsCpuMs: { a: r2(median(ta)), b: r2(median(tb)), ratio: Math.round(median(ratios) * 1000) / 1000 },
    pairsBelowOne: ratios.filter((r) => r < 1).length,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
