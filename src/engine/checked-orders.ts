/**
 * Legality verdicts a computer player already has for the orders it gives,
 * kept with the state it checked them against, so that `resolveTurn` does
 * not check the same orders against the same state a second time (the
 * historical bot checks every planned order to skip those no longer legal;
 * that was half of its time and a tenth of a grand campaign's).
 *
 * Only a speed-up: the verdicts are the ones `checkOrder` gives. An order's
 * verdict depends on the state, the side and the side's orders accepted
 * before it this turn, so a remembered verdict is used only for the same
 * state object, the same world and side, and a list whose orders up to it
 * are the very same objects in the same order (the rest are checked as
 * usual). States are never changed once the engine has handed them out, so
 * the same object means the same state. They are kept with the world
 * (`world.memo.checkedOrders`): no module-level table.
 */
import type { SideId } from '../scenario/schema';
import type { Legality, Order } from './orders';
import type { GameState } from './state';
import type { World } from './world';

export interface CheckedOrders {
  /** The orders accepted, in order (a copy: the caller's list may change afterwards). */
  orders: readonly Order[];
  /** The verdict of each, all legal. */
  verdicts: readonly Legality[];
}

function checkedIn(world: World): WeakMap<GameState, Partial<Record<SideId, CheckedOrders>>> {
  world.memo.checkedOrders ??= new WeakMap();
  return world.memo.checkedOrders;
}

/** Remembers that each of `orders` (in this order) was found legal against `state` with `verdicts`. */
export function rememberVerdicts(
  world: World,
  state: GameState,
  side: SideId,
  orders: readonly Order[],
  verdicts: readonly Legality[],
): void {
  if (orders.length !== verdicts.length || verdicts.some((v) => !v.ok)) return;
  const checked = checkedIn(world);
  const bySide = checked.get(state) ?? {};
  bySide[side] = { orders: orders.slice(), verdicts: verdicts.slice() };
  checked.set(state, bySide);
}

/**
 * The remembered verdicts for the longest start of `orders` that is the remembered list's start
 * (same objects, same order); empty when none.
 */
export function rememberedVerdicts(
  world: World,
  state: GameState,
  side: SideId,
  orders: readonly Order[],
): readonly Legality[] {
  const known = world.memo.checkedOrders?.get(state)?.[side];
  if (!known) return [];
  let n = 0;
  const max = Math.min(orders.length, known.orders.length);
  while (n < max && orders[n] === known.orders[n]) n++;
  return n === known.verdicts.length ? known.verdicts : known.verdicts.slice(0, n);
}
