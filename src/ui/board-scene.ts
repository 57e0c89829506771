/**
 * The Phaser board: areas placed by longitude and latitude, routes between
 * them, and each area's card with its forces. It only reads the game state;
 * the DOM around it holds every button.
 */
import Phaser from 'phaser';
import type { AreaDef } from '../scenario/schema';
import { buildCard, drawTail } from './area-card';
import { drawGraticule, drawMarker, drawRoutes, drawSelection, markerRadius, type Point } from './board-draw';
import { productionLine } from './describe-area';
import { countersByArea } from './force-groups';
import { placeCards } from './label-placement';
import { PALETTE } from './palette';
import { fitProjection } from './projection';
import type { GameSession } from './session';

export interface BoardHooks {
  /** Called once, after the first frame with the board on it has been rendered. */
  onReady(): void;
  onSelect(areaId: string): void;
  /** Pixels on the board's right edge covered by DOM (the map key): the map keeps clear of them. */
  reservedRight(): number;
}

export class BoardScene extends Phaser.Scene {
  private readonly session: GameSession;
  private readonly hooks: BoardHooks;
  private drawn: Phaser.GameObjects.GameObject[] = [];
  private positions = new Map<string, Point>();
  private selected: string | null = null;
  private created = false;

  constructor(session: GameSession, hooks: BoardHooks) {
    super({ key: 'board' });
    this.session = session;
    this.hooks = hooks;
  }

  create() {
    this.created = true;
    this.cameras.main.setBackgroundColor(PALETTE.sea);
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.redraw());
    this.redraw();
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.hooks.onReady());
  }

  /** The centre of an area in game (canvas) pixels, or null if there is no such area. */
  areaPosition(id: string): Point | null {
    const p = this.positions.get(id);
    return p ? { x: p.x, y: p.y } : null;
  }

  select(id: string | null) {
    this.selected = id;
    this.redraw();
  }

  /** Draws the board again from the current state (a no-op until Phaser has started the scene). */
  redraw() {
    if (!this.created) return;
    for (const o of this.drawn) o.destroy();
    this.drawn = [];
    this.positions.clear();
    const { width, height } = this.scale;
    const { world, state } = this.session;
    const areas = world.scenario.areas;
    const usable = Math.max(width * 0.6, width - this.hooks.reservedRight());
    const marginX = Math.min(110, usable * 0.12);
    const marginY = Math.min(60, height * 0.1);
    const projection = fitProjection(areas, {
      x: marginX,
      y: marginY,
      width: usable - marginX * 2,
      height: height - marginY * 2,
    });
    for (const a of areas) this.positions.set(a.id, projection.project(a));

    this.drawn.push(...drawGraticule(this, projection, width, height));
    this.drawn.push(drawRoutes(this, world.scenario.connections, world.areas, this.positions));

    const markers = this.add.graphics();
    this.drawn.push(markers);
    for (const a of areas) {
      const owner = state.control[a.id] ?? a.owner;
      drawMarker(markers, a, owner, this.at(a), a.tags.includes('capital'));
    }
    if (this.selected) {
      const a = world.areas.get(this.selected);
      if (a) drawSelection(markers, a, this.at(a));
    }

    const counters = countersByArea(state);
    const cards = areas.map((a) =>
      buildCard(this, a, productionLine(world.scenario, a), counters.get(a.id) ?? []),
    );
    const anchors = areas.map((a) => ({ ...this.at(a), radius: markerRadius(a) }));
    const routes = world.scenario.connections.flatMap((c) => {
      const a = this.positions.get(c.a);
      const b = this.positions.get(c.b);
      return a && b ? [[a.x, a.y, b.x, b.y] as const] : [];
    });
    const rects = placeCards(anchors, cards, { x: 2, y: 2, width: usable - 4, height: height - 4 }, routes);
    cards.forEach((card, i) => {
      const r = rects[i];
      const a = areas[i];
      if (!r || !a) return;
      const at = { x: Math.round(r.x), y: Math.round(r.y) };
      card.container.setPosition(at.x, at.y);
      const anchor = anchors[i];
      if (anchor) drawTail(card, at, anchor);
      this.drawn.push(card.container);
      this.drawn.push(this.hitZone(a, r.x, r.y, r.width, r.height, 0));
    });
    for (const a of areas) {
      const p = this.at(a);
      const size = (markerRadius(a) + 4) * 2;
      this.drawn.push(this.hitZone(a, p.x - size / 2, p.y - size / 2, size, size, 0));
    }
  }

  private at(a: AreaDef): Point {
    return this.positions.get(a.id) ?? { x: 0, y: 0 };
  }

  private hitZone(a: AreaDef, x: number, y: number, w: number, h: number, depth: number) {
    const zone = this.add.zone(x, y, w, h).setOrigin(0, 0).setDepth(depth);
    zone.setInteractive({ useHandCursor: true });
    zone.on('pointerdown', () => this.hooks.onSelect(a.id));
    return zone;
  }
}

/** Starts Phaser in `parent` with the board scene. */
export function startBoard(parent: HTMLElement, session: GameSession, hooks: BoardHooks) {
  const scene = new BoardScene(session, hooks);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: '#dcebf4',
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    scene: [scene],
  });
  return { game, scene };
}
