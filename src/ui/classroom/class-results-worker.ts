/**
 * The class results' side of the game's worker (src/ui/app/game-worker.ts):
 * verifies replays with the same check as the viewer and the command line
 * (`verifyReplay`: play every turn again from the seed and compare each state
 * hash), and plays the computer's batch of games for the chart — off the
 * page's thread, so the page stays responsive while a class's worth of games
 * is checked.
 */
import { playBatchJob, type RunResult } from '../../cli/batch-runs';
import { buildWorld, type World } from '../../engine/index';
import { scoreGame } from '../../judge/score';
import { judgeGame } from '../../judge/verdict';
import { loadReplayText, verifyReplay } from '../../replay/index';
import { addShipping, noShipping } from '../../replay/shipping-war';
import { loadScenarioText } from '../../scenario/load';
import { applyWhatIf } from '../../scenario/what-if';
import { replayProblemPlain, replayProblemText } from '../../text/replay-text';
import { figuresOf, type Judged, type Verdict } from './class-results-logic';

export type WorkerRequest =
  | {
      type: 'verify';
      n: number;
      replayText: string;
      /** The scenario the replay names (its hash), and its text the first time this worker needs it. */
      scenario: { key: string; text?: string; whatIf: string | null };
    }
  | {
      type: 'batch';
      job: number;
      scenarioText: string;
      whatIf: string | null;
      seeds: string[];
      japan: string;
      allies: string;
    };

export type WorkerReply =
  | { type: 'verified'; n: number; verdict: Verdict }
  | {
      type: 'batch';
      job: number;
      /** What the charts need of each game: its ending and the end screen's verdict (who won, how clearly). */
      runs: (Pick<RunResult, 'seed' | 'outcome' | 'winner' | 'turns' | 'endDate'> & {
        verdict: Judged | null;
      })[];
    }
  | { type: 'batch-failed'; job: number; message: string };

const worlds = new Map<string, World>();

function worldFor(scenario: { key: string; text?: string; whatIf: string | null }): World | string {
  const known = worlds.get(scenario.key);
  if (known) return known;
  if (scenario.text === undefined) return 'the scenario was not sent to the worker';
  const loaded = loadScenarioText(scenario.text);
  if (!loaded.ok) return `the scenario does not load (${loaded.problems[0]?.message ?? 'unknown problem'})`;
  const world = buildWorld(scenario.whatIf ? applyWhatIf(loaded.value, scenario.whatIf) : loaded.value);
  worlds.set(scenario.key, world);
  return world;
}

function verify(request: Extract<WorkerRequest, { type: 'verify' }>): Verdict {
  const replay = loadReplayText(request.replayText);
  if (!replay.ok) return { ok: false, why: `it is not a readable replay (${replay.problems[0]?.message})` };
  const world = worldFor(request.scenario);
  if (typeof world === 'string') return { ok: false, why: world };
  // Japan's shipping war, each turn's figures added up as the game is played again (as the batch does).
  const shipping = noShipping();
  const rules = world.scenario.rules;
  const result = verifyReplay(world, replay.value, (turn) => addShipping(shipping, turn.result.state));
  if (!result.ok)
    return {
      ok: false,
      why: replayProblemPlain(result.problem),
      detail: replayProblemText(result.problem, world.scenario),
    };
  // The judge reads the objectives held and the carriers lost from the state; the reports only add
  // the aircraft and pilots lost, which the verdict does not weigh.
  const judged = judgeGame(world, result.state, scoreGame(world, result.state, []));
  return {
    ok: true,
    turns: result.turns,
    outcome: result.outcome,
    endDate: result.state.date,
    figures: figuresOf(world, result.state, rules.shipping || rules.submarines ? shipping : null),
    judged: judged ? { winner: judged.winner, strength: judged.strength } : null,
  };
}

/** The answer to one class results request (a verdict, a batch's runs, or why the batch failed). */
export function answerClassResults(request: WorkerRequest): WorkerReply {
  if (request.type === 'verify') {
    let verdict: Verdict;
    try {
      verdict = verify(request);
    } catch (err) {
      verdict = {
        ok: false,
        why: `it could not be replayed: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
    return { type: 'verified', n: request.n, verdict };
  }
  try {
    const runs = playBatchJob({
      scenarioText: request.scenarioText,
      whatIf: request.whatIf,
      seeds: request.seeds,
      japan: request.japan,
      allies: request.allies,
    }).map(({ seed, outcome, winner, turns, endDate, verdict }) => ({
      seed,
      outcome,
      winner,
      turns,
      endDate,
      verdict: verdict ? { winner: verdict.winner, strength: verdict.strength } : null,
    }));
    return { type: 'batch', job: request.job, runs };
  } catch (err) {
    return {
      type: 'batch-failed',
      job: request.job,
      message: err instanceof Error ? err.message : String(err),
    };
  }
}
