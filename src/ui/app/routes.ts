/**
 * Screens are pages: each has an address (a `#/…` fragment, so the static
 * build works from any folder), and the browser's Back and Forward move
 * between them. One typed route union, one `navigate`.
 *
 * Screens (start, game, replay, compare) replace each other; the teacher view
 * and the after-action report open over the screen they came from, so Back
 * closes them and Forward opens them again. What a page shows is kept in
 * memory (the game is also autosaved), so nothing is lost going back and forth.
 */

export type Route =
  | { page: 'start' }
  | { page: 'game' }
  | { page: 'replay' }
  | { page: 'compare' }
  | { page: 'teacher'; scenario: string }
  | { page: 'report' };

export type OverlayPage = 'teacher' | 'report';

const OVERLAYS: readonly Route['page'][] = ['teacher', 'report'];

export function isOverlay(route: Route): boolean {
  return OVERLAYS.includes(route.page);
}

/** The address of a route: the page's path and `#/game`, `#/teacher/<scenario>`, …; the start screen has none. */
export function routeUrl(route: Route): string {
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
export function parseRoute(hash: string): Route | null {
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

type ScreenHandler = (route: Route) => void;

let showScreen: ScreenHandler = () => {};
let overlay: { page: OverlayPage; close(): void } | null = null;
const reopeners: Partial<Record<OverlayPage, (route: Route) => void>> = {};
/** True while Forward reopens an overlay: it must not add a history entry of its own. */
let restoring = false;
/** The screen under the overlays (what Back from an overlay returns to). */
let screenPage: Route['page'] = 'start';

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
    showScreen(route);
  });
}

function routeOfState(state: unknown): Route | null {
  if (state && typeof state === 'object' && 'route' in state) {
    const r = (state as { route: unknown }).route;
    if (r && typeof r === 'object' && 'page' in r) return r as Route;
  }
  return null;
}

/** Goes to a screen: a new history entry (or the current one replaced), then the screen. */
export function navigate(route: Route, options: { replace?: boolean } = {}) {
  record(route, options.replace === true);
  if (!isOverlay(route)) {
    screenPage = route.page;
    showScreen(route);
  }
}

/** Says the screen now shown is `route`, without showing anything (the screen is already up). */
export function record(route: Route, replace = false) {
  const state = { route };
  const url = routeUrl(route);
  if (replace || restoring) history.replaceState(state, '', url);
  else history.pushState(state, '', url);
  if (!isOverlay(route)) screenPage = route.page;
}

/** The screen page under any overlay. */
export function currentScreen(): Route['page'] {
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
  record(route);
}

/** The overlay closed by itself (its Close button, Escape): its history entry is left with Back. */
export function overlayClosed(page: OverlayPage) {
  if (overlay?.page !== page) return;
  overlay = null;
  const here = routeOfState(history.state) ?? parseRoute(window.location.hash);
  if (here?.page === page) history.back();
}
