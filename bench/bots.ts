/**
 * Computer players on the grand campaign: how long each takes to give one
 * side's orders, and how long a 1,000-seed batch of historical games takes
 * on all cores. A bot's turn must never make a player wait (issue 4).
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { historicalPolicy } from '../src/ai/historical';
import { listPolicies } from '../src/ai/registry';
import { createGame, type GameState, resolveTurn, SIDE_IDS, type World } from '../src/engine/index';

export interface BotFigures {
  /** Mean milliseconds per call of `orders` (one side, one turn), by policy name. */
  botTurnMs: Record<string, number>;
  /** The slowest single call, by policy name. */
  botTurnMaxMs: Record<string, number>;
  /** Positions timed: every turn of one historical game, both sides. */
  positions: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** The positions of one historical-against-historical game, turn by turn. */
function historicalPositions(world: World): GameState[] {
  const states: GameState[] = [];
  let state = createGame(world, 'bench-bots');
  while (!state.outcome) {
    states.push(state);
    const orders = {
      japan: historicalPolicy.orders(world, state, 'japan'),
      allies: historicalPolicy.orders(world, state, 'allies'),
    };
    state = resolveTurn(world, state, orders).state;
  }
  return states;
}

export function benchBots(world: World): BotFigures {
  const positions = historicalPositions(world);
  const botTurnMs: Record<string, number> = {};
  const botTurnMaxMs: Record<string, number> = {};
  // The adaptive names play the commander of the same level: timed once, under the commander's name.
  for (const policy of listPolicies().filter((p) => !p.name.startsWith('adaptive'))) {
    let total = 0;
    let max = 0;
    let calls = 0;
    for (const state of positions) {
      for (const side of SIDE_IDS) {
        const t0 = performance.now();
        policy.orders(world, state, side);
        const ms = performance.now() - t0;
        total += ms;
        max = Math.max(max, ms);
        calls++;
      }
    }
    botTurnMs[policy.name] = round(total / calls);
    botTurnMaxMs[policy.name] = round(max);
  }
  return { botTurnMs, botTurnMaxMs, positions: positions.length * SIDE_IDS.length };
}

export interface BatchFigures {
  /** Wall-clock seconds for `batch --seeds 1..N --japan historical --allies historical` on all cores. */
  batchS: number;
  seeds: number;
  workers: number;
}

/** Runs the real CLI batch (worker threads on every core) and times it. */
export function benchBatch(scenarioPath: string, seeds: number): BatchFigures {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const args = ['--import', 'tsx', 'src/cli/main.ts', 'batch', '--scenario', scenarioPath];
  args.push('--seeds', `1..${seeds}`, '--japan', 'historical', '--allies', 'historical', '--json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const batchS = Math.round((performance.now() - t0) / 100) / 10;
  if (r.status !== 0) throw new Error(`the batch failed: ${r.stderr.trim()}`);
  const runs = JSON.parse(r.stdout).runs as number;
  if (runs !== seeds) throw new Error(`the batch played ${runs} games, not ${seeds}`);
  return { batchS, seeds, workers: availableParallelism() };
}
