/**
 * `npx tsx bench/midway-trace.ts [--seed S] [--japan P] [--allies P] [--scenario F] [--turns N]`: one game turn
 * by turn, the CLI's lines (battles, what changed hands) with each computer side's stated intent — the Midway
 * lines of docs/CALIBRATION.md (cmdr29): `--allies park` is bench/midway-passive.ts's parked student, play25's
 * seed is the default.
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { turnLines } from '../src/cli/turn-lines';
import { buildWorld } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';
import { intentHeading, intentLines, intentNames } from '../src/text/intent-text';
import { benchPolicy } from './park-policy';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}
const file = option('scenario', 'scenarios/midway-1942.json');
const loaded = loadScenarioText(readFileSync(file, 'utf8'));
if (!loaded.ok) throw new Error(`${file} does not load`);
const world = buildWorld(loaded.value);
const policy = benchPolicy;
const japan = policy(option('japan', 'commander:normal'));
const allies = policy(option('allies', 'park'));
if (!japan || !allies) throw new Error('unknown policy');
const turns = Number(option('turns', '0'));
autoplay(
  world,
  option('seed', 'play25-midway'),
  { japan, allies },
  {
    ...(turns > 0 ? { maxTurns: turns } : {}),
    onTurn: (r, intents) => {
      const names = intentNames(world, r.state);
      for (const i of intents) {
        console.log(intentHeading(i.side, i));
        for (const l of intentLines(names, i)) console.log(`    ${l}`);
      }
      for (const l of turnLines(world, r.report, r.state)) console.log(l);
    },
  },
);
