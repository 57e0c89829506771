/**
 * The Phaser board. Static geography is drawn once into a texture (and again,
 * sharper, for the part on screen after the player stops zooming); routes,
 * highlights, markers and area cards are drawn over it at a constant size on
 * screen. It only reads the board model: every button lives in the DOM.
 */
import Phaser from 'phaser';
import type { AreaDef, SideId } from '../../scenario/schema';
import type { BoardCamera } from './board-camera';
import { type BoardModel, cardPriority, cardVariants, detailFor, ownerOf } from './board-model';
import { drawMarks, drawRoutes } from './board-overlays';
import { cardKey, drawCard } from './card-canvas';
import { type Coastlines, NO_COASTLINES } from './coastlines';
import { type Counter, countersByArea } from './force-groups';
import { ANCHOR_MARGIN, type Anchor, type CardSize, placeCards, type Segment } from './label-placement';
import { type Point, type Rect, toWorld } from './map-frame';
import { drawMap, type RasterView } from './map-raster';
import { drawMarker, markerKey, markerRadius } from './marker-canvas';
import { type OwnershipField, ownershipField } from './ownership-field';
import { hexCss, PALETTE } from './palette';
import { chooseRenderer } from './renderer-choice';

export interface BoardHooks {
  /** Called once, after the first frame with the whole board on it has been rendered. */
  onReady(): void;
}

interface CardSlot {
  image: Phaser.GameObjects.Image;
  /** Texture key and size of each form the card can take, most detailed first. */
  variants: { key: string; width: number; height: number; named: boolean; spare: boolean }[];
  /** Where it is drawn, in world units (null when left out for lack of room). */
  rect: Rect | null;
  /** Whether the form drawn shows the area's name. */
  named?: boolean;
}

/** An area card on the board, in board pixels, with its marker's centre and whether a leader line joins them. */
export interface ShownCard {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  marker: Point;
  leader: boolean;
}

const BASE_MAX_PIXELS = 4096;

/**
 * The farthest a card sits from its marker (pixels, its nearest point from the marker's centre), as
 * a share of the board's shorter side: 78 px on a phone (390 wide), 124 at 1366×768, 186 at
 * 1920×1080 (the same limit as tests/browser/card-checks.ts). Farther, a card read as a neighbour's (issue 11: a phone's Leyte and Mindanao by
 * Korea, 163 px from its marker); a card with no spot within it takes its spare form or is left out,
 * its marker still there to tap (label-placement.ts).
 */
const CARD_REACH_SHARE = 0.2;
/** The reach on the smallest boards. */
const CARD_REACH_MIN = 62;

export function cardReach(viewport: { width: number; height: number }): number {
  return Math.max(CARD_REACH_MIN, CARD_REACH_SHARE * Math.min(viewport.width, viewport.height));
}

/** A move in the turn playback: the areas it passes, first to last. */
export interface PlaybackMove {
  side: SideId;
  route: readonly string[];
}

/**
 * A place marked after the moves: a battle (ringed), an area that changed hands (to `side`,
 * ringed in its colour), or sinkings: `side`'s ships and shipping lost in a sea area (or a
 * battle's area), drawn there with the sea routes through it and a line saying what went down.
 */
export type PlaybackMark =
  | { kind: 'battle'; area: string }
  | { kind: 'control'; area: string; side?: SideId }
  | { kind: 'sinking'; area: string; side: SideId; ships: number; kgt: number; label: string };

/**
 * Sinkings in one place: the sea lanes through it stroked in the colour of loss from the
 * place halfway to their next area, and a hull in the loser's colour going under a wave.
 */
function drawSinking(
  g: Phaser.GameObjects.Graphics,
  at: Point,
  lanes: readonly Point[],
  side: number,
  t: number,
  z: number,
) {
  const fade = 1 - Math.max(0, t - 0.75) * 2;
  g.lineStyle(3.5 / z, PALETTE.sunk, 0.7 * fade);
  const reach = Math.min(1, t * 3) * 0.4;
  for (const q of lanes) g.lineBetween(at.x, at.y, at.x + (q.x - at.x) * reach, at.y + (q.y - at.y) * reach);
  const s = 1.4 / z;
  const sink = Math.min(1, t * 2) * 4;
  // A pale disc behind the hull, so it reads over markers and lanes.
  g.fillStyle(0xffffff, 0.9 * fade);
  g.fillCircle(at.x, at.y, 13 * s);
  g.lineStyle(2 / z, PALETTE.sunk, fade);
  g.strokeCircle(at.x, at.y, 13 * s);
  // The hull: a trapezoid, bow down, sinking below the waterline.
  g.fillStyle(side, fade);
  g.lineStyle(1 * s, 0xffffff, fade);
  const hull = [
    { x: -9, y: -4 },
    { x: 9, y: -6 },
    { x: 6, y: 2 },
    { x: -7, y: 3 },
  ].map((p) => ({ x: at.x + p.x * s, y: at.y + (p.y + sink) * s }));
  const outline = () => {
    g.beginPath();
    for (const [i, p] of hull.entries()) {
      if (i === 0) g.moveTo(p.x, p.y);
      else g.lineTo(p.x, p.y);
    }
    g.closePath();
  };
  outline();
  g.fillPath();
  outline();
  g.strokePath();
  // The waterline over it.
  g.lineStyle(2.5 * s, PALETTE.sunk, fade);
  g.beginPath();
  g.moveTo(at.x - 13 * s, at.y + 2 * s);
  for (let i = 1; i <= 4; i++) g.lineTo(at.x + (-13 + i * 6.5) * s, at.y + (i % 2 ? -1 : 2) * s);
  g.strokePath();
}

/** The point a fraction `t` along a polyline, and the corners already passed. */
function pointAlong(points: readonly Point[], t: number): { point: Point; passed: Point[] } {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  const total = lengths.reduce((a, b) => a + b, 0);
  let left = total * Math.min(1, Math.max(0, t));
  const passed: Point[] = [];
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i]!;
    const a = points[i]!;
    const b = points[i + 1]!;
    if (left <= len || i === lengths.length - 1) {
      const f = len === 0 ? 1 : Math.min(1, left / len);
      return { point: { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f }, passed };
    }
    left -= len;
    passed.push(b);
  }
  return { point: points[points.length - 1] ?? { x: 0, y: 0 }, passed };
}

/** Whether `game.destroy()` has been called (Phaser finishes it on its next step; not in its types). */
function destroying(game: Phaser.Game): boolean {
  return (game as unknown as { pendingDestroy?: boolean }).pendingDestroy === true;
}

/** The game loop sleeps this long after the last change (time for a last frame or two). */
const IDLE_BEFORE_SLEEP_MS = 400;
/** How long the zoom must rest before the cards are placed with every try (scheduleCards). */
const CARDS_SETTLE_MS = 200;

export class BoardScene extends Phaser.Scene {
  private readonly view: BoardCamera;
  private readonly hooks: BoardHooks;
  private model: BoardModel | null = null;
  private coast: Coastlines = NO_COASTLINES;
  private positions = new Map<string, Point>();
  private field: OwnershipField | null = null;
  private fieldKey = '';
  private base: Phaser.GameObjects.Image | null = null;
  private baseScale = 1;
  private detail: Phaser.GameObjects.Image | null = null;
  private detailTimer: number | undefined;
  /** The full placement of the cards once the zoom stops (onViewChanged places them in one try meanwhile). */
  private cardsTimer: number | undefined;
  private resizeTimer: number | undefined;
  private detailSerial = 0;
  private routes!: Phaser.GameObjects.Graphics;
  private marks!: Phaser.GameObjects.Graphics;
  private pulse!: Phaser.GameObjects.Graphics;
  /** When the board last changed (performance.now()): the loop sleeps a moment after. */
  private lastActivity = 0;
  /** Ends the turn playback under way, if any. */
  private playback: (() => void) | null = null;
  private markers = new Map<string, Phaser.GameObjects.Image>();
  private cards = new Map<string, CardSlot>();
  /** The areas whose card is joined to its marker by a leader line. */
  private leaders = new Set<string>();
  private cardTextures = new Map<string, number>();
  private placedZoom = 0;
  private created = false;
  private readySent = false;
  /** Whether the first view has been panned to show the focus area's card (board-camera.ts `focus`). */
  private focusShown = false;
  private geographyFinal = false;

  /** Canvas pixels per CSS pixel: the board is drawn sharp on high-density screens. */
  private readonly dpr: number;

  constructor(view: BoardCamera, hooks: BoardHooks, dpr = 1) {
    super({ key: 'board' });
    this.view = view;
    this.hooks = hooks;
    this.dpr = dpr;
  }

  create() {
    this.created = true;
    // Once the game is destroyed (its screen left), a late camera change or coastline draws nothing.
    const gone = () => {
      this.created = false;
      window.clearTimeout(this.resizeTimer);
      window.clearTimeout(this.cardsTimer);
    };
    this.events.once(Phaser.Scenes.Events.DESTROY, gone);
    this.game.events.once(Phaser.Core.Events.DESTROY, gone);
    this.cameras.main.setBackgroundColor(PALETTE.sea);
    this.routes = this.add.graphics().setDepth(2);
    this.marks = this.add.graphics().setDepth(3);
    this.pulse = this.add.graphics().setDepth(6);
    this.view.setViewport({ width: this.scale.width / this.dpr, height: this.scale.height / this.dpr });
    this.view.fitForScreen();
    this.scale.on(Phaser.Scale.Events.RESIZE, (size: Phaser.Structs.Size) => {
      this.view.setViewport({ width: size.width / this.dpr, height: size.height / this.dpr });
      // A board of another shape shows more (or less) of the world around the scenario.
      window.clearTimeout(this.resizeTimer);
      this.requestRender();
      this.resizeTimer = window.setTimeout(() => {
        this.requestRender();
        this.fieldKey = '';
        this.updateGeography();
      }, 250);
    });
    this.view.onChange(() => this.onViewChanged());
    this.rebuild();
    this.onViewChanged();
  }

  /**
   * The board's screen is being left: from now on nothing draws (Phaser destroys a game on its
   * next step, and a playback, a timer or a late resize may still call in before then).
   */
  retire() {
    this.created = false;
    this.detailSerial++;
    window.clearTimeout(this.resizeTimer);
    window.clearTimeout(this.cardsTimer);
  }

  /** The coastlines, once loaded (or NO_COASTLINES if they could not be): the board is then ready. */
  setCoastlines(coast: Coastlines) {
    this.coast = coast;
    this.geographyFinal = true;
    this.fieldKey = '';
    this.rebuild();
    this.onViewChanged();
  }

  setModel(model: BoardModel) {
    const worldChanged = this.model?.world !== model.world;
    this.model = model;
    if (worldChanged) {
      this.positions.clear();
      for (const a of model.world.scenario.areas) this.positions.set(a.id, toWorld(a));
    }
    this.rebuild();
  }

  /** The area cards drawn with their names, in board pixels (for tests: is every name on the board?). */
  namedCards(): ShownCard[] {
    return this.shownCards(true);
  }

  /** Every area card drawn, named or not, in board pixels (for tests: does any card cover another?). */
  allCards(): ShownCard[] {
    return this.shownCards(false);
  }

  /** The ids of the forces the board's counters stand for, by area (what the player is shown). */
  drawnForces(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    if (!this.model) return out;
    for (const [area, counters] of countersByArea(this.model.state))
      out[area] = counters.flatMap((c) => c.forces.map((f) => f.id));
    return out;
  }

  /** The ids of the enemy forces drawn faded where the side last saw them (the fog's memory), by area. */
  ghostForces(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [area, g] of this.ghostCounters())
      out[area] = g.counters.flatMap((c) => c.forces.map((f) => f.id));
    return out;
  }

  /** The faded counters of what the side last saw in each sea area it does not watch (model.ghosts). */
  private ghostCounters(): Map<string, { counters: Counter[]; label: string }> {
    const out = new Map<string, { counters: Counter[]; label: string }>();
    for (const [area, g] of this.model?.ghosts ?? []) {
      const counters = countersByArea({ forces: g.forces.map((f) => ({ ...f, location: area })) }).get(area);
      if (counters && counters.length > 0) out.set(area, { counters, label: g.label });
    }
    return out;
  }

  private shownCards(namedOnly: boolean): ShownCard[] {
    const out: ShownCard[] = [];
    for (const [id, slot] of this.cards) {
      if (!slot.rect || (namedOnly && !slot.named) || !slot.image.visible) continue;
      const p = this.view.toScreen({ x: slot.rect.x, y: slot.rect.y });
      const marker = this.areaScreenPoint(id);
      if (!marker) continue;
      out.push({
        id,
        x: p.x,
        y: p.y,
        width: slot.rect.width * this.view.zoom,
        height: slot.rect.height * this.view.zoom,
        marker,
        leader: this.leaders.has(id),
      });
    }
    return out;
  }

  /**
   * Once, before the board says it is ready: on a view closer than the whole map (a
   * phone's), pans the focus area's card (the player's capital) wholly onto the board,
   * if that takes at most half the board's width (its card is laid out beside its marker). True when it panned (the pan
   * calls back into onViewChanged, which then finishes).
   */
  private showFocusCard(): boolean {
    if (this.focusShown) return false;
    this.focusShown = true;
    const focus = this.view.focus;
    const rect = focus ? this.cards.get(focus.area)?.rect : null;
    if (!rect || this.view.showsWholeWidth()) return false;
    const margin = 8;
    const left = this.view.toScreen({ x: rect.x, y: rect.y }).x;
    const right = left + rect.width * this.view.zoom;
    const width = this.view.viewport.width;
    const dx = left < margin ? margin - left : right > width - margin ? width - margin - right : 0;
    // A capital far from where the areas crowd (the Allies' Hawaii) would take the whole view
    // away from them: there the player pans to it.
    if (dx === 0 || Math.abs(dx) > width / 2) return false;
    this.view.panBy(dx, 0);
    return true;
  }

  /** Screen position (board pixels) of an area's centre. */
  areaScreenPoint(id: string): Point | null {
    const p = this.positions.get(id);
    return p ? this.view.toScreen(p) : null;
  }

  /** The area under a point of the board (pixels), if any: markers first, then cards. */
  areaAt(s: Point): string | null {
    if (!this.model) return null;
    let best: string | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const a of this.model.world.scenario.areas) {
      const p = this.areaScreenPoint(a.id);
      if (!p) continue;
      const d = Math.hypot(p.x - s.x, p.y - s.y);
      if (d <= markerRadius(a.kind) + 6 && d < bestD) {
        bestD = d;
        best = a.id;
      }
    }
    if (best) return best;
    const w = this.view.toWorld(s);
    for (const [id, slot] of this.cards) {
      const r = slot.rect;
      if (r && w.x >= r.x && w.x <= r.x + r.width && w.y >= r.y && w.y <= r.y + r.height) return id;
    }
    return null;
  }

  /**
   * Turn playback: the turn just resolved, drawn on the board before the new
   * state is shown — each move travels its route (a dot in its side's colour
   * with its trail), then battles and areas that changed hands are ringed.
   * Resolves when done or skipped (skipPlayback).
   */
  playTurn(moves: readonly PlaybackMove[], marks: readonly PlaybackMark[], durationMs = 1200): Promise<void> {
    if (!this.created) return Promise.resolve();
    this.skipPlayback();
    const g = this.add.graphics().setDepth(7);
    const paths = moves
      .map((m) => ({
        side: m.side,
        points: m.route.flatMap((id) => {
          const p = this.positions.get(id);
          return p ? [p] : [];
        }),
      }))
      .filter((p) => p.points.length >= 2);
    const colour = (side: SideId) => (side === 'japan' ? PALETTE.japan : PALETTE.allies);
    return new Promise((resolve) => {
      let finished = false;
      const done = () => {
        if (finished) return;
        finished = true;
        this.playback = null;
        for (const t of tweens) t.stop();
        g.destroy();
        for (const l of labels) l.text.destroy();
        this.requestRender();
        resolve();
      };
      const drawMoves = (t: number) => {
        const z = this.view.zoom;
        g.clear();
        for (const p of paths) {
          const at = pointAlong(p.points, t);
          g.lineStyle(3 / z, colour(p.side), 0.55);
          g.beginPath();
          g.moveTo(p.points[0]!.x, p.points[0]!.y);
          for (const q of at.passed) g.lineTo(q.x, q.y);
          g.lineTo(at.point.x, at.point.y);
          g.strokePath();
          g.fillStyle(colour(p.side), 1);
          g.fillCircle(at.point.x, at.point.y, 6 / z);
          g.lineStyle(1.5 / z, 0xffffff, 1);
          g.strokeCircle(at.point.x, at.point.y, 6 / z);
        }
      };
      const sinkings = marks.flatMap((m) => (m.kind === 'sinking' ? [m] : []));
      const labels = sinkings.flatMap((m) => {
        const p = this.positions.get(m.area);
        if (!p) return [];
        const text = this.add
          .text(p.x, p.y, m.label, {
            fontFamily: 'system-ui, sans-serif',
            fontSize: `${12 * this.dpr}px`,
            fontStyle: 'bold',
            color: '#ffffff',
            backgroundColor: hexCss(PALETTE.sunk),
            padding: { x: 4 * this.dpr, y: 2 * this.dpr },
          })
          .setOrigin(0.5, 0)
          .setDepth(8)
          .setAlpha(0);
        return [{ text, p }];
      });
      const drawMarks = (t: number) => {
        const z = this.view.zoom;
        drawMoves(1);
        for (const m of marks) {
          const p = this.positions.get(m.area);
          if (!p) continue;
          if (m.kind === 'sinking') {
            drawSinking(g, p, this.lanesThrough(m.area), colour(m.side), t, z);
            continue;
          }
          const c = m.kind === 'battle' ? PALETTE.focus : colour(m.side ?? 'allies');
          g.lineStyle(4 / z, c, 1 - t * 0.7);
          g.strokeCircle(p.x, p.y, (12 + 22 * t) / z);
        }
        // The words under each sinking: what went down there (they stay readable the whole phase).
        for (const { text, p } of labels) {
          text
            .setPosition(p.x, p.y + 21 / z)
            .setScale(1 / (z * this.dpr))
            .setAlpha(Math.min(1, t * 6));
        }
      };
      const tweens: Phaser.Tweens.Tween[] = [];
      const markPhase = () => {
        if (finished) return;
        if (marks.length === 0) return done();
        tweens.push(
          this.tweens.addCounter({
            from: 0,
            to: 1,
            // Sinkings carry words: they stay long enough to be read.
            duration: sinkings.length > 0 ? 1600 : 700,
            onUpdate: (tw) => drawMarks(tw.getValue() ?? 1),
            onComplete: done,
          }),
        );
      };
      this.playback = done;
      this.requestRender();
      if (paths.length === 0) return markPhase();
      tweens.push(
        this.tweens.addCounter({
          from: 0,
          to: 1,
          duration: durationMs,
          ease: 'Sine.easeInOut',
          onUpdate: (tw) => drawMoves(tw.getValue() ?? 1),
          onComplete: markPhase,
        }),
      );
    });
  }

  /** Where each sea route through `area` leads (its other end), for drawing losses on the lanes. */
  private lanesThrough(area: string): Point[] {
    const world = this.model?.world;
    if (!world) return [];
    const sea = (id: string) => world.areas.get(id)?.kind === 'sea';
    return world.scenario.connections.flatMap((c) => {
      const other = c.a === area ? c.b : c.b === area ? c.a : null;
      if (other === null || !(sea(area) || sea(other))) return [];
      const p = this.positions.get(other);
      return p ? [p] : [];
    });
  }

  /**
   * Pans (zooming out only if need be) so that the areas `ids` are on the board, with room for their
   * markers: a turn's playback where it can be seen (board-camera.ts `showPoints`).
   */
  bringIntoView(ids: readonly string[]) {
    const points = ids.flatMap((id) => {
      const p = this.positions.get(id);
      return p ? [p] : [];
    });
    if (points.length === 0 || !this.created) return;
    this.view.showPoints(points, 32);
  }

  /** Ends a playback at once (the Skip button, a key). */
  skipPlayback() {
    this.playback?.();
  }

  /** Pans to an area and rings it for a moment (a report item was clicked). */
  focus(id: string) {
    const p = this.positions.get(id);
    if (!p || !this.created) return;
    this.requestRender();
    const from = { ...this.view.centre };
    const zoom = Math.max(this.view.zoom, this.view.fitZoom() * 1.6);
    const fromZoom = this.view.zoom;
    this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: 450,
      ease: 'Sine.easeInOut',
      onUpdate: (tween) => {
        const t = tween.getValue() ?? 1;
        this.view.centreOn(
          { x: from.x + (p.x - from.x) * t, y: from.y + (p.y - from.y) * t },
          fromZoom + (zoom - fromZoom) * t,
        );
      },
    });
    const ring = { t: 0 };
    this.tweens.add({
      targets: ring,
      t: 1,
      duration: 1800,
      onUpdate: () => {
        const z = this.view.zoom;
        this.pulse.clear();
        this.pulse.lineStyle(4 / z, PALETTE.focus, 1 - ring.t);
        this.pulse.strokeCircle(p.x, p.y, (14 + 26 * ring.t) / z);
      },
      onComplete: () => this.pulse.clear(),
    });
  }

  // ------------------------------------------------------------------ drawing

  /** Everything that depends on the model (not on the view). */
  private rebuild() {
    if (!this.created || !this.model) return;
    this.updateGeography();
    this.updateMarkers();
    this.updateCards();
    this.drawOverlays();
    this.requestRender();
  }

  /**
   * Render on demand: the game loop sleeps while nothing changes (an idle
   * board uses next to no CPU — a classroom Chromebook's battery), and every
   * change wakes it for a moment. Tweens keep it awake until they end.
   */
  requestRender() {
    this.lastActivity = performance.now();
    if (this.created && !this.game.loop.running) this.game.loop.wake(true);
  }

  override update() {
    if (!this.readySent) return;
    if (performance.now() - this.lastActivity < IDLE_BEFORE_SLEEP_MS) return;
    if (this.tweens.getTweens().length > 0) return;
    this.game.loop.sleep();
  }

  private onViewChanged() {
    const cam = this.cameras?.main;
    if (!this.created || !cam || destroying(this.game)) return;
    this.requestRender();
    cam.setZoom(this.view.zoom * this.dpr);
    cam.centerOn(this.view.centre.x, this.view.centre.y);
    if (Math.abs(this.view.zoom - this.placedZoom) > 1e-9) {
      for (const m of this.markers.values()) m.setScale(1 / (this.view.zoom * this.dpr));
      // While the zoom moves (a pinch, a wheel, the buttons' tween), the cards are placed in one try
      // each step, and in full once it stops: a full placement of the grand campaign's 44 cards with
      // its tries took up to ~0.7 s on a loaded phone-sized board, on every step of a zoom.
      this.updateCards(0);
      this.drawOverlays();
      this.scheduleCards();
    }
    this.scheduleDetail();
    if (!this.readySent && this.base && this.geographyFinal) {
      if (this.showFocusCard()) return;
      this.readySent = true;
      this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.hooks.onReady());
    }
  }

  /** The land tint follows who holds what; the base texture is redrawn when that changes. */
  private updateGeography() {
    const model = this.model;
    // A late resize timer may fire after the board's game is destroyed: nothing to draw into.
    if (!model || !this.created || destroying(this.game)) return;
    const land = model.world.scenario.areas.filter((a) => a.kind !== 'sea');
    const owners = land.map((a) => `${a.id}:${ownerOf(model.state, a)}`).join(',');
    const key = `${owners}|${this.coast.rings.length}`;
    if (key === this.fieldKey && this.base) return;
    this.fieldKey = key;
    const bounds = this.mapExtent();
    this.field = this.coast.rings.length
      ? ownershipField(
          this.coast,
          land.map((a) => ({ ...toWorld(a), owner: ownerOf(model.state, a) })),
          bounds,
        )
      : null;
    const fit = this.view.fitZoom();
    this.baseScale = Math.min(
      BASE_MAX_PIXELS / bounds.width,
      BASE_MAX_PIXELS / bounds.height,
      fit * Math.max(2, 1.5 * this.dpr),
    );
    const canvas = document.createElement('canvas');
    drawMap(canvas, { ...bounds, scale: this.baseScale }, this.coast, this.field);
    this.replaceTexture('map-base', canvas);
    if (!this.base) this.base = this.add.image(0, 0, 'map-base').setOrigin(0, 0).setDepth(0);
    else this.base.setTexture('map-base');
    this.base.setPosition(bounds.x, bounds.y).setScale(1 / this.baseScale);
    // The sharp view is out of date too.
    this.detail?.setVisible(false);
    this.scheduleDetail();
  }

  /**
   * The part of the world the base texture covers: everything the camera can
   * show when zoomed right out on this board (its shape may differ from the
   * scenario's), with a little to spare.
   */
  private mapExtent(): Rect {
    const b = this.view.bounds;
    const z = this.view.minZoom();
    const w = Math.max(b.width, this.view.viewport.width / z) * 1.05;
    const h = Math.max(b.height, this.view.viewport.height / z) * 1.05;
    return { x: b.x + b.width / 2 - w / 2, y: b.y + b.height / 2 - h / 2, width: w, height: h };
  }

  /** After zooming stops, the part on screen is drawn again at screen resolution. */
  private scheduleDetail() {
    window.clearTimeout(this.detailTimer);
    const sharp = this.view.zoom * this.dpr;
    if (sharp <= this.baseScale * 1.15 || this.coast.rings.length === 0) {
      this.detail?.setVisible(false);
      return;
    }
    const shown = this.detail?.visible ? (this.detail.getData('view') as RasterView | undefined) : undefined;
    const v = this.view.visible();
    if (
      shown &&
      Math.abs(shown.scale - sharp) < 1e-6 &&
      v.x >= shown.x &&
      v.y >= shown.y &&
      v.x + v.width <= shown.x + shown.width &&
      v.y + v.height <= shown.y + shown.height
    ) {
      return;
    }
    const serial = ++this.detailSerial;
    this.detailTimer = window.setTimeout(() => {
      if (serial !== this.detailSerial || !this.created) return;
      this.requestRender();
      const visible = this.view.visible();
      const view: RasterView = {
        x: visible.x - visible.width * 0.3,
        y: visible.y - visible.height * 0.3,
        width: visible.width * 1.6,
        height: visible.height * 1.6,
        scale: this.view.zoom * this.dpr,
      };
      const canvas = document.createElement('canvas');
      drawMap(canvas, view, this.coast, this.field);
      this.replaceTexture('map-detail', canvas);
      if (!this.detail) this.detail = this.add.image(0, 0, 'map-detail').setOrigin(0, 0).setDepth(1);
      else this.detail.setTexture('map-detail');
      this.detail
        .setPosition(view.x, view.y)
        .setScale(1 / view.scale)
        .setVisible(true)
        .setData('view', view);
    }, 180);
  }

  private updateMarkers() {
    const model = this.model;
    if (!model) return;
    for (const a of model.world.scenario.areas) {
      const look = {
        kind: a.kind,
        owner: ownerOf(model.state, a),
        capital: a.tags.includes('capital'),
        unwatched: model.unwatched?.has(a.id) === true,
      };
      const key = markerKey(look);
      if (!this.textures.exists(key)) this.textures.addCanvas(key, drawMarker(look, this.dpr));
      const p = this.positions.get(a.id)!;
      const existing = this.markers.get(a.id);
      if (existing) existing.setTexture(key);
      else
        this.markers.set(
          a.id,
          this.add
            .image(p.x, p.y, key)
            .setDepth(4)
            .setScale(1 / (this.view.zoom * this.dpr)),
        );
    }
  }

  /** The cards placed in full (every try) once the zoom has not moved for CARDS_SETTLE_MS. */
  private scheduleCards() {
    window.clearTimeout(this.cardsTimer);
    const zoom = this.view.zoom;
    this.cardsTimer = window.setTimeout(() => {
      if (!this.created || destroying(this.game) || this.view.zoom !== zoom) return;
      this.updateCards();
      this.drawOverlays();
      this.requestRender();
    }, CARDS_SETTLE_MS);
  }

  /** Card textures for the current model and zoom, then their places (`retries`: label-placement.ts). */
  private updateCards(retries?: number) {
    const model = this.model;
    if (!model) return;
    const zoom = this.view.zoom;
    const detail = detailFor(this.view.pxPerDegree());
    const counters = countersByArea(model.state);
    const ghosts = this.ghostCounters();
    const areas = model.world.scenario.areas;
    const used = new Set<string>();
    const sizes: CardSize[] = [];
    for (const a of areas) {
      const mine = counters.get(a.id) ?? [];
      const variants = cardVariants(a, mine, detail, ghosts.get(a.id)).map((c) => {
        const key = `card:${cardKey(c)}`;
        used.add(key);
        if (!this.textures.exists(key)) {
          this.textures.addCanvas(key, drawCard(c, this.dpr).canvas);
          this.cardTextures.set(key, 0);
        }
        // Sizes in CSS pixels (the texture has dpr times as many).
        const frame = this.textures.getFrame(key);
        return {
          key,
          width: (frame?.width ?? 1) / this.dpr,
          height: (frame?.height ?? 1) / this.dpr,
          named: c.name !== null,
          spare: c.spare ?? false,
        };
      });
      let slot = this.cards.get(a.id);
      if (!slot) {
        slot = {
          image: this.add.image(0, 0, '__DEFAULT').setOrigin(0, 0).setDepth(5).setVisible(false),
          variants,
          rect: null,
        };
        this.cards.set(a.id, slot);
      }
      slot.variants = variants;
      sizes.push({
        variants: variants.map((v) => ({ width: v.width, height: v.height, spare: v.spare, named: v.named })),
        // Only empty sea areas may lose their name for want of room; every land area is named. A sea
        // with ships last seen in it is placed as one with forces (its faded counters are news).
        optional: mine.length === 0 && a.kind === 'sea' && !ghosts.has(a.id),
        priority:
          cardPriority(a, mine.length > 0 ? mine : (ghosts.get(a.id)?.counters ?? [])) +
          (a.id === model.selectedArea ? 1000 : 0),
      });
    }
    this.placeCards(areas, sizes, zoom, retries);
    // Textures no card shows any more are freed (after the cards have moved off them).
    for (const key of [...this.cardTextures.keys()]) {
      if (!used.has(key)) {
        this.textures.remove(key);
        this.cardTextures.delete(key);
      }
    }
  }

  private placeCards(areas: readonly AreaDef[], sizes: CardSize[], zoom: number, retries?: number) {
    const model = this.model;
    if (!model) return;
    const anchors: Anchor[] = areas.map((a) => {
      const p = this.positions.get(a.id)!;
      return { x: p.x * zoom, y: p.y * zoom, radius: markerRadius(a.kind) + ANCHOR_MARGIN };
    });
    const routes: Segment[] = model.world.scenario.connections.flatMap((c) => {
      const a = this.positions.get(c.a);
      const b = this.positions.get(c.b);
      return a && b ? [[a.x * zoom, a.y * zoom, b.x * zoom, b.y * zoom] as const] : [];
    });
    const b = this.view.bounds;
    const box = { x: b.x * zoom, y: b.y * zoom, width: b.width * zoom, height: b.height * zoom };
    const placed = placeCards(anchors, sizes, box, routes, cardReach(this.view.viewport), retries);
    areas.forEach((a, i) => {
      const slot = this.cards.get(a.id);
      if (!slot) return;
      const r = placed[i];
      const variant = r ? slot.variants[r.variant] : undefined;
      if (!r || !variant) {
        slot.rect = null;
        slot.image.setVisible(false);
        return;
      }
      slot.rect = { x: r.x / zoom, y: r.y / zoom, width: r.width / zoom, height: r.height / zoom };
      slot.named = variant.named;
      slot.image
        .setTexture(variant.key)
        .setVisible(true)
        .setPosition(Math.round(r.x) / zoom, Math.round(r.y) / zoom)
        .setScale(1 / (zoom * this.dpr));
    });
    this.placedZoom = zoom;
  }

  /** Routes, leader lines, selection, legal destinations and planned moves, at constant screen widths. */
  private drawOverlays() {
    if (!this.model) return;
    const z = this.view.zoom;
    drawRoutes(this.routes, this.model, this.positions, z);
    const rects = new Map([...this.cards].map(([id, slot]) => [id, slot.rect]));
    this.leaders = drawMarks(this.marks, this.model, this.positions, rects, z);
  }

  private replaceTexture(key: string, canvas: HTMLCanvasElement) {
    if (this.textures.exists(key)) this.textures.remove(key);
    this.textures.addCanvas(key, canvas);
  }
}

/**
 * Starts Phaser in `parent` with the board scene. The canvas has a pixel for
 * every device pixel (up to 2 per CSS pixel) and is shown at the parent's
 * CSS size, so text and coastlines stay sharp on high-density screens.
 */
export function startBoard(parent: HTMLElement, view: BoardCamera, hooks: BoardHooks) {
  const dpr = Math.min(2, Math.max(1, window.devicePixelRatio || 1));
  const scene = new BoardScene(view, hooks, dpr);
  const size = () => ({
    width: Math.max(1, Math.round(parent.clientWidth * dpr)),
    height: Math.max(1, Math.round(parent.clientHeight * dpr)),
  });
  const game = new Phaser.Game({
    type: chooseRenderer(window.location.search) === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    backgroundColor: PALETTE.seaCss,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: { mode: Phaser.Scale.NONE, ...size(), zoom: 1 / dpr },
    scene: [scene],
  });
  const observer = new ResizeObserver(() => {
    // A screen left (the board destroyed) may still get one last resize before the observer stops.
    if (!game.scale || destroying(game)) return;
    const s = size();
    if (s.width === game.scale.width && s.height === game.scale.height) return;
    game.scale.resize(s.width, s.height);
    game.scale.setZoom(1 / dpr);
  });
  observer.observe(parent);
  game.events.once(Phaser.Core.Events.DESTROY, () => observer.disconnect());
  return { game, scene };
}
