/**
 * `npx tsx bench/war-month.ts [--seeds N | --from A --to B] [--japan P] [--allies P] [--scenario F] [--turns T]`:
 * the grand campaign played by two policies on seeds A..B (default 1..100), single-threaded: the month
 * the main war began in (the turn whose resolution raised the scenario's war flag, and by which decision),
 * and how the games ended — outcome and winner shares, the end date's p10 / p50 / p90, Japan's oil and
 * will on 1 January 1942 (p50). Written for docs/CALIBRATION.md "When the commander's Japan goes to war"
 * (cmdr29): the normal commander as Japan went to war in September 1941 (play24, play25); history in
 * the November 1941 turn (the decision of 1 December, the strike of 7 December). `--turns T` stops each
 * game after T turns (the war month alone).
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { policyByName } from '../src/ai/registry';
import { atWar, buildWorld } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}
const file = option('scenario', 'scenarios/pacific-1941.json');
const loaded = loadScenarioText(readFileSync(file, 'utf8'));
if (!loaded.ok) throw new Error(`${file} does not load`);
const world = buildWorld(loaded.value);
const from = Number(option('from', '1'));
const to = Number(option('to', option('seeds', '100')));
const turns = Number(option('turns', '0'));
const japan = policyByName(option('japan', 'commander:normal'));
const allies = policyByName(option('allies', 'historical'));
if (!japan || !allies) throw new Error('unknown policy');

const wars = new Map<string, number>();
const outcomes = new Map<string, number>();
const ends: string[] = [];
const oil42: number[] = [];
const will42: number[] = [];
const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (let seed = from; seed <= to; seed++) {
  let war = 'never';
  const { state } = autoplay(
    world,
    String(seed),
    { japan, allies },
    {
      ...(turns > 0 ? { maxTurns: turns } : {}),
      onTurn: (r) => {
        if (war === 'never' && atWar(world, r.state)) {
          const choice = r.report.items.find((i) => i.kind === 'choice' && i.side === 'japan');
          war = `${r.report.date.slice(0, 7)} ${choice?.kind === 'choice' ? choice.label : '(event)'}`;
        }
        if (r.state.date === '1942-01-01') {
          oil42.push(r.state.sides.japan.stocks.oil ?? 0);
          will42.push(r.state.sides.japan.stocks.will ?? 0);
        }
      },
    },
  );
  add(wars, war);
  add(outcomes, state.outcome ? `${state.outcome.kind}` : 'no outcome');
  ends.push(state.outcome?.date ?? state.date);
}
const n = to - from + 1;
const rank = (xs: (string | number)[], p: number) =>
  [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
console.log(`${japan.name} v ${allies.name}, seeds ${from}..${to} (${n} games)`);
for (const [k, v] of [...wars.entries()].sort()) console.log(`  war begins ${k}: ${v}`);
for (const [k, v] of [...outcomes.entries()].sort()) console.log(`  outcome ${k}: ${v}`);
const month = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
const mean = ends.reduce((a, d) => a + month(d) - month('1941-07-01'), 0) / ends.length;
console.log(
  `  end p10 / p50 / p90: ${rank(ends, 10)} / ${rank(ends, 50)} / ${rank(ends, 90)} (mean ${mean.toFixed(2)} months after July 1941)`,
);
if (oil42.length)
  console.log(
    `  1 January 1942, Japan: oil p50 ${rank(oil42, 50)}, will p50 ${rank(will42, 50)} (${oil42.length} games)`,
  );
