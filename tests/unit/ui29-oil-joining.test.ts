/**
 * ui29 (play25 §4.4): the oil forecast burns the ships that join the side this turn. A ship that
 * arrives on the historical schedule, or a build whose time is up, joins before the economy phase
 * and burns its idle oil that month; the forecast (the Oil tile) left it out and was short by it
 * (the Oil Clock, September and October 1941: Shōkaku's and Zuikaku's 12).
 */
import { describe, expect, it } from 'vitest';
import { forecastOil, type GameState, idleOil, resolveTurn, type World } from '../../src/engine/index';
import { deepFreeze } from '../support/deep-freeze';
import { labBuildable, labWorld, startWith } from '../support/lab';

const shokaku = {
  id: 'shokaku',
  name: 'Shōkaku',
  side: 'japan',
  type: 'ship',
  class: 'fleet-carrier',
  location: 'home-islands',
  aircraft: 72,
  experience: 80,
};

/** What the turn's oil ledger burned from the home stock by ships idle. */
function idleBurned(world: World, state: GameState): number {
  const { report } = resolveTurn(world, state, { japan: [], allies: [] });
  const line = report.items.find((i) => i.kind === 'economy' && i.side === 'japan' && i.resource === 'oil');
  if (line?.kind !== 'economy') throw new Error('no oil line');
  return -line.changes.filter((c) => c.cause.code === 'oil-idle').reduce((n, c) => n + c.amount, 0);
}

describe('ui29: the oil forecast and the ships joining this turn', () => {
  it('burns a scheduled reinforcement arriving this turn, as the turn does', () => {
    const world = labWorld((s) => {
      s.reinforcements.push({ date: s.calendar.start, force: shokaku });
    });
    const state = deepFreeze(startWith(world, 'ui29-r'));
    expect(state.forces.some((f) => f.id === 'shokaku')).toBe(false);
    const f = forecastOil(world, state, 'japan', []);
    const burned = idleBurned(world, state);
    const without = forecastOil(world, { ...state, date: '1941-12-01' }, 'japan', []);
    expect(f.idle - without.idle).toBe(
      idleOil(world, { ...state.forces.find((x) => x.id === 'akagi')!, id: 'shokaku' }),
    );
    expect(f.idle).toBe(burned);
  });

  it('does not burn a reinforcement due later, nor one already arrived', () => {
    const world = labWorld((s) => {
      s.reinforcements.push({ date: '1942-02-01', force: shokaku });
    });
    const state = deepFreeze(startWith(world, 'ui29-l'));
    expect(forecastOil(world, state, 'japan', []).idle).toBe(idleBurned(world, state));
    // February: she arrives as the turn is played; then she is in the state and counted once.
    const next = resolveTurn(world, state, { japan: [], allies: [] }).state;
    expect(next.forces.some((f) => f.id === 'shokaku')).toBe(false);
    expect(forecastOil(world, next, 'japan', []).idle).toBe(idleBurned(world, next));
    const after = resolveTurn(world, next, { japan: [], allies: [] }).state;
    expect(after.forces.some((f) => f.id === 'shokaku')).toBe(true);
    expect(forecastOil(world, after, 'japan', []).idle).toBe(idleBurned(world, after));
  });

  it('burns a built ship that joins this turn, as the turn does', () => {
    const world = labWorld((s) => {
      s.buildables = [{ ...labBuildable('carrier', 'Carrier', 10, 1, {}), force: shokaku }];
    });
    const state = deepFreeze(
      startWith(world, 'ui29-b', (s) => {
        s.queue = [{ side: 'japan', item: 'carrier', ready: s.turn }];
      }),
    );
    const f = forecastOil(world, state, 'japan', []);
    const without = forecastOil(world, { ...state, queue: [] }, 'japan', []);
    expect(f.idle).toBeGreaterThan(without.idle);
    expect(f.idle).toBe(idleBurned(world, state));
  });
});
