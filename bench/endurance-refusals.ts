/**
 * `npx tsx bench/endurance-refusals.ts [scenario] [--seeds N]`: plays the historical bot
 * against itself and counts the plan's moves refused for fuel (`beyond-endurance`, the
 * fleet train's oilers included — endurance.ts): each move of a plan step dated in the
 * turn that the bot could not give, checked after the orders it gave (`beyond-endurance`
 * `fleet-train-short` or, with the oilers' cargo, `fleet-train-dry`). Prints each such refusal (force, destination, date, how many
 * seeds) and the count — it should be 0 for the bundled scenarios — and how often oilers
 * sailed and how many were sunk. NO_OILERS=1 plays without `rules.endurance.oilers`.
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { historicalPolicy } from '../src/ai/historical';
import { buildWorld, checkOrder, type GameState, type Order, turnDate } from '../src/engine';
import { loadScenarioText } from '../src/scenario/load';
import type { SideId } from '../src/scenario/schema';
import { refusalText } from '../src/text/refusal-text';

const args = process.argv.slice(2);
const stem = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'pacific-1941';
const seedsAt = args.indexOf('--seeds');
const seeds = seedsAt >= 0 ? Number(args[seedsAt + 1]) : 10;
const loaded = loadScenarioText(readFileSync(`scenarios/${stem}.json`, 'utf8'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
if (process.env.NO_OILERS && loaded.value.rules.endurance) loaded.value.rules.endurance.oilers = undefined;
const world = buildWorld(loaded.value);
const { calendar } = world.scenario;
const seen = new Map<string, number>();
let total = 0;
let sailed = 0;
let sunk = 0;
/** Thousand barrels the oilers gave ships beyond their radius, lost with oilers sunk, and loaded. */
const cargo = { issued: 0, lost: 0, loaded: 0 };
for (let i = 1; i <= seeds; i++) {
  const given: Record<SideId, Order[]> = { japan: [], allies: [] };
  const policy = (side: SideId) => ({
    ...historicalPolicy,
    decide: (w: typeof world, state: GameState, s: SideId) => {
      const d = historicalPolicy.decide(w, state, s);
      given[side] = d.orders;
      probe(state, s, d.orders);
      return d;
    },
  });
  const probe = (state: GameState, side: SideId, orders: Order[]) => {
    const next = turnDate(calendar.start, calendar.turnLength, state.turn + 1);
    for (const step of world.scenario.historicalPlan) {
      if (step.side !== side || step.date < state.date || step.date >= next) continue;
      for (const o of step.orders) {
        if (o.type !== 'move' || orders.includes(o)) continue;
        const v = checkOrder(world, state, side, o, orders);
        if (v.ok) continue;
        const code = v.refusal?.code;
        if (code !== 'beyond-endurance' && code !== 'fleet-train-short' && code !== 'fleet-train-dry')
          continue;
        total++;
        const key = `${state.date} ${side} ${o.force} → ${o.to}: ${refusalText(v.refusal)}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
  };
  const oilers = new Set(
    world.scenario.forces
      .concat(world.scenario.reinforcements.map((r) => r.force))
      .filter((f) => f.type === 'flotilla' && f.class === 'oiler')
      .map((f) => f.id),
  );
  autoplay(
    world,
    String(i),
    { japan: policy('japan'), allies: policy('allies') },
    {
      onTurn: (result) => {
        for (const item of result.report.items) {
          if (item.kind === 'move' && oilers.has(item.force)) sailed++;
          if (item.kind === 'oilers') {
            cargo.issued += item.issued;
            cargo.lost += item.lost;
            cargo.loaded += item.loaded;
          }
          if (item.kind === 'damage' && oilers.has(item.force)) sunk += item.amount;
          if (item.kind === 'battle') for (const l of item.losses) if (oilers.has(l.force)) sunk += l.amount;
        }
      },
    },
  );
}
for (const [k, n] of [...seen].sort()) console.log(`${n}× ${k}`);
console.log(
  `${stem}: ${total} plan moves refused for fuel over ${seeds} seeds; oiler moves ${sailed}, oilers sunk ${sunk}; ` +
    `cargo (thousand barrels a game): issued ${Math.round(cargo.issued / seeds)}, lost ${Math.round(cargo.lost / seeds)}, loaded ${Math.round(cargo.loaded / seeds)}`,
);
