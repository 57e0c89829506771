/**
 * `verify`: replays a recorded game against its scenario and checks every
 * turn's state hash, naming the first turn (and side) where it goes wrong.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorld } from '../engine/index';
import { loadReplayText } from '../replay/load';
import { scenarioHash } from '../replay/scenario-hash';
import { verifyReplay } from '../replay/verify';
import { applyWhatIf } from '../scenario/what-if';
import { parseArgs } from './args';
import { CliError } from './errors';
import { readInputFile } from './files';
import { problemsError } from './problems';
import { loadScenarioFile, SCENARIOS_DIR } from './scenario-file';
import { commandUsage } from './usage';
import { whatIfOption } from './what-if-option';

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
  const { scenario, whatIf } = whatIfOption(args, loadScenarioFile(scenarioPath).scenario, command);
  if (!whatIf && scenarioHash(scenario) !== replay.scenario.hash) {
    // A game played with --what-if carries the hash of the changed scenario: say which one.
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
  if (!result.ok) throw new CliError(`the replay "${replayPath}" does not verify: ${result.problem.message}`);
  const end = result.outcome
    ? `; the game ended on turn ${result.outcome.turn}: ${result.outcome.kind} (${result.outcome.reason})`
    : '; the game had not ended';
  process.stdout.write(
    `verified ${result.turns} turns, final hash ${result.finalHash}\n` +
      `  scenario ${replay.scenario.id}${whatIf ? ` (what if: ${whatIf.title})` : ''}, seed "${replay.seed}", ${world.scenario.sides.japan.name}: ${replay.players.japan}, ` +
      `${world.scenario.sides.allies.name}: ${replay.players.allies}${end}\n`,
  );
}
