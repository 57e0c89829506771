/**
 * What the twenty-fourth play session found in the screen's arithmetic: the oil tile's "burns N
 * this month" left out the new pilots' training and the oil the month's builds cost (an air group's
 * 60), so the grand campaign's tile said "burns 1,536" for a month whose ledger burned 1,695.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, type Order, resolveTurn } from '../../src/engine';
import { oilClock } from '../../src/ui/game/oil-forecast';
import { loadScenario } from '../support/scenarios';

describe('the oil tile’s burn is what the month takes from the stock', () => {
  const world = buildWorld(loadScenario('pacific-1941.json'));
  const spentBy = (orders: Order[]) => {
    const state = createGame(world, 'play24');
    const clock = oilClock(world, state, 'japan', orders, null);
    const { report } = resolveTurn(world, state, { japan: orders, allies: [] });
    const oil = report.items.find((i) => i.kind === 'economy' && i.side === 'japan' && i.resource === 'oil');
    const spent =
      oil?.kind === 'economy' ? oil.changes.filter((c) => c.amount < 0).reduce((n, c) => n - c.amount, 0) : 0;
    return { clock, spent };
  };

  it('with the pilots in training', () => {
    const { clock, spent } = spentBy([]);
    expect(clock.burn).toBe(spent);
    expect(clock.training).toBeGreaterThan(0);
  });

  it('with an air group ordered (its oil paid on ordering)', () => {
    const { clock, spent } = spentBy([{ type: 'build', item: 'air-group', count: 2 }]);
    expect(clock.burn).toBe(spent);
    expect(clock.builds).toBe(120);
  });
});
