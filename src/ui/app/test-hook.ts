/**
 * A read-only window onto the game for browser tests (and curious teachers):
 * the canvas is opaque to DOM queries, so tests ask here for what only it
 * shows. Everything returned is a JSON copy: nothing here can change the game.
 */
import type { GameState, Order, TurnReport } from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import type { ShownCard } from '../board/board-scene';
import type { TurnPhaseKind } from '../game/turn-phase';
import type { TurnPlayback } from '../game/turn-playback';

export interface PovHook {
  /** True once the board has been drawn (coastlines included) and the End turn button works. */
  ready: boolean;
  /** Milliseconds from the start of navigation to `ready` (performance.now()), or null before. */
  readyAt: number | null;
  /** A copy of the current game state. */
  state(): GameState;
  /** The side whose orders are on screen (null while the computer plays both). */
  viewer(): SideId | null;
  /** Where the game screen is in the turn: ordering, handover, resolving, playback, watching or over. */
  phase(): TurnPhaseKind;
  /** The last turn the board played (its moves and its marks: battles, sinkings, areas changing hands), or null. */
  playback(): TurnPlayback | null;
  /** The orders given so far this turn by the side on screen. */
  orders(): Order[];
  /** Every turn report so far, oldest first. */
  reports(): TurnReport[];
  /** Page coordinates (CSS pixels, like a mouse click) of an area's centre, or null. */
  areaOnScreen(id: string): { x: number; y: number } | null;
  /** The area cards on the board that show their name, in board pixels (with the marker's centre and whether a leader line joins them). */
  namedCards(): ShownCard[];
  /** Every area card on the board, named or not (a sea's counters), in board pixels. */
  allCards(): ShownCard[];
  /** The forces the board's counters show, by area (with the fog of war on, not every enemy force). */
  drawnForces(): Record<string, string[]>;
  /** The enemy forces drawn faded where the side last saw them (fog of war's memory), by area. */
  ghostForces(): Record<string, string[]>;
}

declare global {
  interface Window {
    __pov?: PovHook;
  }
}

export interface HookSource {
  state(): GameState;
  viewer(): SideId | null;
  phase(): TurnPhaseKind;
  playback(): TurnPlayback | null;
  orders(): readonly Order[];
  reports(): readonly TurnReport[];
  areaOnScreen(id: string): { x: number; y: number } | null;
  namedCards(): ShownCard[];
  allCards(): ShownCard[];
  drawnForces(): Record<string, string[]>;
  ghostForces?(): Record<string, string[]>;
}

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function installTestHook(source: HookSource): PovHook {
  const hook: PovHook = {
    ready: false,
    readyAt: null,
    state: () => copy(source.state()),
    viewer: () => source.viewer(),
    phase: () => source.phase(),
    playback: () => copy(source.playback()),
    orders: () => copy([...source.orders()]),
    reports: () => copy([...source.reports()]),
    areaOnScreen: (id) => source.areaOnScreen(id),
    namedCards: () => copy(source.namedCards()),
    allCards: () => copy(source.allCards()),
    drawnForces: () => copy(source.drawnForces()),
    ghostForces: () => copy(source.ghostForces?.() ?? {}),
  };
  Object.defineProperty(window, '__pov', { value: hook, configurable: true, writable: false });
  return hook;
}
