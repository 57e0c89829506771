/** Dispatches `npm run cli -- <command> …` to the command's module. */
import { runBatch } from './batch';
import { UsageError } from './errors';
import { runSimulate } from './simulate';
import { runTournament } from './tournament';
import { usage } from './usage';
import { runValidate } from './validate';
import { runVerify } from './verify';

const COMMANDS: Record<string, (argv: readonly string[]) => void | Promise<void>> = {
  validate: runValidate,
  simulate: runSimulate,
  verify: runVerify,
  batch: runBatch,
  tournament: runTournament,
};

export async function run(argv: readonly string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    throw new UsageError(`unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
  }
  await command(rest);
}
