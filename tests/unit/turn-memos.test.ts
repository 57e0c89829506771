/**
 * Tables the turn keeps with the world between turns (world.memo) give the answers a fresh look
 * would: each turn of a grand campaign resolved with the world that played the game (its memos
 * filled by the turns before) and with a new world (nothing kept) makes the same state.
 */
import { describe, expect, it } from 'vitest';
import { historicalPolicy } from '../../src/ai/historical';
import { buildWorld, createGame, type GameState, resolveTurn, stateHash } from '../../src/engine';
import { retreatPortIn } from '../../src/engine/combat/retire';
import { loadScenario } from '../support/scenarios';

const scenario = loadScenario('pacific-1941.json');

describe('the turn memos kept with the world', () => {
  // The reinforcements still to come (events.ts), the ports ships retire to (combat/retire.ts).
  it('give the same turns as a fresh look: the same arrivals, the same state, turn by turn', () => {
    const world = buildWorld(scenario);
    let state: GameState = createGame(world, 'turn-memos');
    let arrivals = 0;
    let had = state.arrived.length;
    let retired = 0;
    for (let turn = 0; turn < 60 && !state.outcome; turn++) {
      const orders = {
        japan: historicalPolicy.orders(world, state, 'japan'),
        allies: historicalPolicy.orders(world, state, 'allies'),
      };
      // A new world each time: no list of the reinforcements still to come, worked out afresh.
      const fresh = resolveTurn(buildWorld(scenario), state, orders).state;
      const { state: next, report } = resolveTurn(world, state, orders);
      retired += report.items.filter((i) => i.kind === 'retired').length;
      expect(next.arrived).toEqual(fresh.arrived);
      expect(stateHash(next)).toBe(stateHash(fresh));
      arrivals += next.arrived.length - state.arrived.length;
      // The list is shared from state to state until a reinforcement arrives, never changed in place.
      // (shared once frozen: every state resolveTurn hands out has it frozen).
      expect(Object.isFrozen(next.arrived)).toBe(true);
      if (Object.isFrozen(state.arrived) && next.arrived.length === state.arrived.length)
        expect(next.arrived).toBe(state.arrived);
      else expect(state.arrived.length).toBe(had);
      had = next.arrived.length;
      state = next;
    }
    expect(arrivals).toBeGreaterThan(10);
    expect(retired).toBeGreaterThan(3);
  });

  it('the port a ship retires to (combat/retire.ts) follows who holds the ports, not the first record asked', () => {
    const world = buildWorld(scenario);
    const seas = scenario.areas.filter((a) => a.kind === 'sea').map((a) => a.id);
    const first = Object.freeze({ ...createGame(world, 'retreat').control });
    const asked = (w: typeof world, control: GameState['control']) =>
      seas.flatMap((sea) => [
        retreatPortIn(w, control, sea, 'japan'),
        retreatPortIn(w, control, sea, 'allies'),
      ]);
    expect(asked(world, first)).toEqual(asked(buildWorld(scenario), first));
    // Every port Japan's ships would retire to passes to the Allies: the answers must change.
    const ports = new Set(
      seas.map((sea) => retreatPortIn(world, first, sea, 'japan')).filter((p) => p !== null),
    );
    const changed: GameState['control'] = { ...first };
    for (const port of ports) changed[port] = 'allies';
    Object.freeze(changed);
    const after = asked(world, changed);
    expect(after).toEqual(asked(buildWorld(scenario), changed));
    expect(after).not.toEqual(asked(world, first));
  });
});
