/**
 * The replay viewer: a recorded game played again through the engine, turn
 * by turn, with a timeline (step back and forward, play and pause, jump to a
 * turn), both sides' orders and the report of each turn. Every turn's state
 * hash is checked against the one recorded; a turn that does not come out the
 * same is flagged on the timeline. "Branch from here" starts a new game from
 * any turn with the same seed.
 *
 * The board above the text is the game's own (board-scene.ts): it shows the
 * position after the turn on the timeline, and stepping forward one turn
 * plays that turn on it first, as the game does after End turn (moves along
 * their routes, battles, areas changing hands), with a Skip button.
 */
import {
  buildWorld,
  createGame,
  type GameState,
  type Order,
  SIDE_IDS,
  stateHash,
  type TurnReport,
  type World,
} from '../../engine/index';
import {
  branchReplay,
  loadReplayText,
  type Replay,
  type ReplayedTurn,
  replayTurns,
  verifyReplay,
} from '../../replay/index';
import type { Scenario, SideId } from '../../scenario/schema';
import { whatIfById } from '../../scenario/what-if';
import { airMissionLine } from '../../text/air-text';
import { endText } from '../../text/end-text';
import { REPLAY_UNDER_FOG } from '../../text/fog-text';
import { detachmentWords } from '../../text/move-text';
import { playerWords } from '../../text/player-text';
import { replayProblemText, verdictNotJudgedText } from '../../text/replay-text';
import { requestClassroom, setBranchOrigin } from '../app/classroom-events';
import {
  DIFFICULTIES,
  type Difficulty,
  type LaunchOptions,
  playersFor,
  SIDE_CHOICES,
  type SideChoice,
} from '../app/launch';
import { installTestHook, type PovHook } from '../app/test-hook';
import { BoardCamera } from '../board/board-camera';
import { attachBoardInput } from '../board/board-input';
import type { BoardModel } from '../board/board-model';
import { type BoardScene, startBoard } from '../board/board-scene';
import { loadCoastlines, NO_COASTLINES } from '../board/coastlines';
import { controlsInset } from '../board/controls-inset';
import { scenarioBounds } from '../board/map-frame';
import { openClassroomDialog, statusLine } from '../classroom/classroom-dialog';
import { renderIntents } from '../game/intent-view';
import { renderReport } from '../game/report-view';
import type { ScreenContext } from '../game/screen-state';
import { GameSession } from '../game/session';
import { playbackOf, playWithSkip, reducedMotion } from '../game/turn-playback';
import { button, el } from '../kit/dom';
import { downloadText, filePicker, fileSlug, readFileText } from '../kit/files';
import { capitalise, formatDate } from '../kit/format';
import { verdictHeadlineOf } from '../kit/verdict-headline';
import { keyOf } from '../scenarios/custom-scenarios';
import { playedScenario } from '../scenarios/what-ifs';

const PLAY_DELAY_MS = 1200;

export interface ViewerHooks {
  back(): void;
  play(session: GameSession, launch: LaunchOptions): void;
}

type TurnCheck = 'ok' | 'mismatch' | 'after-end';
/** What the check found for the after-action report: the verdict (null: not over), or why none. */
type CheckedVerdict = { verdict: string | null } | { unjudged: string };

export class ReplayViewer {
  private readonly world: World;
  private readonly weekly: boolean;
  /** states[k]: the state after k turns (states[0]: the start). */
  private readonly states: GameState[];
  /** The recorded game stepped through by the engine, one turn per tick of the check. */
  private readonly walk: Generator<ReplayedTurn, GameState, undefined>;
  private readonly reports: TurnReport[] = [];
  private readonly checks: TurnCheck[] = [];
  private position = 0;
  private playing = false;
  private timer: number | undefined;
  private checkTimer: number | undefined;
  private firstProblem: string | null = null;
  /** The verdict on the goals, once every turn has replayed exactly and the game is over (null before). */
  private verdict: string | null = null;
  /** The verdict once the check is done, for an after-action report opened before (it said none). */
  private readonly checked: Promise<CheckedVerdict>;
  private settleCheck: (v: CheckedVerdict) => void = () => {};
  private readonly root: HTMLElement;
  private readonly status = statusLine('', 'verify-status');
  private readonly slider = el('input', {
    attrs: { type: 'range', min: '0', id: 'replay-slider', 'aria-label': 'Turn on the timeline' },
  });
  private readonly turnInput = el('input', {
    attrs: { type: 'number', min: '0', id: 'replay-turn', inputmode: 'numeric' },
  });
  private readonly playButton: HTMLButtonElement;
  private readonly strip = el('div', { className: 'timeline-strip', attrs: { 'aria-hidden': 'true' } });
  private readonly body = el('div', { className: 'replay-body' });
  private readonly boardElement = el('div', {
    className: 'board',
    attrs: {
      id: 'replay-board',
      tabindex: '0',
      'aria-label':
        'Map of the replayed game, as it stood after the chosen turn. Drag or use the arrow keys to move it, the mouse wheel or + and − to zoom, 0 to see it all.',
    },
  });
  private readonly boardWrap = el('section', {
    className: 'board-wrap replay-board',
    attrs: { 'aria-label': 'Map' },
  });
  /**
   * A bar above the map with the map's turn and, while a turn plays, its Skip button: over the
   * map, Skip covered the cards at its top-right corner (play8: Home Islands, on a phone).
   */
  private readonly boardTitle = el('span', { className: 'playback-title' });
  private readonly playbackBar = el('div', { className: 'playback-bar' }, [this.boardTitle]);
  private readonly boardCaption = el('p', {
    className: 'board-caption',
    attrs: { id: 'replay-board-caption', 'aria-live': 'polite' },
  });
  private board: {
    scene: BoardScene;
    game: { canvas: HTMLCanvasElement; destroy(removeCanvas: boolean): void };
  } | null = null;
  private readonly camera: BoardCamera;
  /** The turn the board is showing or playing its way to. */
  private boardTarget = -1;
  /** Counts the board's steps: a step finishing after a newer one has started does nothing. */
  private boardSerial = 0;
  /** Set by a step forward of one turn: the board plays that turn before showing it. */
  private animateNext = false;
  /** Resolves when the board's playback of the turn (if any) is over: Play waits for it. */
  private playback: Promise<void> = Promise.resolve();

  /** The scenario played: `base`, or `base` with the replay's what-if applied. */
  private readonly scenario: Scenario;
  /**
   * The tests' window onto the viewer's board, as onto the game's (test-hook.ts): the state on
   * the map, its cards and markers. Ready once the board is drawn.
   */
  private readonly hook: PovHook;

  /** `base` is the scenario as loaded; the replay's what-if (already checked by `scenarioFor`) is applied to it. */
  constructor(
    parent: HTMLElement,
    private readonly base: Scenario,
    private readonly replay: Replay,
    private readonly hooks: ViewerHooks,
  ) {
    this.scenario = playedScenario(base, replay.whatIf);
    this.world = buildWorld(this.scenario);
    this.weekly = this.scenario.calendar.turnLength.unit !== 'month';
    this.states = [createGame(this.world, replay.seed)];
    this.walk = replayTurns(this.world, replay);
    this.checked = new Promise((settle) => {
      this.settleCheck = settle;
    });
    this.playButton = button('Play', () => this.togglePlay(), {
      key: 'replay-play',
      label: 'Play the replay',
    });
    this.root = el('main', { className: 'replay-viewer', attrs: { id: 'replay-viewer' } });
    this.camera = new BoardCamera(scenarioBounds(this.scenario.areas));
    parent.replaceChildren(this.root);
    this.hook = installTestHook({
      state: () => this.states[this.shownTurn()] ?? this.states[0]!,
      viewer: () => null,
      phase: () => 'watching',
      playback: () => null,
      orders: () => [],
      reports: () => this.reports.slice(0, this.shownTurn()),
      areaOnScreen: (id) => {
        const p = this.board?.scene.areaScreenPoint(id);
        const rect = this.boardElement.getBoundingClientRect();
        return p ? { x: rect.left + window.scrollX + p.x, y: rect.top + window.scrollY + p.y } : null;
      },
      namedCards: () => this.board?.scene.namedCards() ?? [],
      allCards: () => this.board?.scene.allCards() ?? [],
      drawnForces: () => this.board?.scene.drawnForces() ?? {},
    });
    this.build();
  }

  get turns(): number {
    return this.replay.turns.length;
  }

  start(turn?: number) {
    document.title = `Replay: ${this.scenario.meta.title} — Price of Victory`;
    this.position = Math.max(0, Math.min(turn ?? 0, this.turns));
    this.status.textContent = `Replaying and checking ${this.turns} turns…`;
    this.startBoard();
    this.render();
    this.checkNext();
  }

  destroy() {
    window.clearTimeout(this.timer);
    window.clearTimeout(this.checkTimer);
    this.boardSerial++;
    this.board?.scene.retire();
    this.board?.scene.skipPlayback();
    this.board?.game.destroy(true);
    this.board = null;
    this.hook.ready = false;
    document.getElementById('classroom-dialog')?.remove();
  }

  // ---------------------------------------------------------------- the board

  private startBoard() {
    const zoom = (text: string, label: string, act: () => void) =>
      button(text, act, { className: 'zoom-button', label });
    this.boardWrap.append(
      this.boardElement,
      el('div', { className: 'zoom-controls' }, [
        zoom('+', 'Zoom in', () => this.camera.zoomAt(1.4)),
        zoom('−', 'Zoom out', () => this.camera.zoomAt(1 / 1.4)),
        zoom('All', 'Show the whole map', () => this.camera.fit()),
      ]),
    );
    this.camera.setInsetLeft(
      controlsInset(this.boardElement, this.boardWrap.querySelector<HTMLElement>('.zoom-controls')),
    );
    const board = startBoard(this.boardElement, this.camera, {
      onReady: () => {
        const canvas = this.board?.game.canvas;
        canvas?.setAttribute('role', 'img');
        canvas?.setAttribute('aria-label', `Map of ${this.scenario.meta.title}: areas, routes and forces.`);
        this.boardElement.dataset.ready = 'true';
        this.hook.readyAt = performance.now();
        this.hook.ready = true;
      },
    });
    this.board = board;
    attachBoardInput(this.boardElement, this.camera, {
      areaAt: () => null,
      onClick: () => {},
      onHover: () => {},
      onEscape: () => board.scene.skipPlayback(),
    });
    board.scene.setModel(this.boardModel(this.states[0]!));
    // The viewer may be left before the coastlines arrive: then they go nowhere.
    const live = () => this.board === board;
    loadCoastlines()
      .then((coast) => {
        if (live()) board.scene.setCoastlines(coast);
      })
      .catch((err: unknown) => {
        if (!live()) return;
        console.warn('The coastlines could not be loaded; the board is drawn without them.', err);
        board.scene.setCoastlines(NO_COASTLINES);
      });
  }

  /** The turn whose position the board shows (during a playback, the one before it). */
  private shownTurn(): number {
    return Number(this.boardElement.dataset.turn ?? 0);
  }

  private boardModel(state: GameState): BoardModel {
    return {
      world: this.world,
      state,
      selectedArea: null,
      origin: null,
      destinations: null,
      planned: [],
      pending: null,
    };
  }

  /**
   * Shows the position after turn `k` on the board; after a step forward of
   * one turn, plays that turn first (skipped for reduced motion). A newer
   * step cuts a playback short.
   */
  private syncBoard(k: number) {
    const board = this.board;
    const after = this.states[k];
    if (!board || !after) return;
    const animate = this.animateNext;
    this.animateNext = false;
    if (k === this.boardTarget && !animate) return;
    this.boardTarget = k;
    const serial = ++this.boardSerial;
    board.scene.skipPlayback();
    const report = this.reports[k - 1];
    const before = this.states[k - 1];
    const show = () => {
      if (serial !== this.boardSerial) return;
      board.scene.setModel(this.boardModel(after));
      this.boardElement.dataset.turn = String(k);
      this.boardTitle.textContent = k === 0 ? 'Map: the start' : `Map: after turn ${k}`;
      this.boardCaption.textContent =
        k === 0
          ? 'The map at the start.'
          : `The map after turn ${k}. ${this.turns > k ? 'Forward ▶ plays the next turn on it.' : ''}`;
    };
    if (!animate || !report || !before || reducedMotion()) return show();
    const playback = playbackOf(this.world, before, report);
    if (playback.moves.length === 0 && playback.marks.length === 0) return show();
    board.scene.setModel(this.boardModel(before));
    this.boardElement.dataset.turn = `${k - 1}`;
    this.boardTitle.textContent = `Map: turn ${k} playing`;
    this.boardCaption.textContent = `Turn ${k} plays on the map: moves along their routes, then battles (orange rings), ships and shipping sunk (a sinking hull on the sea lanes) and areas changing hands (rings in the new owner’s colour). Skip (or Escape) shows the result at once.`;
    this.playback = playWithSkip(board.scene, this.playbackBar, playback).then(show);
  }

  // ---------------------------------------------------------------- checking

  /** Plays one more recorded turn through the engine and compares its hash; then yields to the page. */
  private checkNext() {
    const step = this.walk.next();
    if (step.done) {
      // The walk stops where the game ended: any turn recorded after that cannot have been played.
      const end = step.value.outcome;
      for (let k = this.checks.length; k < this.turns; k++) {
        this.checks.push('after-end');
        this.firstProblem ??= `the replay goes on after the game ended on turn ${end?.turn ?? k}`;
      }
      return this.checkDone();
    }
    const { turn, result, hashOk } = step.value;
    const k = turn - 1;
    this.states.push(result.state);
    this.reports.push(result.report);
    this.checks.push(hashOk ? 'ok' : 'mismatch');
    if (!hashOk) this.firstProblem ??= `turn ${turn}`;
    this.status.textContent = `Replaying and checking: turn ${k + 1} of ${this.turns}…`;
    this.paintStrip();
    if (this.position === k + 1) this.render();
    this.checkTimer = window.setTimeout(() => this.checkNext(), 0);
  }

  private checkDone() {
    const bad = this.checks.findIndex((c) => c !== 'ok');
    if (bad < 0) {
      // Only a game that replays exactly is judged: a changed file's end is not the game played.
      const last = this.states[this.states.length - 1];
      this.verdict = last ? verdictHeadlineOf(this.world, last, this.reports) : null;
      this.status.textContent = `✓ All ${this.turns} turns replay exactly: every state hash matches the one recorded.${this.verdict ? ` The verdict on the goals: ${this.verdict}.` : ''}`;
      this.status.className = 'verify-status verified';
      this.settleCheck({ verdict: this.verdict });
    } else {
      this.settleCheck({ unjudged: verdictNotJudgedText(bad + 1) });
      const verdict = verifyReplay(this.world, this.replay);
      const why = verdict.ok
        ? ''
        : ` ${capitalise(replayProblemText(verdict.problem, this.world.scenario))}.`;
      this.status.textContent = `⚠ Turn ${bad + 1} does not replay the same: the game from there on is not the one recorded.${why}`;
      this.status.className = 'verify-status mismatch';
      this.status.setAttribute('role', 'alert');
    }
    this.render();
  }

  // ---------------------------------------------------------------- layout

  private build() {
    const meta = this.scenario.meta;
    const whatIf = this.replay.whatIf ? whatIfById(this.scenario, this.replay.whatIf) : undefined;
    const who = (side: SideId) => {
      const p = this.replay.players[side];
      return `${this.world.scenario.sides[side].name}: ${playerWords(p, 'a player')}`;
    };
    const outcome = this.replay.outcome
      ? `Ended on turn ${this.replay.outcome.turn}: ${endText(this.replay.outcome, this.scenario)}.`
      : 'Not finished.';
    this.slider.max = String(this.turns);
    this.turnInput.max = String(this.turns);
    this.slider.addEventListener('input', () => this.go(Number(this.slider.value)));
    this.turnInput.addEventListener('change', () => {
      const n = Math.round(Number(this.turnInput.value));
      this.go(Number.isFinite(n) ? n : this.position);
    });

    const comparePicker = filePicker(
      'Compare with a replay file…',
      '.json,application/json',
      (files) => void this.compareWithFile(files[0]!),
      { id: 'viewer-compare-file', label: 'Compare this replay with another replay file' },
    );
    this.root.append(
      el('header', { className: 'replay-header' }, [
        el('div', {}, [
          el('p', { className: 'eyebrow', text: 'Replay viewer' }),
          el('h1', { text: meta.title }),
          whatIf
            ? el('p', {
                className: 'what-if-badge',
                attrs: { id: 'replay-what-if' },
                text: `What if: ${whatIf.title}`,
              })
            : null,
          this.replay.fog
            ? el('p', {
                className: 'muted',
                attrs: { id: 'replay-fog', 'data-key': 'replay-fog' },
                text: REPLAY_UNDER_FOG,
              })
            : null,
          el('p', {
            className: 'muted',
            text: `${meta.period} · seed “${this.replay.seed}” · ${who('japan')} · ${who('allies')} · ${this.turns} turns · ${outcome}`,
          }),
        ]),
        el('div', { className: 'classroom-buttons' }, [
          button('After-action report', () => void this.afterAction(), { className: 'primary' }),
          button('Export replay', () => this.exportReplay(), { label: 'Export this replay as a file' }),
          comparePicker.button,
          comparePicker.input,
          button('Back to the start screen', () => this.hooks.back()),
        ]),
      ]),
      this.status,
      el('section', { className: 'timeline-bar', attrs: { 'aria-label': 'Timeline' } }, [
        el('div', { className: 'timeline-controls' }, [
          button('First', () => this.go(0), { label: 'Back to the start', key: 'replay-first' }),
          button('◀ Back', () => this.go(this.position - 1), {
            label: 'Step back one turn',
            key: 'replay-back',
          }),
          this.playButton,
          button('Forward ▶', () => this.go(this.position + 1), {
            label: 'Step forward one turn',
            key: 'replay-forward',
          }),
          button('Last', () => this.go(this.turns), { label: 'Go to the last turn', key: 'replay-last' }),
          el('label', { className: 'turn-jump', attrs: { for: 'replay-turn' } }, ['Turn ']),
          this.turnInput,
          el('span', { className: 'muted', text: ` of ${this.turns}` }),
        ]),
        this.slider,
        this.strip,
      ]),
      el('div', { className: 'replay-stage' }, [
        el('div', { className: 'replay-map' }, [this.playbackBar, this.boardWrap, this.boardCaption]),
        this.body,
      ]),
    );
    this.paintStrip();
  }

  private paintStrip() {
    const cells: HTMLElement[] = [];
    for (let k = 1; k <= this.turns; k++) {
      const check = this.checks[k - 1];
      cells.push(
        el('span', {
          className: `tick ${check ?? 'pending'}${k === this.position ? ' current' : ''}`,
          attrs: { title: `Turn ${k}${check === 'mismatch' ? ': does not replay the same' : ''}` },
        }),
      );
    }
    this.strip.replaceChildren(...cells);
  }

  // ---------------------------------------------------------------- moving

  private go(position: number) {
    const p = Math.max(0, Math.min(this.turns, position));
    if (p === this.position && this.slider.value === String(p)) return;
    this.animateNext = p === this.position + 1;
    this.position = p;
    if (p >= this.turns) this.stop();
    this.render();
  }

  private togglePlay() {
    if (this.playing) return this.stop();
    if (this.position >= this.turns) this.position = 0;
    this.playing = true;
    this.playButton.textContent = 'Pause';
    this.playButton.setAttribute('aria-label', 'Pause the replay');
    this.render();
    const tick = () => {
      if (!this.playing) return;
      this.go(this.position + 1);
      // The next turn once this one has played on the board.
      if (this.playing)
        void this.playback.then(() => {
          if (this.playing) this.timer = window.setTimeout(tick, PLAY_DELAY_MS);
        });
    };
    this.timer = window.setTimeout(tick, PLAY_DELAY_MS);
  }

  private stop() {
    this.playing = false;
    window.clearTimeout(this.timer);
    this.playButton.textContent = 'Play';
    this.playButton.setAttribute('aria-label', 'Play the replay');
  }

  // ---------------------------------------------------------------- rendering

  private render() {
    const k = this.position;
    this.slider.value = String(k);
    this.turnInput.value = String(k);
    this.slider.setAttribute('aria-valuetext', k === 0 ? 'The start' : `Turn ${k}`);
    this.paintStrip();
    this.syncBoard(k);
    const startDate = formatDate(this.states[0]!.date, this.weekly);
    if (k === 0) {
      this.body.replaceChildren(
        el('h2', { attrs: { id: 'replay-turn-heading' }, text: `The start: ${startDate}` }),
        el('p', {
          text: `The position before the first turn. Step forward to see each side's orders and what happened. ${this.turns} turns were recorded.`,
        }),
        this.branchRow(0),
      );
      return;
    }
    const report = this.reports[k - 1];
    const recorded = this.replay.turns[k - 1]!;
    const before = this.states[k - 1];
    const date = report ? formatDate(report.date, this.weekly) : '';
    const heading = el('h2', {
      attrs: { id: 'replay-turn-heading' },
      text: `Turn ${k}${date ? `: ${date}` : ''}`,
    });
    if (!report || !before) {
      const note =
        this.checks[k - 1] === 'after-end'
          ? el('p', {
              className: 'mismatch-flag',
              attrs: { role: 'alert' },
              text: '⚠ The game had already ended before this turn: it cannot have been played.',
            })
          : el('p', { className: 'muted', text: 'Still replaying this turn…' });
      this.body.replaceChildren(heading, note);
      return;
    }
    const check = this.checks[k - 1];
    const flag =
      check === 'mismatch'
        ? el('p', {
            className: 'mismatch-flag',
            attrs: { role: 'alert' },
            text: `⚠ This turn does not replay the same: the recorded state hash is ${recorded.hash}, replaying gives ${stateHash(this.states[k]!)}. The replay was changed after it was recorded, or recorded with other rules.`,
          })
        : check === 'after-end'
          ? el('p', {
              className: 'mismatch-flag',
              attrs: { role: 'alert' },
              text: '⚠ The game had already ended before this turn.',
            })
          : el('p', {
              className: 'verified-flag',
              text: '✓ This turn replays exactly (state hash matches).',
            });
    const orders = el(
      'div',
      { className: 'replay-orders' },
      SIDE_IDS.map((side) => this.ordersOf(side, recorded.orders[side], before)),
    );
    const reportBox = el(
      'section',
      { className: 'replay-report', attrs: { 'aria-labelledby': 'replay-report-heading' } },
      [
        el('h3', { attrs: { id: 'replay-report-heading' }, text: 'What happened' }),
        ...[renderIntents(this.world, this.states[k]!, recorded.intents)].filter(
          (p): p is HTMLElement => p !== null,
        ),
        ...this.reportOf(report, k),
      ],
    );
    this.body.replaceChildren(heading, flag, orders, this.branchRow(k), reportBox);
  }

  private ordersOf(side: SideId, orders: readonly Order[], before: GameState): HTMLElement {
    const name = this.world.scenario.sides[side].name;
    const area = (id: string) => this.world.areas.get(id)?.name ?? id;
    const text = (o: Order): string => {
      switch (o.type) {
        case 'move': {
          const f = before.forces.find((x) => x.id === o.force);
          return `${detachmentWords(o.men)}${f?.name ?? o.force}: ${f ? `${area(f.location)} → ` : 'to '}${area(o.to)}`;
        }
        case 'choose':
          return `Decision: ${this.world.scenario.choices.find((c) => c.id === o.choice)?.label ?? o.choice}`;
        case 'build':
          return `Build ${o.count} × ${this.world.scenario.buildables.find((b) => b.id === o.item)?.name ?? o.item}`;
        case 'air':
          return airMissionLine(
            before.forces.find((x) => x.id === o.force)?.name ?? o.force,
            o.mission,
            area(o.target),
          );
        default: {
          const never: never = o;
          return never;
        }
      }
    };
    return el(
      'section',
      { className: `replay-side side-${side}`, attrs: { 'aria-label': `${name}: orders` } },
      [
        el('h3', { text: `${name}: orders` }),
        orders.length
          ? el(
              'ol',
              {},
              orders.map((o) => el('li', { text: text(o) })),
            )
          : el('p', { className: 'muted', text: 'No orders: every force stayed put.' }),
      ],
    );
  }

  /** The turn's report as the game shows it (both sides' view), without the map buttons. */
  private reportOf(report: TurnReport, k: number): HTMLElement[] {
    const noop = () => {};
    const ctx = {
      session: { world: this.world, state: this.states[k]!, reports: this.reports.slice(0, k) },
      screen: {
        viewer: null,
        phase: { kind: 'watching' },
        selectedArea: null,
        selection: null,
        destination: null,
        refusal: null,
        reportIndex: k - 1,
        tab: 'report',
      },
      drafts: {},
      actions: new Proxy({}, { get: () => noop }),
    } as unknown as ScreenContext;
    const parts = renderReport(ctx, report);
    for (const p of parts) for (const b of p.querySelectorAll('button.place')) b.remove();
    return parts;
  }

  private branchRow(k: number): HTMLElement {
    const next = k < this.turns || !this.replay.outcome;
    return el('div', { className: 'branch-row' }, [
      button('Branch from here', () => this.branchDialog(k), {
        className: 'primary',
        disabled: !next || (this.states[k]?.outcome ?? null) !== null,
        label: `Branch from here: a new game from ${k === 0 ? 'the start' : `the end of turn ${k}`} with the same seed`,
      }),
      el('span', {
        className: 'hint',
        // Which turn the branch starts with: beside turn 3's orders "from this point" read as "try
        // another decision for turn 3", while the branch keeps them and starts with turn 4 (play25).
        text:
          k === 0
            ? ' Start a new game from the start with the same seed, and try other decisions.'
            : ` Start a new game after turn ${k} (its orders stay as they were) with the same seed, and try other decisions from ${this.states[k] ? formatDate(this.states[k]!.date, this.world.scenario.calendar.turnLength.unit !== 'month') : `turn ${k + 1}`} on. To change turn ${k}'s orders, branch from ${k === 1 ? 'the start' : `turn ${k - 1}`}.`,
      }),
    ]);
  }

  // ---------------------------------------------------------------- branch, export, compare

  private branchDialog(k: number) {
    this.stop();
    const state = this.states[k];
    if (!state) return;
    const { body, close } = openClassroomDialog(
      `Branch from ${k === 0 ? 'the start' : `turn ${k}`}`,
      'branch-dialog',
    );
    let side: SideChoice = 'japan';
    let difficulty: Difficulty = 'normal';
    const sides = el('fieldset', {}, [
      el('legend', { text: 'Who plays the branch?' }),
      ...SIDE_CHOICES.map((c) => {
        const radio = el('input', { attrs: { type: 'radio', name: 'branch-side', value: c.value } });
        radio.checked = c.value === side;
        radio.addEventListener('change', () => {
          side = c.value;
        });
        return el('label', { className: 'side-card' }, [
          radio,
          el('span', {}, [
            el('span', { className: 'side-title', text: c.label }),
            el('span', { className: 'side-hint', text: c.hint }),
          ]),
        ]);
      }),
    ]);
    const select = el(
      'select',
      { attrs: { id: 'branch-difficulty' } },
      DIFFICULTIES.map((d) => el('option', { text: d.label, attrs: { value: d.value } })),
    );
    select.value = difficulty;
    select.addEventListener('change', () => {
      difficulty = select.value as Difficulty;
    });
    const go = button(
      'Start the branch',
      () => {
        const players = playersFor(side, difficulty);
        const branch = branchReplay(this.replay, k, players);
        const session = new GameSession(this.base, branch.seed, players, branch.whatIf);
        // The shared turns keep what the computer said it intended: the saved branch then shows who
        // played them (class results: "the computer to turn 9, then a student", play32).
        for (const t of branch.turns) session.apply(t.orders, t.intents);
        setBranchOrigin(this.replay, k);
        close();
        this.hooks.play(session, {
          scenario: keyOf(this.base),
          side,
          difficulty,
          seed: branch.seed,
          ...(branch.whatIf !== undefined ? { whatIf: branch.whatIf } : {}),
        });
      },
      { className: 'primary big' },
    );
    body.append(
      el('p', {
        text: `The new game starts in ${formatDate(state.date, this.weekly)} (turn ${state.turn}) with the same seed “${this.replay.seed}”${this.replay.whatIf ? ' and the same what-if' : ''}; the first ${k} ${k === 1 ? 'turn is' : 'turns are'} exactly as in this replay. From there, you decide.`,
      }),
      sides,
      el('div', { className: 'field' }, [
        el('label', { text: 'Computer player', attrs: { for: 'branch-difficulty' } }),
        select,
      ]),
      el('p', {
        className: 'hint',
        text: 'Afterwards, Save & share → Compare with the original game shows both timelines side by side.',
      }),
      go,
    );
    go.focus();
  }

  private exportReplay() {
    const name = `price-of-victory-${fileSlug(this.replay.scenario.id)}-${fileSlug(this.replay.seed)}.replay.json`;
    downloadText(name, JSON.stringify(this.replay, null, 1));
    this.status.textContent = 'The replay file is downloading.';
  }

  private async compareWithFile(file: File) {
    const read = await readFileText(file);
    const loaded = read.ok ? loadReplayText(read.text) : null;
    if (!read.ok || !loaded?.ok) {
      const why = !read.ok
        ? read.message
        : loaded && !loaded.ok
          ? loaded.problems.map((p) => `${p.path} ${p.message}`).join('; ')
          : '';
      this.status.textContent = `“${file.name}” cannot be compared: ${why}`;
      this.status.setAttribute('role', 'alert');
      return;
    }
    requestClassroom({ kind: 'compare', a: this.replay, b: loaded.value });
  }

  private async afterAction() {
    this.stop();
    const { showAfterAction } = await import('./after-action-page');
    // Opened while the turns are still being checked, the report says so and shows the verdict when it is known.
    showAfterAction(this.scenario, this.replay, this.checked);
  }
}
