/**
 * The route the board draws for a move is one the order check allows: it
 * starts where the force is, ends where it goes, follows the map's
 * connections, passes only areas the force may pass, and is as long as the
 * distance the check measured.
 */
import { describe, expect, it } from 'vitest';
import { historicalOrders } from '../../src/ai/historical';
import { buildWorld, checkOrder, createGame, moveRoute, resolveTurn, SIDE_IDS } from '../../src/engine';
import { loadScenario } from '../support/scenarios';

const world = buildWorld(loadScenario('pacific-1941.json'));

describe('move routes', () => {
  it('follow the connections through areas the force may pass, as long as the checked distance', () => {
    let state = createGame(world, 'routes');
    let checked = 0;
    const kinds = new Set<string>();
    for (let turn = 1; turn <= 30 && !state.outcome; turn++) {
      const orders = {
        japan: historicalOrders(world, state, 'japan'),
        allies: historicalOrders(world, state, 'allies'),
      };
      for (const side of SIDE_IDS) {
        for (const order of orders[side]) {
          if (order.type !== 'move') continue;
          const verdict = checkOrder(world, state, side, order);
          const force = state.forces.find((f) => f.id === order.force)!;
          const route = moveRoute(world, state, side, order);
          if (!verdict.ok) {
            expect(route).toBeNull();
            continue;
          }
          expect(route?.[0]).toBe(force.location);
          expect(route?.at(-1)).toBe(order.to);
          let length = 0;
          for (let i = 1; i < route!.length; i++) {
            const step = world.neighbours.get(route![i - 1]!)?.find((n) => n.area === route![i]);
            expect(step, `${route![i - 1]} → ${route![i]} is a connection`).toBeDefined();
            length += step!.distance;
          }
          expect(length).toBe(verdict.distance);
          const between = route!.slice(1, -1).map((id) => world.areas.get(id)!);
          const owner = (id: string) => state.control[id] ?? world.areas.get(id)!.owner;
          if (force.type === 'ship' || force.type === 'flotilla')
            expect(between.every((a) => a.kind === 'sea')).toBe(true);
          if (force.type === 'army' && !verdict.bySea)
            expect(between.every((a) => a.kind !== 'sea' && owner(a.id) === side)).toBe(true);
          if (force.type === 'army' && verdict.bySea)
            expect(between.every((a) => a.kind === 'sea' || owner(a.id) === side)).toBe(true);
          kinds.add(force.type === 'army' ? `army-${verdict.bySea ? 'sea' : 'land'}` : force.type);
          checked++;
        }
      }
      state = resolveTurn(world, state, orders).state;
    }
    expect(checked).toBeGreaterThan(50);
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining(['air', 'army-land', 'army-sea', 'flotilla', 'ship']),
    );
  });

  it('is null for an order the check refuses', () => {
    const state = createGame(world, 'refused');
    expect(moveRoute(world, state, 'japan', { type: 'move', force: 'akagi', to: 'west-china' })).toBeNull();
    expect(moveRoute(world, state, 'allies', { type: 'move', force: 'akagi', to: 'marianas' })).toBeNull();
  });
});
