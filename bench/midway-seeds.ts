/**
 * `npx tsx bench/midway-seeds.ts [--seeds N] [--japan P] [--allies P]`: bench/midway-passive.ts's games one
 * line a seed (the verdict, Japan's carriers lost and where, the turn Japan first landed on Midway), to
 * compare two checkouts seed by seed (cmdr29).
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { policyByName } from '../src/ai/registry';
import { isCarrier } from '../src/engine/combat-values';
import { buildWorld, type TurnReport } from '../src/engine/index';
import { scoreGame } from '../src/judge/score';
import { judgeGame } from '../src/judge/verdict';
import { loadScenarioText } from '../src/scenario/load';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}
const loaded = loadScenarioText(readFileSync('scenarios/midway-1942.json', 'utf8'));
if (!loaded.ok) throw new Error('midway does not load');
const world = buildWorld(loaded.value);
const japan = policyByName(option('japan', 'commander:normal'))!;
const allies = policyByName(option('allies', 'historical'))!;
for (let seed = 1; seed <= Number(option('seeds', '100')); seed++) {
  const reports: TurnReport[] = [];
  const lost: string[] = [];
  let landed = 0;
  const game = autoplay(
    world,
    String(seed),
    { japan, allies },
    {
      onTurn: (r) => {
        reports.push(r.report);
        for (const i of r.report.items)
          if (i.kind === 'battle')
            for (const l of i.losses) {
              const f = r.state.forces.find((x) => x.id === l.force);
              if (l.destroyed && l.side === 'japan' && f && isCarrier(f))
                lost.push(`${f.id}@${i.area}/t${r.report.turn}`);
            }
        if (
          !landed &&
          r.state.forces.some(
            (f) =>
              f.side === 'japan' && f.type === 'army' && f.status === 'active' && f.location === 'midway',
          )
        )
          landed = r.report.turn;
      },
    },
  );
  const v = judgeGame(world, game.state, scoreGame(world, game.state, reports));
  console.log(`${seed} ${v?.winner ?? 'draw'} landed t${landed} lost ${lost.join(' ')}`);
}
