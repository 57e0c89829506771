/**
 * `npx tsx bench/end-months.ts <scenario file> <first seed> <last seed>`: historical against historical on
 * each seed, and how many games ended in each month (outcome and the date of the turn it was decided in);
 * the first twelve seeds also print Japan's will after each turn from March 1945. How the leaders' doubt
 * and breaking point were chosen (docs/CALIBRATION.md §0, eighth session; scripts/data/surrender.py).
 */
import { readFileSync } from 'node:fs';
import { buildWorld } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';
import { historicalTurns } from './historical-game';

const [file, first, last] = process.argv.slice(2);
const loaded = loadScenarioText(readFileSync(file ?? 'scenarios/pacific-1941.json', 'utf8'));
if (!loaded.ok) throw new Error(`${file} does not load`);
const world = buildWorld(loaded.value);
const ends: Record<string, number> = {};
for (let seed = Number(first ?? 1); seed <= Number(last ?? 100); seed++) {
  const wills: string[] = [];
  let end = '';
  for (const t of historicalTurns(world, String(seed))) {
    if (t.before.date >= '1945-03-01')
      wills.push(`${t.before.date.slice(0, 7)} ${t.after.sides.japan.stocks.will}`);
    if (t.after.outcome) end = `${t.after.outcome.kind} ${t.after.outcome.date}`;
  }
  ends[end] = (ends[end] ?? 0) + 1;
  if (seed - Number(first ?? 1) < 12) console.log(`seed ${seed}: ${end}; will ${wills.join(', ')}`);
}
for (const [end, n] of Object.entries(ends).sort()) console.log(`${end}: ${n}`);
