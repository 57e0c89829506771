/**
 * `npx tsx bench/southern-oil-shipping.ts [--seeds N] [--scenario FILE]`: the Southern Oil Run's war on
 * shipping by what Japan does (sor32; docs/CALIBRATION.md "The Southern Oil Run's shipping war"). Plays seeds
 * 1..N (default 200, one thread) for each Japanese player against the Allies' historical plan (and one row
 * against an Allied player that gives no orders, so that its submarines stay where they start) and prints, mean
 * a game: the southern fields' output and what of it reached the home stock (straight, or by tanker: `oilDelivered`), Japan's oil, merchant and tanker tonnage at the
 * end, the tonnage at sea, the tonnage sunk by submarines, aircraft and mines, and the verdicts (who won, and
 * how the game went against history). The Japanese players: `pass`, `historical`, `doctrine:perimeter` (escorts
 * on the oil lanes, convoy ships first), `commander:easy`, `commander:normal`, `commander:hard`, and "historical, sailings 0" (the historical plan
 * with the cargo fleet kept in port: `sailings` 0; the garrisons' convoys still sail).
 */
import { policyByName } from '../src/ai/registry';
import type { Order, TurnReport } from '../src/engine/index';
import { createGame, type GameState, readJapaneseIntentions, resolveTurn } from '../src/engine/index';
import { scoreGame } from '../src/judge/score';
import { judgeGame } from '../src/judge/verdict';
import { option, scenarioWorld, word } from './cli-args';

const seeds = option('seeds', 200);
const only = word('only') ?? '';
const world = scenarioWorld('scenarios/southern-oil-1942.json');
const south = new Set(world.scenario.areas.filter((a) => a.tags.includes('southern-oil')).map((a) => a.id));

type Play = (state: GameState) => Order[];
const bot = (name: string): Play => {
  const p = policyByName(name);
  if (!p) throw new Error(`no policy ${name}`);
  return (state) => p.orders(world, state, 'japan');
};
const historical = bot('historical');
// The historical plan with the whole cargo fleet kept in port from the first turn (`sailings` 0): the tankers
// stay at the wells; the garrisons' convoys still sail (they are supplied first, deliveries.ts).
const inPort: Play = (state) => [
  ...(state.turn === 1 ? [{ type: 'choose', choice: 'sailings', level: 0 } as Order] : []),
  ...historical(state),
];
const rows: [string, Play, string][] = [
  ['pass', bot('pass'), 'historical'],
  ['historical', historical, 'historical'],
  ['historical, Allies pass', historical, 'pass'],
  ['historical, sailings 0', inPort, 'historical'],
  ['doctrine:perimeter', bot('doctrine:perimeter'), 'historical'],
  ['commander:normal', bot('commander:normal'), 'historical'],
  ['commander:easy', bot('commander:easy'), 'historical'],
  ['commander:hard', bot('commander:hard'), 'historical'],
];

console.log(
  `${world.scenario.meta.id}: ${seeds} seeds, mean a game (Allies: the historical plan unless said)`,
);
console.log(
  '| Japan | southern output | oil home from it | oil at end | merchant | tankers | sailed kGT | sunk subs / air / mines kGT | Japan wins | better for J / even / A |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const [label, japan, alliesName] of rows) {
  if (only && !label.startsWith(only)) continue;
  const allies = policyByName(alliesName)!;
  const sum = {
    output: 0,
    delivered: 0,
    oil: 0,
    merchant: 0,
    tankers: 0,
    sailed: 0,
    subs: 0,
    air: 0,
    mines: 0,
  };
  const v = { japan: 0, jBetter: 0, even: 0, aBetter: 0 };
  for (let n = 1; n <= seeds; n++) {
    let state = createGame(world, String(n));
    const reports: TurnReport[] = [];
    while (!state.outcome) {
      const japanOrders = japan(state);
      const intel = readJapaneseIntentions(world, state, japanOrders);
      const orders = { japan: japanOrders, allies: allies.orders(world, state, 'allies', { intel }) };
      const { state: after, report } = resolveTurn(world, state, orders);
      reports.push(report);
      for (const item of report.items) {
        if (item.kind !== 'economy' || item.side !== 'japan') continue;
        for (const c of item.changes) {
          if (c.cause.code !== 'produced' || !south.has(c.cause.area)) continue;
          sum.output += c.amount;
          // Before sor32 the southern oil went straight into the home stock (no tankers).
          if (item.resource === 'oil') sum.delivered += c.amount;
        }
      }
      const s = after.supply.japan;
      sum.delivered += s.oilDelivered;
      sum.sailed += s.sailedKgt;
      sum.subs += s.sunkBySubmarines;
      sum.air += s.sunkByAircraft;
      sum.mines += s.sunkByMines;
      state = after;
    }
    const stocks = state.sides.japan.stocks;
    sum.oil += stocks.oil ?? 0;
    sum.merchant += stocks.merchant ?? 0;
    sum.tankers += stocks.tankers ?? 0;
    const verdict = judgeGame(world, state, scoreGame(world, state, reports));
    if (verdict?.winner === 'japan') v.japan++;
    if (verdict?.betterFor === 'japan') v.jBetter++;
    else if (verdict?.betterFor === 'even') v.even++;
    else if (verdict?.betterFor === 'allies') v.aBetter++;
  }
  const m = (x: number) => Math.round(x / seeds).toLocaleString('en-GB');
  const pc = (x: number) => `${Math.round((100 * x) / seeds)}%`;
  console.log(
    `| ${label} | ${m(sum.output)} | ${m(sum.delivered)} | ${m(sum.oil)} | ${m(sum.merchant)} | ${m(sum.tankers)} | ${m(sum.sailed)} | ${m(sum.subs)} / ${m(sum.air)} / ${m(sum.mines)} | ${pc(v.japan)} | ${pc(v.jBetter)} / ${pc(v.even)} / ${pc(v.aBetter)} |`,
  );
}
