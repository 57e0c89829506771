/**
 * Tables the turn keeps with the world between turns (world.memo) give the answers a fresh look
 * would: each turn of a grand campaign resolved with the world that played the game (its memos
 * filled by the turns before) and with a new world (nothing kept) makes the same state.
 */
import { describe, expect, it } from 'vitest';
import { historicalPolicy } from '../../src/ai/historical';
import { buildWorld, createGame, type GameState, resolveTurn, stateHash } from '../../src/engine';
import { loadScenario } from '../support/scenarios';

const scenario = loadScenario('pacific-1941.json');

describe('the turn memos kept with the world', () => {
  it('the reinforcements still to come (events.ts): the same arrivals as a fresh look, turn by turn', () => {
    const world = buildWorld(scenario);
    let state: GameState = createGame(world, 'turn-memos');
    let arrivals = 0;
    for (let turn = 0; turn < 24 && !state.outcome; turn++) {
      const orders = {
        japan: historicalPolicy.orders(world, state, 'japan'),
        allies: historicalPolicy.orders(world, state, 'allies'),
      };
      // A new world each time: no list of the reinforcements still to come, worked out afresh.
      const fresh = resolveTurn(buildWorld(scenario), state, orders).state;
      const next = resolveTurn(world, state, orders).state;
      expect(next.arrived).toEqual(fresh.arrived);
      expect(stateHash(next)).toBe(stateHash(fresh));
      arrivals += next.arrived.length - state.arrived.length;
      // The list is shared from state to state until a reinforcement arrives, never changed in place.
      if (Object.isFrozen(state.arrived) && next.arrived.length === state.arrived.length)
        expect(next.arrived).toBe(state.arrived);
      expect(Object.isFrozen(next.arrived)).toBe(true);
      state = next;
    }
    expect(arrivals).toBeGreaterThan(10);
  });
});
