/**
 * The random policy (src/ai/random.ts) now and then sends part of an army (a detachment), so the
 * property tests and fuzzing of random games meet detachments; before, it never split (play22).
 */
import { describe, expect, it } from 'vitest';
import { policyByName } from '../../src/ai/registry';
import { buildWorld, checkOrder, createGame, resolveTurn } from '../../src/engine';
import { loadScenario } from '../support/scenarios';

describe('the random policy', () => {
  it('sends part of an army now and then, with a legal order that forms a detachment', () => {
    const world = buildWorld(loadScenario('pacific-1941.json'));
    const random = policyByName('random')!;
    let state = createGame(world, 'split-1');
    let splits = 0;
    let detached = 0;
    for (let t = 0; t < 12 && !state.outcome; t++) {
      const japan = random.orders(world, state, 'japan');
      const allies = random.orders(world, state, 'allies');
      for (const [side, orders] of [
        ['japan', japan],
        ['allies', allies],
      ] as const)
        for (const o of orders)
          if (o.type === 'move' && o.men !== undefined) {
            splits++;
            expect(checkOrder(world, state, side, o).ok).toBe(true);
          }
      const { state: next, report } = resolveTurn(world, state, { japan, allies });
      detached += report.items.filter((i) => i.kind === 'detached').length;
      state = next;
    }
    expect(splits).toBeGreaterThan(0);
    expect(detached).toBe(splits);
  });
});
