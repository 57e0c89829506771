/**
 * `npx tsx bench/air-near-lanes.ts [seeds] [scenario]`: the Allied land-based aircraft on the airfields next to
 * each sea area (the count `rules.submarines.airReachNmPer100Aircraft` grows the reach by; groups on a patrol
 * mission included here), by year, historical bot against historical bot on seeds 1..N (default 10): aircraft
 * summed over the turns (mean a game), those on an airfield farther than 500 nm from the sea area, the
 * tonnage Allied aircraft sank there, and for four sea areas how many aircraft stood next to them turn by turn
 * ("400x118": 400 aircraft in 118 turns of the games). Made for docs/CALIBRATION.md §1w.
 */
import { readFileSync } from 'node:fs';
import { buildWorld } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';
import { historicalTurns } from './historical-game';

const seeds = Number(process.argv[2] ?? 10);
const file = process.argv[3] ?? 'scenarios/pacific-1941.json';
const loaded = loadScenarioText(readFileSync(file, 'utf8'));
if (!loaded.ok) throw new Error(`${file} does not load`);
const world = buildWorld(loaded.value);
const SHOWN = ['bismarck-sea', 'philippine-sea', 'south-china-sea', 'java-sea'];
interface Row {
  near: number;
  beyond: number;
  far: Set<string>;
  air: number;
  traffic: number;
}
const byYear = new Map<string, Map<string, Row>>();
const totalByYear = new Map<string, number>();
const counts = new Map<string, Map<number, number>>();
const row = (m: Map<string, Row>, a: string): Row => {
  const r = m.get(a) ?? { near: 0, beyond: 0, far: new Set<string>(), air: 0, traffic: 0 };
  m.set(a, r);
  return r;
};
for (let n = 1; n <= seeds; n++) {
  for (const { before: state, report } of historicalTurns(world, String(n))) {
    const year = state.date.slice(0, 4);
    const m = byYear.get(year) ?? new Map<string, Row>();
    byYear.set(year, m);
    const near = new Map<string, number>();
    for (const f of state.forces) {
      if (f.side !== 'allies' || f.type !== 'air' || f.status !== 'active' || f.role === 'strategic-bomber')
        continue;
      if (world.areas.get(f.location)?.kind === 'sea') continue;
      totalByYear.set(year, (totalByYear.get(year) ?? 0) + f.aircraft);
      for (const nb of world.neighbours.get(f.location) ?? []) {
        if (world.areas.get(nb.area)?.kind !== 'sea') continue;
        const r = row(m, nb.area);
        r.near += f.aircraft;
        near.set(nb.area, (near.get(nb.area) ?? 0) + f.aircraft);
        if (nb.distance > 500) {
          r.beyond += f.aircraft;
          r.far.add(`${f.location} ${nb.distance} nm`);
        }
      }
    }
    for (const a of SHOWN) {
      const v = near.get(a);
      if (v === undefined) continue;
      const h = counts.get(`${year} ${a}`) ?? new Map<number, number>();
      counts.set(`${year} ${a}`, h);
      h.set(v, (h.get(v) ?? 0) + 1);
    }
    for (const i of report.items) {
      if (
        i.kind !== 'shipping' ||
        i.code !== 'sea-area-losses' ||
        i.side !== 'japan' ||
        i.inPortKgt !== undefined
      )
        continue;
      const r = row(m, i.area);
      r.air += i.sunkByAircraft;
      r.traffic += i.trafficKgt;
    }
  }
}
const mean = (x: number) => (x / seeds).toFixed(0);
for (const [y, m] of [...byYear].sort()) {
  console.log(
    `\n${y}: Allied land-based aircraft ${mean(totalByYear.get(y) ?? 0)} (summed over the turns, mean a game)`,
  );
  console.log(
    '| sea area | aircraft next to it | of them beyond 500 nm | sunk by aircraft kGT | traffic kGT | airfields beyond 500 nm |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const [a, r] of [...m].sort((p, q) => q[1].air - p[1].air || q[1].near - p[1].near)) {
    if (r.near === 0 && r.air === 0) continue;
    console.log(
      `| ${a} | ${mean(r.near)} | ${mean(r.beyond)} | ${mean(r.air)} | ${mean(r.traffic)} | ${[...r.far].join(', ')} |`,
    );
  }
}
console.log('');
for (const [k, h] of [...counts].sort())
  console.log(
    k,
    [...h]
      .sort((a, b) => a[0] - b[0])
      .map(([v, c]) => `${v}x${c}`)
      .join(' '),
  );
