/**
 * `npx tsx bench/commander-air.ts [--scenario S] [--seeds N] [--from K] [--japan P] [--allies P]`: the
 * figures of the computer commander's air use (cmdr32), one game a seed, single-threaded: the end date
 * (p10 / p50 / p90), Japan's shipping sunk by aircraft in 1942, 1943 and 1944 (thousand GT, mean a
 * game: the shipping report items; S3: 220 / 315 / 1,266), each side's aircraft lost (the aircrew
 * report items, mean a game), the outcomes and winners (shares), and the air groups the commander
 * held back from battles (its intent: `hold` operations with the reason `air-danger`), counted a
 * group a turn.
 */
import { autoplay } from '../src/ai/autoplay';
import { policyByName } from '../src/ai/registry';
import { option, scenarioWorld, word } from './cli-args';

const world = scenarioWorld();
const seeds = option('seeds', 50);
const from = option('from', 1);
const japan = policyByName(word('japan') ?? 'historical')!;
const allies = policyByName(word('allies') ?? 'commander:normal')!;
const ends: string[] = [];
const outcomes = new Map<string, number>();
const sunk: Record<string, number> = { '1942': 0, '1943': 0, '1944': 0 };
const lost = { japan: 0, allies: 0 };
let heldBack = 0;
const share = (m: Map<string, number>) => [...m].map(([k, v]) => `${k} ${(v / seeds).toFixed(2)}`).join(', ');
for (let seed = from; seed < from + seeds; seed++) {
  let date = '';
  const result = autoplay(
    world,
    String(seed),
    { japan, allies },
    {
      onTurn: (r, intents) => {
        date = r.report.date;
        for (const i of r.report.items) {
          const year = r.report.date.slice(0, 4);
          if (i.kind === 'shipping' && i.side === 'japan' && year in sunk) sunk[year]! += i.sunkByAircraft;
          if (i.kind === 'aircrew') lost[i.side] += i.aircraftLost;
        }
        for (const intent of intents)
          for (const op of intent.operations) if (op.reason === 'air-danger') heldBack += op.forces.length;
      },
    },
  );
  ends.push(date);
  const o = `${result.state.outcome?.kind ?? 'none'}/${result.state.outcome?.winner ?? '-'}`;
  outcomes.set(o, (outcomes.get(o) ?? 0) + 1);
}
ends.sort();
const at = (p: number) => ends[Math.min(ends.length - 1, Math.floor((ends.length * p) / 100))]?.slice(0, 7);
console.log(
  `${world.scenario.meta.id} ${japan.name} v ${allies.name}, seeds ${from}..${from + seeds - 1}: end ${at(10)} / ${at(50)} / ${at(90)}; JP shipping sunk by aircraft 1942 / 1943 / 1944 ${Object.values(
    sunk,
  )
    .map((v) => Math.round(v / seeds))
    .join(
      ' / ',
    )} kGT a game; aircraft lost JP ${Math.round(lost.japan / seeds)} / Allies ${Math.round(lost.allies / seeds)} a game; groups held back from battles ${heldBack}; outcomes ${share(outcomes)}`,
);
