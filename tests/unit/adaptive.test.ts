import { describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import { createGame } from '../../src/engine';
import { smallWorld } from '../support/scenarios';

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
});
