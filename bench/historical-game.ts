/**
 * One grand-campaign game of the historical bots on both sides, turn by turn, as the bench
 * scripts play it: the Allies read the decrypt of Japan's orders before giving theirs.
 */
import { policyByName } from '../src/ai/registry';
import {
  createGame,
  type GameState,
  readJapaneseIntentions,
  resolveTurn,
  type TurnReport,
  type World,
} from '../src/engine/index';

export function* historicalTurns(
  world: World,
  seed: string,
): Generator<{ before: GameState; after: GameState; report: TurnReport }> {
  const japan = policyByName('historical')!;
  const allies = policyByName('historical')!;
  let state = createGame(world, seed);
  while (!state.outcome) {
    const japanOrders = japan.orders(world, state, 'japan');
    const intel = readJapaneseIntentions(world, state, japanOrders);
    const orders = { japan: japanOrders, allies: allies.orders(world, state, 'allies', { intel }) };
    const { state: after, report } = resolveTurn(world, state, orders);
    yield { before: state, after, report };
    state = after;
  }
}
