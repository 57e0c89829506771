/**
 * `npx tsx bench/fall-dates.ts [--seeds N] [--scenario path]`: when the places of the grand campaign
 * change hands, historical bot against historical bot on seeds 1..N (default 100), single-threaded.
 * For each area below, the share of games in which it passes to the side that took it in history
 * (after `after`), and the month it does (p10 / p50 / p90, nearest rank, the date of the turn in which
 * it changed hands), next to history's. Made for the overwhelm rule (rules.combat.overwhelmOdds,
 * docs/CALIBRATION.md section 1zb).
 */
import type { SideId } from '../src/scenario/schema';
import { option, scenarioWorld } from './cli-args';
import { historicalTurns } from './historical-game';

/** Area, the side that took it, after which date, and when it fell in history (T; J5; CROWL-1960). */
const PLACES: [string, SideId, string, string][] = [
  ['guam', 'japan', '1941-11', '1941-12 (10 Dec)'],
  ['wake', 'japan', '1941-11', '1941-12 (23 Dec)'],
  ['malaya', 'japan', '1941-11', '1942-01 (31 Jan)'],
  ['singapore', 'japan', '1941-11', '1942-02 (15 Feb)'],
  ['java', 'japan', '1941-11', '1942-03 (9 Mar)'],
  ['burma', 'japan', '1941-11', '1942-05'],
  ['luzon', 'japan', '1941-11', '1942-05 (Corregidor 6 May)'],
  ['gilberts', 'allies', '1943-01', '1943-11 (23 Nov)'],
  ['marshalls', 'allies', '1943-01', '1944-02 (Kwajalein, Eniwetok)'],
  ['marianas', 'allies', '1944-01', '1944-07 (Saipan 9 Jul, Tinian 1 Aug)'],
  ['guam', 'allies', '1944-01', '1944-08 (10 Aug)'],
  ['mindanao-leyte', 'allies', '1944-01', '1944-12 (Leyte)'],
  ['luzon', 'allies', '1944-06', '1945-03 (Manila 3 Mar)'],
  ['bonins', 'allies', '1944-06', '1945-03 (Iwo Jima 26 Mar)'],
  ['ryukyus', 'allies', '1944-06', '1945-06 (Okinawa 22 Jun)'],
  ['burma', 'allies', '1943-01', '1945-05 (Rangoon 3 May)'],
];

const world = scenarioWorld();
const seeds = option('seeds', 100);
const fell: string[][] = PLACES.map(() => []);
for (let s = 1; s <= seeds; s++) {
  const done = PLACES.map(() => false);
  for (const { before, after } of historicalTurns(world, `campaign-${s}`)) {
    const month = before.date.slice(0, 7);
    PLACES.forEach(([area, side, from], i) => {
      if (done[i] || month <= from) return;
      if (after.control[area] === side && before.control[area] !== side) {
        done[i] = true;
        fell[i]!.push(month);
      }
    });
  }
}
const rank = (xs: string[], p: number) => xs[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)] ?? '–';
process.stdout.write(`Seeds 1..${seeds}, historical v historical.\n\n`);
process.stdout.write(
  '| area | taken by | games | month p10 / p50 / p90 | history |\n|---|---|---|---|---|\n',
);
PLACES.forEach(([area, side, , history], i) => {
  const xs = fell[i]!.slice().sort();
  const when = xs.length ? `${rank(xs, 10)} / ${rank(xs, 50)} / ${rank(xs, 90)}` : '–';
  process.stdout.write(
    `| ${area} | ${side} | ${Math.round((xs.length * 100) / seeds)}% | ${when} | ${history} |\n`,
  );
});
