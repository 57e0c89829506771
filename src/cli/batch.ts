/**
 * `batch`: one game per seed, spread over worker threads on every core, then
 * statistics of how the games ended ("how often does Japan take Java?").
 */
import { availableParallelism } from 'node:os';
import { SIDE_IDS } from '../engine/index';
import { parseArgs, requireValue } from './args';
import { playOnWorkers } from './batch-pool';
import { batchStats } from './batch-stats';
import { groupDigits, table } from './format';
import { policyOption, positiveIntOption } from './options';
import { loadScenarioFile } from './scenario-file';
import { parseSeedRange } from './seeds';
import { commandUsage } from './usage';
import { whatIfOption } from './what-if-option';

export async function runBatch(argv: readonly string[]): Promise<void> {
  const command = 'batch';
  const args = parseArgs(argv, {
    command,
    values: ['scenario', 'seeds', 'japan', 'allies', 'workers', 'what-if'],
    flags: ['json', 'help', 'fog'],
    positionals: [],
  });
  if (args.flags.has('help')) return void process.stdout.write(commandUsage(command));
  const scenarioPath = requireValue(args, 'scenario', command);
  const range = parseSeedRange(requireValue(args, 'seeds', command), command);
  const japan = policyOption(args, 'japan', command).name;
  const allies = policyOption(args, 'allies', command).name;
  const cores = availableParallelism();
  const workers = Math.min(positiveIntOption(args, 'workers', command, 256) ?? cores, range.seeds.length);
  const loaded = loadScenarioFile(scenarioPath);
  const { scenario, whatIf } = whatIfOption(args, loaded.scenario, command);
  const fog = args.flags.has('fog');

  const runs = await playOnWorkers(
    { scenarioText: loaded.text, whatIf: whatIf?.id ?? null, japan, allies, ...(fog ? { fog } : {}) },
    range.seeds,
    workers,
  );
  const resources = scenario.resources.map((r) => r.id);
  const stats = batchStats(runs, SIDE_IDS, resources);

  if (args.flags.has('json')) {
    const summary = {
      scenario: scenario.meta.id,
      seeds: { from: range.from, to: range.to },
      whatIf,
      players: { japan, allies },
      ...(fog ? { fog } : {}),
      workers,
      ...stats,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  const pct = (n: number) => `${Math.round((n / stats.runs) * 100)}%`;
  const lines = [
    `${scenario.meta.title} (${scenario.meta.id})${whatIf ? `, what if: ${whatIf.title}` : ''}: ${groupDigits(stats.runs)} games, seeds ${range.from}..${range.to}, ` +
      `${scenario.sides.japan.name}: ${japan}, ${scenario.sides.allies.name}: ${allies}${fog ? ', under the fog of war' : ''} (${workers} worker${workers === 1 ? '' : 's'})`,
    '',
    'How the games ended:',
    table(Object.entries(stats.outcomes).map(([kind, n]) => [kind, groupDigits(n), pct(n)])),
    '',
    'End of play (10th / 50th / 90th percentile):',
    table([
      ['date', stats.endDate.p10, stats.endDate.p50, stats.endDate.p90],
      ['turns', String(stats.turns.p10), String(stats.turns.p50), String(stats.turns.p90)],
    ]),
    '',
    'Final stocks (10th / 50th / 90th percentile):',
    table(
      SIDE_IDS.flatMap((side) =>
        resources.map((res) => {
          const p = stats.stocks[side][res]!;
          return [scenario.sides[side].name, res, groupDigits(p.p10), groupDigits(p.p50), groupDigits(p.p90)];
        }),
      ),
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
