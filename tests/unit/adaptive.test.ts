import { describe, expect, it } from 'vitest';
import { historicalOrders } from '../../src/ai/historical';
import { autoplay, policyByName } from '../../src/ai/index';
import { buildWorld, createGame, resolveTurn } from '../../src/engine';
import { loadScenario, smallWorld } from '../support/scenarios';

const world = smallWorld();

describe('the adaptive bot', () => {
  it('is found by name at every difficulty', () => {
    for (const name of ['adaptive:easy', 'adaptive', 'adaptive:hard'])
      expect(policyByName(name)?.name).toBe(name);
  });

  it('gives the same orders for the same game', () => {
    const bot = policyByName('adaptive')!;
    const state = createGame(world, 'same');
    expect(bot.orders(world, state, 'japan')).toEqual(bot.orders(world, state, 'japan'));
  });

  it('plays better than random moves: Japan takes more of the south', () => {
    const held = (name: string) => {
      let areas = 0;
      for (let i = 0; i < 6; i++) {
        const { state } = autoplay(world, `duel-${i}`, {
          japan: policyByName(name)!,
          allies: policyByName('random')!,
        });
        areas += Object.values(state.control).filter((o) => o === 'japan').length;
      }
      return areas;
    };
    expect(held('adaptive:easy')).toBeGreaterThan(held('random') + 6);
  });

  describe('on the grand campaign, with the historical plan as its doctrine', () => {
    const grand = buildWorld(loadScenario('pacific-1941.json'));
    const adaptive = policyByName('adaptive:easy')!;
    const historical = policyByName('historical')!;

    it("keeps the plan's orders of the turn and adds its own", () => {
      let state = createGame(grand, 'doctrine');
      let added = 0;
      for (let turn = 1; turn <= 8; turn++) {
        for (const side of ['japan', 'allies'] as const) {
          const plan = historicalOrders(grand, state, side);
          const mine = adaptive.orders(grand, state, side);
          expect(mine.slice(0, plan.length)).toEqual(plan);
          added += mine.length - plan.length;
        }
        state = resolveTurn(grand, state, {
          japan: historical.orders(grand, state, 'japan'),
          allies: historical.orders(grand, state, 'allies'),
        }).state;
      }
      expect(added).toBeGreaterThan(0);
    });

    it('as the Allies, beats the historical Japan (it only ever drew before it had a doctrine)', () => {
      const outcomes = ['a', 'b', 'c'].map(
        (seed) => autoplay(grand, seed, { japan: historical, allies: adaptive }).state.outcome?.kind,
      );
      expect(outcomes.filter((k) => k === 'japan-surrenders').length).toBeGreaterThanOrEqual(2);
    });
  });
});
