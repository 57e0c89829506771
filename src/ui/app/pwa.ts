/**
 * Offline play: registers the service worker that vite-plugin-pwa builds
 * (Workbox, precaching the whole game) with workbox-window, from this module
 * — never an inline script, which the page's CSP forbids. workbox-window is
 * imported statically (5 KB) rather than fetched later, so nothing is still
 * loading when the player leaves the page. A new version never reloads the page
 * by itself: a banner says it is ready and that it starts the next time the
 * game is opened; the player may choose to switch now (the game is autosaved
 * after every turn and as orders are drafted).
 */
import { Workbox } from 'workbox-window';
import { el } from '../kit/dom';

/** What the page knows about offline play, for tests and for the notes on screen. */
export interface OfflineStatus {
  /** The service worker is installed and the game can load without the network. */
  ready: boolean;
  /** A new version is waiting. */
  updateWaiting: boolean;
}

const status: OfflineStatus = { ready: false, updateWaiting: false };

declare global {
  interface Window {
    __povOffline?: OfflineStatus;
  }
}

export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.__povOffline = status;
  const wb = new Workbox('./sw.js', { scope: './' });
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) status.ready = true;
  });
  // A new version installed while this page runs: say so, and wait for the player.
  wb.addEventListener('waiting', () => {
    status.updateWaiting = true;
    showUpdateBanner(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  wb.register({ immediate: true })
    .then((registration) => {
      if (registration?.active) status.ready = true;
    })
    .catch((error: unknown) => {
      // Offline play is a bonus: the game still works online without it.
      console.warn('The game could not be set up for offline play:', error);
    });
}

function showUpdateBanner(useNow: () => void) {
  if (document.getElementById('update-banner')) return;
  const now = el('button', {
    className: 'small',
    text: 'Use it now (reloads the page)',
    attrs: { type: 'button' },
  });
  const later = el('button', { className: 'small secondary', text: 'Later', attrs: { type: 'button' } });
  const banner = el(
    'aside',
    { className: 'update-banner', attrs: { id: 'update-banner', role: 'status', 'aria-live': 'polite' } },
    [
      el('p', {}, [
        el('strong', { text: 'A new version of the game is ready. ' }),
        'It starts the next time the game is opened; your game goes on as it is. Games are saved, so switching now loses nothing but an order being typed.',
      ]),
      el('div', { className: 'update-actions' }, [now, later]),
    ],
  );
  now.addEventListener('click', () => {
    now.disabled = true;
    // The autosave writes drafted orders when the page is hidden or left.
    useNow();
  });
  later.addEventListener('click', () => banner.remove());
  document.body.append(banner);
}
