/**
 * `verify`: replays a recorded game against its scenario and checks every
 * turn's state hash, naming the first turn (and side) where it goes wrong.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorld } from '../engine/index';
import { loadReplayText } from '../replay/load';
import { scenarioHash } from '../replay/scenario-hash';
import type { Replay } from '../replay/schema';
import { verifyReplay } from '../replay/verify';
import type { Scenario } from '../scenario/schema';
import { applyWhatIf, unknownWhatIfMessage, whatIfById } from '../scenario/what-if';
import { outcomeLine } from '../text/end-text';
import { replayProblemText } from '../text/replay-text';
import { outcomeName } from '../text/report-text';
import type { ParsedArgs } from './args';
import { parseArgs } from './args';
import { CliError } from './errors';
import { readInputFile } from './files';
import { problemsError } from './problems';
import { loadScenarioFile, SCENARIOS_DIR } from './scenario-file';
import { commandUsage } from './usage';
import { type ChosenWhatIf, whatIfOption } from './what-if-option';

export function runVerify(argv: readonly string[]): void {
  const command = 'verify';
  const args = parseArgs(argv, {
    command,
    values: ['scenario', 'what-if'],
    flags: ['help'],
    positionals: ['<replay.json>'],
  });
  if (args.flags.has('help')) return void process.stdout.write(commandUsage(command));
  const replayPath = args.positionals[0]!;
  const loaded = loadReplayText(readInputFile(replayPath, 'replay'));
  if (!loaded.ok) throw problemsError(replayPath, 'replay', loaded.problems);
  const replay = loaded.value;

  let scenarioPath = args.values.get('scenario');
  if (scenarioPath === undefined) {
    // The id matches /^[a-z][a-z0-9-]*$/ (schema), so it cannot climb out of the folder.
    scenarioPath = join(SCENARIOS_DIR, `${replay.scenario.id}.json`);
    if (!existsSync(scenarioPath)) {
      throw new CliError(
        `the replay "${replayPath}" was recorded with scenario "${replay.scenario.id}", but there is no ` +
          `${scenarioPath}; give the scenario file with --scenario <file>`,
      );
    }
  }
  const base = loadScenarioFile(scenarioPath).scenario;
  const { scenario, whatIf } = replayWhatIf(args, base, replay, replayPath, scenarioPath, command);
  if (!whatIf && scenarioHash(scenario) !== replay.scenario.hash) {
    // A replay recorded before replays named their what-if carries the hash of the changed scenario: say which one.
    const used = scenario.whatIfs.find(
      (w) => scenarioHash(applyWhatIf(scenario, w.id)) === replay.scenario.hash,
    );
    if (used) {
      throw new CliError(
        `the replay "${replayPath}" was recorded with the what-if "${used.id}" (${used.title}); verify it with --what-if ${used.id}`,
      );
    }
  }
  const world = buildWorld(scenario);
  const result = verifyReplay(world, replay);
  if (!result.ok)
    throw new CliError(
      `the replay "${replayPath}" does not verify: ${replayProblemText(result.problem, world.scenario)}`,
    );
  const end = result.outcome
    ? `; the game ended on turn ${result.outcome.turn}: ${outcomeName(result.outcome.kind)} (${result.outcome.kind}). ${outcomeLine(result.outcome, world.scenario)}`
    : '; the game had not ended';
  process.stdout.write(
    `verified ${result.turns} turns, final hash ${result.finalHash}\n` +
      `  scenario ${replay.scenario.id}${whatIf ? ` (what if: ${whatIf.title})` : ''}, seed "${replay.seed}", ${world.scenario.sides.japan.name}: ${replay.players.japan}, ` +
      `${world.scenario.sides.allies.name}: ${replay.players.allies}${end}\n`,
  );
}

/**
 * The scenario to check the replay against. A replay names its what-if
 * (`whatIf`), which is applied without being asked; `--what-if` is only needed
 * for replays recorded before they did, and when given it must agree with
 * the file.
 */
function replayWhatIf(
  args: ParsedArgs,
  base: Scenario,
  replay: Replay,
  replayPath: string,
  scenarioPath: string,
  command: string,
): { scenario: Scenario; whatIf: ChosenWhatIf | null } {
  const asked = whatIfOption(args, base, command);
  const recorded = replay.whatIf;
  if (recorded === undefined) {
    if (asked.whatIf && scenarioHash(base) === replay.scenario.hash) {
      throw new CliError(
        `the replay "${replayPath}" was played as history, without a what-if, but --what-if ${asked.whatIf.id} ` +
          `(${asked.whatIf.title}) was given: a replay can only be checked against the game it was played in. ` +
          'Leave out --what-if.',
      );
    }
    return asked;
  }
  const found = whatIfById(base, recorded);
  if (!found) {
    throw new CliError(
      `the replay "${replayPath}" was played with the what-if "${recorded}", which the scenario file ` +
        `"${scenarioPath}" does not define (${unknownWhatIfMessage(base, recorded)}). ` +
        'Give the version of the scenario it was played with (--scenario <file>).',
    );
  }
  if (asked.whatIf && asked.whatIf.id !== recorded) {
    throw new CliError(
      `the replay "${replayPath}" was played with the what-if "${recorded}" (${found.title}), but --what-if ` +
        `${asked.whatIf.id} (${asked.whatIf.title}) was given: a replay can only be checked against the ` +
        `counterfactual it was played in. Leave out --what-if (the replay names its own) or give --what-if ${recorded}.`,
    );
  }
  return { scenario: applyWhatIf(base, recorded), whatIf: { id: found.id, title: found.title } };
}
