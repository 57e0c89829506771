/**
 * `npx tsx bench/midway-trace.ts [--seed S] [--japan P] [--allies P] [--scenario F] [--turns N]`: one game turn
 * by turn, the CLI's lines (battles, what changed hands) with each computer side's stated intent — the Midway
 * lines of docs/CALIBRATION.md (cmdr29): `--allies park` is bench/midway-passive.ts's parked student, play25's
 * seed is the default.
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import type { Policy } from '../src/ai/policy';
import { policyByName } from '../src/ai/registry';
import { turnLines } from '../src/cli/turn-lines';
import { isCarrier } from '../src/engine/combat-values';
import { buildWorld, type Order } from '../src/engine/index';
import { checkOrder } from '../src/engine/orders';
import { loadScenarioText } from '../src/scenario/load';
import { intentHeading, intentLines, intentNames } from '../src/text/intent-text';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}
const file = option('scenario', 'scenarios/midway-1942.json');
const loaded = loadScenarioText(readFileSync(file, 'utf8'));
if (!loaded.ok) throw new Error(`${file} does not load`);
const world = buildWorld(loaded.value);
/** bench/midway-passive.ts's `park` (play25's student). */
const park: Policy = {
  name: 'park',
  description: 'turn 1 the Pearl Harbor ships to Midway approaches, turn 3 the carriers to Midway',
  orders: (w, state, side) => {
    const orders: Order[] = [];
    const ships = state.forces.filter(
      (f) => f.side === side && f.status === 'active' && (f.type === 'ship' || f.type === 'flotilla'),
    );
    const want =
      state.turn === 1
        ? ships.filter((f) => f.location === 'hawaii').map((f) => [f.id, 'midway-approaches'] as const)
        : state.turn === 3
          ? ships.filter((f) => isCarrier(f)).map((f) => [f.id, 'midway'] as const)
          : [];
    for (const [force, to] of want) {
      const order: Order = { type: 'move', force, to };
      if (checkOrder(w, state, side, order, orders).ok) orders.push(order);
    }
    return orders;
  },
};
const policy = (name: string) => (name === 'park' ? park : policyByName(name));
const japan = policy(option('japan', 'commander:normal'));
const allies = policy(option('allies', 'park'));
if (!japan || !allies) throw new Error('unknown policy');
const turns = Number(option('turns', '0'));
autoplay(
  world,
  option('seed', 'play25-midway'),
  { japan, allies },
  {
    ...(turns > 0 ? { maxTurns: turns } : {}),
    onTurn: (r, intents) => {
      const names = intentNames(world, r.state);
      for (const i of intents) {
        console.log(intentHeading(i.side, i));
        for (const l of intentLines(names, i)) console.log(`    ${l}`);
      }
      for (const l of turnLines(world, r.report, r.state)) console.log(l);
    },
  },
);
