/**
 * `npx tsx bench/area-holders.ts --scenario scenarios/road-to-tokyo-1944.json --japan commander:normal
 * --allies pass --seeds 40 --areas hawaii,guam`: games on seeds 1..N, single-threaded; for each area,
 * who holds it at the end and in how many games the other side took it at some turn, and the ground
 * battles fought there with the strength each side brought (the report's points: troops and the
 * support counted beside them). Then the outcomes. Made for the fire-support cap
 * (rules.combat.supportMaxPercent; docs/CALIBRATION.md section 1za): before it, Japan's computer
 * took Hawaii's 40,000 men with one division under a fleet's guns on the Road to Tokyo. `--log` prints
 * each change of hands and ground battle in the areas, with the armies there after it.
 */
import { autoplay, policyByName } from '../src/ai/index';
import { flag, option, scenarioWorld, word } from './cli-args';

const world = scenarioWorld('scenarios/road-to-tokyo-1944.json');
const japan = policyByName(word('japan') ?? 'commander:normal');
const allies = policyByName(word('allies') ?? 'pass');
if (!japan || !allies) throw new Error('unknown policy');
const seeds = option('seeds', 40);
const areas = (word('areas') ?? 'hawaii').split(',');

const held = new Map<string, Map<string, number>>(areas.map((a) => [a, new Map()]));
const changed = new Map<string, number>(areas.map((a) => [a, 0]));
const battles = new Map<string, { n: number; won: Record<string, number>; strength: number[] }>(
  areas.map((a) => [a, { n: 0, won: {}, strength: [] }]),
);
const outcomes = new Map<string, number>();
for (let seed = 1; seed <= seeds; seed++) {
  const owners = new Map(areas.map((a) => [a, world.areas.get(a)?.owner ?? 'none']));
  const moved = new Set<string>();
  const { state } = autoplay(
    world,
    String(seed),
    { japan, allies },
    {
      onTurn: (r) => {
        for (const i of r.report.items) {
          if (i.kind === 'control' && areas.includes(i.area) && i.to !== owners.get(i.area))
            moved.add(i.area);
          if (flag('log') && i.kind === 'control' && areas.includes(i.area))
            console.log(`seed ${seed} ${r.report.date.slice(0, 7)}: ${i.area} to ${i.to}`);
          if (i.kind === 'battle' && areas.includes(i.area) && i.stages.includes('ground')) {
            if (flag('log'))
              console.log(
                `seed ${seed} ${r.report.date.slice(0, 7)}: ground battle in ${i.area}, strength Japan ${i.strength.japan} / Allies ${i.strength.allies}, armies there after: ${r.state.forces
                  .filter((f) => f.location === i.area && f.type === 'army' && f.status === 'active')
                  .map((f) => `${f.id} ${f.type === 'army' ? f.troops : 0}`)
                  .join(', ')}`,
              );
            const b = battles.get(i.area)!;
            b.n++;
            b.strength.push(i.strength.japan, i.strength.allies);
            const to = r.state.control[i.area] ?? world.areas.get(i.area)?.owner ?? 'none';
            b.won[to] = (b.won[to] ?? 0) + 1;
          }
        }
      },
    },
  );
  for (const a of areas) {
    const h = state.control[a] ?? world.areas.get(a)?.owner ?? 'none';
    held.get(a)!.set(h, (held.get(a)!.get(h) ?? 0) + 1);
    if (moved.has(a)) changed.set(a, changed.get(a)! + 1);
  }
  const o = state.outcome?.kind ?? 'none';
  outcomes.set(o, (outcomes.get(o) ?? 0) + 1);
}
console.log(`${world.scenario.meta.id ?? ''} ${japan.name} v ${allies.name}, seeds 1..${seeds}`);
for (const a of areas) {
  const b = battles.get(a)!;
  const j = b.strength.filter((_, k) => k % 2 === 0);
  const al = b.strength.filter((_, k) => k % 2 === 1);
  const mean = (xs: number[]) => (xs.length ? (xs.reduce((n, x) => n + x, 0) / xs.length).toFixed(1) : '-');
  console.log(
    `${a}: held at the end by ${[...held.get(a)!].map(([k, v]) => `${k} ${v}`).join(', ')}; changed hands in ${changed.get(a)} games; ` +
      `${b.n} ground battles (held after by ${Object.entries(b.won)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}), mean strength Japan ${mean(j)} / Allies ${mean(al)}`,
  );
}
console.log(`outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
