/**
 * `npx tsx bench/heap-sample.ts [games] [parents of…]`: where a campaign's memory is allocated. Bundles
 * `bench/per-game.ts` with esbuild (into the system's temporary directory), plays `games` (12 unless
 * told) historical v historical grand campaigns in this process under V8's sampling heap profiler —
 * every 4 KB allocated sampled, the objects that scavenges and full collections free counted too
 * (`includeObjectsCollectedByMinorGC`/`…MajorGC`: what a game makes, not what it keeps) — and prints
 * the total a game and the 40 largest functions by what they allocate themselves (MB a game; a
 * function's line is where it starts in the bundle; builtins such as `next`, `set` and `push` on
 * line 0). Names after the games (e.g. `next set push`) print, for those builtins, the functions
 * that called them. PERFORMANCE.md, pass 20.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { Session as SyncSession } from 'node:inspector';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: Node[];
}

const games = Number(process.argv[2] ?? 12);
// `--warm=N`: the first N of the games are played before the sampling starts (what a warm game allocates).
const warmArg = process.argv.slice(3).find((a) => a.startsWith('--warm='));
const warm = warmArg ? Number(warmArg.slice('--warm='.length)) : 0;
const builtins = new Set(process.argv.slice(3).filter((a) => a !== warmArg));
const out = join(mkdtempSync(join(tmpdir(), 'heap-sample-')), 'per-game.mjs');
execFileSync(resolve('node_modules/.bin/esbuild'), [
  'bench/per-game.ts',
  '--bundle',
  '--platform=node',
  '--format=esm',
  `--outfile=${out}`,
  '--log-level=warning',
]);
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
const sampling = {
  samplingInterval: 4096,
  includeObjectsCollectedByMinorGC: true,
  includeObjectsCollectedByMajorGC: true,
};
if (warm === 0) await session.post('HeapProfiler.startSampling', sampling);
else {
  // Started from per-game.ts's hook before game `warm`, on a session whose calls complete at once.
  const now = new SyncSession();
  now.connect();
  (globalThis as { beforePerGame?: (i: number) => void }).beforePerGame = (i) => {
    if (i === warm) now.post('HeapProfiler.startSampling', sampling);
  };
}
// per-game.ts reads its game count from argv[2] and prints its times (left on stdout).
process.argv[2] = String(games);
await import(pathToFileURL(out).href);
const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as {
  profile: { head: Node };
};
const name = (n: Node) =>
  `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.url ? n.callFrame.lineNumber + 1 : 0}`;
const bySelf = new Map<string, number>();
const byCaller = new Map<string, number>();
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const walk = (n: Node, parent: Node | undefined): void => {
  add(bySelf, name(n), n.selfSize);
  if (parent && builtins.has(n.callFrame.functionName) && !n.callFrame.url)
    add(byCaller, `${n.callFrame.functionName} <- ${name(parent)}`, n.selfSize);
  for (const c of n.children) walk(c, n);
};
walk(profile.head, undefined);
const mb = (bytes: number) => (bytes / (games - warm) / 1e6).toFixed(3);
const top = (m: Map<string, number>, k: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([f, v]) => `${mb(v)} ${f}\n`)
    .join('');
const total = [...bySelf.values()].reduce((n, v) => n + v, 0);
process.stderr.write(`MB a game: ${mb(total)}\n${top(bySelf, 40)}`);
if (builtins.size > 0) process.stderr.write(`\ncallers:\n${top(byCaller, 30)}`);
