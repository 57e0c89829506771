/**
 * `npx tsx bench/function-times.ts [games] [name …]`, from the repo root: where a warm game's turn
 * goes, by function and by side, timed rather than sampled. An esbuild bundle of `bench/per-game.ts`
 * is made (into the system's temporary directory) and each named function of it (`function name(…)
 * {` at the start of a line, once in the bundle) is wrapped in a timer: its time with everything it calls
 * (`performance.now()` before and after) and its calls are summed from game 21 of the process on
 * (the first twenty are the JIT's warm-up: PERFORMANCE.md, pass 17), by side when the function has
 * a parameter called `side`, and printed per game and as a share of `resolveTurn`'s (always timed).
 * The names given replace the default list (the turn's phases and the economy's parts).
 *
 * What it is for: a CPU profile samples the stack and says how much of a run a function took, but
 * not how often it ran nor for which side; `node --cpu-prof` also lumps both sides of the economy
 * together. Each wrapper costs a call and two clock reads (~0.1 µs), so time only functions called a
 * few times a turn (the default list: ~30 calls a turn); a function called thousands of times a
 * game is inflated by its wrapper (PERFORMANCE.md, pass 32).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const WARM_FROM = 20;
const DEFAULT_NAMES = [
  'runEventsPhase',
  'runEconomyPhase',
  'runMovementPhase',
  'runInterceptions',
  'findContact',
  'runPortStrikes',
  'runDetectionPhase',
  'runBattlePhase',
  'runControlPhase',
  'runWillPhase',
  'cloneState',
  'shippingNetwork',
  'deliverAreaOutput',
  'cutOffBases',
  'closedLanes',
  'standingAttackers',
  'sinkOnRoutes',
  'garrisonNeeds',
  'contestedRuns',
  'burnOil',
  'starveGarrisons',
  'replaceAircraft',
  'repairShips',
];

const args = process.argv.slice(2);
const games = args[0] !== undefined && /^\d+$/.test(args[0]) ? Number(args.shift()) : 100;
const names = args.length > 0 ? args : DEFAULT_NAMES;
if (games <= WARM_FROM) {
  process.stderr.write(`usage: npx tsx bench/function-times.ts [games > ${WARM_FROM}] [name …]\n`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'function-times-'));
const plain = join(dir, 'per-game.mjs');
execFileSync(
  resolve('node_modules/.bin/esbuild'),
  [
    'bench/per-game.ts',
    '--bundle',
    '--platform=node',
    '--format=esm',
    `--outfile=${plain}`,
    '--log-level=warning',
  ],
  { stdio: 'inherit' },
);
let code = readFileSync(plain, 'utf8');
const wrappers: string[] = [];
for (const name of new Set(['resolveTurn', ...names])) {
  const head = `\nfunction ${name}(`;
  const at = code.indexOf(head);
  if (at < 0 || code.indexOf(head, at + 1) >= 0) {
    process.stderr.write(`skipped ${name}: not defined once in the bundle\n`);
    continue;
  }
  // The parameters up to the matching parenthesis, split at the commas outside brackets.
  const open = at + head.length;
  const params: string[] = [];
  let depth = 0;
  let from = open;
  let close = open;
  for (; close < code.length; close++) {
    const c = code[close]!;
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' && depth === 0) break;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      params.push(code.slice(from, close).trim());
      from = close + 1;
    }
  }
  if (code.slice(from, close).trim() !== '') params.push(code.slice(from, close).trim());
  // Plain parameters only (a default value is dropped: the timed function applies it itself).
  const ids = params.map((p) => p.split('=')[0]!.trim());
  if (ids.some((id) => !/^[A-Za-z_$][\w$]*$/.test(id))) {
    process.stderr.write(`skipped ${name}: parameters ${params.join(', ')}\n`);
    continue;
  }
  code = `${code.slice(0, at)}\nfunction ${name}__timed(${code.slice(open)}`;
  const key = ids.includes('side') ? `'${name}:' + side` : `'${name}'`;
  // No try/finally: a wrapper with one kept V8 from optimising the callers (pass 32); the engine
  // throws only on a bug.
  wrappers.push(
    `function ${name}(${ids.join(', ')}) { const t0 = performance.now(); const r = ${name}__timed(${ids.join(', ')}); __time(${key}, performance.now() - t0); return r; }`,
  );
}
const prelude = `
const __ms = new Map();
const __calls = new Map();
let __on = false;
function __time(key, ms) {
  if (!__on) return;
  __ms.set(key, (__ms.get(key) ?? 0) + ms);
  __calls.set(key, (__calls.get(key) ?? 0) + 1);
}
globalThis.beforePerGame = (i) => { if (i === ${WARM_FROM}) __on = true; };
process.on('exit', () => {
  const n = ${games - WARM_FROM};
  const turn = __ms.get('resolveTurn') ?? 0;
  const turns = (__calls.get('resolveTurn') ?? 0) / n;
  const rows = [...__ms].sort((a, b) => b[1] - a[1]);
  process.stderr.write('ms a game   % of resolveTurn   calls a turn   function\\n');
  for (const [k, v] of rows)
    process.stderr.write(
      (v / n).toFixed(3).padStart(10) + (turn ? ((100 * v) / turn).toFixed(1) : '-').padStart(18) +
        (__calls.get(k) / n / turns).toFixed(2).padStart(15) + '   ' + k + '\\n',
    );
  process.stderr.write('games ' + n + ' (from game ${WARM_FROM + 1}), turns a game ' + turns.toFixed(1) + '\\n');
});
`;
const timed = join(dir, 'timed.mjs');
writeFileSync(timed, `${prelude}\n${code}\n${wrappers.join('\n')}\n`);
execFileSync(process.execPath, [timed, String(games)], { stdio: ['ignore', 'ignore', 'inherit'] });
