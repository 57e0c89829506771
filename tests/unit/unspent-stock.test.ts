import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/engine/index';
import type { Scenario } from '../../src/scenario/schema';
import { unspentStock } from '../../src/ui/game/unspent-stock';

// A scenario's buildables only: the rule reads nothing else.
const scenario = {
  buildables: [
    { id: 'escorts', side: 'japan', cost: { industry: 40 } },
    { id: 'carrier', side: 'japan', cost: { industry: 150 } },
    { id: 'liberty', side: 'allies', cost: { industry: 500 } },
  ],
} as unknown as Scenario;
const build: Order = { type: 'build', item: 'escorts', count: 1 } as Order;

describe('an Industry stock piling up unspent (play13)', () => {
  it('is flagged once it would pay for the dearest build of the side and nothing is ordered', () => {
    expect(unspentStock(scenario, 'japan', 'industry', 149, [])).toBe(false);
    expect(unspentStock(scenario, 'japan', 'industry', 150, [])).toBe(true);
    expect(unspentStock(scenario, 'japan', 'industry', 1834, [])).toBe(true);
  });
  it('is not flagged when a build is ordered this turn, or for a stock nothing costs', () => {
    expect(unspentStock(scenario, 'japan', 'industry', 1834, [build])).toBe(false);
    expect(unspentStock(scenario, 'japan', 'oil', 99999, [])).toBe(false);
    expect(unspentStock(scenario, 'allies', 'industry', 499, [])).toBe(false);
  });
});
