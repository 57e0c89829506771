/**
 * `npx tsx bench/carrier-battles.ts [--seeds N]`: a lighter probe of the 1942
 * carrier battles than bench/calibration.ts, for tuning the battle rules
 * (docs/CALIBRATION.md §1c). Single-threaded: the midway-1942 scenario with and
 * without code-breaking, played to the end, and the grand campaign (and its
 * no-codebreaking what-if) played only to the end of 1942, historical bot
 * against historical bot, seeds 1..N (default 100). Last, each US fleet carrier's share of games in
 * which the grand campaign lost her in 1942 and the month (docs/CALIBRATION.md §1m).
 */
import { readFileSync } from 'node:fs';
import { policyByName } from '../src/ai/registry';
import { buildWorld, createGame, readJapaneseIntentions, resolveTurn, type World } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';
import { applyWhatIf } from '../src/scenario/what-if';

const KIDO_BUTAI = ['akagi', 'kaga', 'soryu', 'hiryu'];
const US_MIDWAY = ['yorktown', 'enterprise', 'hornet'];
const MIDWAY_TURN = '1942-06-01';
type Lost = Record<string, string>;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

/** Named ships sunk, with the date of the turn, until play ends or reaches `until`. */
function play(world: World, seed: string, until: string): Lost {
  const japan = policyByName('historical')!;
  const allies = policyByName('historical')!;
  let state = createGame(world, seed);
  const lost: Lost = {};
  while (!state.outcome && state.date < until) {
    const japanOrders = japan.orders(world, state, 'japan');
    const intel = readJapaneseIntentions(world, state, japanOrders);
    const orders = { japan: japanOrders, allies: allies.orders(world, state, 'allies', { intel }) };
    const { state: after, report } = resolveTurn(world, state, orders);
    for (const f of after.forces) if (f.type === 'ship' && f.status === 'lost') lost[f.id] ??= report.date;
    state = after;
  }
  return lost;
}

function world(file: string, options: { whatIf?: string; blind?: boolean } = {}): World {
  const raw = JSON.parse(readFileSync(new URL(`../scenarios/${file}.json`, import.meta.url), 'utf8'));
  if (options.blind) raw.rules.codebreaking = [];
  const loaded = loadScenarioText(JSON.stringify(raw));
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return buildWorld(options.whatIf ? applyWhatIf(loaded.value, options.whatIf) : loaded.value);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Midway: Kidō Butai's and the US carriers sunk on the battle's turn (in the scenario: in the game). */
function midwayRow(name: string, runs: Lost[], anyTurn: boolean): string {
  const sunk = (r: Lost, ids: string[]) =>
    ids.filter((id) => r[id] && (anyTurn || r[id] === MIDWAY_TURN)).length;
  const jp = runs.map((r) => sunk(r, KIDO_BUTAI));
  const us = runs.map((r) => sunk(r, US_MIDWAY));
  const spread = [0, 1, 2, 3, 4].map((n) => pct(mean(jp.map((x) => (x === n ? 1 : 0))))).join(' / ');
  const won = mean(jp.map((n, i) => (n >= 3 && us[i]! <= 1 ? 1 : 0)));
  return `| ${name} | ${runs.length} | ${mean(jp).toFixed(2)} | ${mean(us).toFixed(2)} | ${spread} | ${pct(won)} |`;
}

/** The grand campaign's 1942: the Coral Sea, Shōkaku and Zuikaku, the year's fleet carriers. */
function yearRow(name: string, runs: Lost[]): string {
  const on = (r: Lost, ids: string[], month: string) => ids.filter((id) => r[id] === month).length;
  const in1942 = (r: Lost, id: string) => Boolean(r[id] && r[id] < '1943');
  const both = mean(runs.map((r) => (in1942(r, 'shokaku') && in1942(r, 'zuikaku') ? 1 : 0)));
  const either = mean(runs.map((r) => (in1942(r, 'shokaku') || in1942(r, 'zuikaku') ? 1 : 0)));
  const count = (ids: string[]) => mean(runs.map((r) => ids.filter((id) => in1942(r, id)).length));
  return [
    name,
    String(runs.length),
    `${mean(runs.map((r) => on(r, ['shokaku', 'zuikaku', 'shoho'], '1942-05-01'))).toFixed(2)} / ${mean(runs.map((r) => on(r, ['lexington', 'yorktown'], '1942-05-01'))).toFixed(2)}`,
    `${pct(both)} / ${pct(either)}`,
    `${count([...KIDO_BUTAI, 'shokaku', 'zuikaku', 'junyo', 'hiyo']).toFixed(2)} / ${count(['lexington', 'saratoga', 'yorktown', 'enterprise', 'hornet', 'wasp']).toFixed(2)}`,
  ].join(' | ');
}

const US_1942 = ['lexington', 'yorktown', 'wasp', 'hornet', 'saratoga', 'enterprise'];

/** A ship's 1942 loss: the share of games, and how many in each month. */
function shipRow(runs: Lost[], id: string): string {
  const months = new Map<string, number>();
  for (const r of runs)
    if (r[id] && r[id] < '1943') months.set(r[id].slice(0, 7), (months.get(r[id].slice(0, 7)) ?? 0) + 1);
  const total = [...months.values()].reduce((a, b) => a + b, 0);
  return `${pct(total / Math.max(1, runs.length))} (${[...months]
    .sort()
    .map(([m, k]) => `${m} ${k}`)
    .join(', ')})`;
}

function main(): void {
  const n = option('seeds', 100);
  const seeds = Array.from({ length: n }, (_, i) => String(i + 1));
  const scenario = world('midway-1942');
  const midway = seeds.map((s) => play(scenario, s, '9999'));
  const scenarioBlind = world('midway-1942', { blind: true });
  const midwayBlind = seeds.map((s) => play(scenarioBlind, s, '9999'));
  const grand = world('pacific-1941');
  const campaign = seeds.map((s) => play(grand, s, '1943-01-01'));
  const blindWorld = world('pacific-1941', { whatIf: 'no-codebreaking' });
  const campaignBlind = seeds.map((s) => play(blindWorld, s, '1943-01-01'));
  const afloat = campaign.filter((r) => !r.yorktown || r.yorktown >= MIDWAY_TURN);
  const lines = [
    `Midway, seeds 1..${n}:`,
    '',
    '| run | games | Japanese fleet carriers sunk (of 4) | US (of 3) | games with 0 / 1 / 2 / 3 / 4 Japanese sunk | 3–4 for at most 1 |',
    '|---|---|---|---|---|---|',
    midwayRow('grand campaign, June 1942', campaign, false),
    midwayRow('grand campaign, Yorktown survived the Coral Sea', afloat, false),
    midwayRow('midway-1942 scenario', midway, true),
    midwayRow('grand campaign, no code-breaking', campaignBlind, false),
    midwayRow('midway-1942 scenario, no code-breaking', midwayBlind, true),
    '',
    `The grand campaign's 1942, seeds 1..${n}:`,
    '',
    '| run | games | Coral Sea: JP / US carriers sunk | Shōkaku and Zuikaku both / either sunk in 1942 | fleet carriers sunk in 1942, JP / US |',
    '|---|---|---|---|---|',
    `| ${yearRow('grand campaign', campaign)} |`,
    `| ${yearRow('grand campaign, no code-breaking', campaignBlind)} |`,
    '',
    `US fleet carriers lost in 1942, grand campaign, share of games (months), seeds 1..${n}:`,
    '',
    ...US_1942.map((id) => `- ${id}: ${shipRow(campaign, id)}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
