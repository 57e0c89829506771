/**
 * The Pearl Harbor sortie's oil is paid once. Since the strike is flown by the
 * carriers a player sails (port-strike.ts), each of them pays its sortie by the
 * oil burn (oil-burn.ts), like any ship that sails; an event that also charged
 * the striking force's month at sea (the Oil Clock's −700, the grand campaign's
 * −350, DESIGN) charged the same sortie twice. Found by the tenth play-through.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, type ReportItem, resolveTurn, type World } from '../../src/engine';
import type { Order } from '../../src/engine/orders';
import { labWorld } from '../support/lab';
import { loadScenario } from '../support/scenarios';

type Economy = Extract<ReportItem, { kind: 'economy' }>;

/** Japan's oil ledger of the first turn after `orders`. */
function oilLedger(world: World, orders: Order[]) {
  const { report } = resolveTurn(world, createGame(world, 'pearl'), { japan: orders, allies: [] });
  const oil = report.items.find(
    (i): i is Economy => i.kind === 'economy' && i.side === 'japan' && i.resource === 'oil',
  );
  if (!oil) throw new Error('no oil ledger for Japan');
  const sum = (code: string) =>
    oil.changes.filter((c) => c.cause.code === code).reduce((n, c) => n + c.amount, 0);
  return { sortie: sum('oil-sortie'), event: sum('event'), change: oil.after - oil.before };
}

describe('the Pearl Harbor sortie is paid once, by the carriers that sail', () => {
  it('lab: a carrier that sails pays its whole sortie in the turn it sails, as a line of the oil ledger', () => {
    const world = labWorld(() => {});
    const still = oilLedger(world, []);
    const sails = oilLedger(world, [{ type: 'move', force: 'akagi', to: 'east-china-sea' }]);
    expect(still.sortie).toBe(0);
    // The lab's fleet carrier costs 50 a sortie (rules.oilPerSortie): nothing else pays for it.
    expect(sails.sortie).toBe(-world.scenario.rules.oilPerSortie['fleet-carrier']!);
    expect(sails.event).toBe(0);
  });

  for (const file of ['oil-clock-1941.json', 'pacific-1941.json']) {
    it(`${file}: deciding on Pearl Harbor costs no oil beyond what the sailing carriers burn`, () => {
      const world = buildWorld(loadScenario(file));
      const carriers = ['akagi', 'kaga', 'soryu', 'hiryu'].filter((id) =>
        world.scenario.forces.some((f) => f.id === id),
      );
      expect(carriers.length).toBe(4);
      const sail: Order[] = carriers.map((force) => ({ type: 'move', force, to: 'north-pacific' }));
      const pearl = oilLedger(world, [{ type: 'choose', choice: 'strike-south-pearl-harbor' }, ...sail]);
      const south = oilLedger(world, [{ type: 'choose', choice: 'strike-south' }, ...sail]);
      // The carriers sailed and paid their sortie either way...
      expect(pearl.sortie).toBeLessThan(0);
      expect(pearl.sortie).toBe(south.sortie);
      // ...and the decision itself charges no oil (before: −700 in the Oil Clock, −350 in the campaign).
      expect(pearl.event).toBe(0);
    });
  }
});
