/**
 * The game screen: wires the board, the HUD, the side panel and the turn
 * sequence together. Data flows one way: the player's actions change the
 * screen state or the orders drafted; End turn hands the orders to the engine
 * (through the session); the new state and report are rendered again.
 */

import { assertNever } from '../../engine/assert-never';
import {
  codebreakingChanceOn,
  type ForceState,
  forecastOil,
  type GameState,
  type Ghost,
  moveRoute,
  SIDE_IDS,
  type Sight,
  seenState,
  shipsInAirDanger,
  shipsInPortDanger,
} from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import {
  AIR_DANGER_SEE_WHY,
  airDangerHint,
  type PortDangerLine,
  portDangerFolded,
  portDangerHint,
} from '../../text/air-danger-text';
import { FOG_ON, handoverReportUnderFog, itemsSeen, lastSeenShort } from '../../text/fog-text';
import { proseListUpTo } from '../../text/name-list';
import { type DraftsNow, type Restored, saveGame } from '../app/autosave';
import { DIFFICULTIES, type LaunchOptions, linkFor } from '../app/launch';
import { installTestHook, type PovHook } from '../app/test-hook';
import { BoardCamera } from '../board/board-camera';
import { attachBoardInput } from '../board/board-input';
import type { BoardModel, PlannedMove } from '../board/board-model';
import { type BoardScene, startBoard } from '../board/board-scene';
import { loadCoastlines, NO_COASTLINES } from '../board/coastlines';
import { controlsInset } from '../board/controls-inset';
import { renderLegend } from '../board/legend';
import { scenarioBounds, toWorld } from '../board/map-frame';
import { showTooltip } from '../board/tooltip';
import { closeDialog, showHandover, showPanel, showThinking } from '../kit/dialogs';
import { button, el, keepFocus } from '../kit/dom';
import { capitalise, formatDate, formatNumber, namePossessive, playerOf, possessive } from '../kit/format';
import { renderAboutTab } from './about-tab';
import { renderAreaTab } from './area-panel';
import { ComputerPlayers, thinkingText } from './computer-player';
import { showEndScreen } from './end-screen';
import { buildGameLayout, type GameLayout, tabKeys } from './game-layout';
import { GuidedTurn } from './guided-turn';
import { renderHud } from './hud';
import { renderIntelNotice } from './intel-notice';
import { renderComposer } from './move-composer';
import { unfuelled } from './oil-forecast';
import { armyMove, legalDestinations, OrderDraft } from './order-draft';
import { orderText, renderOrdersTab } from './orders-tab';
import { renderReportTab } from './report-view';
import { boardClick, screenActions } from './screen-actions';
import {
  type Actions,
  initialScreenState,
  type ScreenContext,
  type ScreenState,
  type Tab,
} from './screen-state';
import type { GameSession } from './session';
import {
  type HandoverMoment,
  isBusy,
  mayEndTurn,
  mayOrder,
  openingPhase,
  type TurnPhase,
} from './turn-phase';
import { playbackOf, playWithSkip, reducedMotion, type TurnPlayback } from './turn-playback';

const AUTOPLAY_DELAY_MS = 1200;
/** A changed draft is saved this long after the last change (one write for a burst of clicks). */
const DRAFT_SAVE_DELAY_MS = 400;

export class GameScreen {
  private readonly session: GameSession;
  private readonly launch: LaunchOptions;
  private readonly layout: GameLayout;
  private readonly camera: BoardCamera;
  private readonly onNewGame: () => void;
  private screen: ScreenState;
  private drafts: Record<SideId, OrderDraft> = {
    japan: new OrderDraft('japan'),
    allies: new OrderDraft('allies'),
  };
  /** Orders of a hot-seat side that has already ended its part of the turn (hidden from the other). */
  private submitted: Partial<Record<SideId, OrderDraft>> = {};
  private board: {
    scene: BoardScene;
    game: { canvas: HTMLCanvasElement; destroy(removeCanvas: boolean): void };
  } | null = null;
  private hook: PovHook;
  /** The last turn played on the board (moves and marks), for the test hook. */
  private lastPlayback: TurnPlayback | null = null;
  /**
   * Hot-seat: the turn just resolved, still to be played for the players who did not watch it
   * (the side that ended the turn watched it in its own view; the other watches it in theirs,
   * after the hand-over, so neither sees the other's view).
   */
  private pendingPlayback: { before: GameState; turns: number; sides: SideId[] } | null = null;
  /** The guided first turn (Southern Oil Run), offered on a first game. */
  private guide: GuidedTurn | null = null;
  /** Keeps `--action-bar` (the End turn bar's height, for the phone's guided card) up to date. */
  private barObserver: ResizeObserver | null = null;
  /** The game state the screen shows (the session's, once a turn's playback is over). */
  private shownState: GameState;
  /** The fog of war for the state on screen: the side, what it sees, the state as it sees it. */
  private fogMemo: {
    state: GameState;
    side: SideId;
    sight: Sight;
    seen: GameState;
    ghosts: readonly Ghost[];
  } | null = null;
  /** The computer sides, thinking in a worker so the page stays responsive. */
  private readonly computer = new ComputerPlayers();
  /** The area the keyboard is on (N and P on the map). */
  private keyArea: string | null = null;
  /** Play on: while the computer plays both sides, the next turn follows by itself (a setting, not a phase). */
  private autoplaying = false;
  private autoplayTimer: number | undefined;
  /** The ports' danger now (airDangerHint), and the one each side has read: its line is folded then. */
  private portDangerKey = '';
  private readonly portDangerRead: Partial<Record<SideId, string>> = {};
  private destinationsCache: { key: string; value: Map<string, number> | null } = { key: '', value: null };
  /** The drafts as last saved (see draftsKey), and the pending save of a changed draft. */
  private savedDraftsKey: string;
  private draftSaveTimer: number | undefined;
  private readonly restored: Restored | undefined;
  /** Leaving the page (reload, closing the tab, a sleeping laptop) writes a pending draft at once. */
  private readonly flushOnLeave = () => this.flushDraftSave();
  private readonly flushOnHide = () => {
    if (document.visibilityState === 'hidden') this.flushDraftSave();
  };

  constructor(
    parent: HTMLElement,
    session: GameSession,
    launch: LaunchOptions,
    onNewGame: () => void,
    restored?: Restored,
  ) {
    this.session = session;
    this.launch = launch;
    // The computer sides plan with what their side sees when the game's fog of war is on (docs/AI.md).
    this.computer.fog = launch.fog === true;
    this.session.fog = launch.fog === true;
    this.onNewGame = onNewGame;
    this.restored = restored;
    const drafts = restored?.drafts;
    if (drafts && !session.over) {
      this.drafts = {
        japan: new OrderDraft('japan', drafts.japan),
        allies: new OrderDraft('allies', drafts.allies),
      };
      // Hot-seat: a side that had ended its part keeps its orders hidden, as before the reload.
      for (const side of drafts.submitted) {
        this.submitted[side] = this.drafts[side];
        this.drafts[side] = new OrderDraft(side);
      }
    }
    this.savedDraftsKey = this.draftsKey();
    this.layout = buildGameLayout();
    parent.replaceChildren(this.layout.root);
    const humans = session.humanSides();
    this.screen = initialScreenState(humans[0] ?? null, openingPhase(humans, session.over));
    if (session.lastReport) this.screen.tab = 'report';
    this.camera = new BoardCamera(scenarioBounds(session.world.scenario.areas));
    this.camera.focus = homeOf(session, humans[0] ?? null);
    this.camera.crowdX = medianX(session.world.scenario.areas);
    this.shownState = session.state;
    this.hook = installTestHook({
      // The state on screen: during the playback of a turn, still the one before it.
      state: () => this.shownState,
      viewer: () => this.screen.viewer,
      phase: () => this.screen.phase.kind,
      playback: () => this.lastPlayback,
      orders: () => (this.screen.viewer ? this.drafts[this.screen.viewer].orders : []),
      reports: () => this.session.reports,
      areaOnScreen: (id) => this.areaOnPage(id),
      namedCards: () => this.board?.scene.namedCards() ?? [],
      allCards: () => this.board?.scene.allCards() ?? [],
      drawnForces: () => this.board?.scene.drawnForces() ?? {},
      ghostForces: () => this.board?.scene.ghostForces() ?? {},
    });
    this.wire();
  }

  /** Starts the board and the first turn (with a hand-over first in hot-seat). */
  start() {
    const l = this.layout;
    const meta = this.session.world.scenario.meta;
    l.title.textContent = `${meta.title} · ${meta.period}`;
    const whatIf = this.session.whatIf;
    if (whatIf) {
      // Students must see they are not playing history; the About tab has the description.
      l.whatIf.replaceChildren(
        el('strong', { text: `What if: ${whatIf.title}` }),
        ' — this game does not follow history. The About tab says what changes.',
      );
      l.whatIf.hidden = false;
    }
    document.title = `${whatIf ? `What if: ${whatIf.title} — ` : ''}${meta.title} — Price of Victory`;
    renderLegend(l.legendBody);
    if (this.restored?.notice) this.showNotice(this.restored.notice);
    this.guide = new GuidedTurn({
      session: () => this.session,
      orders: () => this.drafts.japan.orders,
      container: l.composer.parentElement ?? l.panels.orders,
      spots: {
        stocks: l.hud,
        map: l.board.parentElement ?? l.board,
        endTurn: l.endTurn,
        report: l.panels.report,
      },
      selectArea: (id) => this.actions.selectArea(id),
      composing: () => this.screen.selection !== null,
    });
    this.render();
    window.addEventListener('pagehide', this.flushOnLeave);
    document.addEventListener('visibilitychange', this.flushOnHide);

    this.camera.setInsetLeft(controlsInset(l.board, l.zoomIn.parentElement));
    const board = startBoard(l.board, this.camera, {
      onReady: () => {
        const canvas = this.board?.game.canvas;
        canvas?.setAttribute('role', 'img');
        canvas?.setAttribute('aria-label', `Map of ${meta.title}: areas, routes and forces.`);
        this.hook.readyAt = performance.now();
        this.hook.ready = true;
        this.updateEndTurn();
      },
    });
    this.board = board;
    board.scene.setModel(this.boardModel());
    loadCoastlines()
      .then((coast) => board.scene.setCoastlines(coast))
      .catch((err: unknown) => {
        console.warn('The coastlines could not be loaded; the board is drawn without them.', err);
        board.scene.setCoastlines(NO_COASTLINES);
      });

    if (this.session.over) {
      const humans = this.session.humanSides();
      this.screen.viewer = humans.length === 1 ? (humans[0] ?? null) : null;
      this.screen.phase = { kind: 'over' };
      this.render();
      showEndScreen(this.session, this.onNewGame);
    } else if (this.session.humanSides().length === 2) {
      // After a reload, a side that had ended its part is not shown again: the other side takes over.
      if (this.submitted.japan) this.handOver('allies', 'next-player');
      else if (this.submitted.allies) this.handOver('japan', 'next-player');
      else if (this.pendingAfterReload('japan')) this.handOver('japan', 'after-report');
      else this.handOver('japan', 'first');
    }
  }

  destroy() {
    this.flushDraftSave();
    window.removeEventListener('pagehide', this.flushOnLeave);
    document.removeEventListener('visibilitychange', this.flushOnHide);
    window.clearTimeout(this.autoplayTimer);
    this.guide?.destroy();
    this.barObserver?.disconnect();
    this.computer.dispose();
    closeDialog();
    this.board?.scene.retire();
    this.board?.game.destroy(true);
    this.board = null;
  }

  // ------------------------------------------------------------------ wiring

  private wire() {
    const l = this.layout;
    const share = document.createElement('button');
    share.type = 'button';
    share.className = 'menu-button';
    share.textContent = 'Save & share';
    share.setAttribute(
      'aria-label',
      'Save and share: export the save or the replay, replay link, after-action report',
    );
    share.addEventListener(
      'click',
      () =>
        void import('./save-menu').then((m) =>
          m.showSaveMenu(this.session, this.launch, this.saveLabel(), this.draftsNow()),
        ),
    );
    l.newGame.before(share);
    l.endTurn.addEventListener('click', () => void this.endTurn());
    l.autoplay.addEventListener('click', () => this.toggleAutoplay());
    l.danger.addEventListener('click', () => this.showAirDanger());
    // On a phone the End turn bar is fixed at the bottom and grows with the Danger line; the guided
    // turn's card sits just above it, at the bar's real height (play25: at a fixed 3.6rem the bar,
    // drawn over it, hid the card's buttons and the card's bottom hid the Danger line).
    const bar = l.endTurn.closest('.actions');
    if (bar instanceof HTMLElement && typeof ResizeObserver !== 'undefined') {
      this.barObserver = new ResizeObserver(() =>
        l.root.style.setProperty('--action-bar', `${Math.ceil(bar.getBoundingClientRect().height)}px`),
      );
      this.barObserver.observe(bar);
    }
    l.reportJump.addEventListener('click', () => {
      this.actions.showTab('report');
      l.panels.report.scrollIntoView({ block: 'start' });
      l.panels.report.focus({ preventScroll: true });
    });
    l.newGame.addEventListener('click', () => {
      const ok =
        this.session.turns.length === 0 ||
        window.confirm('Leave this game? It is saved: Continue on the start screen brings it back.');
      if (ok) this.onNewGame();
    });
    l.zoomIn.addEventListener('click', () => this.camera.zoomAt(1.4));
    l.zoomOut.addEventListener('click', () => this.camera.zoomAt(1 / 1.4));
    l.zoomFit.addEventListener('click', () => this.camera.fit());
    tabKeys(l.tabs, (t) => this.actions.showTab(t));
    attachBoardInput(l.board, this.camera, {
      areaAt: (p) => this.board?.scene.areaAt(p) ?? null,
      onClick: (id) => this.boardClick(id),
      onHover: (id, p) => showTooltip(l.tooltip, this.context(), id, p, this.destinations()),
      onEscape: () => this.escape(),
      onStep: (d) => this.stepArea(d),
      onEnter: () => {
        if (this.keyArea) this.boardClick(this.keyArea);
      },
    });
    l.board.addEventListener('pointerdown', () => {
      l.tooltip.hidden = true;
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !document.querySelector('dialog[open]') && e.target !== l.board)
        this.escape();
      if (e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]')) return;
      const t = e.target;
      if (t instanceof HTMLInputElement && t.type !== 'checkbox' && t.type !== 'radio') return;
      if (t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return;
      if ((e.key === 'e' || e.key === 'E') && !l.endTurn.disabled) {
        e.preventDefault();
        l.endTurn.click();
      } else if (e.key === '?') {
        e.preventDefault();
        this.showHelp();
      }
    });
  }

  private readonly actions: Actions = screenActions({
    session: () => this.session,
    screen: () => this.screen,
    drafts: () => this.drafts,
    render: () => this.render(),
    say: (text) => this.say(text),
    focusOnBoard: (id) => this.board?.scene.focus(id),
    focusConfirm: () => this.layout.composer.querySelector<HTMLElement>('[data-key="confirm-move"]')?.focus(),
    focusOrdersTab: () => this.layout.tabs.orders.focus(),
    describe: (order) => orderText(this.context(), order, undefined),
  });

  private context(): ScreenContext {
    const fog = this.fog();
    return {
      session: this.session,
      screen: this.screen,
      drafts: this.drafts,
      actions: this.actions,
      seen: fog?.seen ?? this.session.state,
      sight: fog?.sight ?? null,
      ghosts: fog?.ghosts ?? [],
    };
  }

  /**
   * The side whose view is fogged (engine/sight.ts): with the option on, the side giving orders
   * (the human side against the computer; in hot-seat the side on screen). Nobody's when the
   * computer plays both or the game is over: then the whole war is shown.
   */
  private fogSide(): SideId | null {
    if (this.launch.fog !== true || this.screen.phase.kind === 'over') return null;
    return this.screen.viewer;
  }

  private fog(): { sight: Sight; seen: GameState; ghosts: readonly Ghost[] } | null {
    const side = this.fogSide();
    if (!side) return null;
    const state = this.session.state;
    const memo = this.fogMemo;
    if (memo && memo.state === state && memo.side === side) return memo;
    const sight = this.session.sightAfter(this.session.reports.length, side);
    if (!sight) return null;
    const turns = this.session.reports.length;
    this.fogMemo = {
      state,
      side,
      sight,
      seen: seenState(state, sight),
      ghosts: this.session.ghostsAfter(turns, side),
    };
    return this.fogMemo;
  }

  private boardClick(id: string | null) {
    boardClick(this.actions, this.session, this.screen, this.drafts, id);
    // On a phone the side panel is below the map: an area tapped (not a destination) is shown there.
    if (id && !this.screen.selection && this.screen.tab === 'area' && window.innerWidth < 600)
      this.layout.panels.area.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  /** A new report opens at its top, wherever the last one was scrolled to. */
  private reportToTop() {
    const report = this.layout.panels.report;
    report.scrollTop = 0;
    const panel = report.closest<HTMLElement>('.panel');
    if (panel) panel.scrollTop = 0;
    const top = panel?.getBoundingClientRect().top ?? 0;
    if (top < 0) window.scrollBy(0, top);
  }

  /** The help (How to play, with the keys) on the Orders tab, open and focused. */
  private showHelp() {
    if (this.screen.viewer) this.actions.showTab('orders');
    else this.actions.showTab('about');
    const help = document.getElementById('how-to') as HTMLDetailsElement | null;
    if (help) {
      help.open = true;
      help.querySelector('summary')?.focus();
    }
  }

  /**
   * Keyboard on the map: N and P go from area to area (west to east); the
   * focused area is ringed, brought into view and shows its card, as a
   * hover does; Enter acts on it like a click.
   */
  private stepArea(direction: 1 | -1) {
    const areas = [...this.session.world.scenario.areas].sort((a, b) => a.lon - b.lon || b.lat - a.lat);
    const at = this.keyArea ? areas.findIndex((a) => a.id === this.keyArea) : -1;
    const next = areas[(at + direction + areas.length) % areas.length];
    if (!next) return;
    this.keyArea = next.id;
    this.board?.scene.focus(next.id);
    // The card once the board has panned there.
    window.setTimeout(() => {
      if (this.keyArea !== next.id) return;
      const p = this.board?.scene.areaScreenPoint(next.id);
      if (p) showTooltip(this.layout.tooltip, this.context(), next.id, p, this.destinations());
    }, 480);
    this.say(`${next.name}. Enter selects it; N and P go to the next and previous area.`);
  }

  private escape() {
    if (this.screen.selection) this.actions.clearSelection();
    else if (this.screen.selectedArea) this.actions.selectArea(null);
  }

  private say(text: string) {
    this.layout.announce.textContent = text;
  }

  // ------------------------------------------------------------------ turns

  private async endTurn() {
    const opened = this.screen.phase;
    if (!mayEndTurn(opened)) return;
    const humans = this.session.humanSides();
    const side = opened.kind === 'ordering' ? opened.side : null;
    // An order being drafted but not confirmed never vanishes silently: ask first.
    if (side && this.screen.selection && !this.autoplaying) {
      const answer = await this.askUnconfirmed(side);
      if (answer === 'back') return;
      if (answer === 'confirm') {
        const before = this.drafts[side].orders.length;
        this.actions.confirmMove();
        if (this.drafts[side].orders.length === before) return; // refused: the reason is on screen
      } else this.actions.clearSelection();
    }
    if (side && humans.length === 2 && this.submitted[side === 'japan' ? 'allies' : 'japan'] === undefined) {
      // Hot-seat: the first player's orders are put away; the second player takes over.
      this.submitted[side] = this.drafts[side];
      this.drafts[side] = new OrderDraft(side);
      this.handOver(side === 'japan' ? 'allies' : 'japan', 'next-player');
      return;
    }
    this.screen.phase = { kind: 'resolving' };
    this.updateEndTurn();
    const computer = SIDE_IDS.filter((s) => !this.session.isHuman(s));
    if (!this.autoplaying) showThinking(thinkingText(this.session, computer));
    await nextPaint();
    const orders: Partial<Record<SideId, readonly import('../../engine/index').Order[]>> = {};
    for (const s of humans) orders[s] = (this.submitted[s] ?? this.drafts[s]).orders;
    // The computer thinks in its worker; whatever it could not answer, the session works out here.
    if (!(await this.computer.prepare(this.session, orders))) return;
    const before = this.session.state;
    try {
      this.session.endTurn(orders);
    } catch (err) {
      closeDialog();
      this.screen.phase = opened;
      this.showNotice(`The turn could not be resolved: ${err instanceof Error ? err.message : String(err)}`);
      console.error(err);
      this.render();
      return;
    }
    const watched = this.screen.viewer;
    if (!this.autoplaying) {
      closeDialog();
      this.screen.phase = { kind: 'playback' };
      this.updateEndTurn();
      await this.playTurn(before);
    }
    // Hot-seat: the turn played in the view of the side that ended it; the other player sees it in
    // theirs once they have taken the screen (playfog26: they saw only the result).
    this.pendingPlayback =
      humans.length === 2 && !this.autoplaying
        ? { before, turns: this.session.reports.length, sides: humans.filter((s) => s !== watched) }
        : null;
    this.drafts = { japan: new OrderDraft('japan'), allies: new OrderDraft('allies') };
    this.submitted = {};
    this.screen.selection = null;
    this.screen.destination = null;
    this.screen.refusal = null;
    this.screen.orderNote = null;
    this.screen.reportIndex = null;
    this.screen.tab = 'report';
    this.autosave();
    if (!this.autoplaying) closeDialog();
    const next = openingPhase(humans, this.session.over);
    this.screen.phase = next;
    if (next.kind === 'over') {
      this.stopAutoplay();
      // Two players (or none) see both sides' stocks at the end; one player keeps their own.
      if (humans.length !== 1) this.screen.viewer = null;
      this.render();
      showEndScreen(this.session, this.onNewGame);
      return;
    }
    if (next.kind === 'handover') {
      this.render();
      this.reportToTop();
      this.handOver(next.to, 'after-report');
      return;
    }
    this.render();
    this.reportToTop();
    if (!this.autoplaying) this.layout.panels.report.focus({ preventScroll: true });
    if (this.autoplaying)
      this.autoplayTimer = window.setTimeout(() => void this.endTurn(), AUTOPLAY_DELAY_MS);
  }

  /**
   * Turn playback on the board, before the new state is drawn: the turn's
   * moves along their routes, then its battles and the areas that changed
   * hands. A Skip button (or Escape) ends it; skipped for reduced motion.
   */
  private async playTurn(before: GameState) {
    const board = this.board;
    const report = this.session.lastReport;
    if (!board || !report || reducedMotion()) return;
    // The enemy's moves the side on screen did not see are not played (text/fog-text.ts).
    const side = this.fogSide();
    const after = side ? this.session.sightAfter(this.session.reports.length, side) : null;
    const shown =
      side && after
        ? {
            ...report,
            items: itemsSeen(
              report.items,
              this.session.sightAfter(this.session.reports.length - 1, side),
              after,
            ).items,
          }
        : report;
    const playback = playbackOf(this.session.world, before, shown);
    if (playback.moves.length === 0 && playback.marks.length === 0) return;
    // The moves and marks where they can be seen: the camera may be where the other hot-seat player,
    // or the player themself, left it, with the turn's moves off the board (a phone's close map).
    board.scene.bringIntoView([
      ...playback.moves.flatMap((m) => m.route),
      ...playback.marks.map((m) => m.area),
    ]);
    this.lastPlayback = playback;
    this.say(
      'The turn plays on the map: moves, then battles, ships sunk and areas changing hands. Skip (or Escape) shows the result at once.',
    );
    // On a phone the map may be scrolled out of sight (the player was reading the Orders panel under
    // it, or the other hot-seat player left it so): the turn plays where it can be seen.
    const map = this.layout.board.getBoundingClientRect();
    if (map.top < 0 || map.bottom > window.innerHeight)
      this.layout.board.scrollIntoView({ block: 'nearest' });
    // Skip sits beside End turn (in the bottom bar on a phone), not over the map, where it covered
    // the cards at the board's top right (play8: Western Aleutians, on a phone).
    await playWithSkip(board.scene, this.layout.endTurn.parentElement, playback);
  }

  /** End turn with forces ticked (and maybe a destination) but no confirmed order: what to do with it. */
  private askUnconfirmed(side: SideId): Promise<'confirm' | 'drop' | 'back'> {
    const sel = this.screen.selection;
    const world = this.session.world;
    const names = (sel?.forces ?? []).map(
      (id) => this.session.state.forces.find((f) => f.id === id)?.name ?? id,
    );
    const to = this.screen.destination;
    const what = `${names.join(', ')}${to ? ` → ${world.areas.get(to)?.name ?? to}` : ''}`;
    return new Promise((resolve) => {
      const done = (a: 'confirm' | 'drop' | 'back') => {
        closeDialog();
        resolve(a);
      };
      const back = button('Go back to the order', () => done('back'), {
        className: 'primary',
        key: 'unconfirmed-back',
      });
      const buttons = [
        ...(to
          ? [button('Confirm it and end the turn', () => done('confirm'), { key: 'unconfirmed-confirm' })]
          : []),
        back,
        button('End the turn without it', () => done('drop'), { key: 'unconfirmed-drop' }),
      ];
      showPanel(
        'unconfirmed',
        [
          el('h2', { attrs: { id: 'overlay-title' }, text: 'This order is not confirmed yet' }),
          el('p', { text: what }),
          el('p', {
            text: to
              ? `It is not in ${possessive(side)} orders until you confirm it.`
              : `You picked ${names.length === 1 ? 'a force' : 'forces'} but no destination: ${names.length === 1 ? 'it stays' : 'they stay'} where ${names.length === 1 ? 'it is' : 'they are'} unless you give an order.`,
          }),
          el('div', { className: 'end-actions' }, buttons),
        ],
        back,
      );
    });
  }

  /** Hot-seat: covers the screen, then shows `side`'s turn when its player is ready. */
  private handOver(side: SideId, moment: HandoverMoment) {
    const other: SideId = side === 'japan' ? 'allies' : 'japan';
    this.screen.viewer = side;
    this.screen.phase = { kind: 'handover', to: side, moment };
    this.screen.selection = null;
    this.screen.destination = null;
    this.screen.refusal = null;
    this.screen.orderNote = null;
    this.screen.selectedArea = null;
    const date = formatDate(
      this.session.state.date,
      this.session.world.scenario.calendar.turnLength.unit !== 'month',
    );
    const lines: string[] =
      moment === 'first'
        ? [
            `Two players share this screen. ${capitalise(playerOf(side))} gives orders first, then ${playerOf(other)}.`,
            "Neither sees the other's orders: the screen is covered between turns.",
          ]
        : moment === 'after-report'
          ? [
              this.launch.fog === true
                ? handoverReportUnderFog(this.lastTurnLabel())
                : `${this.lastTurnLabel()} is resolved. Read the report together on the Report tab; ${possessive(other)} secret intelligence shows only on their own turn.`,
              `Then ${playerOf(side)} gives orders for ${date}.`,
            ]
          : [
              `${capitalise(possessive(other))} orders are in and hidden.`,
              `Pass the screen to ${playerOf(side)} for ${date}.`,
            ];
    const title = `${capitalise(possessive(side))} turn`;
    // Said before the board moves, so the playback is not taken for the next turn's start.
    if (this.playbackPendingFor(side) && !reducedMotion())
      lines.splice(
        lines.length - 1,
        0,
        `${this.lastTurnLabel()} plays on the map first, as ${this.session.world.scenario.sides[side].name} saw it.`,
      );
    showHandover(title, lines, `I am ${playerOf(side)} — show my turn`, () => void this.showTurnTo(side));
    this.render();
  }

  /**
   * Hot-seat, on a game continued at the start of a turn (a reload at the hand-over): the turn just
   * resolved is still to be played for `side`, the player who gives orders first, unless they have
   * begun this turn's orders (then they had watched it). Derived from the game, not saved: the
   * player who ended the turn watched it before the hand-over, so only the first player is left,
   * and the session keeps the state the turn was played from (ui29 kept it in memory only, and a
   * reload lost the second player's playback). True when it is pending.
   */
  private pendingAfterReload(side: SideId): boolean {
    const before = this.session.stateBeforeLast;
    if (!before || !this.session.lastReport || this.drafts[side].orders.length > 0) return false;
    this.pendingPlayback = { before, turns: this.session.reports.length, sides: [side] };
    return true;
  }

  /** Whether the turn just resolved is still to be played on the board for `side`'s player (hot-seat). */
  private playbackPendingFor(side: SideId): boolean {
    const p = this.pendingPlayback;
    return p !== null && p.turns === this.session.reports.length && p.sides.includes(side);
  }

  /**
   * Hot-seat, once `side`'s player has taken the screen: the turn just resolved plays on the board
   * in their own view (under the fog, what their side saw), if they have not watched it yet; then
   * their orders.
   */
  private async showTurnTo(side: SideId) {
    const pending = this.pendingPlayback;
    const board = this.board;
    if (pending && board && this.playbackPendingFor(side)) {
      pending.sides = pending.sides.filter((s) => s !== side);
      this.screen.phase = { kind: 'playback' };
      // The board as the side saw it before the turn (the state it starts from), then the turn on it.
      this.shownState = pending.before;
      board.scene.setModel(this.playbackModel(pending.before));
      // The top bar says the turn being played back, not the next one the hand-over was drawn for.
      this.renderStatus();
      this.updateEndTurn();
      await nextPaint();
      await this.playTurn(pending.before);
    }
    this.screen.phase = { kind: 'ordering', side };
    this.render();
    this.layout.tabs[this.screen.tab].focus();
  }

  /** The board before the turn just resolved, as the side on screen saw it then (nothing picked). */
  private playbackModel(before: GameState): BoardModel {
    const side = this.fogSide();
    const sight = side ? this.session.sightAfter(this.session.reports.length - 1, side) : null;
    const { unwatched: _, ...model } = this.boardModel();
    return {
      ...model,
      state: sight ? seenState(before, sight) : before,
      ...(sight ? { unwatched: sight.unwatched } : {}),
      refused: [],
      selectedArea: null,
      origin: null,
      destinations: null,
      planned: [],
      pending: null,
    };
  }

  /** "July 1941": the turn just resolved. */
  private lastTurnLabel(): string {
    const r = this.session.lastReport;
    const weekly = this.session.world.scenario.calendar.turnLength.unit !== 'month';
    return r ? capitalise(formatDate(r.date, weekly)) : 'The turn';
  }

  private toggleAutoplay() {
    if (this.autoplaying) this.stopAutoplay();
    else {
      this.autoplaying = true;
      this.layout.autoplay.setAttribute('aria-pressed', 'true');
      this.layout.autoplay.textContent = 'Pause';
      void this.endTurn();
    }
  }

  private stopAutoplay() {
    this.autoplaying = false;
    window.clearTimeout(this.autoplayTimer);
    this.layout.autoplay.setAttribute('aria-pressed', 'false');
    this.layout.autoplay.textContent = 'Play on';
  }

  /** Writes the game, with the orders being drafted, to the autosave; a failed write is shown, never thrown. */
  private autosave() {
    window.clearTimeout(this.draftSaveTimer);
    this.draftSaveTimer = undefined;
    this.savedDraftsKey = this.draftsKey();
    const result = saveGame(this.session, this.launch, this.saveLabel(), this.draftsNow());
    if (result.ok) this.showNotice(null);
    else this.showNotice(result.message);
  }

  /** Each side's orders this turn (a hot-seat side that ended its part: the orders it handed in). */
  private draftsNow(): DraftsNow {
    const orders = (side: SideId) => (this.submitted[side] ?? this.drafts[side]).orders;
    return {
      japan: orders('japan'),
      allies: orders('allies'),
      submitted: SIDE_IDS.filter((side) => this.submitted[side] !== undefined),
    };
  }

  private draftsKey(): string {
    return JSON.stringify({ turn: this.session.state.turn, ...this.draftsNow() });
  }

  /** After a render: if the drafts changed since the last save, saves them a moment later. */
  private scheduleDraftSave() {
    if (isBusy(this.screen.phase) || this.session.over || this.session.humanSides().length === 0) return;
    if (this.draftsKey() === this.savedDraftsKey) {
      window.clearTimeout(this.draftSaveTimer);
      this.draftSaveTimer = undefined;
      return;
    }
    window.clearTimeout(this.draftSaveTimer);
    this.draftSaveTimer = window.setTimeout(() => this.flushDraftSave(), DRAFT_SAVE_DELAY_MS);
  }

  private flushDraftSave() {
    if (this.draftSaveTimer === undefined) return;
    this.autosave();
  }

  /** "Pacific War 1941–45 — as Japan, turn 7 (January 1942)": shown on Continue and in saves. */
  private saveLabel(): string {
    const s = this.session;
    const who = this.launch.side;
    const playing =
      who === 'both'
        ? 'two players'
        : who === 'none'
          ? 'computer against computer'
          : `as ${s.world.scenario.sides[who].name}`;
    const whatIf = s.whatIf ? ` (what if: ${s.whatIf.title})` : '';
    const label = `${s.world.scenario.meta.title}${whatIf} — ${playing}, turn ${s.state.turn} (${formatDate(s.state.date)})`;
    // The save format keeps labels to 200 characters (long titles and what-if titles could pass it).
    return label.length <= 200 ? label : `${label.slice(0, 199)}…`;
  }

  /**
   * The Allies' intelligence report for this turn, read before they give their orders: from
   * Japan's orders as the computer gives them, or as the Japanese player handed them in (hot-seat).
   * Shown only to the Allied player, on their turn.
   */
  private renderIntelligence() {
    const l = this.layout;
    const { world, state } = this.session;
    const japan =
      this.screen.viewer !== 'allies' ||
      !this.session.isHuman('allies') ||
      this.session.over ||
      // No code-breaking this turn: no need to ask the computer's Japan for its orders yet (it may be slow).
      codebreakingChanceOn(world, state.date) === null
        ? undefined
        : this.session.isHuman('japan')
          ? this.submitted.japan?.orders
          : this.japanAhead();
    renderIntelNotice(
      l.intel,
      world,
      state,
      japan ? this.session.intelligence(japan) : null,
      this.fogSide() === 'allies',
    );
  }

  /** The computer's Japanese orders if known; else they are asked of the worker and the report follows. */
  private japanAhead() {
    if (this.session.hasJapaneseDecision()) return this.session.computerOrders('japan');
    void this.computer.prepareJapan(this.session).then((ok) => {
      if (ok) this.renderIntelligence();
    });
    return undefined;
  }

  private showNotice(text: string | null) {
    this.layout.notice.hidden = text === null;
    this.layout.notice.textContent = text ?? '';
  }

  // ------------------------------------------------------------------ rendering

  private render() {
    this.shownState = this.session.state;
    keepFocus(() => {
      const ctx = this.context();
      const l = this.layout;
      renderHud(l.hud, ctx);
      renderComposer(l.composer, ctx);
      for (const [tab, button] of Object.entries(l.tabs) as [Tab, HTMLButtonElement][]) {
        const on = tab === this.screen.tab;
        button.setAttribute('aria-selected', String(on));
        button.tabIndex = on ? 0 : -1;
        l.panels[tab].hidden = !on;
      }
      const count = this.screen.viewer ? this.drafts[this.screen.viewer].orders.length : 0;
      l.tabs.orders.textContent = count ? `Orders (${count})` : 'Orders';
      switch (this.screen.tab) {
        case 'orders':
          renderOrdersTab(l.panels.orders, ctx);
          break;
        case 'area':
          renderAreaTab(l.panels.area, ctx);
          break;
        case 'report':
          renderReportTab(l.panels.report, ctx);
          break;
        case 'about':
          renderAboutTab(l.panels.about, ctx, linkFor(this.launch, window.location.href));
          break;
      }
      this.renderStatus();
      this.renderIntelligence();
      this.updateEndTurn();
    });
    this.board?.scene.setModel(this.boardModel());
    this.guide?.update();
    this.scheduleDraftSave();
  }

  private renderStatus() {
    const { world } = this.session;
    // The state on screen: during a hot-seat player's playback, the one the turn was played from.
    const state = this.shownState;
    const l = this.layout;
    const last = world.scenario.calendar.lastTurn;
    const weekly = world.scenario.calendar.turnLength.unit !== 'month';
    l.status.replaceChildren(
      document.createTextNode(
        state.outcome
          ? `Game over after turn ${state.outcome.turn} of ${last}`
          : `Turn ${state.turn} of ${last}`,
      ),
      ' — ',
      Object.assign(document.createElement('time'), {
        className: 'turn-date',
        textContent: formatDate(state.outcome?.date ?? state.date, weekly),
        dateTime: state.outcome?.date ?? state.date,
      }),
    );
    const difficulty = DIFFICULTIES.find((d) => d.value === this.launch.difficulty)?.short ?? '';
    const name = (s: SideId) => world.scenario.sides[s].name;
    const viewer = this.screen.viewer;
    l.playing.textContent =
      this.launch.side === 'none'
        ? `Watching the computer play both sides (${difficulty})`
        : this.launch.side === 'both'
          ? `Two players${viewer ? ` · ${namePossessive(name(viewer))} orders` : ''}`
          : `You play ${name(this.launch.side)} · the computer plays ${name(this.launch.side === 'japan' ? 'allies' : 'japan')} (${difficulty})`;
    // Said on the bar, so the map showing fewer enemy ships than the report's battle is never a puzzle.
    if (this.fogSide()) l.playing.textContent += ` · ${FOG_ON}`;
    l.playing.className = `playing-as${viewer ? ` side-${viewer}` : ''}`;
  }

  private updateEndTurn() {
    const l = this.layout;
    const phase = this.screen.phase;
    const watching = this.session.humanSides().length === 0;
    l.autoplay.hidden = !watching;
    l.endTurn.textContent = watching ? 'Next turn' : 'End turn';
    l.endTurn.disabled = !this.hook.ready || !mayEndTurn(phase);
    l.autoplay.disabled = phase.kind === 'over' || !this.hook.ready;
    l.reportJump.hidden =
      this.session.lastReport === null || !(phase.kind === 'ordering' || phase.kind === 'over');
    l.hint.textContent = this.hintFor(phase);
    // The danger on a line of its own that wraps (play24: as the hint's first words it was cut
    // short after "outgun 2 of your ship fo…" on a laptop), and opens the sea area's panel.
    const danger = phase.kind === 'ordering' ? this.airDangerHint(phase.side) : null;
    l.danger.hidden = danger === null;
    if (danger) {
      l.danger.replaceChildren(
        el('span', { className: 'air-danger-words', text: danger.text }),
        ' ',
        el('span', { className: 'air-danger-why', text: `${AIR_DANGER_SEE_WHY} ›` }),
      );
      l.danger.dataset.area = danger.area;
    }
  }

  /** The area's panel (a sea area's, or a port's), open at its warning (below the map on a phone). */
  private showAirDanger() {
    const area = this.layout.danger.dataset.area;
    if (!area) return;
    // Read: the ports' part of the line folds until their danger changes (airDangerHint).
    const side = this.screen.phase.kind === 'ordering' ? this.screen.phase.side : null;
    if (side && this.portDangerKey) {
      this.portDangerRead[side] = this.portDangerKey;
      this.updateEndTurn();
    }
    this.actions.selectArea(area);
    this.board?.scene.focus(area);
    this.layout.panels.area.querySelector('.air-danger')?.scrollIntoView({ block: 'center' });
  }

  /**
   * Ships the side leaves this turn where enemy aircraft outgun them (engine/air-danger.ts), in
   * words (text/air-danger-text.ts): said before End turn, not found in the report after (play22).
   */
  private airDangerHint(side: SideId): { text: string; area: string } | null {
    const { world } = this.session;
    // What the side knows: enemy carriers it does not see are not counted (engine/sight.ts).
    const state = this.context().seen;
    const moving = new Set(
      this.drafts[side].orders.flatMap((o) => (o.type === 'move' && o.men === undefined ? [o.force] : [])),
    );
    const left = shipsInAirDanger(world, state, side, moving).map(({ force }) => ({
      name: force.name,
      area: world.areas.get(force.location)?.name ?? force.location,
      id: force.location,
    }));
    // Ships left in a port that enemy carriers can sail in and strike this turn (port-strike.ts),
    // one warning a port, after those at sea (play25: Pearl Harbor beside seven carriers, no word).
    const ports = new Map<string, PortDangerLine>();
    const name = (id: string) => world.areas.get(id)?.name ?? id;
    for (const { danger } of shipsInPortDanger(world, state, side, moving))
      ports.set(danger.area, {
        port: name(danger.area),
        aircraft: danger.carriers.aircraft,
        shotDown: danger.shotDown,
        fightersHelp: danger.fightersHelp,
        aboard: danger.aboard,
        mustSail: !danger.carriers.areas.includes(danger.from),
        // Two places at most on the line; its port panel ("See why") names every one.
        carriersAt: proseListUpTo(danger.carriers.areas.map(name), 2),
        carriersKey: danger.carriers.areas.join(','),
      });
    // The ports' line folds once read ("See why" opened it) while the danger stays the same: what it
    // is, not when it was read, so new carriers, more aircraft or another port bring it back whole.
    const key = [...ports.entries()]
      .map(([id, p]) => `${id}:${p.aircraft}:${p.carriersKey}`)
      .sort()
      .join('|');
    this.portDangerKey = key;
    const lines = [...ports.values()];
    const portText =
      key !== '' && this.portDangerRead[side] === key ? portDangerFolded(lines) : portDangerHint(lines);
    const text = [airDangerHint(left), portText].filter((t) => t !== '').join(' ');
    const area = left[0]?.id ?? [...ports.keys()][0];
    return area ? { text, area } : null;
  }

  /** The line under End turn: what ending the turn now would do. */
  private hintFor(phase: TurnPhase): string {
    switch (phase.kind) {
      case 'over':
        return 'The game is over.';
      case 'watching':
        return 'The computer gives both sides’ orders.';
      case 'resolving':
        return 'Resolving the turn…';
      case 'playback':
        return 'The turn plays on the map.';
      case 'ordering':
        return this.ordersHint(phase.side);
      case 'handover':
        return this.ordersHint(phase.to);
      default:
        return assertNever(phase);
    }
  }

  private ordersHint(side: SideId): string {
    const orders = this.drafts[side].orders;
    const oil = forecastOil(this.session.world, this.session.orderState(side), side, orders);
    const short = unfuelled(oil.sorties).length;
    const next =
      this.session.humanSides().length === 2 && side === 'japan'
        ? ' Then the Allied player gives orders.'
        : '';
    return (
      (orders.length === 0
        ? 'No orders yet: every force stays put.'
        : `${orders.length} ${orders.length === 1 ? 'order' : 'orders'} · sorties burn ${formatNumber(oil.fuelledOil)} oil.` +
          (short > 0 ? ` ${short} would find the tanks empty (see Orders).` : '')) + next
    );
  }

  private destinations(): Map<string, number> | null {
    const sel = this.screen.selection;
    const side = this.screen.viewer;
    if (!sel || !side || !mayOrder(this.screen.phase)) return null;
    const key = `${this.session.state.turn}|${side}|${sel.forces.join(',')}|${sel.men ?? ''}|${JSON.stringify(this.drafts[side].orders)}`;
    if (this.destinationsCache.key !== key) {
      const forces = sel.forces.flatMap((f) => this.session.state.forces.filter((x) => x.id === f));
      this.destinationsCache = {
        key,
        value: legalDestinations(
          this.session.world,
          this.session.orderState(side),
          side,
          forces,
          this.drafts[side].withoutMovesOf(sel.forces),
          sel.men,
        ),
      };
    }
    return this.destinationsCache.value;
  }

  private boardModel(): BoardModel {
    const side = this.screen.viewer;
    // Routes drawn as the side's orders are checked: under the fog, round only the fleets it sees.
    const state = side ? this.session.orderState(side) : this.session.state;
    const planned: PlannedMove[] = [];
    if (side) {
      for (const o of this.drafts[side].orders) {
        if (o.type !== 'move') continue;
        const f = state.forces.find((x) => x.id === o.force);
        const route = moveRoute(this.session.world, state, side, o) ?? undefined;
        if (f) planned.push({ from: f.location, to: o.to, side, route });
      }
    }
    const sel = this.screen.selection;
    const lead = sel?.forces[0];
    const last = this.session.lastReport;
    const refused =
      side && last && last.turn === state.turn - 1
        ? last.items.flatMap((i) =>
            i.kind === 'rejected' && i.side === side && i.order.type === 'move' ? [i.order.to] : [],
          )
        : [];
    return {
      world: this.session.world,
      // The enemy as the side on screen sees it; routes and destinations above from the whole state (the engine's rules).
      state: this.context().seen,
      ...(this.fog() ? { unwatched: this.fog()?.sight.unwatched, ghosts: this.ghostCards() } : {}),
      refused,
      selectedArea: this.screen.selectedArea,
      origin: this.screen.selection?.origin ?? null,
      destinations: this.destinations(),
      planned,
      pending:
        side && sel && this.screen.destination
          ? {
              from: sel.origin,
              to: this.screen.destination,
              side,
              // Drawn along the route of the first force picked (a group of one kind goes the same way).
              route: lead
                ? (moveRoute(
                    this.session.world,
                    state,
                    side,
                    armyMove(state, sel.forces, lead, this.screen.destination, sel.men),
                  ) ?? undefined)
                : undefined,
            }
          : null,
    };
  }

  /** The board's faded counters: what the side on screen last saw where it does not watch now, and when. */
  private ghostCards(): Map<string, { forces: readonly ForceState[]; label: string }> {
    const withDay = this.session.world.scenario.calendar.turnLength.unit !== 'month';
    return new Map(
      (this.fog()?.ghosts ?? []).map((g) => [
        g.area,
        { forces: g.forces, label: lastSeenShort(g.date, withDay) },
      ]),
    );
  }

  private areaOnPage(id: string) {
    const p = this.board?.scene.areaScreenPoint(id);
    const rect = this.layout.board.getBoundingClientRect();
    if (!p) return null;
    return { x: rect.left + window.scrollX + p.x, y: rect.top + window.scrollY + p.y };
  }
}

function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The area whose card a phone's first view of the board shows whole: the capital
 * of the side the player plays (the first human side in hot-seat), or null when
 * only computers play.
 */
function homeOf(session: GameSession, side: SideId | null) {
  if (!side) return null;
  const capital = session.world.scenario.sides[side].capital;
  const area = session.world.scenario.areas.find((a) => a.id === capital);
  return area ? { area: area.id, at: toWorld(area) } : null;
}

/** The median of the areas' places across the map (world x): where a phone's first view is centred. */
function medianX(areas: readonly { lon: number; lat: number }[]): number | null {
  const xs = areas.map((a) => toWorld(a).x).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}
