/**
 * A computer player short of oil orders only the sorties the engine's oil burn can fuel (play21
 * left it: in the Road to Tokyo a Japan without oil had its orders refused "not enough oil" turn
 * after turn; the historical plan's Japan had 17 refused in one month of the grand campaign).
 */
import { describe, expect, it } from 'vitest';
import { newBook, tryOrder } from '../../src/ai/commander/book';
import { commanderPolicy } from '../../src/ai/commander/commander';
import { historicalPolicy } from '../../src/ai/historical';
import {
  buildWorld,
  createGame,
  economyOil,
  forecastOil,
  type GameState,
  resolveTurn,
} from '../../src/engine/index';
import { OIL } from '../../src/scenario/resource-ids';
import { loadScenario } from '../support/scenarios';

const world = buildWorld(loadScenario('road-to-tokyo-1944.json'));

/** The first turn of the Road to Tokyo with Japan's oil (home and south) cut to `oil` above what its economy burns. */
function shortOfOil(oil: number): GameState {
  const state = structuredClone(createGame(world, 'oil'));
  const south = world.scenario.rules.shipping?.southernOil?.stock;
  if (south) state.sides.japan.stocks[south] = 0;
  state.sides.japan.stocks[OIL] = economyOil(world, state, 'japan') + oil;
  return state;
}

describe('a computer player short of oil', () => {
  it('gives no order the turn then refuses for want of oil, and still sails what the oil can fuel', () => {
    for (const policy of [...(['easy', 'normal', 'hard'] as const).map(commanderPolicy), historicalPolicy]) {
      const level = policy.name;
      const state = shortOfOil(300);
      const orders = policy.orders(world, state, 'japan');
      const moves = orders.filter((o) => o.type === 'move');
      // The engine's own forecast of the burn, from the same oil: every sortie fuelled.
      const burn = forecastOil(world, state, 'japan', orders);
      expect(
        burn.sorties.filter((x) => !x.fuelled).map((x) => x.order),
        level,
      ).toEqual([]);
      const result = resolveTurn(world, state, { japan: orders, allies: [] });
      const refused = result.report.items.filter((i) => i.kind === 'rejected' && i.side === 'japan');
      expect(refused, level).toEqual([]);
      // Some oil, some moves: the commander does not simply stop.
      expect(moves.length, level).toBeGreaterThan(0);
    }
  });

  it("refuses a move in its order book with the engine's reason when the tanks are empty", () => {
    const state = shortOfOil(0);
    const book = newBook(world, state, 'japan');
    // A warship and a sea it could sail to with oil enough (checkOrder passes it either way).
    const plenty = shortOfOil(100_000);
    const sortie = state.forces
      .filter((f) => f.side === 'japan' && f.type === 'ship' && f.status === 'active')
      .flatMap((f) => world.scenario.areas.map((a) => ({ type: 'move' as const, force: f.id, to: a.id })))
      .find(
        (o) =>
          o.to !== state.forces.find((f) => f.id === o.force)!.location &&
          tryOrder(newBook(world, plenty, 'japan'), o).ok,
      );
    expect(sortie).toBeDefined();
    const verdict = tryOrder(book, sortie!);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? null : verdict.refusal.code).toBe('no-oil');
    expect(book.orders).toEqual([]);
  });
});
