/**
 * `npx tsx bench/compare-bots.ts <seeds> <checkout A> <checkout B>`: the historical bots' decisions
 * of two checkouts, paired decision by decision. Both checkouts play the same seed in one process in
 * lock-step (each its own world, engine and game): every turn, each side's decision is taken by A and
 * by B one right after the other (which goes first alternates), then each resolves its own turn.
 * With identical results (checked: the two games' final hashes), the two decisions of a pair read
 * the same state, so their times differ by the code alone — and by whatever the machine did in that
 * fraction of a millisecond, which the median of thousands of pairs leaves out (a decision's wall
 * time, main thread only; a process's CPU counts the optimising compiler's threads too, which on a
 * shared machine swamps a change of a few percent). Each checkout first plays 12 warm-up games
 * (seeds 1001..1012). Prints the median decision time of each and the median of the pairs' ratios
 * B / A, for all decisions and for each side. PERFORMANCE.md, pass 22.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, readLoad } from './cpu-stats';

// biome-ignore lint/suspicious/noExplicitAny: each checkout's own modules, loaded at run time
type Any = any;

interface Checkout {
  root: string;
  engine: Any;
  policy: Any;
  world: Any;
}

async function load(root: string): Promise<Checkout> {
  const url = (path: string) => pathToFileURL(resolve(root, path)).href;
  const { loadScenarioText } = await import(url('src/scenario/load.ts'));
  const engine = await import(url('src/engine/index.ts'));
  const { historicalPolicy } = await import(url('src/ai/historical.ts'));
  const loaded = loadScenarioText(readFileSync(resolve(root, 'scenarios/pacific-1941.json'), 'utf8'));
  if (!loaded.ok) throw new Error(`${root}: pacific-1941.json does not validate`);
  return { root, engine, policy: historicalPolicy, world: engine.buildWorld(loaded.value) };
}

/** One side's decision as the batch takes it (Japan's orders read for the code-breakers first), timed. */
function decide(c: Checkout, state: Any, side: 'japan' | 'allies', japan: Any): { orders: Any; ms: number } {
  const t0 = performance.now();
  let orders: Any;
  if (side === 'japan') orders = c.policy.orders(c.world, state, 'japan');
  else {
    const known = c.engine.rememberedVerdicts(c.world, state, 'japan', japan).length === japan.length;
    const intel = c.engine.readJapaneseIntentions(c.world, state, japan, known ? japan : undefined);
    orders = c.policy.orders(c.world, state, 'allies', { intel });
  }
  return { orders, ms: performance.now() - t0 };
}

/** Plays `seed` in both checkouts in lock-step; the decisions' times (A's, B's) by side. */
function playPair(a: Checkout, b: Checkout, seed: string, flip: boolean) {
  const times = { japan: [] as [number, number][], allies: [] as [number, number][] };
  let sa = a.engine.createGame(a.world, seed);
  let sb = b.engine.createGame(b.world, seed);
  let turn = 0;
  while (!sa.outcome && !sb.outcome) {
    const first = (turn + (flip ? 1 : 0)) % 2 === 0;
    const ja = first ? decide(a, sa, 'japan', null) : undefined;
    const jb = decide(b, sb, 'japan', null);
    const jaa = ja ?? decide(a, sa, 'japan', null);
    times.japan.push([jaa.ms, jb.ms]);
    const aa = first ? decide(a, sa, 'allies', jaa.orders) : undefined;
    const ab = decide(b, sb, 'allies', jb.orders);
    const aaa = aa ?? decide(a, sa, 'allies', jaa.orders);
    times.allies.push([aaa.ms, ab.ms]);
    sa = a.engine.resolveTurn(a.world, sa, { japan: jaa.orders, allies: aaa.orders }).state;
    sb = b.engine.resolveTurn(b.world, sb, { japan: jb.orders, allies: ab.orders }).state;
    turn++;
  }
  const same = Boolean(sa.outcome && sb.outcome) && a.engine.stateHash(sa) === b.engine.stateHash(sb);
  return { times, same };
}

async function main(): Promise<void> {
  const [seedsArg, rootA, rootB] = process.argv.slice(2);
  const n = Number(seedsArg);
  if (!Number.isInteger(n) || n < 1 || !rootA || !rootB) {
    process.stderr.write('usage: npx tsx bench/compare-bots.ts <seeds ≥ 1> <checkout A> <checkout B>\n');
    process.exitCode = 2;
    return;
  }
  const a = await load(rootA);
  const b = await load(rootB);
  for (let w = 1001; w <= 1012; w++) playPair(a, b, String(w), w % 2 === 0);
  const pairs = { japan: [] as [number, number][], allies: [] as [number, number][] };
  let same = true;
  for (let s = 1; s <= n; s++) {
    const r = playPair(a, b, String(s), s % 2 === 0);
    same &&= r.same;
    pairs.japan.push(...r.times.japan);
    pairs.allies.push(...r.times.allies);
  }
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const sum = (ps: [number, number][]) => ({
    decisions: ps.length,
    medianMsA: r3(median(ps.map((p) => p[0]))),
    medianMsB: r3(median(ps.map((p) => p[1]))),
    ratioBtoA: r3(median(ps.map((p) => p[1] / p[0]))),
  });
  const loadavg = readLoad();
  const out = {
    seeds: n,
    load: loadavg,
    a: rootA,
    b: rootB,
    sameResults: same,
    all: sum([...pairs.japan, ...pairs.allies]),
    japan: sum(pairs.japan),
    allies: sum(pairs.allies),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
