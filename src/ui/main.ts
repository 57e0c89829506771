/**
 * The browser entry: the start screen, or — with `?scenario=…` in the
 * address — straight into that game. The game screen (with Phaser) is loaded
 * only when a game starts, so the start screen appears at once.
 */
import './zod-setup';
import './style.css';
import { type Autosave, readAutosave, resume } from './autosave';
import { findScenario } from './bundled-scenarios';
import { showHandover } from './dialogs';
import { el } from './dom';
import { type LaunchOptions, optionsFromUrl, playersFor } from './launch';
import { showProblems } from './problems-view';
import { GameSession } from './session';
import { renderStartScreen } from './start-screen';

const root = document.getElementById('app') ?? document.body;
let current: { destroy(): void } | null = null;

function showStart(notice?: string) {
  current?.destroy();
  current = null;
  // Back to a plain address, so reloading shows the start screen (and Continue), never a fresh game.
  if (window.location.search) history.replaceState(null, '', window.location.pathname);
  document.title = 'Price of Victory';
  const screen = el('main', { className: 'start-screen', attrs: { id: 'start-screen' } });
  root.replaceChildren(screen);
  renderStartScreen(screen, { start: (o) => void startNew(o), resume: (s) => void resumeSaved(s) }, notice);
}

async function startNew(options: LaunchOptions) {
  const bundled = findScenario(options.scenario);
  if (!bundled) return showStart(`There is no scenario called “${options.scenario}”. Choose one below.`);
  if (!bundled.loaded.ok) {
    return showProblems(
      `The scenario “${options.scenario}” has problems`,
      bundled.loaded.problems,
      'Fix the file at the places listed, then reload the page.',
    );
  }
  const session = new GameSession(
    bundled.loaded.value,
    options.seed,
    playersFor(options.side, options.difficulty),
  );
  await openGame(session, { ...options, scenario: bundled.file });
}

async function resumeSaved(save: Autosave) {
  const result = resume(save);
  if (!result.ok) return showStart(result.message);
  await openGame(result.session, result.launch);
}

async function openGame(session: GameSession, launch: LaunchOptions) {
  current?.destroy();
  const { GameScreen } = await import('./game-screen');
  const screen = new GameScreen(root, session, launch, () => showStart());
  current = screen;
  screen.start();
}

function boot() {
  const { options, problems } = optionsFromUrl(window.location.search);
  if (!options) return showStart();
  if (problems.length) return showStart(`The link could not be used: ${problems.join('; ')}.`);
  // A link to the game that is already saved with progress: ask before starting it again from turn 1.
  const save = readAutosave();
  const bundled = findScenario(options.scenario);
  if (
    save &&
    save.turns.length > 0 &&
    bundled?.id === save.scenario.id &&
    save.seed === options.seed &&
    save.launch.side === options.side
  ) {
    showStart();
    showHandover(
      'You have already played this game',
      [`Saved: ${save.label}.`, 'Continue where you stopped, or start it again from the first turn?'],
      'Continue the saved game',
      () => void resumeSaved(save),
    );
    const dialog = document.getElementById('overlay');
    dialog?.append(
      el('button', {
        text: 'Start again from turn 1',
        className: 'secondary',
        attrs: { type: 'button', 'data-action': 'restart' },
      }),
    );
    dialog?.querySelector('[data-action="restart"]')?.addEventListener('click', () => {
      (dialog as HTMLDialogElement).close();
      document.body.classList.remove('covered');
      void startNew(options);
    });
    return;
  }
  void startNew(options);
}

try {
  boot();
} catch (err) {
  console.error(err);
  showProblems('The game could not start', [
    { path: 'error', message: err instanceof Error ? err.message : String(err) },
  ]);
}
