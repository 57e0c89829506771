/**
 * `npx tsx bench/shipyards.ts [--seeds N] [--japan historical|normal|…]`: Japan's merchant and
 * tanker tonnage completed a year and its shipyard capacity (rules.shipyards, src/engine/shipyards.ts)
 * at each year's start, Japan's policy against the historical Allies on seeds 1..N (default 50),
 * single-threaded, next to history's completions (USSBS-TRANSPORT, PARILLO-1993; 1945 to August).
 * Made for the shipyard capacity (docs/CALIBRATION.md, Japan's shipyards).
 */
import { policyByName } from '../src/ai/registry';
import { createGame, readJapaneseIntentions, resolveTurn, yardRoom } from '../src/engine/index';
import { option, scenarioWorld, word } from './cli-args';

/** Thousand GT completed (1941: July to December, half the year's 210; 1945: to August). */
const HISTORY: Record<string, number> = { 1941: 105, 1942: 260, 1943: 769, 1944: 1699, 1945: 560 };

const world = scenarioWorld();
const seeds = option('seeds', 50);
const japanName = word('japan') ?? 'historical';
const japan = policyByName(japanName);
const allies = policyByName('historical');
if (!japan || !allies) throw new Error(`unknown policy ${japanName}`);
const built = new Map<string, number[]>();
const capacity = new Map<string, number[]>();
const add = (m: Map<string, number[]>, year: string, seed: number, v: number) => {
  const xs = m.get(year) ?? [];
  xs[seed - 1] = (xs[seed - 1] ?? 0) + v;
  m.set(year, xs);
};
for (let seed = 1; seed <= seeds; seed++) {
  let state = createGame(world, `campaign-${seed}`);
  const seen = new Set<string>();
  while (!state.outcome) {
    const year = state.date.slice(0, 4);
    if (!seen.has(year)) add(capacity, year, seed, yardRoom(world, state, 'japan')?.capacity ?? 0);
    seen.add(year);
    // What the turn delivers: the queue's items ready by now (delivered in its events phase).
    for (const q of state.queue) {
      if (q.side !== 'japan' || q.ready > state.turn) continue;
      const adds = world.scenario.buildables.find((b) => b.id === q.item)?.adds ?? {};
      add(built, year, seed, (adds.merchant ?? 0) + (adds.tankers ?? 0));
    }
    const japanOrders = japan.orders(world, state, 'japan');
    const intel = readJapaneseIntentions(world, state, japanOrders);
    const orders = { japan: japanOrders, allies: allies.orders(world, state, 'allies', { intel }) };
    state = resolveTurn(world, state, orders).state;
  }
}
const mean = (xs: number[] = []) => Math.round(xs.reduce((a, b) => a + (b ?? 0), 0) / seeds);
process.stdout.write(`Japan ${japanName} v historical Allies, seeds 1..${seeds}.\n\n`);
process.stdout.write(
  "| year | merchant + tankers completed, game mean (k GT) | history (k GT) | yard capacity at the year's first turn, mean (k GT) |\n|---|---|---|---|\n",
);
for (const year of [...new Set([...built.keys(), ...capacity.keys()])].sort())
  process.stdout.write(
    `| ${year} | ${mean(built.get(year))} | ${HISTORY[year] ?? '–'} | ${mean(capacity.get(year))} |\n`,
  );
