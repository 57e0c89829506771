/**
 * The commander's order book for one turn: every order goes through the
 * engine's own legality check (checkOrder) before it is written down, so new
 * rules (escorts, sea control, air missions) are respected without the
 * commander knowing them; every force ordered is listed in the operation it
 * serves, so the intent always matches the orders.
 *
 * A move also goes through the engine's own oil burn (`planOilBurn`, the rule the economy phase
 * carries out): checkOrder passes a sortie the tanks cannot fuel (oil is burned later in the
 * turn), and the twenty-first play session saw a Japan without oil in the Road to Tokyo have its
 * orders refused "not enough oil" turn after turn. A move the burn would refuse, with the orders
 * written before it and the oil held now, is refused here too: the commander gives another order
 * or none.
 */
import { checkOrder, type GameState, type Legality, type Order, type World } from '../../engine/index';
import { fuelSorties, type MoveToFuel, oilersOf, rationingOrdered } from '../../engine/oil-forecast';
import { refuse } from '../../engine/refusal';
import { OIL } from '../../scenario/resource-ids';
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
  /** The move orders written, in order, with what their verdicts say the oil burn needs. */
  readonly moves: MoveToFuel[];
}

export function newBook(world: World, state: GameState, side: SideId): Book {
  return { world, state, side, orders: [], operations: [], busy: new Set(), moves: [] };
}

/** Writes `order` down if it is legal after the orders already written; the legality verdict. */
export function tryOrder(book: Book, order: Order): Legality {
  const verdict = wouldBeLegal(book, order);
  if (!verdict.ok) return verdict;
  book.orders.push(order);
  if (order.type === 'move') {
    book.busy.add(order.force);
    book.moves.push(toFuel(order, verdict));
  }
  return verdict;
}

/** Whether `order` would be legal now (and a move fuelled), without writing it down. */
export function wouldBeLegal(book: Book, order: Order): Legality {
  if (order.type === 'move' && book.busy.has(order.force))
    return refuse({ code: 'has-order', who: order.force });
  const verdict = checkOrder(book.world, book.state, book.side, order, book.orders);
  if (!verdict.ok || order.type !== 'move') return verdict;
  return unfuelled(book, toFuel(order, verdict)) ?? verdict;
}

function toFuel(order: Extract<Order, { type: 'move' }>, verdict: Legality): MoveToFuel {
  return { order, bySea: verdict.ok ? (verdict.bySea ?? false) : false, fromOilers: oilersOf(verdict) };
}

/**
 * The refusal the engine's oil burn gives `move` after the moves already written, from the oil
 * held now (before this turn's deliveries: what the player's own forecast shows), or null if it
 * is fuelled.
 */
function unfuelled(book: Book, move: MoveToFuel): Legality | null {
  const { world, state, side } = book;
  const stock = state.sides[side].stocks[OIL] ?? 0;
  // The sorties alone: the idle burn after them cannot refuse one (`fuelSorties`).
  const sorties = fuelSorties(world, state, side, [...book.moves, move], stock, {
    rationing: rationingOrdered(book.orders),
  });
  const last = sorties.at(-1);
  return last && last.order === move.order && !last.fuelled ? refuse(last.refusal) : null;
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

/** Where the book stands (`undoTo` returns to it): the orders and moves written, the forces tasked. */
export interface BookMark {
  orders: number;
  moves: number;
  busy: ReadonlySet<string>;
}

export function markBook(book: Book): BookMark {
  return { orders: book.orders.length, moves: book.moves.length, busy: new Set(book.busy) };
}

/**
 * Takes back the orders written and the tasks given since `mark` (an operation that could not be
 * carried out whole: a force that would sail short of the strength it needs, naval-operations.ts).
 */
export function undoTo(book: Book, mark: BookMark): void {
  book.orders.splice(mark.orders);
  book.moves.splice(mark.moves);
  for (const id of [...book.busy]) if (!mark.busy.has(id)) book.busy.delete(id);
}
