/**
 * `npx tsx bench/station-strikes.ts [--scenario S] [--seeds N] [--japan P] [--allies P]`: every carrier
 * strike on a port flown by carriers that stayed off it (port-strike.ts `carriersThatStay`), one line
 * each — turn, side, port, carriers, aircraft aboard and flown, aircraft lost — and a line a game with
 * the totals (cmdr31: the commander left a lone carrier off the alert Home Islands, where it lost its
 * air group every turn).
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
const loaded = loadScenarioText(readFileSync(option('scenario', 'scenarios/pacific-1941.json'), 'utf8'));
if (!loaded.ok) throw new Error('the scenario does not load');
const world = buildWorld(loaded.value);
const japan = policyByName(option('japan', 'historical'))!;
const allies = policyByName(option('allies', 'commander:normal'))!;
const quiet = process.argv.includes('--quiet');
let strikes = 0;
let small = 0;
let lostAll = 0;
for (let seed = 1; seed <= Number(option('seeds', '1')); seed++) {
  let n = 0;
  let lost = 0;
  autoplay(
    world,
    String(seed),
    { japan, allies },
    {
      onTurn: (r, intents) => {
        for (const i of r.report.items) {
          if (i.kind !== 'battle' || !i.portStrike?.stayed) continue;
          const p = i.portStrike;
          if (process.argv.includes('--intents'))
            for (const intent of intents)
              if (intent.side === p.side)
                for (const op of intent.operations)
                  if (op.target === p.from || op.target === i.area)
                    console.log(
                      `  ${op.kind} ${op.reason} ${op.target} ${op.forces.join(',')} ${JSON.stringify(op.numbers ?? {})}`,
                    );
          const down = i.aircraftLost[p.side];
          n += 1;
          lost += down;
          if ((p.flew ?? p.aircraft) <= 20) small += 1;
          if (!quiet)
            console.log(
              `seed ${seed} ${r.report.date} ${p.side} ${i.area} from ${p.from}: ${p.carriers} carriers (${p.stayed} stayed), ${p.aircraft} aboard, ${p.flew ?? p.aircraft} flew, ${down} lost; enemy lost ${i.losses.filter((l) => l.side !== p.side && l.destroyed).length} destroyed`,
            );
        }
      },
    },
  );
  strikes += n;
  lostAll += lost;
  console.log(`seed ${seed}: ${n} strikes from station, ${lost} aircraft lost`);
}
console.log(
  `all: ${strikes} strikes from station (${small} with 20 or fewer flying), ${lostAll} aircraft lost`,
);
