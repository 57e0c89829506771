/**
 * Random legal-order games on every bundled scenario keep the engine's
 * invariants after every turn (`npm run fuzz` plays 10,000 of them).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyByName } from '../../src/ai/index';
import { buildWorld, createGame, resolveTurn, stateHash } from '../../src/engine';
import { invariantViolations } from '../../src/engine/invariants';
import { digestValue } from '../../src/engine/state-hash';
import { deepFreeze } from '../support/deep-freeze';
import { loadScenario } from '../support/scenarios';

const files = readdirSync(new URL('../../scenarios/', import.meta.url)).filter(
  (f) => f.endsWith('.json') && !f.endsWith('.schema.json'),
);
const random = policyByName('random')!;

describe('random legal-order games', () => {
  for (const file of files) {
    it(`keep every invariant in ${file}`, () => {
      const world = buildWorld(loadScenario(file));
      const games = world.scenario.calendar.lastTurn > 20 ? 3 : 25;
      for (let g = 0; g < games; g++) {
        let state = createGame(world, `inv-${g}`);
        while (!state.outcome) {
          const orders = {
            japan: random.orders(world, state, 'japan'),
            allies: random.orders(world, state, 'allies'),
          };
          // Frozen: a rule that wrote to the state it was given (or to a lost
          // force the new state shares with it) would throw here.
          const { state: next, report } = resolveTurn(world, deepFreeze(state), orders);
          expect(
            invariantViolations(world, state, next, report),
            `seed inv-${g}, turn ${state.turn}`,
          ).toEqual([]);
          // The state digest reads forces field by field; it must equal the general walk.
          expect(stateHash(next)).toBe(digestValue(next));
          state = next;
        }
      }
    });
  }

  it('notices a broken invariant (the checker itself works)', () => {
    const world = buildWorld(loadScenario('southern-oil-1942.json'));
    const before = createGame(world, 'x');
    const { state, report } = resolveTurn(world, before, { japan: [], allies: [] });
    state.sides.japan.stocks.oil = -5;
    state.forces[0] = { ...state.forces[0]!, lost: 3 };
    const problems = invariantViolations(world, before, state, report);
    // And a write to a frozen state is caught (what the games above rely on).
    expect(() => {
      deepFreeze(state).forces[0]!.lost = 4;
    }).toThrow(TypeError);
    expect(problems.some((p) => p.includes('out of bounds'))).toBe(true);
    expect(problems.some((p) => p.startsWith('akagi'))).toBe(true);
  });
});
