/**
 * The words of what happened to a saved game (src/save gives it as data): a
 * save that could not be written, and drafted orders that could not be
 * restored. Each is a sentence with its full stop.
 */
import { assertNever } from '../engine/assert-never';
import type { DraftsNotice } from '../save/drafts';
import type { WriteResult } from '../save/slots';
import type { SideId } from '../scenario/schema';
import { refusalText } from './refusal-text';

/** Why a save could not be written, and what the player can do. */
export function saveFailedText(r: Extract<WriteResult, { ok: false }>): string {
  if (r.why === 'no-storage')
    return 'This browser keeps no storage for this page (private mode?): the game is not saved.';
  const why = r.why === 'storage-full' ? 'the browser storage is full' : 'the browser refused to store it';
  const said = r.hadSave
    ? `This turn could not be saved (${why}). The previous save is still there; use Export save to keep a copy.`
    : `This game could not be saved (${why}); use Export save to keep a copy.`;
  return r.why === 'storage-full' && r.inLibrary
    ? `${said} Delete saved games you no longer need (start screen, Saved games) to make room.`
    : said;
}

/** Why drafted orders in a save were left out (side names from the scenario). */
export function draftsNoticeText(
  n: DraftsNotice,
  names: { sides: Record<SideId, { name: string }> },
): string {
  switch (n.code) {
    case 'unreadable':
      return 'The orders being drafted in this save could not be read, so they were left out.';
    case 'other-turn':
      return `The orders drafted in this save are for turn ${n.draftTurn}, but the saved game is at turn ${n.gameTurn}, so they were left out.`;
    case 'dropped': {
      const each = n.dropped.map(
        (d) =>
          `${names.sides[d.side].name}'s draft was dropped (order ${d.index + 1}: ${refusalText(d.refusal)})`,
      );
      return `Some orders drafted before the save could not be restored: ${each.join('; ')}.`;
    }
    default:
      return assertNever(n);
  }
}
