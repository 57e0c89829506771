/**
 * Whether one of `earlier` (a side's orders accepted before the one checked)
 * already gives `force` a move or a mission: a force gets one order a turn.
 * A list is asked once for each order checked after it, so the forces it
 * orders are kept per list and extended as the list grows (lists of orders are
 * built by appending); the kept orders are compared with the list's start,
 * object by object, so a list changed in any other way is read anew. Orders
 * are data that nobody changes once given.
 */
import type { Order } from './orders';
import type { World } from './world';

/** The forces a list of orders gives an order to, as far as the list has been read. */
export interface SeenOrders {
  orders: Order[];
  forces: Set<string>;
}

/** Lists up to this long are read through: cheaper than keeping a set for them (a WeakMap entry is not cheap). */
const SHORT = 12;

export function hasOrderFor(world: World, earlier: readonly Order[], force: string): boolean {
  if (earlier.length <= SHORT) {
    for (const o of earlier) if ((o.type === 'move' || o.type === 'air') && o.force === force) return true;
    return false;
  }
  // Kept with the world (the rules allow no module-level tables).
  world.memo.seenOrders ??= new WeakMap();
  const seen = world.memo.seenOrders;
  let known = seen.get(earlier);
  if (!known || !startsWith(earlier, known.orders)) {
    known = { orders: [], forces: new Set() };
    seen.set(earlier, known);
  }
  for (let i = known.orders.length; i < earlier.length; i++) {
    const o = earlier[i]!;
    known.orders.push(o);
    if (o.type === 'move' || o.type === 'air') known.forces.add(o.force);
  }
  return known.forces.has(force);
}

function startsWith(list: readonly Order[], start: readonly Order[]): boolean {
  if (start.length > list.length) return false;
  for (let i = 0; i < start.length; i++) if (list[i] !== start[i]) return false;
  return true;
}
