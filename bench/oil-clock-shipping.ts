/**
 * `npx tsx bench/oil-clock-shipping.ts [--seeds N] [--scenario FILE]`: the Oil Clock's shipping losses by what
 * Japan does (oilclock31; docs/CALIBRATION.md, docs/short-scenarios-notes.md §1 "Merchant shipping"). Plays
 * seeds 1..N (default 100, one thread) for each Japanese player against the Allies' historical plan (and one
 * row against an Allied player that gives no orders, so that its submarines stay in port) and prints, mean a
 * game: the month the war began, Japan's oil, merchant and tanker tonnage at the end, the tonnage that sailed at
 * war, and the tonnage sunk by submarines, aircraft and mines. The Japanese players: `pass`, `doctrine:negotiate`,
 * `historical`, `commander:easy`, `doctrine:strike-north` (the Siberian war: its oil), and "war in August" (strikes south on the second turn and gives no other order:
 * its fleet stays in port, its garrisons' convoys sail).
 */
import { readFileSync } from 'node:fs';
import { policyByName } from '../src/ai/registry';
import type { Order } from '../src/engine/index';
import {
  buildWorld,
  createGame,
  type GameState,
  readJapaneseIntentions,
  resolveTurn,
} from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const seeds = Number(option('seeds', '100'));
const file = option('scenario', 'scenarios/oil-clock-1941.json');
const loaded = loadScenarioText(readFileSync(file, 'utf8'));
if (!loaded.ok) throw new Error(`${file} does not load`);
const world = buildWorld(loaded.value);

type Play = (state: GameState) => Order[];
const bot = (name: string): Play => {
  const p = policyByName(name);
  if (!p) throw new Error(`no policy ${name}`);
  return (state) => p.orders(world, state, 'japan');
};
const warInAugust: Play = (state) =>
  state.turn === 2 ? [{ type: 'choose', choice: 'strike-south' } as Order] : [];
const rows: [string, Play, string][] = [
  ['pass', bot('pass'), 'historical'],
  ['doctrine:negotiate', bot('doctrine:negotiate'), 'historical'],
  ['historical', bot('historical'), 'historical'],
  ['war in August', warInAugust, 'historical'],
  ['war in August, Allies pass', warInAugust, 'pass'],
  ['commander:easy', bot('commander:easy'), 'historical'],
  ['doctrine:strike-north', bot('doctrine:strike-north'), 'historical'],
];

console.log(`${file}: ${seeds} seeds, mean a game (Allies: the historical plan unless said)`);
console.log(
  '| Japan | war with the US from | oil | will | merchant | tankers | sailed at war kGT | sunk subs / air / mines kGT |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const [label, japan, alliesName] of rows) {
  const allies = policyByName(alliesName)!;
  const sum = { oil: 0, will: 0, merchant: 0, tankers: 0, sailed: 0, subs: 0, air: 0, mines: 0, wars: 0 };
  const warMonths = new Map<string, number>();
  for (let n = 1; n <= seeds; n++) {
    let state = createGame(world, String(n));
    let war: string | null = null;
    while (!state.outcome) {
      const japanOrders = japan(state);
      const intel = readJapaneseIntentions(world, state, japanOrders);
      const orders = { japan: japanOrders, allies: allies.orders(world, state, 'allies', { intel }) };
      const { state: after } = resolveTurn(world, state, orders);
      if (after.flags['war-us']) {
        war ??= state.date.slice(0, 7);
        const s = after.supply.japan;
        sum.sailed += s.sailedKgt;
        sum.subs += s.sunkBySubmarines;
        sum.air += s.sunkByAircraft;
        sum.mines += s.sunkByMines;
      }
      state = after;
    }
    const stocks = state.sides.japan.stocks;
    sum.oil += stocks.oil ?? 0;
    sum.will += stocks.will ?? 0;
    sum.merchant += stocks.merchant ?? 0;
    sum.tankers += stocks.tankers ?? 0;
    const key = war ?? 'no war';
    warMonths.set(key, (warMonths.get(key) ?? 0) + 1);
  }
  const m = (x: number) => Math.round(x / seeds).toLocaleString('en-GB');
  const wars = [...warMonths]
    .sort()
    .map(([k, v]) => `${k} ×${v}`)
    .join(', ');
  console.log(
    `| ${label} | ${wars} | ${m(sum.oil)} | ${m(sum.will)} | ${m(sum.merchant)} | ${m(sum.tankers)} | ${m(sum.sailed)} | ${m(sum.subs)} / ${m(sum.air)} / ${m(sum.mines)} |`,
  );
}
