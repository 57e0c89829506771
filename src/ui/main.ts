/**
 * The browser entry: the start screen, or — with `?scenario=…` in the
 * address — straight into that game. The game screen (with Phaser) is loaded
 * only when a game starts, so the start screen appears at once.
 */
import './zod-setup';
import './style.css';
import './classroom.css';
import type { Replay } from '../replay/index';
import { replayFromFragment } from '../replay/index';
import { type Autosave, type Restored, resume, savedGames } from './autosave';
import { onClassroomRequest } from './classroom-events';
import { addCustomScenario, findAnyScenario, isUrl, scenarioFor } from './custom-scenarios';
import { showHandover } from './dialogs';
import { el } from './dom';
import { type LaunchOptions, optionsFromUrl, playersFor } from './launch';
import { showProblems } from './problems-view';
import { registerOffline } from './pwa';
import { fetchScenarioText } from './remote-scenario';
import { hasScenarioFragment, scenarioFromFragment } from './scenario-link';
import { GameSession } from './session';
import { renderStartScreen } from './start-screen';
import { findWhatIf } from './what-ifs';

const root = document.getElementById('app') ?? document.body;
let current: { destroy(): void } | null = null;

function showStart(notice?: string) {
  current?.destroy();
  current = null;
  // Back to a plain address, so reloading shows the start screen (and Continue), never a fresh game.
  if (window.location.search || window.location.hash)
    history.replaceState(null, '', window.location.pathname);
  document.title = 'Price of Victory';
  const screen = el('main', { className: 'start-screen', attrs: { id: 'start-screen' } });
  root.replaceChildren(screen);
  renderStartScreen(
    screen,
    {
      start: (o) => void startNew(o),
      resume: (s, id) => void resumeSaved(s, id),
      refresh: (n) => showStart(n),
      openReplay: (r) => void openReplay(r),
      compare: (a, b) => void openCompare(a, b),
      classResults: () => void openClassResults(),
    },
    notice,
  );
}

/** The replay viewer (loaded only when needed). */
async function openReplay(replay: Replay, turn?: number) {
  const found = scenarioFor(replay.scenario.id, replay.scenario.hash, undefined, replay.whatIf);
  if (!found.ok) return showStart(`The replay cannot be shown. ${found.message.replace('This game', 'It')}`);
  current?.destroy();
  const { ReplayViewer } = await import('./replay-viewer');
  const screen = new ReplayViewer(root, found.base, replay, {
    back: () => showStart(),
    play: (session, launch) => void openGame(session, launch),
  });
  current = screen;
  screen.start(turn);
}

/** Class results: a class's replays checked and compared (loaded only when needed). */
async function openClassResults() {
  current?.destroy();
  const { ClassResultsPage } = await import('./class-results');
  const page = new ClassResultsPage(root, { back: () => showStart() });
  current = page;
  page.start();
}

async function openCompare(a: Replay, b: Replay) {
  if (a.scenario.hash !== b.scenario.hash && a.scenario.id === b.scenario.id && a.whatIf !== b.whatIf) {
    const name = (r: Replay) => (r.whatIf ? `the what-if “${r.whatIf}”` : 'history');
    return showStart(
      `These two replays were played in different versions of the war (${name(a)} and ${name(b)}): only games of the same scenario and what-if can be compared.`,
    );
  }
  if (a.scenario.hash !== b.scenario.hash) {
    return showStart(
      `These two replays were played with different scenarios (${a.scenario.id} and ${b.scenario.id}, or two versions of one): only games of the same scenario can be compared.`,
    );
  }
  const found = scenarioFor(a.scenario.id, a.scenario.hash, undefined, a.whatIf);
  if (!found.ok)
    return showStart(`The replays cannot be compared. ${found.message.replace('This game', 'They')}`);
  current?.destroy();
  const { CompareView } = await import('./compare-view');
  const screen = new CompareView(root, found.scenario, a, b, { back: () => showStart() });
  current = screen;
  screen.start();
}

onClassroomRequest((request) => {
  if (request.kind === 'view-replay') void openReplay(request.replay, request.turn);
  else void openCompare(request.a, request.b);
});

async function startNew(options: LaunchOptions) {
  const bundled = findAnyScenario(options.scenario);
  if (!bundled) return showStart(`There is no scenario called “${options.scenario}”. Choose one below.`);
  if (!bundled.loaded.ok) {
    return showProblems(
      `The scenario “${options.scenario}” has problems`,
      bundled.loaded.problems,
      'Fix the file at the places listed, then reload the page.',
    );
  }
  const scenario = bundled.loaded.value;
  if (options.whatIf !== undefined) {
    const found = findWhatIf(scenario, options.whatIf);
    if (!found.ok) {
      return showStart(
        `The link could not be used: ${found.message}. Choose a what-if (or history) on the start screen.`,
      );
    }
  }
  const session = new GameSession(
    scenario,
    options.seed,
    playersFor(options.side, options.difficulty),
    options.whatIf,
  );
  await openGame(session, { ...options, scenario: bundled.file });
}

async function resumeSaved(save: Autosave, id?: string) {
  const result = resume(save, id);
  if (!result.ok) return showStart(result.message);
  await openGame(result.session, result.launch, { drafts: result.drafts, notice: result.notice });
}

async function openGame(session: GameSession, launch: LaunchOptions, restored?: Restored) {
  current?.destroy();
  const { GameScreen } = await import('./game-screen');
  const screen = new GameScreen(root, session, launch, () => showStart(), restored);
  current = screen;
  screen.start();
}

/** `?scenario=https://…`: fetches the scenario, checks it, and starts it like a bundled one. */
async function startRemote(options: LaunchOptions) {
  showStart(`Loading the scenario from ${options.scenario}…`);
  const fetched = await fetchScenarioText(options.scenario);
  if (!fetched.ok) return showStart(`The scenario in the link could not be loaded. ${fetched.message}`);
  const added = addCustomScenario(fetched.text, options.scenario);
  if (!added.ok) {
    return showProblems(
      `The scenario at ${options.scenario} has problems`,
      added.problems,
      'Each line says where in the file (the path) and what is wrong. Fix the file at that address, then open the link again.',
    );
  }
  await startNew({ ...options, scenario: added.scenario.file });
}

/** A class link with the scenario inside it (`#scenario=…`): kept like a loaded file, then started. */
async function startFromLinkScenario(options: LaunchOptions) {
  const unpacked = scenarioFromFragment(window.location.hash);
  if (!unpacked.ok) return showStart(`The scenario in the link could not be read: ${unpacked.message}.`);
  const added = addCustomScenario(unpacked.text, 'a class link', { keep: true });
  if (!added.ok) {
    return showProblems(
      'The scenario in the link has problems',
      added.problems,
      'Each line says where in the file (the path) and what is wrong. Ask for a link made from a corrected file.',
    );
  }
  startOrOfferContinue({ ...options, scenario: added.scenario.file });
}

function boot() {
  if (window.location.hash.startsWith('#replay=')) {
    const loaded = replayFromFragment(window.location.hash);
    if (!loaded.ok) {
      return showStart(
        `The replay link could not be opened: ${loaded.problems.map((p) => `${p.path} ${p.message}`).join('; ')}.`,
      );
    }
    return void openReplay(loaded.value);
  }
  const { options, problems } = optionsFromUrl(window.location.search);
  if (!options) return showStart();
  if (!problems.length && hasScenarioFragment(window.location.hash))
    return void startFromLinkScenario(options);
  if (!problems.length && options.scenario.startsWith('file:') && !findAnyScenario(options.scenario)) {
    return showStart(
      `This link is for the scenario “${options.scenario.slice(5)}”, loaded from a file that is not on this computer. Load its file with Load scenario below (your teacher has it), then open the link again.`,
    );
  }
  if (!problems.length && isUrl(options.scenario)) return void startRemote(options);
  if (problems.length) return showStart(`The link could not be used: ${problems.join('; ')}.`);
  startOrOfferContinue(options);
}

/** A link to a game that is already saved with progress: ask before starting it again from turn 1. */
function startOrOfferContinue(options: LaunchOptions) {
  const scenario = findAnyScenario(options.scenario);
  const saved = savedGames().find(
    ({ save }) =>
      (save.turns.length > 0 || (save.drafts !== undefined && !('unreadable' in save.drafts))) &&
      scenario?.id === save.scenario.id &&
      save.seed === options.seed &&
      save.launch.side === options.side &&
      save.whatIf === options.whatIf,
  );
  if (!saved) return void startNew(options);
  const { save, id } = saved;
  showStart();
  showHandover(
    'You have already played this game',
    [`Saved: ${save.label}.`, 'Continue where you stopped, or start it again from the first turn?'],
    'Continue the saved game',
    () => void resumeSaved(save, id),
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
}

registerOffline();
try {
  boot();
} catch (err) {
  console.error(err);
  showProblems('The game could not start', [
    { path: 'error', message: err instanceof Error ? err.message : String(err) },
  ]);
}
