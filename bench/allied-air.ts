/**
 * `npx tsx bench/allied-air.ts [--seeds N] [--japan P] [--allies P] [--turns T]`: where the Allies' tactical
 * air groups stand at the start of each turn of the grand campaign (seeds 1..N, T turns): the share of
 * their aircraft in Luzon, and the groups there that began the game elsewhere (cmdr29: "Allied air from
 * everywhere concentrates over Luzon", carried over from close23 and play24).
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { policyByName } from '../src/ai/registry';
import { buildWorld } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}
const loaded = loadScenarioText(readFileSync('scenarios/pacific-1941.json', 'utf8'));
if (!loaded.ok) throw new Error('pacific-1941 does not load');
const world = buildWorld(loaded.value);
const japan = policyByName(option('japan', 'commander:normal'))!;
const allies = policyByName(option('allies', 'commander:normal'))!;
const seeds = Number(option('seeds', '20'));
const start = new Map(world.scenario.forces.map((f) => [f.id, f.location]));
const share = new Map<string, number[]>();
const came = new Map<string, number>();
for (let seed = 1; seed <= seeds; seed++) {
  autoplay(
    world,
    String(seed),
    { japan, allies },
    {
      maxTurns: Number(option('turns', '8')),
      onTurn: (r) => {
        let all = 0;
        let luzon = 0;
        for (const f of r.state.forces) {
          if (
            f.side !== 'allies' ||
            f.status !== 'active' ||
            f.type !== 'air' ||
            f.role === 'strategic-bomber'
          )
            continue;
          all += f.aircraft;
          if (f.location !== 'luzon') continue;
          luzon += f.aircraft;
          const from = start.get(f.id);
          if (from && from !== 'luzon')
            came.set(`${r.state.date} ${f.name}`, (came.get(`${r.state.date} ${f.name}`) ?? 0) + 1);
        }
        share.set(r.state.date, [
          ...(share.get(r.state.date) ?? []),
          Math.round((luzon * 100) / Math.max(1, all)),
        ]);
      },
    },
  );
}
console.log(
  `${japan.name} v ${allies.name}, seeds 1..${seeds}: Allied tactical aircraft in Luzon, % of all (p50 over seeds)`,
);
for (const [date, xs] of share)
  console.log(`  ${date}: ${[...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]}%`);
console.log('  groups in Luzon that began elsewhere (date, name: games)');
for (const [k, v] of [...came.entries()].sort()) console.log(`    ${k}: ${v}`);
