/**
 * The working data of one turn's resolution. `resolveTurn` copies the state
 * first, so the phases may update `ctx.state` in place while the turn as a
 * whole stays a pure function: (state, orders) → (new state, report).
 */
import type { Owner, SideId } from '../scenario/schema';
import type { Legality, Order, TurnOrders } from './orders';
import type { JapaneseIntentions } from './phases/detection';
import type { ReportItem, StockCause, StockChange } from './report';
import type { Rng } from './rng';
import { copyForce, type ForceState, forcePosition, type GameState } from './state';
import type { World } from './world';

export interface LedgerEntry {
  side: SideId;
  resource: string;
  before: number;
  changes: StockChange[];
}

/** The turn's stock changes: one entry per side and resource, in the order first changed. */
export interface Ledger {
  entries: LedgerEntry[];
  /** The same entries by side and resource (every stock change looks its entry up). */
  bySide: Record<SideId, Map<string, LedgerEntry>>;
}

export const newLedger = (): Ledger => ({ entries: [], bySide: { japan: new Map(), allies: new Map() } });

export interface TurnContext {
  world: World;
  state: GameState;
  rng: Rng;
  /** Orders that passed the legality check, in the order given. */
  orders: TurnOrders;
  /** The legality verdict of each accepted order, from the check before the turn. */
  verdicts: Map<Order, Legality>;
  /** Set when an event changed a flag or who holds an area: legality must then be checked again. */
  legalityMayHaveChanged: boolean;
  /** Move orders that got their fuel in the economy phase (force ids). */
  fuelled: Set<string>;
  /** Thousand barrels each oiler flotilla gave ships at sea this turn (oil-burn.ts; reported by phases/oiler-cargo.ts). */
  oilerIssued: Map<string, number>;
  /** Days this turn lasts (rates in the rules are per 30 days). */
  turnDays: number;
  /** Armies that came ashore from the sea this turn (they fight at a penalty). */
  landed: Set<string>;
  /**
   * Armies whose supply fell short in this turn's economy phase, with the percent short
   * (garrison-supply.ts `starveGarrisons`; an army fighting on an enemy-held island fights weaker by it).
   */
  shortOfSupply: Map<string, number>;
  /** Areas where Allied forces waited for the Japanese moves the code-breakers read (set in detection). */
  ambushes: Set<string>;
  /** What the code-breakers read of Japan's orders before the Allies gave theirs (detection.ts), if anything. */
  intel: JapaneseIntentions | null;
  /** Where each force stood when the turn began (a force waiting in position, not arriving). */
  startLocation: (forceId: string) => string | undefined;
  /** Areas at war when the turn began (before its events): a port not in it is struck by surprise. */
  atWarAtStart: (areaId: string) => boolean;
  items: ReportItem[];
  ledger: Ledger;
  /** Forces this turn may change: its own copies and the forces that joined this turn. */
  owned: Set<ForceState>;
  /**
   * Who holds each area, by index in `world.graph` (`state.control` or the area's owner): worked
   * out when first asked (`holders`) and kept up to date by `setHolder`; null until then.
   */
  holderTable: Owner[] | null;
  /** Positions in `state.forces` by side and type (`forcesOf`); null until first asked. */
  forceTable: ForceTable | null;
}

/**
 * Where the side's forces of a type stand in `state.forces` (whatever their status), in the
 * array's order: a pass that wants only those reads `state.forces[at]` for each instead of looking
 * at every force. Made when first asked; forces are only ever appended (`addNewForce` adds them
 * here too) or replaced in place by their own copy, so positions hold for the whole turn.
 */
export function forcesOf(ctx: TurnContext, side: SideId, type: ForceState['type']): readonly number[] {
  if (ctx.forceTable === null) {
    const table = { japan: emptyTypes(), allies: emptyTypes() };
    const { forces } = ctx.state;
    for (let at = 0; at < forces.length; at++) {
      const f = forces[at]!;
      table[f.side][f.type].push(at);
    }
    ctx.forceTable = table;
  }
  return ctx.forceTable[side][type];
}

/** Positions in a list of forces by side and type (`TurnContext.forceTable`). */
export type ForceTable = Record<SideId, Record<ForceState['type'], number[]>>;

/**
 * The table of positions by side and type for a turn that starts from `previous`: a copy of the
 * one the turn that handed `previous` out had made (`keepForceTable`), or null (made when first
 * asked). A force keeps its side, type and position for good, so that table holds for the copy
 * of `previous.forces` the turn starts with.
 */
export function carriedForceTable(world: World, previous: readonly ForceState[]): ForceTable | null {
  const kept = world.memo.forceTables?.get(previous);
  if (kept === undefined) return null;
  return { japan: copyTypes(kept.japan), allies: copyTypes(kept.allies) };
}

function copyTypes(t: Record<ForceState['type'], number[]>): Record<ForceState['type'], number[]> {
  return { ship: t.ship.slice(), flotilla: t.flotilla.slice(), air: t.air.slice(), army: t.army.slice() };
}

/** Keeps the turn's table with the list of forces it hands out, for the next turn (`carriedForceTable`). */
export function keepForceTable(ctx: TurnContext): void {
  if (ctx.forceTable === null) return;
  ctx.world.memo.forceTables ??= new WeakMap();
  ctx.world.memo.forceTables.set(ctx.state.forces, ctx.forceTable);
}

const emptyTypes = (): Record<ForceState['type'], number[]> => ({
  ship: [],
  flotilla: [],
  air: [],
  army: [],
});

/**
 * Who holds each area this turn, by index in `world.graph`: one lookup in `state.control` per
 * area per turn, where passes over every area (the shipping network of each side) asked each time.
 */
export function holders(ctx: TurnContext): readonly Owner[] {
  if (ctx.holderTable === null) {
    const { control } = ctx.state;
    if (Object.isFrozen(control)) {
      // Shared from state to state until an area changes hands: the table is kept with the world
      // by that record (`world.memo.holders`), and this turn takes its own copy (`setHolder` writes it).
      ctx.world.memo.holders ??= new WeakMap();
      const memo = ctx.world.memo.holders;
      let table = memo.get(control);
      if (table === undefined) {
        table = holdersOf(ctx.world, control);
        memo.set(control, table);
      }
      ctx.holderTable = table.slice();
    } else ctx.holderTable = holdersOf(ctx.world, control);
  }
  return ctx.holderTable;
}

function holdersOf(world: World, control: GameState['control']): Owner[] {
  return world.scenario.areas.map((a) => control[a.id] ?? a.owner);
}

/** An area passes to `side`: every change of `state.control` in a turn goes through here. */
export function setHolder(ctx: TurnContext, areaId: string, side: Owner): void {
  // Shared with the previous state while frozen (cloneState): the first change takes a copy.
  if (Object.isFrozen(ctx.state.control)) ctx.state.control = { ...ctx.state.control };
  ctx.state.control[areaId] = side;
  const at = ctx.world.graph.index.get(areaId);
  if (ctx.holderTable !== null && at !== undefined) ctx.holderTable[at] = side;
}

/**
 * The force to change, as this turn's own copy: `ctx.state` shares its forces
 * with the previous state until a rule changes one (see cloneState). Every
 * write to a force goes through here; use the returned object from then on.
 */
export function ownForce<F extends ForceState>(ctx: TurnContext, f: F): F {
  if (ctx.owned.has(f)) return f;
  const at = forcePosition(ctx.state, f.id);
  if (at === undefined || ctx.state.forces[at] !== f) {
    // A list made before the force was copied still holds the old object: reading it would be stale too.
    throw new Error(`engine bug: ${f.id} changed through an out-of-date reference`);
  }
  const copy = copyForce(f) as F;
  ctx.state.forces[at] = copy;
  ctx.owned.add(copy);
  return copy;
}

/** A force joining the game this turn: it is the turn's own to change. */
export function addNewForce(ctx: TurnContext, f: ForceState): void {
  ctx.state.forces.push(f);
  ctx.forceTable?.[f.side][f.type].push(ctx.state.forces.length - 1);
  ctx.owned.add(f);
}

/**
 * Changes a stock, keeping it inside the resource's bounds, and records the
 * change with its cause (as data) for the report. Returns the amount actually applied.
 */
export function adjustStock(
  ctx: TurnContext,
  side: SideId,
  resource: string,
  amount: number,
  cause: StockCause,
): number {
  const def = ctx.world.resources.get(resource);
  if (!def) return 0;
  const stocks = ctx.state.sides[side].stocks;
  const before = stocks[resource] ?? 0;
  const after = withinBounds(def, before + amount);
  const applied = after - before;
  stocks[resource] = after;
  const bySide = ctx.ledger.bySide[side];
  let entry = bySide.get(resource);
  if (!entry) {
    entry = { side, resource, before, changes: [] };
    bySide.set(resource, entry);
    ctx.ledger.entries.push(entry);
  }
  // One event's changes to a stock are one line of the ledger (their sum), as in its report item
  // (events.ts oneLinePerStock): the same cause is not listed twice.
  const last = entry.changes[entry.changes.length - 1];
  if (cause.code === 'event' && last?.cause.code === 'event' && last.cause.event === cause.event) {
    const asked = (last.asked ?? last.amount) + amount;
    const sum = last.amount + applied;
    entry.changes[entry.changes.length - 1] =
      sum !== asked ? { amount: sum, asked, cause } : { amount: sum, cause };
    return applied;
  }
  // Why, as data (words: src/text/stock-text.ts); what was asked, when the bounds held it back.
  entry.changes.push(
    applied !== amount ? { amount: applied, asked: amount, cause } : { amount: applied, cause },
  );
  return applied;
}

/** A stock kept inside its resource's bounds (what `adjustStock` leaves after a change). */
export function withinBounds(def: { min: number; max?: number | undefined }, value: number): number {
  let kept = value;
  if (kept < def.min) kept = def.min;
  if (def.max !== undefined && kept > def.max) kept = def.max;
  return kept;
}

export function movesOf(orders: readonly Order[]) {
  return orders.filter((o): o is Extract<Order, { type: 'move' }> => o.type === 'move');
}

export const enemyOf = (side: SideId): SideId => (side === 'japan' ? 'allies' : 'japan');
