/**
 * `npx tsx bench/mine-layers.ts [--seeds N] [--scenario FILE] [--reach NM]`: who lays the Allies' aerial mines
 * and where (docs/CALIBRATION.md §1v, §1y). Historical bot against historical bot on seeds 1..N (default 10). By
 * year, mean a game: the Allied minelaying aircraft (`rules.submarines.aerialMines`: land-based groups neither
 * fighters nor strategic bombers, at an airfield of their own) summed over the turns, by airfield, with the sea
 * areas within the reach (`--reach`, default the scenario's) that carried Japanese traffic; the mines laid
 * (the `mines-laid` changes of the stock, `aerialMines.stock`) and the tonnage the mines sank, by sea area; the
 * stock at the year's end (p50).
 */
import { airDistance, area } from '../src/engine/world';
import { option, scenarioWorld } from './cli-args';
import { historicalTurns } from './historical-game';

const seeds = option('seeds', 10);
const world = scenarioWorld();
const rule = world.scenario.rules.submarines?.aerialMines;
const reach = option('reach', rule?.reachNm ?? 1200);
const resource = rule?.stock?.resource;
const seas = world.scenario.areas.filter((a) => a.kind === 'sea').map((a) => a.id);

interface Year {
  layers: Map<string, { aircraft: number; seas: Map<string, number> }>;
  laid: number;
  laidIn: Map<string, number>;
  sunk: Map<string, number>;
  stockAtEnd: number[];
}
const years = new Map<string, Year>();
const yearOf = (y: string): Year => {
  let r = years.get(y);
  if (!r) {
    r = { layers: new Map(), laid: 0, laidIn: new Map(), sunk: new Map(), stockAtEnd: [] };
    years.set(y, r);
  }
  return r;
};
const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);

for (let n = 1; n <= seeds; n++) {
  const lastStock = new Map<string, number>();
  for (const { before, after, report } of historicalTurns(world, String(n))) {
    const y = yearOf(before.date.slice(0, 4));
    const traffic = new Map<string, number>();
    for (const i of report.items) {
      if (i.kind !== 'shipping' || i.side !== 'japan') continue;
      if (i.trafficKgt > 0) add(traffic, i.area, i.trafficKgt);
      if (i.sunkByMines > 0) add(y.sunk, i.area, i.sunkByMines);
    }
    for (const f of before.forces) {
      if (f.status !== 'active' || f.side !== 'allies' || f.type !== 'air') continue;
      if (f.role === 'fighter' || f.role === 'strategic-bomber') continue;
      const base = area(world, f.location);
      if (base.kind === 'sea' || !base.airfield || (before.control[base.id] ?? base.owner) !== 'allies')
        continue;
      const l = y.layers.get(base.id) ?? { aircraft: 0, seas: new Map<string, number>() };
      y.layers.set(base.id, l);
      l.aircraft += f.aircraft;
      for (const s of seas)
        if (traffic.has(s) && airDistance(world, base.id, s, reach) !== null) add(l.seas, s, f.aircraft);
    }
    for (const i of report.items) {
      if (i.kind !== 'economy' || i.side !== 'allies' || i.resource !== resource) continue;
      for (const c of i.changes)
        if (c.cause.code === 'mines-laid') {
          y.laid -= c.amount;
          for (const a of c.cause.areas) add(y.laidIn, a.area, a.mines);
        }
    }
    if (resource) lastStock.set(before.date.slice(0, 4), after.sides.allies.stocks[resource] ?? 0);
  }
  for (const [yr, s] of lastStock) yearOf(yr).stockAtEnd.push(s);
}

const r0 = (x: number) => Math.round(x / seeds);
for (const [yr, y] of [...years].sort()) {
  console.log(`\n${yr} (mean a game, ${seeds} games; reach ${reach} nm)`);
  console.log(
    '| airfield | minelaying aircraft (summed over the turns) | sea areas with traffic in reach (aircraft-turns) |',
  );
  console.log('|---|---|---|');
  for (const [b, l] of [...y.layers].sort((a, b) => b[1].aircraft - a[1].aircraft)) {
    const s = [...l.seas].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${r0(v)}`);
    console.log(`| ${b} | ${r0(l.aircraft)} | ${s.join(', ') || '–'} |`);
  }
  const st = [...y.stockAtEnd].sort((a, b) => a - b);
  console.log(
    `mines laid ${r0(y.laid)} (by sea area: ${
      [...y.laidIn]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${r0(v)}`)
        .join(', ') || '–'
    }); stock at the year's end p50 ${st[Math.floor(st.length / 2)] ?? '–'}`,
  );
  console.log(
    `sunk by mines (kGT): ${
      [...y.sunk]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${(v / seeds).toFixed(1)}`)
        .join(', ') || '–'
    }`,
  );
}
