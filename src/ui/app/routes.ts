/**
 * Screens are pages: each has an address (a `#/…` fragment, so the static
 * build works from any folder), and the browser's Back and Forward move
 * between them. One typed route union, one `navigate`: every change of
 * screen — a click, a link, an error sending the player back to the start,
 * Back and Forward — is a `Route` handed to `navigate`, and the app's one
 * handler (main.ts) shows it.
 *
 * Screens (start, game, replay, compare, class results) replace each other;
 * the teacher view and the after-action report open over the screen they came
 * from, so Back closes them and Forward opens them again. A route may carry
 * what its screen shows (a replay, a game to start): that stays in memory and
 * out of the address and the history, which keep only the page (`addressOf`).
 */

import { assertNever } from '../../engine/assert-never';
import type { Replay } from '../../replay/index';
import type { GameSession } from '../game/session';
import type { Autosave, Restored } from './autosave';
import type { LaunchOptions } from './launch';

/** The game a `game` route opens; without one, the game left (Back, Forward, a reload). */
export type GameRequest =
  | { kind: 'new'; options: LaunchOptions }
  | { kind: 'resume'; save: Autosave; id?: string }
  | { kind: 'session'; session: GameSession; launch: LaunchOptions; restored?: Restored };

export type Route =
  | { page: 'start'; notice?: string }
  | { page: 'game'; game?: GameRequest }
  | { page: 'replay'; replay?: Replay; turn?: number }
  | { page: 'compare'; replays?: readonly [Replay, Replay] }
  /** Not a page of its own in the history: its address is the start screen's (Back returns there). */
  | { page: 'class-results' }
  | { page: 'teacher'; scenario: string }
  | { page: 'report' };

/** What the address and the history keep of a route: the page (and the teacher view's scenario). */
export type Address =
  | { page: 'start' }
  | { page: 'game' }
  | { page: 'replay' }
  | { page: 'compare' }
  | { page: 'teacher'; scenario: string }
  | { page: 'report' };

export type OverlayPage = 'teacher' | 'report';

/**
 * How a screen that opens records itself in the browser's history: a new
 * entry (a player's click), the current one replaced (a link, an error), or
 * nothing (Back and Forward, which have already moved).
 */
export type HistoryMove = 'push' | 'replace' | 'none';

export function addressOf(route: Route): Address {
  switch (route.page) {
    case 'start':
    case 'class-results':
      return { page: 'start' };
    case 'game':
    case 'replay':
    case 'compare':
    case 'report':
      return { page: route.page };
    case 'teacher':
      return { page: 'teacher', scenario: route.scenario };
    default:
      return assertNever(route);
  }
}

const OVERLAYS: readonly Route['page'][] = ['teacher', 'report'];

export function isOverlay(route: Route | Address): boolean {
  return OVERLAYS.includes(route.page);
}

/** The address of a route: the page's path and `#/game`, `#/teacher/<scenario>`, …; the start screen has none. */
export function routeUrl(route: Address): string {
  const path = window.location.pathname;
  switch (route.page) {
    case 'start':
      return path;
    case 'teacher':
      return `${path}#/teacher/${encodeURIComponent(route.scenario)}`;
    default:
      return `${path}#/${route.page}`;
  }
}

/** The route of an address fragment, or null when it is not one. */
export function parseRoute(hash: string): Address | null {
  if (hash === '' || hash === '#' || hash === '#/') return { page: 'start' };
  // A shared replay link (#replay=…) is the replay page.
  if (hash.startsWith('#replay=')) return { page: 'replay' };
  const m = /^#\/([a-z]+)(?:\/(.*))?$/.exec(hash);
  if (!m) return null;
  switch (m[1]) {
    case 'start':
      return { page: 'start' };
    case 'game':
    case 'replay':
    case 'compare':
    case 'report':
      return { page: m[1] };
    case 'teacher':
      return m[2] ? { page: 'teacher', scenario: safeDecode(m[2]) } : null;
    default:
      return null;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

type ScreenHandler = (route: Route, how: HistoryMove) => void;

let showScreen: ScreenHandler = () => {};
let overlay: { page: OverlayPage; close(): void } | null = null;
const reopeners: Partial<Record<OverlayPage, (route: Route) => void>> = {};
/** True while Forward reopens an overlay: it must not add a history entry of its own. */
let restoring = false;
/** The screen under the overlays (what Back from an overlay returns to). */
let screenPage: Address['page'] = 'start';

/** Where the app shows a screen for a route (Back, Forward, navigate). Installed once, at boot. */
export function onRoute(handler: ScreenHandler) {
  showScreen = handler;
  window.addEventListener('popstate', (e) => {
    const route = routeOfState(e.state) ?? parseRoute(window.location.hash) ?? { page: 'start' };
    if (overlay && overlay.page !== route.page) {
      const o = overlay;
      overlay = null;
      o.close();
    }
    if (isOverlay(route)) {
      if (!overlay) {
        restoring = true;
        try {
          reopeners[route.page as OverlayPage]?.(route);
        } finally {
          restoring = false;
        }
      }
      return;
    }
    screenPage = route.page;
    showScreen(route, 'none');
  });
}

function routeOfState(state: unknown): Address | null {
  if (state && typeof state === 'object' && 'route' in state) {
    const r = (state as { route: unknown }).route;
    if (r && typeof r === 'object' && 'page' in r) return r as Address;
  }
  return null;
}

/**
 * Goes to a screen. The screen records itself in the history once it is up
 * (`record`, with `history`: a new entry by default), so a screen that cannot
 * open — and sends the player to the start screen with a notice — leaves no
 * entry behind. Overlays open themselves (`overlayOpened`).
 */
export function navigate(route: Route, options: { history?: HistoryMove } = {}) {
  if (isOverlay(route)) return;
  showScreen(route, options.history ?? 'push');
}

/** Says the screen now shown is `route`, without showing anything (the screen is already up). */
export function record(route: Route, how: HistoryMove = 'push') {
  if (how === 'none') return;
  const address = addressOf(route);
  const state = { route: address };
  const url = routeUrl(address);
  if (how === 'replace' || restoring) history.replaceState(state, '', url);
  else history.pushState(state, '', url);
  if (!isOverlay(address)) screenPage = address.page;
}

/** The screen page under any overlay. */
export function currentScreen(): Address['page'] {
  return screenPage;
}

/**
 * An overlay page (teacher view, after-action report) has opened: it gets its
 * history entry; `close` shuts it when Back leaves it, `reopen` opens it again
 * on Forward.
 */
export function overlayOpened(
  route: Extract<Route, { page: OverlayPage }>,
  close: () => void,
  reopen: (route: Route) => void,
) {
  reopeners[route.page] = reopen;
  if (overlay?.page === route.page) {
    overlay = { page: route.page, close };
    history.replaceState({ route }, '', routeUrl(route));
    return;
  }
  overlay = { page: route.page, close };
  record(route, 'push');
}

/** The overlay closed by itself (its Close button, Escape): its history entry is left with Back. */
export function overlayClosed(page: OverlayPage) {
  if (overlay?.page !== page) return;
  overlay = null;
  const here = routeOfState(history.state) ?? parseRoute(window.location.hash);
  if (here?.page === page) history.back();
}
