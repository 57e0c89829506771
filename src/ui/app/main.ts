/**
 * The browser entry: the start screen, or — with `?scenario=…` in the
 * address — straight into that game. The game screen (with Phaser) is loaded
 * only when a game starts, so the start screen appears at once.
 */
import './zod-setup';
import './style.css';
import '../classroom/classroom.css';
import { assertNever } from '../../engine/assert-never';
import type { Replay } from '../../replay/index';
import { replayFromFragment } from '../../replay/index';
import type { Scenario } from '../../scenario/schema';
import { showTeacherView } from '../classroom/teacher-view';
import type { GameSession } from '../game/session';
import { showHandover } from '../kit/dialogs';
import { el } from '../kit/dom';
import { showProblems } from '../kit/problems-view';
import { findListing } from '../scenarios/bundled-scenarios';
import { addCustomScenario, findAnyScenario, isUrl, scenarioFor } from '../scenarios/custom-scenarios';
import { fetchScenarioText } from '../scenarios/remote-scenario';
import { hasScenarioFragment, scenarioFromFragment } from '../scenarios/scenario-link';
import { loadScenarioShown } from '../scenarios/scenario-loading';
import { findWhatIf } from '../scenarios/what-ifs';
import { renderStartScreen } from '../start/start-screen';
import { type Autosave, type Restored, savedGames } from './autosave';
import { onClassroomRequest } from './classroom-events';
import { type LaunchOptions, optionsFromUrl, playersFor } from './launch';
import { registerOffline } from './pwa';
import {
  type GameRequest,
  type HistoryMove,
  navigate,
  onRoute,
  parseRoute,
  type Route,
  record,
} from './routes';

const root = document.getElementById('app') ?? document.body;
let current: { destroy(): void } | null = null;
/** The screen on show (its route page; null for class results), so Back and Forward to it do nothing more. */
let shown: Route['page'] | null = null;
/** What the pages showed, for Back and Forward (the game is also in the autosave). */
const memory: {
  game?: { session: GameSession; launch: LaunchOptions };
  replay?: Replay;
  compare?: [Replay, Replay];
} = {};

/**
 * How many screens have been asked for. A screen that must download something first (its scenario's file, its
 * module) is shown only if nothing else was asked for meanwhile: a teacher on a slow school network who clicks
 * one scenario, then another, or Back, gets the last thing asked for, not whichever download ends last.
 */
let asked = 0;

/** For an opener that waits on downloads: true once another screen has been asked for since it started. */
function overtaken(): () => boolean {
  const mine = asked;
  return () => mine !== asked;
}

/**
 * Every change of screen comes here, from `navigate` (a click, a link, an
 * error) or from Back and Forward (`how` is then 'none': the history has
 * already moved, and the screen comes back from memory or the autosave).
 */
function show(route: Route, how: HistoryMove) {
  asked += 1;
  if (how === 'none' && route.page === shown) return;
  switch (route.page) {
    case 'start':
      return showStart(route.notice, how);
    case 'game':
      return void openGameRoute(route.game, how);
    case 'replay':
      if (route.replay) return void openReplay(route.replay, route.turn, how);
      if (memory.replay) return void openReplay(memory.replay, undefined, how);
      return bootReplayLink() ?? toStart('The replay is not open any more: open its file or link again.');
    case 'compare': {
      const pair = route.replays ?? memory.compare;
      if (pair) return void openCompare(pair[0], pair[1], how);
      return toStart('The comparison is not open any more: choose the two replays again.');
    }
    case 'class-results':
      return void openClassResults(how);
    case 'teacher':
    case 'report':
      // Overlays open over the screen they came from (routes.ts): no screen to show.
      return;
    default:
      return assertNever(route);
  }
}

/** The start screen; with a notice (something could not be opened) it replaces the page that failed. */
function toStart(notice?: string) {
  navigate({ page: 'start', notice }, { history: notice ? 'replace' : 'push' });
}

function showStart(notice: string | undefined, how: HistoryMove) {
  current?.destroy();
  current = null;
  shown = 'start';
  // A plain address, so reloading shows the start screen (and Continue), never a fresh game.
  record({ page: 'start' }, how);
  document.title = 'Price of Victory';
  const screen = el('main', { className: 'start-screen', attrs: { id: 'start-screen' } });
  root.replaceChildren(screen);
  renderStartScreen(
    screen,
    {
      start: (options) => navigate({ page: 'game', game: { kind: 'new', options } }),
      resume: (save, id) => navigate({ page: 'game', game: { kind: 'resume', save, id } }),
      refresh: (n) => toStart(n),
      openReplay: (replay) => navigate({ page: 'replay', replay }),
      compare: (a, b) => navigate({ page: 'compare', replays: [a, b] }),
      classResults: () => navigate({ page: 'class-results' }),
    },
    notice,
  );
}

/** The replay viewer (loaded only when needed). */
async function openReplay(replay: Replay, turn: number | undefined, how: HistoryMove) {
  const stale = overtaken();
  const failed = await loadScenarioShown(replay.scenario.id);
  if (stale()) return;
  const found = scenarioFor(replay.scenario.id, replay.scenario.hash, undefined, replay.whatIf);
  if (!found.ok)
    return toStart(`The replay cannot be shown. ${failed ?? found.message.replace('This game', 'It')}`);
  current?.destroy();
  const { ReplayViewer } = await import('../replay/replay-viewer');
  if (stale()) return;
  const screen = new ReplayViewer(root, found.base, replay, {
    back: () => navigate({ page: 'start' }),
    play: (session, launch) => navigate({ page: 'game', game: { kind: 'session', session, launch } }),
  });
  current = screen;
  shown = 'replay';
  memory.replay = replay;
  // A replay opened from a shared link keeps the link as its address (reloading opens it again).
  if (!window.location.hash.startsWith('#replay=') || how === 'push') record({ page: 'replay' }, how);
  screen.start(turn);
}

/** Class results: a class's replays checked and compared (loaded only when needed). */
async function openClassResults(how: HistoryMove) {
  const stale = overtaken();
  current?.destroy();
  const { ClassResultsPage } = await import('../classroom/class-results');
  if (stale()) return;
  const page = new ClassResultsPage(root, { back: () => navigate({ page: 'start' }) });
  current = page;
  // Not a page of its own in the history: Back returns to the start screen.
  shown = null;
  record({ page: 'class-results' }, how);
  page.start();
}

async function openCompare(a: Replay, b: Replay, how: HistoryMove) {
  const stale = overtaken();
  if (a.scenario.hash !== b.scenario.hash && a.scenario.id === b.scenario.id && a.whatIf !== b.whatIf) {
    const name = (r: Replay) => (r.whatIf ? `the what-if “${r.whatIf}”` : 'history');
    return toStart(
      `These two replays were played in different versions of the war (${name(a)} and ${name(b)}): only games of the same scenario and what-if can be compared.`,
    );
  }
  if (a.scenario.hash !== b.scenario.hash) {
    return toStart(
      `These two replays were played with different scenarios (${a.scenario.id} and ${b.scenario.id}, or two versions of one): only games of the same scenario can be compared.`,
    );
  }
  const failed = await loadScenarioShown(a.scenario.id);
  if (stale()) return;
  const found = scenarioFor(a.scenario.id, a.scenario.hash, undefined, a.whatIf);
  if (!found.ok)
    return toStart(`The replays cannot be compared. ${failed ?? found.message.replace('This game', 'They')}`);
  current?.destroy();
  const { CompareView } = await import('../replay/compare-view');
  if (stale()) return;
  const screen = new CompareView(root, found.scenario, a, b, { back: () => navigate({ page: 'start' }) });
  current = screen;
  shown = 'compare';
  memory.compare = [a, b];
  record({ page: 'compare' }, how);
  screen.start();
}

onClassroomRequest((request) => {
  if (request.kind === 'view-replay')
    navigate({ page: 'replay', replay: request.replay, turn: request.turn });
  else navigate({ page: 'compare', replays: [request.a, request.b] });
});

/** The game a `game` route asks for; none: the game left (Back, Forward, a reload of #/game). */
function openGameRoute(game: GameRequest | undefined, how: HistoryMove) {
  if (!game) return returnToGame(how);
  switch (game.kind) {
    case 'new':
      return startNew(game.options, how);
    case 'resume':
      return resumeSaved(game.save, game.id, how);
    case 'session':
      return openGame(game.session, game.launch, game.restored, how);
    default:
      return assertNever(game);
  }
}

/** The game screen's module (and Phaser), asked for while the scenario's file downloads; openGame waits for it. */
function prefetchGameScreen() {
  import('../game/game-screen').catch(() => {});
}

async function startNew(options: LaunchOptions, how: HistoryMove) {
  const stale = overtaken();
  prefetchGameScreen();
  const failed = await loadScenarioShown(options.scenario);
  if (stale()) return;
  if (failed) return toStart(failed);
  const bundled = findAnyScenario(options.scenario);
  if (!bundled) return toStart(`There is no scenario called “${options.scenario}”. Choose one below.`);
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
      return toStart(
        `The link could not be used: ${found.message}. Choose a what-if (or history) on the start screen.`,
      );
    }
  }
  // The session (the engine's game and the bots) comes with the game, not with the start screen.
  const { GameSession } = await import('../game/session');
  if (stale()) return;
  const session = new GameSession(
    scenario,
    options.seed,
    playersFor(options.side, options.difficulty),
    options.whatIf,
  );
  await openGame(session, { ...options, scenario: bundled.file }, undefined, how);
}

async function resumeSaved(save: Autosave, id: string | undefined, how: HistoryMove) {
  const stale = overtaken();
  prefetchGameScreen();
  const failed = await loadScenarioShown(save.scenario.id);
  if (stale()) return;
  const { resume } = await import('./resume');
  if (stale()) return;
  const result = resume(save, id);
  if (!result.ok) return toStart(failed ?? result.message);
  await openGame(result.session, result.launch, { drafts: result.drafts, notice: result.notice }, how);
}

async function openGame(
  session: GameSession,
  launch: LaunchOptions,
  restored: Restored | undefined,
  how: HistoryMove,
) {
  const stale = overtaken();
  current?.destroy();
  const { GameScreen } = await import('../game/game-screen');
  if (stale()) return;
  const screen = new GameScreen(root, session, launch, () => navigate({ page: 'start' }), restored);
  // A game opens at its top (the turn, the stocks, the map). A branch started from the replay
  // viewer's dialog kept the viewer's scroll: on a phone it opened 1,300 px down, in last turn's
  // report, with neither map nor turn in sight (play29).
  window.scrollTo(0, 0);
  current = screen;
  shown = 'game';
  memory.game = { session, launch };
  // The game's address is #/game (a link's ?scenario=… is dropped): reloading it continues the game.
  record({ page: 'game' }, how);
  screen.start();
}

/**
 * Back or Forward to the game: the game left (it saved itself, with the
 * orders being drafted, when it was left) comes back as it was.
 */
async function returnToGame(how: HistoryMove) {
  const live = memory.game;
  const entries = savedGames();
  // The game left, as it saved itself (with the orders being drafted); without one, the latest save.
  const entry = live
    ? entries.find(
        ({ save }) =>
          save.scenario.id === live.session.world.scenario.meta.id &&
          save.seed === live.session.seed &&
          save.launch.side === live.launch.side &&
          save.turns.length === live.session.turns.length,
      )
    : entries[0];
  if (entry) return resumeSaved(entry.save, entry.id, how);
  if (live) return openGame(live.session, live.launch, undefined, how);
  toStart('There is no game to go back to: start one, or continue a saved game.');
}

/** `?scenario=https://…`: fetches the scenario, checks it, and starts it like a bundled one. */
async function startRemote(options: LaunchOptions) {
  toStart(`Loading the scenario from ${options.scenario}…`);
  const fetched = await fetchScenarioText(options.scenario);
  if (!fetched.ok) return toStart(`The scenario in the link could not be loaded. ${fetched.message}`);
  const added = addCustomScenario(fetched.text, options.scenario);
  if (!added.ok) {
    return showProblems(
      `The scenario at ${options.scenario} has problems`,
      added.problems,
      'Each line says where in the file (the path) and what is wrong. Fix the file at that address, then open the link again.',
    );
  }
  navigate({ page: 'game', game: { kind: 'new', options: { ...options, scenario: added.scenario.file } } });
}

/** A shared replay link (#replay=…) in the address: opens it; null when there is none. */
function bootReplayLink(): true | null {
  if (!window.location.hash.startsWith('#replay=')) return null;
  const loaded = replayFromFragment(window.location.hash);
  if (!loaded.ok) {
    toStart(
      `The replay link could not be opened: ${loaded.problems.map((p) => `${p.path} ${p.message}`).join('; ')}.`,
    );
    return true;
  }
  navigate({ page: 'replay', replay: loaded.value }, { history: 'replace' });
  return true;
}

/** A class link with the scenario inside it (`#scenario=…`): kept like a loaded file, then started. */
async function startFromLinkScenario(options: LaunchOptions) {
  const unpacked = scenarioFromFragment(window.location.hash);
  if (!unpacked.ok) return toStart(`The scenario in the link could not be read: ${unpacked.message}.`);
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
  onRoute(show);
  if (bootReplayLink()) return;
  const { options, problems } = optionsFromUrl(window.location.search);
  if (!options) {
    // A page's own address (reloaded, or opened from the history): that page, as far as it can be shown.
    const route = parseRoute(window.location.hash);
    if (route?.page === 'game') return navigate({ page: 'game' }, { history: 'replace' });
    if (route?.page === 'teacher') {
      navigate({ page: 'start' }, { history: 'replace' });
      void openTeacherView(route.scenario);
      return;
    }
    if (route && route.page !== 'start')
      return toStart('That page is not open any more: here is the start screen.');
    return navigate({ page: 'start' }, { history: 'replace' });
  }
  if (!problems.length && hasScenarioFragment(window.location.hash))
    return void startFromLinkScenario(options);
  if (!problems.length && options.scenario.startsWith('file:') && !findAnyScenario(options.scenario)) {
    return toStart(
      `This link is for the scenario “${options.scenario.slice(5)}”, loaded from a file that is not on this computer. Load its file with Load scenario below (your teacher has it), then open the link again.`,
    );
  }
  if (!problems.length && isUrl(options.scenario)) return void startRemote(options);
  if (problems.length) return toStart(`The link could not be used: ${problems.join('; ')}.`);
  startOrOfferContinue(options);
}

/** The teacher view of a scenario named in the address (its file fetched first if it is a bundled one). */
async function openTeacherView(key: string) {
  const failed = await loadScenarioShown(key);
  if (failed) return toStart(failed);
  const loaded = findAnyScenario(key)?.loaded;
  if (loaded?.ok) {
    const scenario: Scenario = loaded.value;
    showTeacherView(scenario);
  }
}

/** A link to a game that is already saved with progress: ask before starting it again from turn 1. */
function startOrOfferContinue(options: LaunchOptions) {
  const scenarioId = findAnyScenario(options.scenario)?.id ?? findListing(options.scenario)?.id;
  const saved = savedGames().find(
    ({ save }) =>
      (save.turns.length > 0 || (save.drafts !== undefined && !('unreadable' in save.drafts))) &&
      scenarioId === save.scenario.id &&
      save.seed === options.seed &&
      save.launch.side === options.side &&
      save.whatIf === options.whatIf,
  );
  if (!saved) return navigate({ page: 'game', game: { kind: 'new', options } }, { history: 'replace' });
  const { save, id } = saved;
  navigate({ page: 'start' }, { history: 'replace' });
  showHandover(
    'You have already played this game',
    [`Saved: ${save.label}.`, 'Continue where you stopped, or start it again from the first turn?'],
    'Continue the saved game',
    () => navigate({ page: 'game', game: { kind: 'resume', save, id } }),
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
    navigate({ page: 'game', game: { kind: 'new', options } });
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
