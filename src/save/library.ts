/**
 * Saved games on a shared computer: every game has its own id and its own
 * pair of autosave slots (`price-of-victory.game.<id>.a` / `.b`), so a new
 * game never overwrites another and a failed write still leaves that game's
 * last good save (slots.ts). The list is read from the storage's keys, so it
 * cannot fall out of step with the games it names. The single autosave of
 * earlier versions (`price-of-victory.save.a/b`) becomes one game of the list.
 */
import { loadSaveText } from './load';
import type { SaveGame } from './schema';
import { PREFIX, readAutosave, SLOTS, type StorageLike, type WriteResult, writeAutosave } from './slots';

/** The Web Storage calls the list needs besides get and set (localStorage has them all). */
export interface StorageList extends StorageLike {
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

const GAME_PREFIX = 'price-of-victory.game.';
const GAME_KEY = /^price-of-victory\.game\.([a-z0-9-]{1,40})\.[ab]$/;
/** Where the very first browser autosave lived (one key, save format 1). */
export const LEGACY_V1_KEY = 'price-of-victory.autosave.v1';

export interface SavedGameEntry {
  id: string;
  save: SaveGame;
}

export function gamePrefix(id: string): string {
  return `${GAME_PREFIX}${id}`;
}

/** A new game's id: the time and a random part, so two games started in the same second differ. */
export function newGameId(now: number, random: () => number): string {
  const rand = Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `g${now.toString(36)}-${rand}`;
}

/** Every saved game (its newest intact slot), the most recently saved first. */
export function listSavedGames(storage: StorageList | null): SavedGameEntry[] {
  if (!storage) return [];
  const ids = new Set<string>();
  try {
    for (let i = 0; i < storage.length; i++) {
      const id = GAME_KEY.exec(storage.key(i) ?? '')?.[1];
      if (id) ids.add(id);
    }
  } catch {
    return [];
  }
  const games: SavedGameEntry[] = [];
  for (const id of ids) {
    const save = readAutosave(storage, gamePrefix(id));
    if (save) games.push({ id, save });
  }
  return games.sort((a, b) => savedTime(b.save) - savedTime(a.save) || a.id.localeCompare(b.id));
}

function savedTime(save: SaveGame): number {
  const t = Date.parse(save.savedAt);
  return Number.isNaN(t) ? 0 : t;
}

export function readGame(storage: StorageList | null, id: string): SaveGame | null {
  return readAutosave(storage, gamePrefix(id));
}

/** Saves a game in its own two slots (see writeAutosave: a failed write keeps the last good save). */
export function writeGame(storage: StorageLike | null, id: string, save: SaveGame): WriteResult {
  const result = writeAutosave(storage, save, gamePrefix(id));
  return result.ok ? result : { ...result, inLibrary: true };
}

export function deleteGame(storage: StorageList | null, id: string): void {
  if (!storage) return;
  for (const slot of SLOTS) {
    try {
      storage.removeItem(`${gamePrefix(id)}.${slot}`);
    } catch {
      // Nothing more can be done; the game stays listed.
    }
  }
}

/**
 * Moves the single autosave of earlier versions (two slots, or the first
 * format's one key) into the list as a game of its own. The old keys are
 * removed only once the game is safely written, so nobody loses a game; if
 * the write fails they are tried again next time.
 */
export function migrateSingleSave(storage: StorageList | null, id: string): string | null {
  if (!storage) return null;
  let save = readAutosave(storage, PREFIX);
  let legacy: string | null = null;
  if (!save) {
    try {
      legacy = storage.getItem(LEGACY_V1_KEY);
    } catch {
      return null;
    }
    if (!legacy) return null;
    const migrated = loadSaveText(legacy);
    if (!migrated.ok) return null;
    save = migrated.value;
  }
  if (!writeGame(storage, id, save).ok) return null;
  try {
    for (const slot of SLOTS) storage.removeItem(`${PREFIX}.${slot}`);
    storage.removeItem(LEGACY_V1_KEY);
  } catch {
    // The game is in the list; an old key left over is read again and moved again at worst.
  }
  return id;
}
