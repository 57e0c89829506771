/**
 * When places change hands in the grand campaign with the historical bots on both sides (the test-sized
 * version of bench/fall-dates.ts): the month of the turn in which each watched area first passed to its side
 * after a given month, or null if it never did before October 1945.
 */
import { policyByName } from '../../src/ai/registry';
import {
  buildWorld,
  createGame,
  readJapaneseIntentions,
  resolveTurn,
  type World,
} from '../../src/engine/index';
import type { SideId } from '../../src/scenario/schema';
import { loadScenario } from './scenarios';

let campaign: World | null = null;

/** The grand campaign's world, built once per test file. */
export function campaignWorld(): World {
  campaign ??= buildWorld(loadScenario('pacific-1941.json'));
  return campaign;
}

/** `watch`: [area, the side it passes to, the month after which to look]; play stops once all have passed. */
export function fallMonths(
  world: World,
  seed: string,
  watch: readonly (readonly [string, SideId, string])[],
): (string | null)[] {
  const japan = policyByName('historical')!;
  const allies = policyByName('historical')!;
  const fell: (string | null)[] = watch.map(() => null);
  let state = createGame(world, seed);
  while (!state.outcome && fell.some((m) => m === null) && state.date < '1945-10-01') {
    const japanOrders = japan.orders(world, state, 'japan');
    const intel = readJapaneseIntentions(world, state, japanOrders);
    const orders = { japan: japanOrders, allies: allies.orders(world, state, 'allies', { intel }) };
    const after = resolveTurn(world, state, orders).state;
    const month = state.date.slice(0, 7);
    watch.forEach(([area, side, from], i) => {
      if (fell[i] !== null || month <= from) return;
      if (after.control[area] === side && state.control[area] !== side) fell[i] = month;
    });
    state = after;
  }
  return fell;
}
