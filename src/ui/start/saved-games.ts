/**
 * The saved games on this computer, on the start screen: one row per game —
 * scenario (and what-if), who plays, turn and date, seed, when it was saved —
 * each with Continue, Export and Delete. Every game keeps its own two
 * autosave slots, so a game started later never replaces an earlier one.
 */
import { turnDate } from '../../engine/index';
import type { SavedGameEntry, SaveGame } from '../../save/index';
import { deleteSavedGame, savedGames } from '../app/autosave';
import { SIDE_CHOICES } from '../app/launch';
import { button, el } from '../kit/dom';
import { downloadText, fileSlug } from '../kit/files';
import { formatDate } from '../kit/format';
import { findListing } from '../scenarios/bundled-scenarios';
import { customScenarios } from '../scenarios/custom-scenarios';

export interface SavedGamesHooks {
  resume(save: SaveGame, id: string): void;
  refresh(notice?: string): void;
}

/** What a row shows, from the save alone (and the scenario's calendar when it is loaded). */
export interface SavedGameSummary {
  title: string;
  side: string;
  turn: string;
  seed: string;
}

export function summarise(save: SaveGame): SavedGameSummary {
  const scenario = [findListing(save.scenario.id), ...customScenarios()].find(
    (s) => s?.loaded.ok && s.loaded.value.meta.id === save.scenario.id,
  );
  const value = scenario?.loaded.ok ? scenario.loaded.value : undefined;
  const turn = save.turns.length + 1;
  const cal = value?.calendar;
  const finished = cal !== undefined && turn > cal.lastTurn;
  const date = cal ? formatDate(turnDate(cal.start, cal.turnLength, Math.min(turn, cal.lastTurn))) : '';
  const title = value?.meta.title ?? save.label.split(' — ')[0] ?? save.scenario.id;
  return {
    title: save.whatIf ? `${title} (what if: ${save.whatIf})` : title,
    side: SIDE_CHOICES.find((c) => c.value === save.launch.side)?.label ?? save.launch.side,
    turn: finished
      ? `finished after ${save.turns.length} turns`
      : `turn ${turn}${cal ? ` of ${cal.lastTurn}` : ''}${date ? `, ${date}` : ''}`,
    seed: save.seed,
  };
}

export function renderSavedGames(hooks: SavedGamesHooks): HTMLElement | null {
  const games = savedGames();
  if (games.length === 0) return null;
  const rows = games.map((g) => row(g, hooks));
  return el('section', { className: 'saved-games', attrs: { 'aria-labelledby': 'saved-games-heading' } }, [
    el('h2', {
      attrs: { id: 'saved-games-heading' },
      text: games.length === 1 ? 'Your saved game' : `Saved games on this computer (${games.length})`,
    }),
    el('p', {
      className: 'hint',
      text: 'Every game saves itself after each turn. A new game is added here; it never replaces another.',
    }),
    el('ul', { className: 'saved-game-list' }, rows),
  ]);
}

function row(entry: SavedGameEntry, hooks: SavedGamesHooks): HTMLElement {
  const { save, id } = entry;
  const s = summarise(save);
  const cont = button('Continue', () => hooks.resume(save, id), {
    className: 'primary',
    label: `Continue: ${save.label}`,
  });
  const exportButton = button(
    'Export',
    () =>
      downloadText(`${fileSlug(save.scenario.id)}-${fileSlug(save.seed)}.save.json`, JSON.stringify(save)),
    { className: 'small', label: `Export: ${save.label}` },
  );
  const actions = el('div', { className: 'saved-game-actions' });
  const normal = () => actions.replaceChildren(cont, exportButton, del);
  // Deleting asks once more, in the row itself: a saved game cannot be brought back.
  const del = button(
    'Delete',
    () => {
      const sure = button(
        'Delete for good',
        () => {
          deleteSavedGame(id);
          hooks.refresh(`Deleted the saved game: ${save.label}.`);
        },
        { className: 'small danger', label: `Delete for good: ${save.label}` },
      );
      const keep = button('Keep it', normal, { className: 'small' });
      actions.replaceChildren(
        el('span', { className: 'confirm-text', text: 'Delete this game?' }),
        sure,
        keep,
      );
      keep.focus();
    },
    { className: 'small', label: `Delete: ${save.label}` },
  );
  normal();
  return el('li', { className: 'saved-game', attrs: { 'data-game': id } }, [
    el('div', { className: 'saved-game-text' }, [
      el('span', { className: 'saved-game-title', text: s.title }),
      el('span', { className: 'saved-game-meta', text: `${s.side} · ${s.turn} · seed ${s.seed}` }),
      el('span', { className: 'hint', text: `Saved ${savedAgo(save.savedAt)}` }),
    ]),
    actions,
  ]);
}

export function savedAgo(iso: string, now = Date.now()): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return 'some time ago';
  const minutes = Math.round((now - t) / 60000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  return `on ${formatDate(iso.slice(0, 10), true)}`;
}
