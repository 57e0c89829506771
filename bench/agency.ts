/**
 * The agency table: does what Japan decides change the war?
 *
 *   npx tsx bench/agency.ts --scenario scenarios/pacific-1941.json --seeds 1..500 [--json]
 *       [--allies historical] [--policies p1,p2,…] [--slow-seeds N] [--workers N] [--events e1,e2,…] [--fog]
 *
 * Plays each Japanese policy (by default the historical plan, pass, and the
 * doctrines of src/ai/doctrines.ts, then adaptive:hard) against the same
 * Allied policy on the same seeds, on worker threads (the CLI batch's), and
 * prints a Markdown table: how the games ended, the end date (10th / 50th /
 * 90th percentile, nearest rank: "no end" where that game reached the last
 * turn), and Japan's position when play stopped. The adaptive policies are
 * slow (seconds a game on the grand campaign), so they play the first
 * `--slow-seeds` seeds of the range only (default 100); the table says so.
 * `--events` adds a column with the share of games in which each of those
 * scenario events fired (e.g. marianas-lost,atomic-bombs,soviet-entry). `--fog`: both computer
 * sides plan under the fog of war (the CLI batch's `--fog`; aifog25).
 */
import { availableParallelism } from 'node:os';
import { policyByName } from '../src/ai/registry';
import { playOnWorkers } from '../src/cli/batch-pool';
import type { RunResult } from '../src/cli/batch-runs';
import { nearestRank } from '../src/cli/batch-stats';
import { loadScenarioFile } from '../src/cli/scenario-file';
import { parseSeedRange } from '../src/cli/seeds';

const DEFAULT_POLICIES = [
  'historical',
  'pass',
  'doctrine:negotiate',
  'doctrine:settle',
  'doctrine:withdraw',
  'doctrine:strike-north',
  'doctrine:perimeter',
  'doctrine:no-pearl-harbor',
  'adaptive:hard',
];
/** The outcome columns every table has, in this order; any other kind gets a column of its own. */
const OUTCOMES = ['japan-surrenders', 'negotiated-peace', 'japan-collapse', 'last-turn'];
const OUTCOME_HEADS: Record<string, string> = {
  'japan-surrenders': 'Japan surrenders',
  'negotiated-peace': 'negotiated peace',
  'japan-collapse': 'collapse',
  'last-turn': 'last turn',
  unfinished: 'unfinished',
};
const isSlow = (name: string) => name.startsWith('adaptive');

function fail(message: string): never {
  process.stderr.write(`agency: ${message}\n`);
  process.exit(1);
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith('--')) fail(`--${name} needs a value`);
  return v;
}

function count(name: string, fallback: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a whole number of at least 1 (got "${raw}")`);
  return n;
}

interface Row {
  policy: string;
  games: number;
  seeds: string;
  outcomes: Record<string, number>;
  /** Share of games in which Japan was at war with the US when play stopped. */
  atWarWithUs: number;
  endDate: { p10: string; p50: string; p90: string };
  japanAtEnd: Record<string, number>;
  /** Named ships sunk per game, on average, by side. */
  shipsLost: { japan: number; allies: number };
  /** Share of games in which each event asked for with --events fired. */
  events: Record<string, number>;
  seconds: number;
}

/** Nearest-rank percentile of the end dates; a game that reached the last turn sorts last, as "no end". */
function endPercentiles(runs: readonly RunResult[]): Row['endDate'] {
  const NO_END = '9999';
  const dates = runs
    .map((r) => (r.outcome === 'last-turn' || r.outcome === null ? NO_END : r.endDate))
    .sort();
  const at = (p: number) => {
    const d = nearestRank(dates, p);
    return d === NO_END ? 'no end' : d;
  };
  return { p10: at(10), p50: at(50), p90: at(90) };
}

const median = (xs: number[]) =>
  nearestRank(
    [...xs].sort((a, b) => a - b),
    50,
  );

async function main(): Promise<void> {
  const scenarioPath = option('scenario') ?? fail('--scenario <file> is required');
  const range = parseSeedRange(option('seeds') ?? fail('--seeds <from>..<to> is required'), 'agency');
  const allies = option('allies') ?? 'historical';
  const policies = (option('policies') ?? DEFAULT_POLICIES.join(',')).split(',').filter((p) => p !== '');
  for (const p of [...policies, allies]) if (!policyByName(p)) fail(`unknown policy "${p}"`);
  const slowSeeds = count('slow-seeds', 100);
  const fog = process.argv.includes('--fog');
  const workers = count('workers', availableParallelism());
  const json = process.argv.includes('--json');
  const events = (option('events') ?? '').split(',').filter((e) => e !== '');
  const { text, scenario } = loadScenarioFile(scenarioPath);
  const warFlag = scenario.rules.warFlag;
  const resources = ['oil', 'merchant', 'tankers', 'will'].filter((r) =>
    scenario.resources.some((x) => x.id === r),
  );

  for (const e of events)
    if (!scenario.events.some((x) => x.id === e)) fail(`the scenario has no event "${e}"`);
  const sideOf = new Map<string, string>();
  for (const f of scenario.forces) sideOf.set(f.id, f.side);
  for (const r of scenario.reinforcements) sideOf.set(r.force.id, r.force.side);
  const meanLost = (runs: readonly RunResult[], side: string) =>
    Math.round(
      (runs.reduce((n, r) => n + Object.keys(r.shipsLost).filter((id) => sideOf.get(id) === side).length, 0) /
        Math.max(1, runs.length)) *
        10,
    ) / 10;
  const rows: Row[] = [];
  for (const policy of policies) {
    const seeds = isSlow(policy) ? range.seeds.slice(0, slowSeeds) : range.seeds;
    const started = process.hrtime.bigint();
    const runs = await playOnWorkers(
      { scenarioText: text, whatIf: null, japan: policy, allies, ...(fog ? { fog } : {}) },
      seeds,
      workers,
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const outcomes: Record<string, number> = {};
    for (const r of runs) {
      const kind = r.outcome ?? 'unfinished';
      outcomes[kind] = (outcomes[kind] ?? 0) + 1;
    }
    const japanAtEnd: Record<string, number> = {};
    for (const res of resources) japanAtEnd[res] = median(runs.map((r) => r.stocks.japan[res] ?? 0));
    japanAtEnd.areas = median(runs.map((r) => r.held.japan));
    rows.push({
      policy,
      games: runs.length,
      seeds: `${seeds[0]}..${seeds.at(-1)}`,
      outcomes,
      atWarWithUs: warFlag ? runs.filter((r) => r.flags.includes(warFlag)).length / runs.length : 1,
      endDate: endPercentiles(runs),
      japanAtEnd,
      shipsLost: { japan: meanLost(runs, 'japan'), allies: meanLost(runs, 'allies') },
      events: Object.fromEntries(
        events.map((e) => [e, runs.filter((r) => r.events.includes(e)).length / runs.length]),
      ),
      seconds: Math.round(seconds * 10) / 10,
    });
    process.stderr.write(`${policy}: ${runs.length} games in ${seconds.toFixed(1)} s\n`);
  }

  const command = `npx tsx bench/agency.ts ${process.argv.slice(2).join(' ')}`;
  if (json) {
    const out = {
      command,
      scenario: scenario.meta.id,
      allies,
      seeds: { from: range.from, to: range.to },
      slowSeeds,
      rows,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const kinds = [
    ...OUTCOMES,
    ...[...new Set(rows.flatMap((r) => Object.keys(r.outcomes)))].filter((k) => !OUTCOMES.includes(k)).sort(),
  ];
  const pct = (n: number, of: number) => `${Math.round((n / of) * 100)}%`;
  const lines = [
    `Agency table: ${scenario.meta.title} (${scenario.meta.id}), Japan's policy against the Allies' "${allies}".`,
    '',
    `Command: \`${command}\``,
    '',
    `| Japan | games | ${kinds.map((k) => OUTCOME_HEADS[k] ?? k).join(' | ')} | at war with the US at the end | end p10 / p50 / p90 | Japan at the end, p50: oil (M bbl) / merchant + tankers (M GT) / will / areas held | named ships sunk a game, Japan / Allies |${events.length > 0 ? ` events: ${events.join(' / ')} |` : ''}`,
    `|---|---|${kinds.map(() => '---|').join('')}---|---|---|---|${events.length > 0 ? '---|' : ''}`,
  ];
  for (const r of rows) {
    const e = r.japanAtEnd;
    const shipping = ((e.merchant ?? 0) + (e.tankers ?? 0)) / 1000;
    lines.push(
      `| ${r.policy} | ${r.games} | ${kinds.map((k) => pct(r.outcomes[k] ?? 0, r.games)).join(' | ')} | ${pct(r.atWarWithUs, 1)} | ${r.endDate.p10} / ${r.endDate.p50} / ${r.endDate.p90} | ${((e.oil ?? 0) / 1000).toFixed(1)} / ${shipping.toFixed(2)} / ${e.will ?? '–'} / ${e.areas} | ${r.shipsLost.japan} / ${r.shipsLost.allies} |${events.length > 0 ? ` ${events.map((e) => pct(r.events[e] ?? 0, 1)).join(' / ')} |` : ''}`,
    );
  }
  lines.push(
    '',
    `- Seeds ${range.from}..${range.to}${policies.some(isSlow) ? `; the adaptive policies play the first ${slowSeeds} of them only (they weigh rollouts every turn and are slow)` : ''}. End dates are the date play stopped (nearest rank); "no end" means that game reached the last turn.`,
    '- "merchant + tankers" is the sum of the two medians. The stocks are the medians of each figure on its own, not one game.',
    `- Time: ${rows.map((r) => `${r.policy} ${r.seconds} s`).join(', ')} (${workers} workers).`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  // The CLI's errors start with the command's name and end with a hint at its own --help.
  const text = err instanceof Error ? err.message : String(err);
  fail(text.replace(/^agency: /, '').replace(/\. Run "npm run cli -- .*$/, ''));
});
