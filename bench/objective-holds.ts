/**
 * `npx tsx bench/objective-holds.ts <japan policy> <allies policy> <first seed> <last seed> [area,area…]`:
 * the grand campaign with the computer on both sides, and every change of hands of the given areas
 * (Singapore and Malaya by default) with the troops and aircraft each side had there at the start of
 * that turn; then, over the seeds, when the Allies first took Singapore back after Japan took it,
 * how many of their retakes found no Japanese army there, and the end month (p10 / p50 / p90).
 * Also the month Japan first took Singapore in each game (by the end of 1942 or not).
 * The thirteenth play-through's measure of normal against normal (docs/AI.md, "Taken objectives left empty").
 */

import { readFileSync } from 'node:fs';
import { autoplay, policyByName } from '../src/ai/index';
import { buildWorld, type GameState } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

const [jp = 'commander:normal', al = 'commander:normal', first = '1', last = '30', list] =
  process.argv.slice(2);
const AREAS = (list ?? 'singapore,malaya').split(',');
const japan = policyByName(jp);
const allies = policyByName(al);
if (!japan || !allies) throw new Error(`unknown policy: ${jp} or ${al}`);
const loaded = loadScenarioText(readFileSync('scenarios/pacific-1941.json', 'utf8'));
if (!loaded.ok) throw new Error('scenarios/pacific-1941.json does not load');
const world = buildWorld(loaded.value);

const pct = (xs: string[], p: number) =>
  xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))] ?? '-';
const ends: string[] = [];
const retakes: string[] = [];
const japanTakes: string[] = [];
let alliedTakes = 0;
let intoEmpty = 0;
for (let seed = Number(first); seed <= Number(last); seed++) {
  let before: GameState | null = null;
  let takenByJapan = false;
  let retaken: string | null = null;
  let japanTook: string | null = null;
  const lines: string[] = [];
  const { state } = autoplay(
    world,
    String(seed),
    { japan, allies },
    {
      onTurn: (r) => {
        for (const i of r.report.items) {
          if (i.kind !== 'control' || !AREAS.includes(i.area)) continue;
          const at = (side: string, key: 'troops' | 'aircraft') =>
            (before?.forces ?? [])
              .filter((f) => f.location === i.area && f.side === side && f.status !== 'lost')
              .reduce(
                (n, f) =>
                  n +
                  (key === 'troops' ? (f.type === 'army' ? f.troops : 0) : f.type === 'air' ? f.aircraft : 0),
                0,
              );
          const j = at('japan', 'troops');
          lines.push(
            `${r.report.date.slice(0, 7)} ${i.area} to ${i.to} (at the turn's start: Japan ${j}k men, ${at('japan', 'aircraft')} aircraft; ` +
              `Allies ${at('allies', 'troops')}k, ${at('allies', 'aircraft')})`,
          );
          if (i.to === 'allies') {
            alliedTakes++;
            if (j === 0) intoEmpty++;
          }
          if (i.area === 'singapore' && i.to === 'japan') {
            takenByJapan = true;
            japanTook ??= r.report.date.slice(0, 7);
          }
          if (i.area === 'singapore' && i.to === 'allies' && takenByJapan && !retaken)
            retaken = r.report.date.slice(0, 7);
        }
        before = r.state;
      },
    },
  );
  ends.push(state.date.slice(0, 7));
  if (retaken) retakes.push(retaken);
  japanTakes.push(japanTook ?? 'never');
  console.log(`seed ${seed}: ended ${state.date.slice(0, 7)} (${state.outcome?.kind})`);
  for (const l of lines) console.log(`  ${l}`);
}
ends.sort();
retakes.sort();
const games = Number(last) - Number(first) + 1;
console.log(
  `${games} games. Singapore taken back by the Allies after Japan took it in ${retakes.length}: ` +
    `p10 / p50 / p90 ${pct(retakes, 10)} / ${pct(retakes, 50)} / ${pct(retakes, 90)}.`,
);
console.log(
  `Allied takes of ${AREAS.join(', ')}: ${alliedTakes}, with no Japanese army there at the turn's start: ${intoEmpty}.`,
);
console.log(
  `Japan first took Singapore by the end of 1942 in ${japanTakes.filter((d) => d <= '1942-12').length} of ${games} games ` +
    `(${japanTakes.filter((d) => d === 'never').length} never): ${japanTakes.join(' ')}.`,
);
console.log(`End p10 / p50 / p90: ${pct(ends, 10)} / ${pct(ends, 50)} / ${pct(ends, 90)}.`);
