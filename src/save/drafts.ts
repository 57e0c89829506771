/**
 * The cross-check of a save's drafted orders, after the schema: each order
 * must be one the engine accepts in the rebuilt game, after the side's orders
 * before it (as when it was drafted). A side's draft with an order that fails
 * is dropped with a notice that says why; the rest of the save is kept.
 */
import { checkOrder, type GameState, type Order, SIDE_IDS, type World } from '../engine/index';
import type { Refusal } from '../engine/refusal';
import type { SideId } from '../scenario/schema';
import type { SaveGame } from './schema';

export interface RestoredDrafts {
  japan: Order[];
  allies: Order[];
  /** Hot-seat: sides that had already ended their part of the turn. */
  submitted: SideId[];
}

export interface DraftsCheck {
  /** The drafts to put back on screen, or null when there are none to restore. */
  drafts: RestoredDrafts | null;
  /** Why something drafted was not restored (src/text/save-text.ts words it); null when nothing was dropped. */
  notice: DraftsNotice | null;
}

/** Why drafted orders were left out, as data. */
export type DraftsNotice =
  | { code: 'unreadable' }
  /** The drafts are for a later turn than the saved game's. */
  | { code: 'other-turn'; draftTurn: number; gameTurn: number }
  /** Each side's draft dropped: the first order (0-based) the engine refused, and why. */
  | { code: 'dropped'; dropped: { side: SideId; index: number; refusal: Refusal }[] };

/**
 * The drafts of `save` that may be restored in `state` (the game rebuilt from
 * the save). `humans` are the sides played on this screen: a computer side
 * has no draft. A draft for another turn than the state's is not restored.
 */
export function restoreDrafts(
  world: World,
  state: GameState,
  saved: SaveGame['drafts'],
  humans: readonly SideId[],
  /**
   * The state each side's orders are checked against, if not `state`: under the fog of war, what the
   * side sees (GameSession.orderState), as when the orders were given.
   */
  stateOf: (side: SideId) => GameState = () => state,
): DraftsCheck {
  if (saved === undefined) return { drafts: null, notice: null };
  if ('unreadable' in saved) return { drafts: null, notice: { code: 'unreadable' } };
  if (state.outcome) return { drafts: null, notice: null };
  // A draft for an older turn (its turn was resolved since) is stale: it is quietly left out.
  if (saved.turn < state.turn) return { drafts: null, notice: null };
  if (saved.turn > state.turn)
    return { drafts: null, notice: { code: 'other-turn', draftTurn: saved.turn, gameTurn: state.turn } };
  const drafts: RestoredDrafts = { japan: [], allies: [], submitted: [] };
  const problems: { side: SideId; index: number; refusal: Refusal }[] = [];
  const dropped = new Set<SideId>();
  for (const side of SIDE_IDS) {
    const orders = saved[side];
    if (!humans.includes(side) || orders.length === 0) continue;
    const kept: Order[] = [];
    let refused: { side: SideId; index: number; refusal: Refusal } | null = null;
    for (const [index, order] of orders.entries()) {
      const verdict = checkOrder(world, stateOf(side), side, order, kept);
      if (!verdict.ok) {
        refused = { side, index, refusal: verdict.refusal };
        break;
      }
      kept.push(order);
    }
    if (refused) {
      dropped.add(side);
      problems.push(refused);
    } else drafts[side] = kept;
  }
  // Only a side with a restored draft, in a game of two players on one screen, can have ended its part.
  if (humans.length === 2)
    drafts.submitted = SIDE_IDS.filter((s) => saved.submitted?.includes(s) && !dropped.has(s));
  const empty = drafts.japan.length === 0 && drafts.allies.length === 0 && drafts.submitted.length === 0;
  return {
    drafts: empty ? null : drafts,
    notice: problems.length ? { code: 'dropped', dropped: problems } : null,
  };
}
