/**
 * `simulate`: one headless game between computer players, printed as a
 * short chronicle (or one JSON object), optionally saved as a replay.
 */
import { autoplay } from '../ai/autoplay';
import { buildWorld, stateHash, type TurnReport } from '../engine/index';
import { scoreGame } from '../judge/score';
import { judgeGame } from '../judge/verdict';
import { MAX_REPLAY_TURNS, type Replay } from '../replay/schema';
import { endText, outcomeLine } from '../text/end-text';
import { policyWords } from '../text/player-text';
import { endWeighedLine, outcomeName } from '../text/report-text';
import { verdictWords } from '../text/verdict-text';
import { parseArgs, requireValue } from './args';
import { CliError } from './errors';
import { sameFile, writeOutputFile } from './files';
import { policyOption, positiveIntOption } from './options';
import { loadScenarioFile } from './scenario-file';
import { seedOption } from './seeds';
import { intentTurnLines, turnLines } from './turn-lines';
import { commandUsage } from './usage';
import { whatIfOption } from './what-if-option';

export function runSimulate(argv: readonly string[]): void {
  const command = 'simulate';
  const args = parseArgs(argv, {
    command,
    values: ['scenario', 'seed', 'japan', 'allies', 'turns', 'out', 'what-if'],
    flags: ['json', 'help', 'fog'],
    positionals: [],
  });
  if (args.flags.has('help')) return void process.stdout.write(commandUsage(command));
  const scenarioPath = requireValue(args, 'scenario', command);
  const seed = seedOption(requireValue(args, 'seed', command), command);
  const policies = {
    japan: policyOption(args, 'japan', command),
    allies: policyOption(args, 'allies', command),
  };
  const maxTurns = positiveIntOption(args, 'turns', command, MAX_REPLAY_TURNS);
  const out = args.values.get('out');
  if (out !== undefined && sameFile(out, scenarioPath)) {
    throw new CliError(`--out "${out}" is the scenario file itself; name another file for the replay`);
  }
  const json = args.flags.has('json');
  const fog = args.flags.has('fog');

  const { scenario, whatIf } = whatIfOption(args, loadScenarioFile(scenarioPath).scenario, command);
  const world = buildWorld(scenario);
  const chronicle: string[] = [];
  const reports: TurnReport[] = [];
  const game = autoplay(world, seed, policies, {
    ...(maxTurns === undefined ? {} : { maxTurns }),
    ...(whatIf ? { whatIf: whatIf.id } : {}),
    ...(fog ? { fog } : {}),
    onTurn: (r, intents) => {
      reports.push(r.report);
      if (json) return;
      const [heading = '', ...rest] = turnLines(world, r.report, r.state);
      chronicle.push(heading, ...intentTurnLines(world, r.state, intents), ...rest);
    },
  });
  // Under --fog the computer sides planned with what their side saw: the replay says so (its `fog`,
  // src/replay/schema.ts), as a game played in the browser under the fog does (session-replay.ts),
  // so the viewer tells a teacher. Written after `whatIf`, where the browser writes it.
  const { replayVersion, scenario: played, whatIf: whatIfId, ...rest } = game.replay;
  const replay: Replay = fog
    ? {
        replayVersion,
        scenario: played,
        ...(whatIfId !== undefined ? { whatIf: whatIfId } : {}),
        fog: true,
        ...rest,
      }
    : game.replay;
  if (out !== undefined) writeOutputFile(out, `${JSON.stringify(replay, null, 2)}\n`, 'replay');

  const finalHash = stateHash(game.state);
  const outcome = game.state.outcome;
  // The end screen's verdict, in the end screen's words (src/text/verdict-text.ts).
  const verdict = judgeGame(world, game.state, scoreGame(world, game.state, reports));
  const words = verdict ? verdictWords(verdict, scenario) : null;
  if (json) {
    const summary = {
      scenario: scenario.meta.id,
      title: scenario.meta.title,
      seed,
      whatIf,
      players: game.replay.players,
      ...(fog ? { fog } : {}),
      turns: game.series.length,
      endDate: game.state.date,
      outcome: outcome?.kind ?? null,
      winner: outcome?.winner ?? null,
      cause: outcome?.cause ?? null,
      reason: outcome ? endText(outcome, scenario) : null,
      verdict: verdict && words ? { ...verdict, words } : null,
      finalHash,
      replay: out ?? null,
      series: game.series,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  const { japan, allies } = scenario.sides;
  const lines = [
    `${scenario.meta.title} (${scenario.meta.id})${whatIf ? `, what if: ${whatIf.title}` : ''}, seed "${seed}": ${japan.name} played by ${policyWords(policies.japan.name)}; ${allies.name} by ${policyWords(policies.allies.name)}`,
    '',
    ...chronicle,
    '',
    outcome
      ? `Result after ${game.series.length} turns (play ends ${game.state.date}): ${outcomeName(outcome.kind)} (${outcome.kind}). ${outcomeLine(outcome, scenario)}`
      : `Stopped after ${game.series.length} turns (--turns ${maxTurns}) on ${game.state.date}; the game has not ended.`,
    ...(outcome ? [endWeighedLine(outcome, reports)].filter((l) => l !== null).map((l) => `${l}.`) : []),
    ...(words
      ? [`Verdict: ${words.headline}. ${[...words.reasons, words.againstHistory ?? ''].join(' ').trim()}`]
      : []),
    `Final state hash: ${finalHash}`,
  ];
  if (out !== undefined)
    lines.push(
      `Replay written to ${out} (check it with: npm run cli -- verify ${out}${whatIf ? '; it records the what-if' : ''})`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
}
