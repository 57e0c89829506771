/**
 * What each scenario teaches, in figures: each bundled scenario played by
 * pairs of computer players over a range of seeds on one thread, each game
 * judged as the end screen judges it (the verdict on the scenario's goals, and
 * better or worse than the real war), with Japan's oil and will at the end and
 * the land areas each side held.
 *
 *   npx tsx scripts/play/teach-figures.ts <scenario-stem> <japan>:<allies>[,<japan>:<allies>...] [seeds=1..50] [what-if]
 *
 * e.g. `npx tsx scripts/play/teach-figures.ts oil-clock-1941 historical:historical,doctrine:withdraw:historical`
 * (a pair splits at its last colon, so doctrine names keep theirs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { playBatchJob, type RunResult } from '../../src/cli/batch-runs';
import { parseSeedRange } from '../../src/cli/seeds';

const [stem = 'southern-oil-1942', pairs = 'historical:historical', seedArg = '1..50', whatIf = null] =
  process.argv.slice(2);
const scenarioText = readFileSync(join(import.meta.dirname, '../../scenarios', `${stem}.json`), 'utf8');
const seeds = parseSeedRange(seedArg, 'teach-figures').seeds;

const pct = (n: number, of: number) => `${Math.round((n / of) * 100)}%`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
function tally<T extends string>(xs: T[]): string {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${pct(n, xs.length)}`)
    .join(', ');
}

for (const pair of pairs.split(',')) {
  const cut = pair.lastIndexOf(':');
  const japan = pair.slice(0, cut);
  const allies = pair.slice(cut + 1);
  const runs: RunResult[] = playBatchJob({ scenarioText, whatIf, seeds, japan, allies });
  const verdicts = runs.map((r) =>
    r.verdict ? `${r.verdict.winner}${r.verdict.strength ? `-${r.verdict.strength}` : ''}` : 'not-ended',
  );
  const better = runs.map((r) => `better-for-${r.verdict?.betterFor ?? 'n/a'}`);
  const outcomes = runs.map((r) => r.outcome ?? 'none');
  console.log(
    [
      `${stem}${whatIf ? ` (what if: ${whatIf})` : ''} — Japan ${japan} v Allies ${allies}, seeds ${seedArg} (${runs.length} games)`,
      `  ends: ${tally(outcomes)}; median end ${runs.map((r) => r.endDate).sort()[Math.floor(runs.length / 2)]}`,
      `  verdict on goals: ${tally(verdicts)}`,
      `  against history: ${tally(better)}`,
      `  Japan at the end (median): oil ${median(runs.map((r) => r.stocks.japan.oil ?? 0))}, will ${median(runs.map((r) => r.stocks.japan.will ?? 0))}, merchant ${median(runs.map((r) => r.stocks.japan.merchant ?? 0))}; Allied will ${median(runs.map((r) => r.stocks.allies.will ?? 0))}`,
      `  land areas held (median): Japan ${median(runs.map((r) => r.held.japan))}, Allies ${median(runs.map((r) => r.held.allies))}`,
    ].join('\n'),
  );
}
