import { lintProblems } from '../scenario/lint';
import { parseArgs } from './args';
import { loadScenarioFile } from './scenario-file';
import { commandUsage } from './usage';

export function runValidate(argv: readonly string[]): void {
  const args = parseArgs(argv, {
    command: 'validate',
    values: [],
    flags: ['help'],
    positionals: ['<scenario.json>'],
  });
  if (args.flags.has('help')) return void process.stdout.write(commandUsage('validate'));
  const path = args.positionals[0]!;
  const { scenario: s } = loadScenarioFile(path);
  const { start, turnLength, lastTurn } = s.calendar;
  const unit = `${turnLength.count} ${turnLength.unit}${turnLength.count === 1 ? '' : 's'}`;
  process.stdout.write(
    `OK: "${s.meta.title}" (${s.meta.id}): ${lastTurn} turns of ${unit} from ${start}, ` +
      `${s.areas.length} areas, ${s.forces.length} forces, ${s.events.length} events\n`,
  );
  // Good practice the format allows but a historian would not (scenario/lint.ts): warnings, not errors.
  for (const p of lintProblems(s)) process.stdout.write(`warning: ${p.path}: ${p.message}\n`);
}
