/**
 * The games of `bench/check-ceiling.ts` (read its header): run only as the esbuild bundle that
 * script makes and patches, never alone. Plays `games` historical v historical grand campaigns in one
 * process, the bench's ten seeds in turn: games 0–19 plain (the JIT's warm-up; each plain game's
 * legality verdicts and orders are recorded by seed), then plain and oracle games in turn. An oracle
 * game replays its seed's last plain game with the chosen checks answered from the recording (or,
 * for `orders`, the recorded orders given without asking the bots), and must end in the same state.
 * Prints one JSON line: the medians of the two kinds' process CPU a game and of the pairs' ratios.
 */
import { readFileSync } from 'node:fs';
import { historicalPolicy } from '../src/ai/historical';
import { buildWorld, createGame, resolveTurn } from '../src/engine/index';
import type { TurnOrders } from '../src/engine/orders';
import { digestState } from '../src/engine/state-hash';
import { loadScenarioText } from '../src/scenario/load';
import { median } from './cpu-stats';

/** One check made in a plain game: its verdict and what it was (the patched checkOrder fills these). */
interface Recorded {
  verdict: unknown;
  order: unknown;
  /** The order's type, or for a move the moving force's type ('none' when there is no such force). */
  kind: string;
  /** The function that asked (the enclosing function of the call in the bundle). */
  caller: string;
  type: string;
  /** Whether the turn used this verdict (a bot's verdict the turn took as its own: checked-orders.ts). */
  used: boolean;
}
interface Oracle {
  patched: boolean;
  mode: 'record' | 'replay';
  what: string[];
  tape: Recorded[];
  at: number;
  /** The verdicts the turn took as its own, by order, with how many checks had been made by then. */
  used: Map<unknown, { verdict: unknown; before: number }>;
  calls: Record<string, number>;
  caller: string;
}

const games = Number(process.argv[2] ?? 80);
const what = (process.argv[3] ?? 'all').split(',');
const g = globalThis as { checkCeiling?: Oracle };
const oracle = g.checkCeiling;
if (!oracle?.patched)
  throw new Error('run bench/check-ceiling.ts: this file works only as its patched bundle');
oracle.what = what;
const loaded = loadScenarioText(readFileSync('scenarios/pacific-1941.json', 'utf8'));
if (!loaded.ok) throw new Error('pacific-1941.json does not validate');
const world = buildWorld(loaded.value);
const tapes = new Map<number, Recorded[]>();
const orderTapes = new Map<number, TurnOrders[]>();
const digests = new Map<number, string>();
const plain: number[] = [];
const replayed: number[] = [];
let differ = 0;
for (let i = 0; i < games; i++) {
  const seed = i % 10;
  const replay = i >= 20 && i % 2 === 1 && tapes.has(seed);
  oracle.mode = replay ? 'replay' : 'record';
  oracle.at = 0;
  oracle.tape = replay ? tapes.get(seed)! : [];
  oracle.used = new Map();
  // A deep copy, made before the clock starts: the engine keeps answers by orders object.
  const given = replay && what.includes('orders') ? structuredClone(orderTapes.get(seed)!) : null;
  const orders: TurnOrders[] = [];
  const c0 = process.cpuUsage();
  let state = createGame(world, `campaign-${seed}`);
  for (let turn = 0; !state.outcome; turn++) {
    const o = given
      ? given[turn]!
      : {
          japan: historicalPolicy.orders(world, state, 'japan'),
          allies: historicalPolicy.orders(world, state, 'allies'),
        };
    if (!given) orders.push(o);
    state = resolveTurn(world, state, o).state;
  }
  const d = process.cpuUsage(c0);
  const digest = digestState(state);
  if (replay) {
    if (digests.get(seed) !== digest) differ++;
  } else {
    oracle.tape.forEach((e, at) => {
      const u = oracle.used.get(e.order);
      e.used = u !== undefined && u.verdict === e.verdict && at < u.before;
    });
    tapes.set(seed, oracle.tape);
    orderTapes.set(seed, orders);
    digests.set(seed, digest);
  }
  if (i >= 20) (replay ? replayed : plain).push((d.user + d.system) / 1000);
}
const ratios = replayed.map((r, k) => r / plain[k]!);
// The checks of one recorded game of each seed, by caller, kind and verdict, a game's average.
const byWhat = new Map<string, { made: number; used: number }>();
for (const tape of tapes.values()) {
  for (const e of tape) {
    const v = e.verdict as { ok: boolean; refusal?: { code: string } };
    const key = `${e.caller} ${e.kind} ${v.ok ? 'ok' : v.refusal?.code}`;
    const n = byWhat.get(key) ?? { made: 0, used: 0 };
    n.made += 1 / tapes.size;
    if (e.used) n.used += 1 / tapes.size;
    byWhat.set(key, n);
  }
}
process.stdout.write(
  `${JSON.stringify({
    what,
    games,
    plainMs: median(plain),
    oracleMs: median(replayed),
    ratio: median(ratios),
    pairsBelowOne: ratios.filter((r) => r < 1).length,
    pairs: ratios.length,
    differentEnds: differ,
    misaligned: oracle.calls.misaligned ?? 0,
  })}\n`,
);
if (process.env.CHECKS) {
  for (const [k, n] of [...byWhat].sort((a, b) => b[1].made - a[1].made))
    process.stdout.write(
      `${n.made.toFixed(0).padStart(6)} made ${n.used.toFixed(0).padStart(6)} used  ${k}\n`,
    );
}
