/** Saved games: the format, loading with migrations, and autosave slots that never lose the last good game. */
export { type DraftsCheck, type DraftsNotice, type RestoredDrafts, restoreDrafts } from './drafts';
export {
  deleteGame,
  gamePrefix,
  LEGACY_V1_KEY,
  listSavedGames,
  migrateSingleSave,
  newGameId,
  readGame,
  type SavedGameEntry,
  type StorageList,
  writeGame,
} from './library';
export { loadSaveText, loadSaveValue } from './load';
export { migrateSave } from './migrate';
export { SAVE_VERSION, SavedDrafts, SaveGame } from './schema';
export { readAutosave, type StorageLike, type WriteResult, writeAutosave } from './slots';
