/**
 * `npx tsx bench/hash-compare.ts <checkout A> <checkout B> [campaigns]`: the
 * state hash alone in two checkouts. Each plays the same historical campaigns
 * (seeds `campaign-0`…) and keeps every state; then both hash their states in
 * order, in turn (A B, B A, …), in CPU time, and the median of the pairs'
 * ratios A/B is printed — with whether both give the same hashes (a speed
 * change to the digest must not change one).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Side {
  states: unknown[];
  digest: (state: unknown) => string;
}

async function load(root: string, campaigns: number): Promise<Side> {
  const url = (path: string) => pathToFileURL(resolve(root, path)).href;
  const { loadScenarioText } = await import(url('src/scenario/load.ts'));
  const { buildWorld, createGame, resolveTurn } = await import(url('src/engine/index.ts'));
  const { digestState } = await import(url('src/engine/state-hash.ts'));
  const { historicalPolicy } = await import(url('src/ai/historical.ts'));
  const loaded = loadScenarioText(readFileSync(resolve(root, 'scenarios/pacific-1941.json'), 'utf8'));
  if (!loaded.ok) throw new Error(`${root}: pacific-1941.json does not validate`);
  const world = buildWorld(loaded.value);
  const states: unknown[] = [];
  for (let i = 0; i < campaigns; i++) {
    let state = createGame(world, `campaign-${i}`);
    states.push(state);
    while (!state.outcome) {
      const orders = {
        japan: historicalPolicy.orders(world, state, 'japan'),
        allies: historicalPolicy.orders(world, state, 'allies'),
      };
      state = resolveTurn(world, state, orders).state;
      states.push(state);
    }
  }
  return { states, digest: digestState };
}

/** CPU µs per state to hash every state in order, three times. */
function time(side: Side): number {
  const t0 = process.cpuUsage();
  for (let k = 0; k < 3; k++) for (const s of side.states) side.digest(s);
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 3 / side.states.length;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((x, y) => x - y);
  return s[s.length >> 1]!;
}

async function main(): Promise<void> {
  const [rootA, rootB, campaignsArg = '6'] = process.argv.slice(2);
  if (!rootA || !rootB) {
    process.stderr.write('usage: npx tsx bench/hash-compare.ts <checkout A> <checkout B> [campaigns]\n');
    process.exitCode = 2;
    return;
  }
  const a = await load(rootA, Number(campaignsArg));
  const b = await load(rootB, Number(campaignsArg));
  const sameHashes = a.states.map(a.digest).join() === b.states.map(b.digest).join();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < 30; r++) {
    if (r % 2 === 0) {
      ta.push(time(a));
      tb.push(time(b));
    } else {
      tb.push(time(b));
      ta.push(time(a));
    }
  }
  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  const out = {
    states: a.states.length,
    sameHashes,
    usPerState: { a: r3(median(ta)), b: r3(median(tb)), ratio: r3(median(ta.map((x, i) => x / tb[i]!))) },
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
