// `npm run fuzz -- [games] [scenario]`: plays many games with random legal orders on both sides
// and checks the engine's invariants after every turn (default: 10,000 games of the small
// scenario). Prints a summary; exits 1 naming the first seed, turn and broken invariant.
import { readFileSync } from 'node:fs';
import { policyByName } from '../src/ai/index';
import { buildWorld, createGame, resolveTurn, stateHash } from '../src/engine/index';
import { invariantViolations } from '../src/engine/invariants';
import { digestValue } from '../src/engine/state-hash';
import { loadScenarioText } from '../src/scenario/load';
import { deepFreeze } from '../tests/support/deep-freeze';

const games = Number(process.argv[2] ?? 10_000);
const file = process.argv[3] ?? 'scenarios/southern-oil-1942.json';
const loaded = loadScenarioText(readFileSync(file, 'utf8'));
if (!loaded.ok) {
  console.error(`${file} does not load`);
  process.exit(1);
}
const world = buildWorld(loaded.value);
const random = policyByName('random')!;
const started = performance.now();
let turns = 0;
for (let g = 0; g < games; g++) {
  let state = createGame(world, `fuzz-${g}`);
  while (!state.outcome) {
    const orders = {
      japan: random.orders(world, state, 'japan'),
      allies: random.orders(world, state, 'allies'),
    };
    // Resolved from a frozen state: a rule writing to its input (or to a lost
    // force the new state shares) throws, and the digest must match the general walk.
    const { state: next, report } = resolveTurn(world, deepFreeze(state), orders);
    const broken = invariantViolations(world, state, next, report);
    if (stateHash(next) !== digestValue(next)) broken.push('the state digest differs from the general walk');
    if (broken.length > 0) {
      console.error(`seed fuzz-${g}, turn ${state.turn}: ${broken.join('; ')}`);
      process.exit(1);
    }
    state = next;
    turns++;
  }
}
console.log(
  `${games} games, ${turns} turns of ${loaded.value.meta.id}: every invariant held (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
