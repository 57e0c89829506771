/**
 * Random games in which every army move sends part of the army (engine/detach.ts): the random
 * policy's orders with `men` added to its army moves, a share of the men drawn from the seed. Each
 * turn keeps the engine's invariants (men are conserved across splits), the detachments formed are
 * the ones ordered, and the recorded game verifies, as a replay of a class would.
 */
import { describe, expect, it } from 'vitest';
import { policyByName } from '../../src/ai/index';
import { buildWorld, createGame, type GameState, type Order, resolveTurn } from '../../src/engine';
import { invariantViolations } from '../../src/engine/invariants';
import { createRecorder } from '../../src/replay/recorder';
import { verifyReplay } from '../../src/replay/verify';
import { deepFreeze } from '../support/deep-freeze';
import { loadScenario } from '../support/scenarios';

const random = policyByName('random')!;

/** The army moves of `orders` with part of the army sent: a share from 1 to 99% by a small hash of the turn and force. */
function detaching(state: GameState, orders: Order[]): Order[] {
  return orders.map((o) => {
    if (o.type !== 'move') return o;
    const f = state.forces.find((x) => x.id === o.force);
    if (f?.type !== 'army' || f.troops < 2) return o;
    let h = state.turn;
    for (const c of f.id) h = (h * 31 + c.charCodeAt(0)) % 9973;
    const men = Math.max(1, Math.min(f.troops - 1, Math.floor((f.troops * (1 + (h % 99))) / 100)));
    return { ...o, men };
  });
}

describe('random games with detachments', () => {
  for (const file of ['southern-oil-1942.json', 'oil-clock-1941.json']) {
    it(`keep every invariant and verify (${file})`, () => {
      const world = buildWorld(loadScenario(file));
      let formed = 0;
      for (let g = 0; g < 6; g++) {
        const recorder = createRecorder(world, `split-${g}`, { japan: 'random', allies: 'random' });
        let state = createGame(world, `split-${g}`);
        while (!state.outcome) {
          const orders = {
            japan: detaching(state, random.orders(world, state, 'japan')),
            allies: detaching(state, random.orders(world, state, 'allies')),
          };
          const { state: next, report } = resolveTurn(world, deepFreeze(state), orders);
          expect(invariantViolations(world, state, next, report), `split-${g}, turn ${state.turn}`).toEqual(
            [],
          );
          const detached = report.items.filter((i) => i.kind === 'detached');
          formed += detached.length;
          // Each a new army (a force the turn did not start with); the invariants above refuse any
          // new force that was neither built, sent nor detached.
          for (const d of detached) {
            expect(state.forces.some((f) => f.id === d.force)).toBe(false);
            expect(next.forces.find((f) => f.id === d.force)?.type).toBe('army');
          }
          recorder.play(orders);
          state = next;
        }
        expect(verifyReplay(world, recorder.replay).ok).toBe(true);
      }
      // The games did split armies (the check above is not vacuous).
      expect(formed).toBeGreaterThan(5);
    });
  }
});
