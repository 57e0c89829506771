/**
 * `npx tsx bench/battle-log.ts [--seeds N] [--from K]`: where the grand campaign's capital
 * ships are lost. Historical bot against historical bot on pacific-1941, seeds K..K+N-1
 * (default 1..50), single-threaded: every named carrier or battleship sunk, with the turn,
 * the area, the battle's stages, who struck first and the fire that sank her, counted by
 * year, side and class, then by (month, area, stages) — the per-battle log behind
 * docs/CALIBRATION.md §1f. `--lines` prints each loss as well.
 */
import { flag, option, scenarioWorld } from './cli-args';
import { historicalTurns } from './historical-game';

const CLASSES = new Set(['fleet-carrier', 'light-carrier', 'battleship']);
const world = scenarioWorld();
const seeds = option('seeds', 50);
const from = option('from', 1);
const lines = flag('lines');
const byBattle = new Map<string, number>();
const byYear = new Map<string, number>();
for (let s = from; s < from + seeds; s++) {
  for (const { after, report } of historicalTurns(world, String(s))) {
    const month = report.date.slice(0, 7);
    for (const item of report.items) {
      const losses =
        item.kind === 'battle'
          ? item.losses.map((l) => ({
              ...l,
              where: `${item.area} [${item.stages.join('+')}] first=${item.firstStrike ?? '-'}`,
            }))
          : item.kind === 'damage' && item.destroyed
            ? [{ ...item, where: `damage:${item.cause.code}` }]
            : [];
      for (const l of losses) {
        if (!('destroyed' in l) || !l.destroyed) continue;
        const f = after.forces.find((x) => x.id === l.force);
        if (f?.type !== 'ship' || !CLASSES.has(f.class)) continue;
        const key = `${f.side}:${f.class}`;
        byYear.set(`${month.slice(0, 4)} ${key}`, (byYear.get(`${month.slice(0, 4)} ${key}`) ?? 0) + 1);
        const bk = `${month} ${key} @ ${l.where}`;
        byBattle.set(bk, (byBattle.get(bk) ?? 0) + 1);
        if (lines) {
          const here = after.forces.filter((x) => x.status === 'active' && x.location === f.location).length;
          console.log(
            `seed ${s} ${month} ${f.name} (${key}) ${l.where}: ${'why' in l ? l.why : ''} [${here}]`,
          );
        }
      }
    }
  }
}
const per = (n: number) => (n / seeds).toFixed(2);
console.log(`\nLosses a game by year (${seeds} seeds from ${from}):`);
for (const [k, n] of [...byYear].sort()) console.log(`  ${k}: ${per(n)}`);
console.log('\nBy turn, class and battle (a game):');
for (const [k, n] of [...byBattle].sort()) if (n / seeds >= 0.04) console.log(`  ${k}: ${per(n)}`);
