/**
 * `npx tsx bench/cpu-profile.ts [games] [out.cpuprofile]`: a CPU profile of warm games. Bundles
 * `bench/per-game.ts` with esbuild (into the system's temporary directory), plays `games` (170 unless
 * told) historical v historical grand campaigns in this process and samples the CPU (100 µs) from game
 * 21 on — the first twenty are the JIT's warm-up (PERFORMANCE.md, pass 17) —, started from per-game.ts's
 * `beforePerGame` hook on an inspector session whose calls complete at once. The profile is written to
 * `out` (a temporary file unless told), for `npx tsx bench/profile-summary.ts <out> [rows]` (with
 * `CALLEES=`, `CALLERS=`, `LINES=`). What passes 31 and 32 did by hand; PERFORMANCE.md, pass 33.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const WARM_FROM = 20;
const games = Number(process.argv[2] ?? 170);
const dir = mkdtempSync(join(tmpdir(), 'cpu-profile-'));
const file = process.argv[3] ?? join(dir, 'warm.cpuprofile');
const bundle = join(dir, 'per-game.mjs');
execFileSync(resolve('node_modules/.bin/esbuild'), [
  'bench/per-game.ts',
  '--bundle',
  '--platform=node',
  '--format=esm',
  `--outfile=${bundle}`,
  '--log-level=warning',
]);
const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 100 });
(globalThis as { beforePerGame?: (i: number) => void }).beforePerGame = (i) => {
  if (i === WARM_FROM) session.post('Profiler.start');
};
// per-game.ts reads its game count from argv[2] and prints its times (left on stdout).
process.argv[2] = String(games);
await import(pathToFileURL(bundle).href);
session.post('Profiler.stop', (err, res) => {
  if (err) throw err;
  writeFileSync(file, JSON.stringify(res.profile));
  process.stderr.write(`profile of games ${WARM_FROM + 1}–${games}: ${file}\n`);
});
