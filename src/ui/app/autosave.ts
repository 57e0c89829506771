/**
 * The autosave: after every turn the game is written to this browser's
 * storage in the save format of `src/save` — the scenario's identity (and,
 * for a scenario from a file or a link, its text), the what-if if the game
 * is a counterfactual, the seed, the players and
 * the orders of every turn (never the state: the engine rebuilds it exactly),
 * and the orders being drafted this turn, so a reload mid-turn loses none.
 * Every game has its own id and its own two alternating slots (save/library.ts),
 * so a new game never overwrites another, and a write that fails (storage
 * full, private mode) is reported, never thrown, and leaves that game's last
 * good save. The single autosave of earlier versions is moved into the list.
 */

import type { Order } from '../../engine/index';
import {
  deleteGame,
  listSavedGames,
  migrateSingleSave,
  newGameId,
  type RestoredDrafts,
  SAVE_VERSION,
  type SavedDrafts,
  type SavedGameEntry,
  type SaveGame,
  type StorageList,
  writeGame,
} from '../../save/index';
import type { SideId } from '../../scenario/schema';
import { saveFailedText } from '../../text/save-text';
import type { GameSession } from '../game/session';
import { hashOf, textToEmbed } from '../scenarios/custom-scenarios';
import type { LaunchOptions } from './launch';

export type Autosave = SaveGame;
export type SaveResult = { ok: true } | { ok: false; message: string };

/** localStorage, or null where the browser refuses it (private mode, blocked storage). */
export function browserStorage(): StorageList | null {
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The orders being drafted, as the screen keeps them: each side's, and the hot-seat sides that ended their part. */
export interface DraftsNow {
  japan: readonly Order[];
  allies: readonly Order[];
  submitted: readonly SideId[];
}

/** The drafts field of a save for the current turn, or undefined when nothing is drafted. */
function draftsField(session: GameSession, drafts: DraftsNow | undefined): SavedDrafts | undefined {
  if (!drafts || session.over) return undefined;
  if (drafts.japan.length === 0 && drafts.allies.length === 0 && drafts.submitted.length === 0)
    return undefined;
  return {
    turn: session.state.turn,
    japan: [...drafts.japan],
    allies: [...drafts.allies],
    ...(drafts.submitted.length ? { submitted: [...drafts.submitted] } : {}),
  };
}

/** The game as a save (also what Export save writes), with the orders being drafted if given. */
export function saveOf(
  session: GameSession,
  launch: LaunchOptions,
  label: string,
  drafts?: DraftsNow,
): SaveGame {
  const pending = draftsField(session, drafts);
  // The hash is the scenario played (with the what-if); the text, if any, the file it was made from.
  const scenario = session.world.scenario;
  const text = textToEmbed(session.base);
  return {
    saveVersion: SAVE_VERSION,
    scenario: { id: scenario.meta.id, hash: hashOf(scenario), ...(text !== undefined ? { text } : {}) },
    ...(session.whatIf ? { whatIf: session.whatIf.id } : {}),
    seed: session.seed,
    players: { ...session.players },
    launch: { side: launch.side, difficulty: launch.difficulty, fog: launch.fog === true },
    label,
    savedAt: new Date().toISOString(),
    turns: session.turns.map((t) => ({ orders: t.orders, hash: t.hash })),
    ...(pending ? { drafts: pending } : {}),
  };
}

/** Each game's id in the list of saved games: given on its first save, or the id it was continued from. */
const gameIds = new WeakMap<GameSession, string>();

/** A continued game goes on saving in the slots of the game it was continued from. */
export function rememberGameId(session: GameSession, id: string): void {
  gameIds.set(session, id);
}

export function gameIdOf(session: GameSession): string {
  let id = gameIds.get(session);
  if (!id) {
    id = newGameId(Date.now(), Math.random);
    gameIds.set(session, id);
  }
  return id;
}

/** Saves the game in its own slots: a new game is added to the list, never written over another. */
export function saveGame(
  session: GameSession,
  launch: LaunchOptions,
  label: string,
  drafts?: DraftsNow,
): SaveResult {
  const result = writeGame(browserStorage(), gameIdOf(session), saveOf(session, launch, label, drafts));
  return result.ok ? { ok: true } : { ok: false, message: saveFailedText(result) };
}

/** Every saved game, the most recent first (moving the single save of earlier versions into the list). */
export function savedGames(): SavedGameEntry[] {
  const storage = browserStorage();
  migrateSingleSave(storage, newGameId(Date.now(), Math.random));
  return listSavedGames(storage);
}

export function deleteSavedGame(id: string): void {
  deleteGame(browserStorage(), id);
}

/** The most recently saved game, or null. */
export function readAutosave(): Autosave | null {
  return savedGames()[0]?.save ?? null;
}

/** What a resumed game brings back besides its turns: the drafts still valid, and why any were left out. */
export interface Restored {
  drafts: RestoredDrafts | null;
  notice: string | null;
}
