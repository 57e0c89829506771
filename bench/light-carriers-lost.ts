/**
 * `npx tsx bench/light-carriers-lost.ts [--seeds N] [--year YYYY] [--scenario path]`: where and how Japan's light
 * carriers are lost in a year (default 1945), historical bot against historical bot on seeds 1..N (default 60):
 * for each loss the turn, the ship, where she lay, the battle that sank her (a port strike or not, whether the
 * port had oil to sail — port-strike.ts `oilToSail`, which decides whether a carrier draws a carrier's or a
 * hulk's share of the bombs) and the damage before and in it. Made for docs/CALIBRATION.md §1w.
 */
import { oilToSail } from '../src/engine/phases/port-strike';
import { option, scenarioWorld, word } from './cli-args';
import { historicalTurns } from './historical-game';

const world = scenarioWorld();
const seeds = option('seeds', 60);
const year = word('year') ?? '1945';
const rows: string[] = [];
const byShip = new Map<string, number>();
for (let n = 1; n <= seeds; n++) {
  for (const { before, after, report } of historicalTurns(world, String(n))) {
    if (!before.date.startsWith(year)) continue;
    for (const f of after.forces) {
      if (f.side !== 'japan' || f.type !== 'ship' || f.class !== 'light-carrier' || f.status !== 'lost')
        continue;
      const was = before.forces.find((x) => x.id === f.id);
      if (was?.type !== 'ship' || was.status === 'lost') continue;
      byShip.set(f.id, (byShip.get(f.id) ?? 0) + 1);
      const how: string[] = [];
      for (const i of report.items) {
        if (i.kind !== 'battle') continue;
        const loss = i.losses.find((l) => l.force === f.id);
        if (!loss) continue;
        const sunk = i.losses.filter((l) => l.side === 'japan' && l.destroyed && l.force !== f.id).length;
        const kind = i.portStrike
          ? `port strike, oil to sail ${oilToSail(world, before, 'japan', i.area)}`
          : 'battle';
        how.push(
          `${kind} at ${i.area}: ${loss.amount} points (${loss.cause.code}), ${sunk} other Japanese forces lost in it`,
        );
      }
      rows.push(
        `seed ${n} ${before.date.slice(0, 7)} ${f.id} at ${was.location}, damage before ${was.damage}: ${how.join('; ') || 'not in a battle'}`,
      );
    }
  }
}
const total = [...byShip.values()].reduce((a, b) => a + b, 0);
console.log(
  `Japan's light carriers lost in ${year}: ${total} in ${seeds} games (${(total / seeds).toFixed(2)} a game)`,
);
console.log([...byShip].map(([id, k]) => `${id} ${k}`).join(', '));
for (const r of rows) console.log(r);
