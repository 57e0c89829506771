/**
 * `npx tsx bench/shipping-war.ts [--seeds N] [--year YYYY] [--scenario FILE]`: where the war on Japanese shipping
 * sinks its tonnage (docs/CALIBRATION.md §1g). Plays the grand campaign historical bot against
 * historical bot on seeds 1..N (default 20, one thread) and prints, for each year (or the one
 * asked for), every sea area's traffic, attackers and tonnage sunk by cause (mean a game), and
 * Japan's shipping each month of that year (p50 of the games).
 *
 * Each year also gets the submarines' exchange — the boats on patrol in the average month (every
 * Allied boat at sea, times `rules.submarines.patrolPercent`) and the tonnage they sank a boat on
 * patrol a month — next to history's (S3 tonnage by submarines over S8's boats on patrol), and, for
 * 1942 and 1943, history's tonnage by sea area and cause (S3: the JANAC list's positions put in
 * the game's sea areas by latitude and longitude; approximate at the borders), docs/CALIBRATION.md §1j;
 * for every year, the tonnage by cause against S3's, and the ships sunk at anchor by air strikes on
 * their ports as rows of their own ("… (at anchor)", the tonnage at anchor as traffic), §1p.
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
// Another file of the grand campaign (e.g. an older version of its data, for a before/after).
const file = option('scenario', '');
const loaded = loadScenarioText(
  readFileSync(file || new URL('../scenarios/pacific-1941.json', import.meta.url), 'utf8'),
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
/** Boats on patrol summed over the turns (hundredths), by year. */
const patrolByYear = new Map<string, number>();
const patrolPercent = world.scenario.rules.submarines?.patrolPercent ?? 0;
const seaAreas = new Set(world.scenario.areas.filter((a) => a.kind === 'sea').map((a) => a.id));

/** History by year (S3 submarines' thousand GT / S8 boats on patrol in the average month). */
const HISTORY_EXCHANGE: Record<string, { sunk: number; boats: number }> = {
  '1942': { sunk: 628, boats: 13 },
  '1943': { sunk: 1332, boats: 18 },
  '1944': { sunk: 2436, boats: 35 },
};
/**
 * History's tonnage sunk by sea area (thousand GT: submarines / aircraft / mines / other), S3 positions
 * boxed by latitude and longitude; the Pacific coast of the Home Islands lies in the game's
 * Philippine Sea (south of Tokyo) and North Pacific (Sanriku).
 */
const HISTORY_AREAS: Record<string, [string, number, number, number, number][]> = {
  '1942': [
    ['Bismarck and Solomon Seas', 48, 161, 0, 21],
    ['Pacific coast of the Home Islands', 150, 0, 4, 0],
    ['East China and Yellow Seas', 133, 2, 0, 0],
    ['South China Sea', 102, 12, 3, 16],
    ['Caroline and Mariana waters (Truk)', 79, 7, 0, 0],
    ['Bay of Bengal', 25, 7, 0, 10],
    ['Java Sea', 16, 5, 0, 16],
    ['North Pacific (Aleutians)', 0, 27, 0, 9],
    ['Celebes and Sulu Seas, Makassar Strait', 35, 0, 0, 0],
    ['Philippine Sea', 26, 0, 0, 0],
    ['Central Pacific (Marshalls)', 8, 0, 0, 13],
    ['Sea of Japan', 7, 0, 0, 0],
  ],
  '1943': [
    ['Caroline and Mariana waters (Truk)', 343, 4, 0, 0],
    ['East China and Yellow Seas', 216, 29, 0, 0],
    ['Bismarck and Solomon Seas', 58, 146, 12, 6],
    ['Philippine Sea', 193, 0, 0, 0],
    ['Pacific coast of the Home Islands', 176, 0, 0, 0],
    ['South China Sea', 134, 13, 5, 7],
    ['Sea of Japan', 68, 0, 0, 0],
    ['Central Pacific (Marshalls)', 32, 26, 0, 0],
    ['Bay of Bengal', 17, 27, 0, 0],
    ['Celebes and Sulu Seas, Makassar Strait', 30, 3, 0, 0],
    ['Java Sea', 26, 0, 0, 0],
    ['elsewhere', 40, 68, 3, 0],
  ],
};
/**
 * History's tonnage sunk by cause a year (thousand GT: submarines / aircraft / mines / other), S3 (the
 * JANAC list summed by year and cause), and the aircraft's sinkings at or off the harbours the carriers
 * raided (S3 positions within about a degree of the port; the raids' months: T).
 */
const HISTORY_BY_CAUSE: Record<string, [number, number, number, number]> = {
  '1942': [628, 220, 7, 85],
  '1943': [1332, 315, 19, 17],
  '1944': [2436, 1266, 52, 19],
  '1945': [443, 716, 550, 3],
};
const HISTORY_PORT_RAIDS: Record<string, string> = {
  '1944':
    'Truk (Feb) 192, Palau (Mar) 100, Manila and the west coast of Luzon (Sep-Nov) 253, Formosa (Oct) 51, Ormoc and Leyte (Sep-Dec) 97',
  '1945':
    'the South China Sea raid (Jan): Saigon and the Indochina coast 149, Takao 104, Hong Kong 40; Hokkaido (Jul) 61, Kure and the Inland Sea (Mar-Jul) 41',
};
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
    for (const f of Object.values(state.forces))
      if (
        f.side === 'allies' &&
        f.type === 'flotilla' &&
        f.class === 'submarine' &&
        f.status === 'active' &&
        seaAreas.has(f.location)
      )
        patrolByYear.set(year, (patrolByYear.get(year) ?? 0) + f.count * patrolPercent);
    const areas = byYearArea.get(year) ?? new Map<string, Row>();
    byYearArea.set(year, areas);
    for (const i of report.items) {
      if (i.kind !== 'shipping' || i.code !== 'sea-area-losses' || i.side !== 'japan') continue;
      // A port's ships at anchor (shipping-losses.ts `portLosses`): its own row, the tonnage at anchor as its traffic.
      const key = i.inPortKgt === undefined ? i.area : `${i.area} (at anchor)`;
      const r = areas.get(key) ?? {
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
      areas.set(key, r);
      r.traffic += i.trafficKgt + (i.inPortKgt ?? 0);
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
  // The exchange: boats on patrol in the average month (of the year's turns) and what each sank.
  const turns = Math.max(...rows.map(([, r]) => r.turns), 1) / seeds;
  const boats = (patrolByYear.get(year) ?? 0) / 100 / seeds / turns;
  const h = HISTORY_EXCHANGE[year];
  console.log(
    `\nSubmarines: ${boats.toFixed(1)} boats on patrol in the average month, ${(t[0]! / seeds / turns / Math.max(boats, 0.01)).toFixed(1)} thousand GT sunk a boat on patrol a month` +
      (h ? ` (history: ${h.boats}, ${(h.sunk / h.boats / 12).toFixed(1)} — S8, S3).` : '.'),
  );
  const byCause = HISTORY_BY_CAUSE[year];
  if (byCause) {
    const all = t[0]! + t[1]! + t[2]!;
    const hAll = byCause[0] + byCause[1] + byCause[2] + byCause[3];
    const pc = (x: number, of: number) => `${of > 0 ? Math.round((x * 100) / of) : 0}%`;
    console.log(
      `\nBy cause, ${year} (thousand GT; share of the year's tonnage): game ${f(t[0]!)} / ${f(t[1]!)} / ${f(t[2]!)} ` +
        `(${pc(t[0]!, all)} / ${pc(t[1]!, all)} / ${pc(t[2]!, all)}); history (S3) ${byCause[0]} / ${byCause[1]} / ${byCause[2]} ` +
        `and ${byCause[3]} by other causes (${pc(byCause[0], hAll)} / ${pc(byCause[1], hAll)} / ${pc(byCause[2], hAll)}).`,
    );
    const raids = HISTORY_PORT_RAIDS[year];
    if (raids)
      console.log(
        `History's aircraft at the harbours the carriers raided, ${year} (S3, thousand GT): ${raids}.`,
      );
  }
  const hist = HISTORY_AREAS[year];
  if (hist) {
    console.log(`\nHistory, ${year} (S3, by the positions; thousand GT)`);
    console.log('| sea area | submarines | aircraft | mines | other |');
    console.log('|---|---|---|---|---|');
    for (const [name, ...n] of hist) console.log(`| ${name} | ${n.join(' | ')} |`);
  }
}
console.log(
  '\n| month | games | merchant kGT p50 | tankers kGT p50 | sailed kGT p50 | garrison kGT p50 | sunk kGT p50 | oil delivered p50 |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const [m, v] of [...months].sort())
  console.log(
    `| ${m} | ${v.merchant.length} | ${p50(v.merchant)} | ${p50(v.tankers)} | ${p50(v.sailed)} | ${p50(v.garrison)} | ${p50(v.sunk)} | ${p50(v.oil)} |`,
  );
