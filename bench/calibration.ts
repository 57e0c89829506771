/**
 * `npx tsx bench/calibration.ts [--seeds N] [--what-if-seeds M]`: the figures
 * of docs/CALIBRATION.md. Plays the grand campaign historical bot against
 * historical bot on N seeds (default 1,000), and each what-if on M seeds
 * (default 200), on worker threads over every core, and prints Markdown
 * tables: outcomes, year-start stocks next to history's (O4, S1–S4), key events, the
 * carrier battles, and each what-if against the base.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { BatchJob, RunResult } from '../src/cli/batch-runs';
import { type BatchStats, batchStats, nearestRank } from '../src/cli/batch-stats';
import { spawnWorker } from '../src/cli/spawn-worker';
import { loadScenarioText } from '../src/scenario/load';

const SCENARIO = new URL('../scenarios/pacific-1941.json', import.meta.url);
const MIDWAY = new URL('../scenarios/midway-1942.json', import.meta.url);
const WORKER = new URL('../src/cli/batch-worker.ts', import.meta.url);
const RESOURCES = ['oil', 'merchant', 'tankers', 'industry', 'will'];
const YEARS = ['1942', '1943', '1944', '1945'];
/** History (docs/SOURCES.md): O4 oil stocks; S1–S4 shipping (derived: start 6.0 M GT, then losses and construction). */
const HISTORY = {
  oil: { '1942': 38200, '1943': 25300, '1944': 13800, '1945': 5000 } as Record<string, number>,
  shipping: { '1942': 6000, '1943': 5320, '1944': 4410, '1945': 2340 } as Record<string, number>,
  /** S3: tonnage sunk by year (1945: January–August), about 60% by submarines, 31% aircraft, 8% mines. */
  sunk: { '1942': 940, '1943': 1680, '1944': 3770, '1945': 1710 } as Record<string, number>,
  /** S3 by cause (thousand GT: submarines, aircraft, mines; the rest, surface ships and other, left out), docs/CALIBRATION.md §1p. */
  byCause: {
    '1942': [628, 220, 7],
    '1943': [1332, 315, 19],
    '1944': [2436, 1266, 52],
    '1945': [443, 716, 550],
  } as Record<string, [number, number, number]>,
};
const KIDO_BUTAI = ['akagi', 'kaga', 'soryu', 'hiryu'];
/** The Pacific Fleet's battle line at Pearl Harbor (B7: 4 sunk, 4 damaged). */
const PEARL_BATTLESHIPS = [
  'arizona',
  'oklahoma',
  'california',
  'west-virginia',
  'nevada',
  'pennsylvania',
  'maryland',
  'tennessee',
];
const US_MIDWAY = ['yorktown', 'enterprise', 'hornet'];
const JP_1942 = [...KIDO_BUTAI, 'shokaku', 'zuikaku', 'shoho'];
const US_1942 = ['lexington', ...US_MIDWAY];
/**
 * Named ships lost a year, by the game's side and class (the year of the loss; T, B7 B8 B9 B12 B13 B14 B15 L4):
 * Japan — fleet carriers 1942 Akagi, Kaga, Sōryū, Hiryū; 1944 Shōkaku, Taihō, Hiyō, Zuikaku,
 * Unryū, Shinano; 1945 Amagi (capsized at Kure). Light carriers 1942 Shōhō, Ryūjō; 1944 Zuihō,
 * Chitose, Chiyoda. Battleships 1942 Hiei, Kirishima; 1943 Mutsu; 1944 Musashi, Fusō, Yamashiro,
 * Kongō; 1945 Yamato, Haruna, Ise, Hyūga (the last three at their moorings). Allies — fleet
 * carriers 1942 Lexington, Yorktown, Wasp, Hornet; light carriers 1942 Hermes, 1944 Princeton;
 * battleships 1941 Arizona, Oklahoma, California, West Virginia (Pearl Harbor), Prince of Wales
 * and Repulse, none after.
 */
const LOSS_CLASSES = [
  'japan:fleet-carrier',
  'japan:light-carrier',
  'japan:battleship',
  'allies:fleet-carrier',
  'allies:light-carrier',
  'allies:battleship',
];
const LOSS_YEARS = ['1941', '1942', '1943', '1944', '1945'];
const HISTORY_LOSSES: Record<string, number[]> = {
  'japan:fleet-carrier': [0, 4, 0, 6, 1],
  'japan:light-carrier': [0, 2, 0, 3, 0],
  'japan:battleship': [0, 2, 1, 4, 4],
  'allies:fleet-carrier': [0, 4, 0, 0, 0],
  'allies:light-carrier': [0, 1, 0, 1, 0],
  'allies:battleship': [6, 0, 0, 0, 0],
};
const KEY_EVENTS = [
  'pearl-harbor',
  'singapore-falls',
  'dei-surrender',
  'manila-falls',
  'guadalcanal-evacuated',
  'attu-retaken',
  'tarawa',
  'marianas-lost',
  'leyte',
  'luzon-liberated',
  'iwo-jima',
  'okinawa',
  'atomic-bombs',
  'soviet-entry',
];

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

async function play(
  text: string,
  whatIf: string | null,
  n: number,
  japan = 'historical',
): Promise<RunResult[]> {
  const seeds = Array.from({ length: n }, (_, i) => String(i + 1));
  const workers = Math.min(availableParallelism(), n);
  const shares: string[][] = Array.from({ length: workers }, () => []);
  for (const [i, seed] of seeds.entries()) shares[i % workers]!.push(seed);
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<RunResult[]>((resolve, reject) => {
          const job: BatchJob = {
            scenarioText: text,
            whatIf,
            seeds: share,
            japan,
            allies: 'historical',
          };
          const w = spawnWorker(WORKER, job);
          w.on('message', (m: { ok: boolean; runs?: RunResult[]; message?: string }) =>
            m.ok ? resolve(m.runs!) : reject(new Error(m.message)),
          );
          w.on('error', reject);
        }),
    ),
  );
  return results.flat().sort((a, b) => Number(a.seed) - Number(b.seed));
}

const stats = (runs: RunResult[]) => batchStats(runs, ['japan', 'allies'], RESOURCES);
const k = (n: number) => (n / 1000).toFixed(1);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const lostOn = (runs: RunResult[], month: string, ids: string[]) =>
  runs.map((r) => ids.filter((id) => r.shipsLost[id] === month).length);
/** Ships of `ids` sunk on the May or June 1942 turn (Coral Sea and Midway), per game. */
const lostBetween = (runs: RunResult[], ids: string[]) =>
  runs.map(
    (r) => ids.filter((id) => r.shipsLost[id] === '1942-05-01' || r.shipsLost[id] === '1942-06-01').length,
  );
/** Share of games in which Midway went as it did: three or four Japanese carriers sunk for at most one American. */
const usVictory = (runs: RunResult[]) => {
  const jp = lostOn(runs, '1942-06-01', KIDO_BUTAI);
  const us = lostOn(runs, '1942-06-01', US_MIDWAY);
  return mean(jp.map((n, i) => (n >= 3 && us[i]! <= 1 ? 1 : 0)));
};
const p = (s: BatchStats, year: string, side: 'japan' | 'allies', res: string) =>
  s.yearStart[year]?.[side]?.[res];
const shippingP50 = (runs: RunResult[], year: string) =>
  nearestRank(
    runs
      .filter((r) => r.yearStart[year])
      .map((r) => (r.yearStart[year]!.japan.merchant ?? 0) + (r.yearStart[year]!.japan.tankers ?? 0))
      .sort((a, b) => a - b),
    50,
  );

function baseTables(runs: RunResult[]): string[] {
  const s = stats(runs);
  const out: string[] = [];
  out.push(
    `Games: ${s.runs}. Outcomes: ${Object.entries(s.outcomes)
      .map(([o, n]) => `${o} ${n}`)
      .join(', ')}.`,
  );
  out.push(
    `End of play (10th / 50th / 90th percentile): ${s.endDate.p10} / ${s.endDate.p50} / ${s.endDate.p90}.`,
    '',
  );
  out.push(
    '| year start | oil, game p10 / p50 / p90 (M bbl) | oil, history (O4) | merchant + tankers, game p50 (M GT) | history (S1–S4, derived) | tankers p50 (k GT) | Japan will p50 | Allied will p50 |',
  );
  out.push('|---|---|---|---|---|---|---|---|');
  for (const y of YEARS) {
    const oil = p(s, y, 'japan', 'oil')!;
    out.push(
      `| ${y} | ${k(oil.p10)} / ${k(oil.p50)} / ${k(oil.p90)} | ${k(HISTORY.oil[y]!)} | ${k(shippingP50(runs, y))} | ${k(HISTORY.shipping[y]!)} | ${p(s, y, 'japan', 'tankers')!.p50} | ${p(s, y, 'japan', 'will')!.p50} | ${p(s, y, 'allies', 'will')!.p50} |`,
    );
  }
  // The shipping war by year (means over the games, so the causes add up), next to S3.
  out.push(
    '',
    '| year | sunk, game mean (M GT) | history (S3) | submarines / aircraft / mines | game, k GT | history (S3), k GT | oil delivered (M bbl) | raw materials delivered (points) |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const y of ['1942', '1943', '1944', '1945']) {
    const of = (
      key: 'sunkBySubmarines' | 'sunkByAircraft' | 'sunkByMines' | 'oilDelivered' | 'rawDelivered',
    ) => mean(runs.map((r) => r.japanShipping[y]?.[key] ?? 0));
    const subs = of('sunkBySubmarines');
    const air = of('sunkByAircraft');
    const mines = of('sunkByMines');
    const all = subs + air + mines;
    const share = (x: number) => (all > 0 ? pct(x / all) : '–');
    out.push(
      `| ${y} | ${k(all)} | ${k(HISTORY.sunk[y]!)} | ${share(subs)} / ${share(air)} / ${share(mines)} | ${[subs, air, mines].map((x) => Math.round(x)).join(' / ')} | ${HISTORY.byCause[y]!.join(' / ')} | ${k(of('oilDelivered'))} | ${Math.round(of('rawDelivered'))} |`,
    );
  }
  out.push('', '| event | share of games |', '|---|---|');
  for (const e of KEY_EVENTS) out.push(`| ${e} | ${pct(s.events[e] ?? 0)} |`);
  const kb = lostOn(runs, '1942-06-01', KIDO_BUTAI);
  const us = lostOn(runs, '1942-06-01', US_MIDWAY);
  const cs = lostOn(runs, '1942-05-01', ['shokaku', 'zuikaku', 'shoho']);
  const lex = lostOn(runs, '1942-05-01', ['lexington', 'yorktown']);
  // The strike flies on the war's first turn (November 1941 in the plan): what it sank then.
  const ph = lostOn(runs, '1941-11-01', PEARL_BATTLESHIPS);
  const phCarriers = lostOn(runs, '1941-11-01', ['lexington', 'enterprise']);
  const sorted = [...ph].sort((a, b) => a - b);
  out.push(
    '',
    `Pearl Harbor (the war's first turn): US battleships sunk ${mean(ph).toFixed(2)} of 8 on average, p10 / p50 / p90 ${nearestRank(sorted, 10)} / ${nearestRank(sorted, 50)} / ${nearestRank(sorted, 90)} (3 to 5 in ${pct(mean(ph.map((n) => (n >= 3 && n <= 5 ? 1 : 0))))} of games; history 4, B7); US carriers sunk ${mean(phCarriers).toFixed(2)} (history 0: at sea).`,
    `Coral Sea (May 1942): Japanese carriers sunk ${mean(cs).toFixed(2)} of 3 on average, US ${mean(lex).toFixed(2)} of 2.`,
    `Midway (June 1942): Japanese carriers sunk ${mean(kb).toFixed(2)} of 4 on average (3 or 4 in ${pct(mean(kb.map((n) => (n >= 3 ? 1 : 0))))} of games); US carriers ${mean(us).toFixed(2)} of 3 (at most one in ${pct(mean(us.map((n) => (n <= 1 ? 1 : 0))))}).`,
  );
  return out;
}

/** Named fleet carriers, light carriers and battleships lost a year (game mean) next to history. */
function lossesByYear(runs: RunResult[]): string[] {
  const out = [
    `| side and class | ${LOSS_YEARS.map((y) => `${y} game / history`).join(' | ')} | war, game / history |`,
    `|---|${LOSS_YEARS.map(() => '---|').join('')}---|`,
  ];
  for (const c of LOSS_CLASSES) {
    const perYear = LOSS_YEARS.map((y) =>
      mean(
        runs.map(
          (r) =>
            Object.entries(r.shipsLost).filter(([id, d]) => d.startsWith(y) && r.shipClass[id] === c).length,
        ),
      ),
    );
    const hist = HISTORY_LOSSES[c]!;
    const cells = perYear.map((g, i) => `${g.toFixed(2)} / ${hist[i]}`);
    const total = perYear.reduce((a, b) => a + b, 0);
    out.push(`| ${c} | ${cells.join(' | ')} | ${total.toFixed(2)} / ${hist.reduce((a, b) => a + b, 0)} |`);
  }
  return out;
}

const OLD_BATTLESHIPS = [
  'nevada',
  'pennsylvania',
  'maryland',
  'tennessee',
  'colorado',
  'california-rebuilt',
  'west-virginia-rebuilt',
];
const ESSEX_CLASS = [
  'essex',
  'lexington-cv16',
  'yorktown-cv10',
  'bunker-hill',
  'intrepid',
  'wasp-cv18',
  'hornet-cv12',
  'franklin',
  'hancock',
  'ticonderoga',
  'bennington',
  'shangri-la',
  'randolph',
  'bon-homme-richard',
  'antietam',
  'boxer',
  'lake-champlain',
];
const US_LIGHT_CARRIERS = [
  'independence',
  'princeton',
  'belleau-wood',
  'cowpens',
  'monterey',
  'cabot',
  'langley-cvl27',
  'bataan',
  'san-jacinto',
];

/** The loss figures issue 12 named, in the historical games and in games where Japan passes every turn. */
function issueFigures(runs: RunResult[], passive: RunResult[]): string[] {
  const on = (r: RunResult, id: string, prefix: string) => (r.shipsLost[id] ?? '').startsWith(prefix);
  const share = (rs: RunResult[], f: (r: RunResult) => boolean) => pct(mean(rs.map((r) => (f(r) ? 1 : 0))));
  const count = (rs: RunResult[], f: (r: RunResult) => number) => mean(rs.map(f)).toFixed(2);
  return [
    '| figure | game | history |',
    '|---|---|---|',
    `| Shōkaku and Zuikaku both sunk in 1942 / either | ${share(runs, (r) => on(r, 'shokaku', '1942') && on(r, 'zuikaku', '1942'))} / ${share(runs, (r) => on(r, 'shokaku', '1942') || on(r, 'zuikaku', '1942'))} | neither (both sunk in 1944) |`,
    `| Yamato / Musashi sunk in June 1944 | ${share(runs, (r) => on(r, 'yamato', '1944-06'))} / ${share(runs, (r) => on(r, 'musashi', '1944-06'))} | no (Musashi Oct 1944, Yamato Apr 1945) |`,
    `| US old battleships sunk, July–December 1944 (mean) | ${count(runs, (r) => OLD_BATTLESHIPS.filter((id) => (r.shipsLost[id] ?? '') >= '1944-07' && (r.shipsLost[id] ?? '') < '1945').length)} | 0 |`,
    `| US light carriers sunk in 1945 (mean) | ${count(runs, (r) => US_LIGHT_CARRIERS.filter((id) => on(r, id, '1945')).length)} | 0 |`,
    `| Essex-class carriers sunk in 1945 (mean) | ${count(runs, (r) => ESSEX_CLASS.filter((id) => on(r, id, '1945')).length)} | 0 |`,
    `| Japan passes every turn (${passive.length} games): an Essex-class carrier sunk | ${share(passive, (r) => ESSEX_CLASS.some((id) => r.shipsLost[id]))} | – |`,
  ];
}

/** Japanese and US fleet carriers sunk on the June 1942 turn, per game. */
const midwaySunk = (runs: RunResult[], jp: string[], us: string[]) => ({
  jp: lostOn(runs, '1942-06-01', jp),
  us: lostOn(runs, '1942-06-01', us),
});

/** One row of the Midway comparison: means and the spread of Japanese carriers sunk (0–4). */
function midwayRow(name: string, runs: RunResult[]): string {
  const { jp, us } = midwaySunk(runs, KIDO_BUTAI, US_MIDWAY);
  const spread = [0, 1, 2, 3, 4].map((n) => pct(mean(jp.map((x) => (x === n ? 1 : 0))))).join(' / ');
  return `| ${name} | ${runs.length} | ${mean(jp).toFixed(2)} | ${mean(us).toFixed(2)} | ${spread} | ${pct(usVictory(runs))} |`;
}

/**
 * The June 1942 battle in the grand campaign against the Midway scenario (its
 * Midway turn is also dated 1942-06-01), with and without code-breaking.
 */
async function midwayComparison(
  base: RunResult[],
  noCodes: RunResult[] | undefined,
  m: number,
): Promise<string[]> {
  const text = readFileSync(MIDWAY, 'utf8');
  const blind = JSON.parse(text);
  blind.rules.codebreaking = [];
  const scenario = await play(text, null, m);
  const scenarioBlind = await play(JSON.stringify(blind), null, m);
  const out = [
    '| run | games | Japanese fleet carriers sunk (of 4) | US (of 3) | games with 0 / 1 / 2 / 3 / 4 Japanese sunk | 3–4 for at most 1 |',
    '|---|---|---|---|---|---|',
    midwayRow('grand campaign, June 1942', base.slice(0, m)),
    midwayRow('midway-1942 scenario', scenario),
  ];
  if (noCodes) out.push(midwayRow('grand campaign, no code-breaking', noCodes));
  out.push(midwayRow('midway-1942 scenario, no code-breaking', scenarioBlind));
  // The same forces: the grand campaign's games in which Yorktown survived the Coral Sea (the
  // Midway scenario starts with her afloat; she may still be in the yard, which a run does not record).
  const same = base.slice(0, m).filter((r) => !r.shipsLost.yorktown || r.shipsLost.yorktown >= '1942-06-01');
  out.splice(4, 0, midwayRow('grand campaign, Yorktown survived the Coral Sea', same));
  const a = mean(midwaySunk(same, KIDO_BUTAI, US_MIDWAY).jp);
  const b = mean(midwaySunk(scenario, KIDO_BUTAI, US_MIDWAY).jp);
  const c = mean(midwaySunk(same, KIDO_BUTAI, US_MIDWAY).us);
  const d = mean(midwaySunk(scenario, KIDO_BUTAI, US_MIDWAY).us);
  const off = (x: number, y: number) =>
    `${x >= y ? '+' : ''}${Math.round(((x - y) / Math.max(y, 1e-9)) * 100)}%`;
  out.push(
    '',
    `Grand campaign (Yorktown afloat) against the scenario: Japanese carriers sunk ${off(a, b)}, US carriers sunk ${off(c, d)} (target: within 25%).`,
  );
  return out;
}

function compare(base: RunResult[], what: Record<string, RunResult[]>): string[] {
  const rows = [['base', base] as const, ...Object.entries(what)];
  const out = [
    '| run | games | outcomes | end p10 / p50 / p90 | ends later / earlier than the base, same seed (mean months) | oil 1943 / 1944 / 1945 p50 (M bbl) | Japan will 1945 p50 | Allied will 1943 p50 | Midway: JP / US carriers sunk | Midway a US victory | Coral Sea + Midway: JP / US carriers sunk | war began |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, runs] of rows) {
    const s = stats(runs);
    const oil = ['1943', '1944', '1945'].map((y) => {
      const q = p(s, y, 'japan', 'oil');
      return q ? k(q.p50) : '–';
    });
    const outcomes = Object.entries(s.outcomes)
      .map(([o, n]) => `${o} ${n}`)
      .join(', ');
    const cells = [
      name,
      String(s.runs),
      outcomes,
      `${s.endDate.p10} / ${s.endDate.p50} / ${s.endDate.p90}`,
      shift(base, runs),
      oil.join(' / '),
      String(p(s, '1945', 'japan', 'will')?.p50 ?? '–'),
      String(p(s, '1943', 'allies', 'will')?.p50 ?? '–'),
      `${mean(lostOn(runs, '1942-06-01', KIDO_BUTAI)).toFixed(2)} / ${mean(lostOn(runs, '1942-06-01', US_MIDWAY)).toFixed(2)}`,
      pct(usVictory(runs)),
      `${mean(lostBetween(runs, JP_1942)).toFixed(2)} / ${mean(lostBetween(runs, US_1942)).toFixed(2)}`,
      pct(s.events['war-begins'] ?? 0),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  return out;
}

/** Seed by seed against the base: the share of games ending later and earlier, and the mean change in turns. */
function shift(base: readonly RunResult[], runs: readonly RunResult[]): string {
  const turns = new Map(base.map((r) => [r.seed, r.turns]));
  const d = runs.map((r) => r.turns - (turns.get(r.seed) ?? r.turns));
  const later = d.filter((x) => x > 0).length / d.length;
  const earlier = d.filter((x) => x < 0).length / d.length;
  const meanShift = d.reduce((a, b) => a + b, 0) / d.length;
  return `${pct(later)} / ${pct(earlier)} (${meanShift >= 0 ? '+' : ''}${meanShift.toFixed(2)})`;
}

async function main(): Promise<void> {
  const text = readFileSync(SCENARIO, 'utf8');
  const loaded = loadScenarioText(text);
  if (!loaded.ok) throw new Error('pacific-1941 does not load');
  const n = option('seeds', 1000);
  const m = option('what-if-seeds', 200);
  const t0 = performance.now();
  const base = await play(text, null, n);
  const baseSame = base.slice(0, m);
  const what: Record<string, RunResult[]> = {};
  for (const w of loaded.value.whatIfs) what[w.id] = await play(text, w.id, m);
  // `--what-if-seeds 0` (the base table alone): the tables over the m seeds are left out — their
  // statistics of no games stopped the script with "no values".
  const midway = m > 0 ? await midwayComparison(base, what['no-codebreaking'], m) : [];
  const passive = m > 0 ? await play(text, null, m, 'pass') : [];
  const seconds = Math.round((performance.now() - t0) / 1000);
  const overM =
    m > 0
      ? [
          `### The losses issue 12 named (historical games; the passive Japan on seeds 1..${m})`,
          '',
          ...issueFigures(base, passive),
          '',
          `### Midway: the grand campaign's June 1942 battle against the midway-1942 scenario, seeds 1..${m}`,
          '',
          ...midway,
          '',
          `## What-ifs, seeds 1..${m} (the base on the same seeds first)`,
          '',
          ...compare(baseSame, what),
          '',
        ]
      : [];
  const lines = [
    `## Base: historical against historical, seeds 1..${n}`,
    '',
    ...baseTables(base),
    '',
    '### Carriers and battleships lost a year (named ships; game mean next to history)',
    '',
    ...lossesByYear(base),
    '',
    ...overM,
    `(${n + (m > 0 ? m * (loaded.value.whatIfs.length + 3) : 0)} games in ${seconds} s on ${availableParallelism()} workers.)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
