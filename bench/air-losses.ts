/**
 * `npx tsx bench/air-losses.ts [--scenario path] [--seeds N] [--from K]`: the aircraft each side
 * loses in battle, historical bot against historical bot on seeds K..K+N-1 (default 1..100),
 * single-threaded: by calendar year, and by how they were lost — shot down over the target by the
 * enemy's fighters and guns (`aa`: the price of striking, rules.combat.strikeLosses), on carriers
 * and airfields hit by the enemy's strikes and gunfire, and in port strikes — as means a game.
 * Also the carriers' and land-based groups' strike sorties a game. The figures behind
 * docs/CALIBRATION.md §1z (Midway: Japan 248 aircraft, the US ~150; the Philippine Sea: Japan
 * 550–645, the US 123; Guadalcanal: the US 615, Japan 683–880 — B9 B12 B13).
 */
import { historicalPolicy } from '../src/ai/historical';
import { createGame, readJapaneseIntentions, resolveTurn, SIDE_IDS } from '../src/engine/index';
import type { SideId } from '../src/scenario/schema';
import { option, scenarioWorld } from './cli-args';

const world = scenarioWorld();
const seeds = option('seeds', 100);
const from = option('from', 1);
/** year → side → cause → aircraft */
const table = new Map<string, Record<SideId, Record<string, number>>>();
/** side year area → aircraft shot down striking */
const where = new Map<string, number>();
const row = (year: string) => {
  let r = table.get(year);
  if (!r) {
    r = { japan: {}, allies: {} };
    table.set(year, r);
  }
  return r;
};
for (let s = from; s < from + seeds; s++) {
  let state = createGame(world, String(s));
  while (!state.outcome) {
    const japanOrders = historicalPolicy.orders(world, state, 'japan');
    const intel = readJapaneseIntentions(world, state, japanOrders);
    const orders = { japan: japanOrders, allies: historicalPolicy.orders(world, state, 'allies', { intel }) };
    const { state: after, report } = resolveTurn(world, state, orders);
    const r = row(state.date.slice(0, 4));
    for (const item of report.items) {
      if (item.kind === 'aircrew')
        r[item.side]['all causes (aircrew)'] =
          (r[item.side]['all causes (aircrew)'] ?? 0) + item.aircraftLost;
      if (item.kind === 'air-replacement')
        r[item.side].replaced = (r[item.side].replaced ?? 0) + item.aircraft;
      if (item.kind !== 'battle') continue;
      for (const l of item.losses) {
        if (l.aircraft === 0) continue;
        // Shot down as they struck: alone (`aa`, no points), or counted beside a hit (`shotDown`).
        const shot =
          l.cause.code !== 'fire'
            ? 0
            : l.cause.fire === 'aa' && l.cause.points === 0
              ? l.aircraft
              : (l.cause.shotDown ?? 0);
        const how =
          l.cause.code !== 'fire'
            ? 'other'
            : l.cause.fire === 'port-strike'
              ? 'in port strikes'
              : 'hit on carriers and airfields';
        r[l.side]['shot down striking'] = (r[l.side]['shot down striking'] ?? 0) + shot;
        r[l.side][how] = (r[l.side][how] ?? 0) + l.aircraft - shot;
        if (shot > 0) {
          const k = `${l.side} ${state.date.slice(0, 4)} ${item.area}`;
          where.set(k, (where.get(k) ?? 0) + shot);
        }
        r[l.side].all = (r[l.side].all ?? 0) + l.aircraft;
      }
    }
    state = after;
  }
}
const causes = [
  'all causes (aircrew)',
  'replaced',
  'all',
  'shot down striking',
  'hit on carriers and airfields',
  'in port strikes',
  'other',
];
console.log(`aircraft lost in battle a game, seeds ${from}..${from + seeds - 1} (means)`);
console.log(`year | side | ${causes.join(' | ')}`);
for (const year of [...table.keys()].sort()) {
  for (const side of SIDE_IDS) {
    const r = table.get(year)![side];
    console.log(`${year} | ${side} | ${causes.map((c) => ((r[c] ?? 0) / seeds).toFixed(1)).join(' | ')}`);
  }
}
console.log(
  '\nshot down striking (also beside a hit), by side, year and battle area: the 25 most, means a game',
);
for (const [k, n] of [...where].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${k} | ${(n / seeds).toFixed(1)}`);
