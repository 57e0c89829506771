/**
 * `npx tsx bench/luzon-air.ts [--seeds N] [--full]`: the Far East Air Force and the land-based
 * raids on Kidō Butai in the grand campaign, historical bot against historical bot on seeds
 * 1..N (default 100), one thread — the figures of docs/CALIBRATION.md §1j:
 *
 * - the FEAF's aircraft when the January and March 1942 turns begin (history: most destroyed
 *   on 8 December 1941 at Clark Field and in the days after, the B-17s gone south by the end of
 *   December — J2 J3), and the December battle over Luzon;
 * - Shōkaku and Zuikaku sunk in 1942 (both / either; history: neither), and where they were lost
 *   (the turn and the area of the battle);
 * - US fleet carriers lost in 1942 (history 4);
 * - the war's end and Japan's oil when 1943 and 1944 begin (p50), to see nothing else moved.
 *
 * Without `--full` the games stop after the December 1942 turn (the end date and oil are then
 * not printed).
 */

import { readFileSync } from 'node:fs';
import { historicalPolicy } from '../src/ai/historical';
import {
  buildWorld,
  createGame,
  forceById,
  type GameState,
  readJapaneseIntentions,
  resolveTurn,
} from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const seeds = option('seeds', 100);
const full = process.argv.includes('--full');
const loaded = loadScenarioText(readFileSync('scenarios/pacific-1941.json', 'utf8'));
if (!loaded.ok) throw new Error('pacific-1941 does not load');
const world = buildWorld(loaded.value);

const feafAt = (state: GameState) => {
  const f = forceById(state, 'feaf');
  return f?.type === 'air' && f.status === 'active' ? f.aircraft : 0;
};
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const rank = (xs: number[], p: number) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)] ?? 0;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const pct = (x: number) => `${Math.round(x * 100)}%`;

const jan: number[] = [];
const mar: number[] = [];
const decFeafLost: number[] = [];
const decJapanLost: number[] = [];
const both: boolean[] = [];
const either: boolean[] = [];
const usCarriers1942: number[] = [];
const ends: string[] = [];
const oil1943: number[] = [];
const oil1944: number[] = [];
const lostWhere = new Map<string, number>();

for (let i = 1; i <= seeds; i++) {
  let state = createGame(world, String(i));
  const lost: Record<string, string> = {};
  let us = 0;
  let decF = 0;
  let decJ = 0;
  while (!state.outcome && (full || state.date < '1943-01-01')) {
    if (state.date === '1942-01-01') jan.push(feafAt(state));
    if (state.date === '1942-03-01') mar.push(feafAt(state));
    if (state.date === '1943-01-01') oil1943.push(state.sides.japan.stocks.oil ?? 0);
    if (state.date === '1944-01-01') oil1944.push(state.sides.japan.stocks.oil ?? 0);
    const japan = historicalPolicy.orders(world, state, 'japan');
    const intel = readJapaneseIntentions(world, state, japan);
    const allies = historicalPolicy.orders(world, state, 'allies', { intel });
    const { state: after, report } = resolveTurn(world, state, { japan, allies });
    for (const item of report.items) {
      // Ships sunk outside a battle (a submarine's torpedoes): counted, as bench/calibration.ts does.
      if (item.kind === 'damage' && item.destroyed) {
        const f = forceById(after, item.force);
        if (f?.type === 'ship' && !lost[item.force]) {
          lost[item.force] = report.date;
          if (report.date.startsWith('1942') && f.side === 'allies' && f.class === 'fleet-carrier') us++;
        }
      }
      if (item.kind !== 'battle') continue;
      if (state.date === '1941-12-01') {
        for (const l of item.losses) {
          if (l.force === 'feaf') decF += l.aircraft;
          else if (l.side === 'japan' && item.area === 'luzon') decJ += l.aircraft;
        }
      }
      for (const l of item.losses) {
        if (!l.destroyed) continue;
        const f = forceById(after, l.force);
        if (f?.type !== 'ship' || lost[l.force]) continue;
        lost[l.force] = report.date;
        if (report.date.startsWith('1942') && f.side === 'allies' && f.class === 'fleet-carrier') us++;
        if ((l.force === 'shokaku' || l.force === 'zuikaku') && report.date.startsWith('1942')) {
          const key = `${report.date.slice(0, 7)} ${item.area}`;
          lostWhere.set(key, (lostWhere.get(key) ?? 0) + 1);
        }
      }
    }
    state = after;
  }
  if (full) ends.push(state.date);
  const s = (lost.shokaku ?? '').startsWith('1942');
  const z = (lost.zuikaku ?? '').startsWith('1942');
  both.push(s && z);
  either.push(s || z);
  usCarriers1942.push(us);
  decFeafLost.push(decF);
  decJapanLost.push(decJ);
}

const lines = [
  `Seeds 1..${seeds}, historical v historical (pacific-1941).`,
  `FEAF aircraft (of 180) on 1 January 1942: mean ${mean(jan).toFixed(0)}, p10 / p50 / p90 ${rank(jan, 10)} / ${rank(jan, 50)} / ${rank(jan, 90)}; none left in ${pct(mean(jan.map((x) => (x === 0 ? 1 : 0))))}, under 60 in ${pct(mean(jan.map((x) => (x < 60 ? 1 : 0))))}.`,
  `FEAF aircraft on 1 March 1942: mean ${mean(mar).toFixed(0)}, p50 ${rank(mar, 50)}; none left in ${pct(mean(mar.map((x) => (x === 0 ? 1 : 0))))}.`,
  `December 1941 battles: FEAF aircraft lost ${mean(decFeafLost).toFixed(0)}, Japanese aircraft lost over Luzon ${mean(decJapanLost).toFixed(0)} (means).`,
  `Shōkaku and Zuikaku both sunk in 1942 / either: ${pct(mean(both.map(Number)))} / ${pct(mean(either.map(Number)))}.`,
  `US fleet carriers lost in 1942: ${mean(usCarriers1942).toFixed(2)} (history 4).`,
  `Where Shōkaku and Zuikaku were lost in 1942 (turn, area: ships): ${[...lostWhere]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k}: ${n}`)
    .join('; ')}.`,
];
if (full) {
  const e = sorted(ends.map((d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1));
  const date = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  lines.push(
    `End of play p10 / p50 / p90: ${date(rank(e, 10))} / ${date(rank(e, 50))} / ${date(rank(e, 90))}.`,
    `Japan's oil, p50 (M bbl): 1943 ${(rank(oil1943, 50) / 1000).toFixed(1)}, 1944 ${(rank(oil1944, 50) / 1000).toFixed(1)}.`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
