/**
 * `npx tsx bench/compare-cold.ts <rounds> <checkout A> <checkout B> [games] [-- node flags for B]`:
 * what the bench's `campaignMs` measures — games 2–11 of a process that has just started, the JIT's
 * warm-up included (PERFORMANCE.md, pass 17) — and the warm games after them, for two checkouts, in
 * fresh processes one after the other (A B, B A, A B …) so that a pair meets the same machine. Each
 * checkout's `bench/per-game.ts` is bundled with esbuild once (into the system's temporary
 * directory) and run `rounds` times with its checkout as the working directory, `games` games a
 * process (11 unless told; from 13 on, the games after the twelfth are the warm figure). A run's
 * figures are sums of the process's CPU (every thread: the optimising compiler's and the collector's
 * helpers too): `cold` games 2–11, `warm` games 13 onwards; and the main thread's CPU for games 2–11.
 * Prints each checkout's medians and the medians of the pairs' ratios A/B. Unlike bench/compare.ts
 * and bench/compare-batch.ts, which play both checkouts in one process (one heap, so one checkout's
 * garbage may be collected during the other's game), each process here has one checkout's heap: the
 * tool for a change to what the collector does. Node flags after `--` apply to B's processes only
 * (to try a V8 flag on the same checkout: pass it twice).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './cpu-stats';

const args = process.argv.slice(2);
const dash = args.indexOf('--');
const [roundsArg, rootA, rootB, gamesArg = '11'] = dash >= 0 ? args.slice(0, dash) : args;
const games = Number(gamesArg);
const flagsB = dash >= 0 ? args.slice(dash + 1) : [];
const rounds = Number(roundsArg);
if (!rootA || !rootB || !Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(games) || games < 11) {
  process.stderr.write(
    'usage: npx tsx bench/compare-cold.ts <rounds> <checkout A> <checkout B> [games ≥ 11] [-- node flags for B]\n',
  );
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'compare-cold-'));
const bundle = (root: string, name: string): string => {
  const out = join(dir, `${name}.mjs`);
  execFileSync(
    resolve(root, 'node_modules/.bin/esbuild'),
    [
      resolve(root, 'bench/per-game.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      `--outfile=${out}`,
      '--log-level=warning',
    ],
    { cwd: root },
  );
  return out;
};
const sides = [
  {
    root: resolve(rootA),
    file: bundle(rootA, 'a'),
    flags: [] as string[],
    cpu: [] as number[],
    warm: [] as number[],
    main: [] as number[],
  },
  {
    root: resolve(rootB),
    file: bundle(rootB, 'b'),
    flags: flagsB,
    cpu: [] as number[],
    warm: [] as number[],
    main: [] as number[],
  },
];
/** The sum of games `from`..`to` (1-based) of a line of per-game.ts's output. */
const gamesOf = (out: string, label: string, from: number, to: number): number => {
  const line = out.split('\n').find((l) => l.startsWith(label));
  if (!line) throw new Error(`no "${label}" line in:\n${out}`);
  const xs = line.slice(label.length).trim().split(/\s+/).map(Number);
  return xs.slice(from - 1, to).reduce((n, x) => n + x, 0);
};
for (let i = 0; i < rounds; i++) {
  const order = i % 2 === 0 ? [0, 1] : [1, 0];
  for (const k of order) {
    const s = sides[k]!;
    const out = execFileSync(process.execPath, [...s.flags, s.file, String(games)], {
      cwd: s.root,
      encoding: 'utf8',
    });
    s.cpu.push(gamesOf(out, 'process CPU ms', 2, 11));
    s.warm.push(gamesOf(out, 'process CPU ms', 13, games));
    s.main.push(gamesOf(out, 'main CPU ms', 2, 11));
  }
}
const ratios = (xs: number[], ys: number[]) => median(xs.map((x, i) => x / ys[i]!));
const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];
process.stdout.write(
  `${JSON.stringify({
    rounds,
    games,
    cold: { a: median(a.cpu), b: median(b.cpu), ratio: Number(ratios(a.cpu, b.cpu).toFixed(3)) },
    coldMainThread: {
      a: median(a.main),
      b: median(b.main),
      ratio: Number(ratios(a.main, b.main).toFixed(3)),
    },
    ...(games >= 13
      ? { warm: { a: median(a.warm), b: median(b.warm), ratio: Number(ratios(a.warm, b.warm).toFixed(3)) } }
      : {}),
    runs: { a: a.cpu, b: b.cpu, ...(games >= 13 ? { warmA: a.warm, warmB: b.warm } : {}) },
  })}\n`,
);
