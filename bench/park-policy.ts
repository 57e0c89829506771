/**
 * play25's student at Midway (midway25): on turn 1 every Allied ship at Pearl Harbor sails to the
 * Midway approaches, on turn 3 the carriers to Midway itself, and nothing else. Not a registered
 * policy: the benches that measure the computer against it (midway-passive.ts, midway-trace.ts) ask
 * for it by the name `park`.
 */
import type { Policy } from '../src/ai/policy';
import { policyByName } from '../src/ai/registry';
import { isCarrier } from '../src/engine/combat-values';
import type { Order } from '../src/engine/index';
import { checkOrder } from '../src/engine/orders';

export const park: Policy = {
  name: 'park',
  description:
    "play25's student: turn 1 the Pearl Harbor ships to Midway approaches, turn 3 the carriers to Midway",
  orders: (w, state, side) => {
    const orders: Order[] = [];
    const ships = state.forces.filter(
      (f) => f.side === side && f.status === 'active' && (f.type === 'ship' || f.type === 'flotilla'),
    );
    const want =
      state.turn === 1
        ? ships.filter((f) => f.location === 'hawaii').map((f) => [f.id, 'midway-approaches'] as const)
        : state.turn === 3
          ? ships.filter((f) => isCarrier(f)).map((f) => [f.id, 'midway'] as const)
          : [];
    for (const [force, to] of want) {
      const order: Order = { type: 'move', force, to };
      if (checkOrder(w, state, side, order, orders).ok) orders.push(order);
    }
    return orders;
  },
};

/** A registered policy by name, or `park`. */
export const benchPolicy = (name: string): Policy | undefined =>
  name === 'park' ? park : policyByName(name);
