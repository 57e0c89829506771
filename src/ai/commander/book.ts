/**
 * The commander's order book for one turn: every order goes through the
 * engine's own legality check (checkOrder) before it is written down, so new
 * rules (escorts, sea control, air missions) are respected without the
 * commander knowing them; every force ordered is listed in the operation it
 * serves, so the intent always matches the orders.
 */
import { checkOrder, type GameState, type Order, type World } from '../../engine/index';
import { refuse } from '../../engine/refusal';
import type { SideId } from '../../scenario/schema';
import type { Operation, OperationKind, OperationReason } from '../intent';

export interface Book {
  readonly world: World;
  readonly state: GameState;
  readonly side: SideId;
  readonly orders: Order[];
  readonly operations: Operation[];
  /** Forces that have an order (or a task) this turn. */
  readonly busy: Set<string>;
}

export function newBook(world: World, state: GameState, side: SideId): Book {
  return { world, state, side, orders: [], operations: [], busy: new Set() };
}

/** Writes `order` down if it is legal after the orders already written; the legality verdict. */
export function tryOrder(book: Book, order: Order): ReturnType<typeof checkOrder> {
  if (order.type === 'move' && book.busy.has(order.force))
    return refuse({ code: 'has-order', who: order.force });
  const verdict = checkOrder(book.world, book.state, book.side, order, book.orders);
  if (!verdict.ok) return verdict;
  book.orders.push(order);
  if (order.type === 'move') book.busy.add(order.force);
  return verdict;
}

/** Whether `order` would be legal now, without writing it down. */
export function wouldBeLegal(book: Book, order: Order): ReturnType<typeof checkOrder> {
  if (order.type === 'move' && book.busy.has(order.force))
    return refuse({ code: 'has-order', who: order.force });
  return checkOrder(book.world, book.state, book.side, order, book.orders);
}

/** Records an operation (at most 60 a turn, as the intent's schema allows; the rest are merged into the last). */
export function addOperation(
  book: Book,
  kind: OperationKind,
  reason: OperationReason,
  forces: readonly string[],
  target?: string,
  numbers?: Record<string, number>,
  /** Where the forces gather for the target (the campaign drive's staging area, drive.ts). */
  staging?: string,
): void {
  const op: Operation = { kind, reason, forces: [...new Set(forces)].slice(0, 400) };
  if (target !== undefined) op.target = target;
  if (staging !== undefined) op.staging = staging;
  if (numbers) {
    const ints: Record<string, number> = {};
    for (const [k, v] of Object.entries(numbers)) if (Number.isFinite(v)) ints[k] = Math.round(v);
    op.numbers = ints;
  }
  if (book.operations.length < 60) book.operations.push(op);
  else {
    const last = book.operations.at(-1)!;
    last.forces = [...new Set([...last.forces, ...op.forces])].slice(0, 400);
  }
}
