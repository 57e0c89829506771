/**
 * `npx tsx bench/midway-history.ts [--seeds N] [--blind] [--quiet]`: the Midway scenario, historical v historical,
 * one line a seed (midway32): Kidō Butai carriers fit to fight after the carrier battle, Japan's and the US's
 * fleet carriers lost, the turn Japan first landed on Midway, who holds it at the end, the verdict — then the
 * shares. `--blind`: no code-breaking (the scenario's `codebreaking` rule emptied, as bench/calibration.ts does).
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { policyByName } from '../src/ai/registry';
import { buildWorld, type TurnReport } from '../src/engine/index';
import { scoreGame } from '../src/judge/score';
import { judgeGame } from '../src/judge/verdict';
import { loadScenarioValue } from '../src/scenario/load';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
};
const raw = JSON.parse(readFileSync('scenarios/midway-1942.json', 'utf8'));
if (process.argv.includes('--blind')) raw.rules.codebreaking = [];
const loaded = loadScenarioValue(raw);
if (!loaded.ok) throw new Error('midway does not load');
const world = buildWorld(loaded.value);
const japan = policyByName(arg('japan', 'historical'))!;
const allies = policyByName(arg('allies', 'historical'))!;
const KB = ['akagi', 'kaga', 'soryu', 'hiryu'];
const US = ['yorktown', 'enterprise', 'hornet'];
const n = Number(arg('seeds', '200'));
const quiet = process.argv.includes('--quiet');
const tally = {
  falls: 0,
  heldEnd: 0,
  landed: 0,
  jp: [0, 0, 0, 0, 0],
  us: 0,
  jpLost: 0,
  verdict: new Map<string, number>(),
};
const lost = new Map<string, number>();
for (let seed = 1; seed <= n; seed++) {
  const reports: TurnReport[] = [];
  let landed = 0;
  let fitAfter = -1;
  let usFit = -1;
  let read5 = '?';
  let first5 = '-';
  const game = autoplay(
    world,
    String(seed),
    { japan, allies },
    {
      onTurn: (r) => {
        reports.push(r.report);
        if (r.report.turn === 5) {
          for (const i of r.report.items) {
            if (i.kind === 'intelligence') read5 = i.read ? 'read' : 'unread';
            if (i.kind === 'battle' && i.area === 'midway-approaches') first5 = i.firstStrike ?? 'none';
          }
          usFit = US.filter((id) => {
            const f = r.state.forces.find((x) => x.id === id);
            return f && f.status === 'active' && (f.type !== 'ship' || f.damage < 50);
          }).length;
        }
        if (r.report.turn === 5)
          fitAfter = KB.filter((id) => {
            const f = r.state.forces.find((x) => x.id === id);
            return f && f.status === 'active' && (f.type !== 'ship' || f.damage < 50);
          }).length;
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
  const s = game.state;
  const sunk = (id: string) => s.forces.find((f) => f.id === id)?.status === 'lost';
  const jp = KB.filter(sunk);
  const us = US.filter(sunk);
  for (const id of [...jp, ...us]) lost.set(id, (lost.get(id) ?? 0) + 1);
  const holder = s.control.midway;
  const fell = reports.some((r) => r.items.some((i) => i.kind === 'event' && i.event === 'midway-falls'));
  const v = judgeGame(world, s, scoreGame(world, s, reports));
  const verdict = `${v?.winner ?? 'draw'}${v?.strength ? `-${v.strength}` : ''}`;
  tally.verdict.set(verdict, (tally.verdict.get(verdict) ?? 0) + 1);
  tally.jp[jp.length]! += 1;
  tally.jpLost += jp.length;
  tally.us += us.length;
  if (fell) tally.falls++;
  if (landed) tally.landed++;
  if (holder === 'japan') tally.heldEnd++;
  if (!quiet)
    console.log(
      `${seed} fit-after-t5 ${fitAfter} us-fit ${usFit} t5 ${read5} first ${first5} landed t${landed} midway ${holder} fell ${fell ? 'y' : 'n'} jp-lost ${jp.join(',') || '-'} us-lost ${us.join(',') || '-'} ${verdict}`,
    );
}
const pct = (x: number) => `${Math.round((100 * x) / n)}%`;
console.log(
  `${n} games${process.argv.includes('--blind') ? ' (no code-breaking)' : ''}: Midway falls ${pct(tally.falls)}, Japan ashore ${pct(tally.landed)}, Japan holds it at the end ${pct(tally.heldEnd)}`,
);
console.log(
  `Kidō Butai carriers lost: mean ${(tally.jpLost / n).toFixed(2)}, games with 0/1/2/3/4: ${tally.jp.map(pct).join(' / ')}; US fleet carriers lost: mean ${(tally.us / n).toFixed(2)}`,
);
console.log(`ships: ${[...KB, ...US].map((id) => `${id} ${pct(lost.get(id) ?? 0)}`).join(', ')}`);
console.log(
  `verdicts: ${[...tally.verdict]
    .sort()
    .map(([k, c]) => `${k} ${pct(c)}`)
    .join(', ')}`,
);
