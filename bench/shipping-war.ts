/**
 * `npx tsx bench/shipping-war.ts [--seeds N] [--year YYYY]`: where the war on Japanese shipping
 * sinks its tonnage (docs/CALIBRATION.md §1g). Plays the grand campaign historical bot against
 * historical bot on seeds 1..N (default 20, one thread) and prints, for each year (or the one
 * asked for), every sea area's traffic, attackers and tonnage sunk by cause (mean a game), and
 * Japan's shipping each month of that year (p50 of the games).
 */
import { readFileSync } from 'node:fs';
import { policyByName } from '../src/ai/registry';
import { buildWorld, createGame, readJapaneseIntentions, resolveTurn } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const seeds = Number(option('seeds', '20'));
const onlyYear = option('year', '');
const loaded = loadScenarioText(
  readFileSync(new URL('../scenarios/pacific-1941.json', import.meta.url), 'utf8'),
);
if (!loaded.ok) throw new Error('the scenario does not load');
const world = buildWorld(loaded.value);
const bot = policyByName('historical')!;

type Row = {
  traffic: number;
  tankers: number;
  boats: number;
  aircraft: number;
  escorts: number;
  bombers: number;
  subs: number;
  air: number;
  mines: number;
  turns: number;
};
const byYearArea = new Map<string, Map<string, Row>>();
const months = new Map<
  string,
  {
    merchant: number[];
    tankers: number[];
    sailed: number[];
    garrison: number[];
    sunk: number[];
    oil: number[];
  }
>();

for (let n = 1; n <= seeds; n++) {
  let state = createGame(world, String(n));
  while (!state.outcome) {
    const japanOrders = bot.orders(world, state, 'japan');
    const intel = readJapaneseIntentions(world, state, japanOrders);
    const orders = { japan: japanOrders, allies: bot.orders(world, state, 'allies', { intel }) };
    const { state: after, report } = resolveTurn(world, state, orders);
    const year = state.date.slice(0, 4);
    const areas = byYearArea.get(year) ?? new Map<string, Row>();
    byYearArea.set(year, areas);
    for (const i of report.items) {
      if (i.kind !== 'shipping' || i.code !== 'sea-area-losses' || i.side !== 'japan') continue;
      const r = areas.get(i.area) ?? {
        traffic: 0,
        tankers: 0,
        boats: 0,
        aircraft: 0,
        escorts: 0,
        bombers: 0,
        subs: 0,
        air: 0,
        mines: 0,
        turns: 0,
      };
      areas.set(i.area, r);
      r.traffic += i.trafficKgt;
      r.tankers += i.tankerTrafficKgt;
      r.boats += i.boats;
      r.aircraft += i.aircraft;
      r.escorts += i.escorts;
      r.bombers += i.bombers;
      r.subs += i.sunkBySubmarines;
      r.air += i.sunkByAircraft;
      r.mines += i.sunkByMines;
      r.turns++;
    }
    if (!onlyYear || year === onlyYear) {
      const m = months.get(state.date.slice(0, 7)) ?? {
        merchant: [],
        tankers: [],
        sailed: [],
        garrison: [],
        sunk: [],
        oil: [],
      };
      months.set(state.date.slice(0, 7), m);
      const s = after.supply.japan;
      m.merchant.push(state.sides.japan.stocks.merchant ?? 0);
      m.tankers.push(state.sides.japan.stocks.tankers ?? 0);
      m.sailed.push(s.sailedKgt);
      m.garrison.push(s.garrisonKgt);
      m.sunk.push(s.sunkBySubmarines + s.sunkByAircraft + s.sunkByMines);
      m.oil.push(s.oilDelivered);
    }
    state = after;
  }
}

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? 0;
const f = (x: number) => (x / seeds).toFixed(0);
for (const [year, areas] of [...byYearArea].sort()) {
  if (onlyYear && year !== onlyYear) continue;
  console.log(`\n${year} (mean a game over ${seeds} games; traffic and attackers summed over the turns)`);
  console.log(
    '| sea area | turns | traffic kGT | tankers kGT | boats | aircraft | escorts | bombers | sunk subs / air / mines kGT |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  const rows = [...areas].sort(
    (a, b) => b[1].subs + b[1].air + b[1].mines - (a[1].subs + a[1].air + a[1].mines),
  );
  let t = [0, 0, 0];
  for (const [id, r] of rows) {
    t = [t[0]! + r.subs, t[1]! + r.air, t[2]! + r.mines];
    console.log(
      `| ${id} | ${(r.turns / seeds).toFixed(1)} | ${f(r.traffic)} | ${f(r.tankers)} | ${f(r.boats)} | ${f(r.aircraft)} | ${f(r.escorts)} | ${f(r.bombers)} | ${f(r.subs)} / ${f(r.air)} / ${f(r.mines)} |`,
    );
  }
  console.log(`| all | | | | | | | | ${f(t[0]!)} / ${f(t[1]!)} / ${f(t[2]!)} |`);
}
console.log(
  '\n| month | games | merchant kGT p50 | tankers kGT p50 | sailed kGT p50 | garrison kGT p50 | sunk kGT p50 | oil delivered p50 |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const [m, v] of [...months].sort())
  console.log(
    `| ${m} | ${v.merchant.length} | ${p50(v.merchant)} | ${p50(v.tankers)} | ${p50(v.sailed)} | ${p50(v.garrison)} | ${p50(v.sunk)} | ${p50(v.oil)} |`,
  );
