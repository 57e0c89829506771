/**
 * Where the board looks: a centre in world units and a zoom (screen pixels
 * per world unit), kept inside the scenario's part of the world. Pure
 * arithmetic, so pan, zoom and hit-testing agree everywhere; the Phaser
 * camera just copies it.
 */
import { type Point, type Rect, UNITS_PER_DEGREE } from './map-frame';

export interface Size {
  width: number;
  height: number;
}

/** The closest a player can zoom in: this many screen pixels per degree. */
const MAX_PX_PER_DEGREE = 70;

export class BoardCamera {
  centre: Point;
  zoom = 1;
  viewport: Size = { width: 1, height: 1 };
  readonly bounds: Rect;
  /**
   * Screen pixels along the board's left edge that its buttons (zoom, All, Map key)
   * cover: the whole scenario is shown to the right of them, and its left edge can
   * always be panned out from under them, so no card there is hidden for good.
   */
  insetLeft = 0;
  /**
   * The area whose card a phone's first view must show whole (the player's capital:
   * its id and place in world units), or null: a map closer than the whole scenario
   * shows only part of it, and that part should hold the player's home. The board
   * pans only as far as its card needs (board-scene.ts showFocusCard).
   */
  focus: { area: string; at: Point } | null = null;
  /**
   * Where a phone's first view is centred across (world x), or null for the
   * scenario's middle: the median of the areas' places, so that the view holds
   * as many of them as it can (the Oil Clock's middle is the empty ocean between
   * Asia and Hawaii: 7 of its 25 cards were on a phone's first view).
   */
  crowdX: number | null = null;
  private listeners: (() => void)[] = [];

  constructor(bounds: Rect) {
    this.bounds = bounds;
    this.centre = { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 };
  }

  onChange(listener: () => void) {
    this.listeners.push(listener);
  }

  /** The zoom that shows the whole scenario. */
  fitZoom(): number {
    return Math.min(this.usableWidth() / this.bounds.width, this.viewport.height / this.bounds.height);
  }

  /** The board's width not under its buttons. */
  private usableWidth(): number {
    return this.viewport.width - this.inset();
  }

  /** The strip the buttons cover, never more than a third of a narrow board. */
  private inset(): number {
    return Math.min(this.insetLeft, this.viewport.width / 3);
  }

  /** Sets the strip the buttons cover (keeping the whole map in view if it was). */
  setInsetLeft(px: number) {
    const next = Math.max(0, px);
    if (Math.abs(next - this.insetLeft) < 0.5) return;
    const wasFit = Math.abs(this.zoom - this.fitZoom()) < 1e-6;
    this.insetLeft = next;
    if (wasFit) this.zoom = this.fitZoom();
    this.settle();
  }

  minZoom(): number {
    return this.fitZoom() * 0.9;
  }

  maxZoom(): number {
    return Math.max(this.fitZoom() * 2, MAX_PX_PER_DEGREE / UNITS_PER_DEGREE);
  }

  pxPerDegree(): number {
    return this.zoom * UNITS_PER_DEGREE;
  }

  setViewport(size: Size) {
    const wasFit = Math.abs(this.zoom - this.fitZoom()) < 1e-6;
    this.viewport = { width: Math.max(1, size.width), height: Math.max(1, size.height) };
    if (wasFit) this.zoom = this.fitZoom();
    this.settle();
  }

  fit() {
    this.zoom = this.fitZoom();
    this.centre = { x: this.bounds.x + this.bounds.width / 2, y: this.bounds.y + this.bounds.height / 2 };
    this.settle();
  }

  /**
   * The first view of a game: the whole scenario, except on a narrow upright
   * screen (a phone), where that would leave every card on top of another: there
   * the map fills the board's height (up to 2.5 times closer), centred across on
   * `focus` if set, with its card then panned into view (before, Japan's Home
   * Islands card lay off the left edge of the grand campaign), and the player pans
   * sideways; "All" still shows everything.
   */
  fitForScreen() {
    this.fit();
    const { width, height } = this.viewport;
    if (width >= 600 || height <= width) return;
    // Filled to at most 1.27 times the board's width in height: the phone's map, taller since the
    // stocks went into a compact grid (ui13), would otherwise start so close that the areas at its
    // sides (Formosa, Indochina in the grand campaign) fall off it; the rest of the height shows
    // the sea above and below the scenario.
    const cover = Math.min(Math.min(height, width * 1.27) / this.bounds.height, this.fitZoom() * 2.5);
    if (cover > this.zoom) this.zoom = cover;
    if (this.crowdX !== null) this.centre = { x: this.crowdX, y: this.centre.y };
    this.settle();
  }

  /** Whether the whole scenario's width is on screen (beside the buttons). */
  showsWholeWidth(): boolean {
    return this.usableWidth() / this.zoom >= this.bounds.width - 1e-6;
  }

  /** Zooms by `factor`, keeping the world point under (sx, sy) on screen where it is. */
  zoomAt(factor: number, sx = this.viewport.width / 2, sy = this.viewport.height / 2) {
    const before = this.toWorld({ x: sx, y: sy });
    this.zoom = clamp(this.zoom * factor, this.minZoom(), this.maxZoom());
    const after = this.toWorld({ x: sx, y: sy });
    this.centre = { x: this.centre.x + before.x - after.x, y: this.centre.y + before.y - after.y };
    this.settle();
  }

  /** Moves the view by a drag of (dx, dy) screen pixels. */
  panBy(dx: number, dy: number) {
    this.centre = { x: this.centre.x - dx / this.zoom, y: this.centre.y - dy / this.zoom };
    this.settle();
  }

  centreOn(p: Point, zoom?: number) {
    this.centre = { ...p };
    if (zoom !== undefined) this.zoom = clamp(zoom, this.minZoom(), this.maxZoom());
    this.settle();
  }

  /**
   * Moves the view as little as it can so that every one of `points` (world units) lies at least
   * `margin` screen pixels inside the board, clear of the buttons' strip; zooms out first if they
   * do not fit at this zoom (never closer). A turn's playback is shown where it can be seen: the
   * view may be where a player left it, with the moves off a phone's close map (ui29).
   */
  showPoints(points: readonly Point[], margin = 0) {
    if (points.length === 0) return;
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const p of points) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    const { width, height } = this.viewport;
    const inset = this.inset();
    const roomX = Math.max(1, width - inset - 2 * margin);
    const roomY = Math.max(1, height - 2 * margin);
    const fits = Math.min(
      maxX > minX ? roomX / (maxX - minX) : Number.POSITIVE_INFINITY,
      maxY > minY ? roomY / (maxY - minY) : Number.POSITIVE_INFINITY,
    );
    if (this.zoom > fits) this.zoom = Math.max(fits, this.minZoom());
    const z = this.zoom;
    // The centres that keep the points' box inside the free part of the board (x: beside the buttons).
    const within = (c: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : clamp(c, lo, hi));
    this.centre = {
      x: within(this.centre.x, maxX - (width / 2 - margin) / z, minX + (width / 2 - inset - margin) / z),
      y: within(this.centre.y, maxY - (height / 2 - margin) / z, minY + (height / 2 - margin) / z),
    };
    this.settle();
  }

  toScreen(p: Point): Point {
    return {
      x: (p.x - this.centre.x) * this.zoom + this.viewport.width / 2,
      y: (p.y - this.centre.y) * this.zoom + this.viewport.height / 2,
    };
  }

  toWorld(s: Point): Point {
    return {
      x: (s.x - this.viewport.width / 2) / this.zoom + this.centre.x,
      y: (s.y - this.viewport.height / 2) / this.zoom + this.centre.y,
    };
  }

  /** The world rectangle on screen. */
  visible(): Rect {
    const w = this.viewport.width / this.zoom;
    const h = this.viewport.height / this.zoom;
    return { x: this.centre.x - w / 2, y: this.centre.y - h / 2, width: w, height: h };
  }

  /** Keeps the zoom in range and the centre over the scenario, then tells the listeners. */
  private settle() {
    this.zoom = clamp(this.zoom, this.minZoom(), this.maxZoom());
    const b = this.bounds;
    const halfW = this.viewport.width / this.zoom / 2;
    const halfH = this.viewport.height / this.zoom / 2;
    // The buttons' strip, in world units: the screen's centre is this far left of the free part's centre.
    const inset = this.inset() / this.zoom;
    // When the whole width fits, stay centred in the part beside the buttons; otherwise keep the
    // edges of the scenario on screen (the left one clear of the buttons).
    this.centre = {
      x:
        this.usableWidth() / this.zoom >= b.width
          ? b.x + b.width / 2 - inset / 2
          : clamp(this.centre.x, b.x + halfW - inset, b.x + b.width - halfW),
      y:
        halfH * 2 >= b.height
          ? b.y + b.height / 2
          : clamp(this.centre.y, b.y + halfH, b.y + b.height - halfH),
    };
    for (const l of this.listeners) l();
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
