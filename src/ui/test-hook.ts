/**
 * A read-only window onto the game for browser tests (and curious teachers):
 * the canvas is opaque to DOM queries, so tests ask here for what only it shows.
 */
import type { GameState } from '../engine/index';
import type { GameSession } from './session';

export interface PovHook {
  /** True once the board has been drawn and the End turn button works. */
  ready: boolean;
  /** A JSON copy of the current game state. */
  state(): GameState;
  /** Page coordinates (CSS pixels, like a mouse click) of an area's centre, or null. */
  areaOnScreen(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __pov?: PovHook;
  }
}

export function installTestHook(
  session: GameSession,
  canvasPoint: (id: string) => { x: number; y: number } | null,
): PovHook {
  const hook: PovHook = {
    ready: false,
    state: () => JSON.parse(JSON.stringify(session.state)) as GameState,
    areaOnScreen: (id) => canvasPoint(id),
  };
  Object.defineProperty(window, '__pov', { value: hook, configurable: true, writable: false });
  return hook;
}
