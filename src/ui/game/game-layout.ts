/**
 * The game screen's frame, built once: top bar (title, turn and date, who
 * plays, End turn), the resource bar, the board with its zoom buttons, key
 * and tooltip, and the side panel with the move being prepared and four tabs.
 */
import { el } from '../kit/dom';
import type { Tab } from './screen-state';

export interface GameLayout {
  root: HTMLElement;
  title: HTMLElement;
  /** "What if: …" under the game bar when the game is a counterfactual (hidden for history). */
  whatIf: HTMLElement;
  status: HTMLElement;
  playing: HTMLElement;
  endTurn: HTMLButtonElement;
  autoplay: HTMLButtonElement;
  /** A phone's way to last turn's report, which lies below the map there (hidden elsewhere by the style sheet). */
  reportJump: HTMLButtonElement;
  hint: HTMLElement;
  /**
   * The warning of ships left where enemy aircraft outgun them, under End turn: a button that
   * wraps to as many lines as it needs and opens the sea area's panel (hidden when none is).
   */
  danger: HTMLButtonElement;
  newGame: HTMLButtonElement;
  hud: HTMLElement;
  notice: HTMLElement;
  /** The Allies' intelligence report, shown at the start of their turn (code-breaking). */
  intel: HTMLElement;
  board: HTMLElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  zoomFit: HTMLButtonElement;
  tooltip: HTMLElement;
  legend: HTMLDetailsElement;
  legendBody: HTMLElement;
  composer: HTMLElement;
  tabs: Record<Tab, HTMLButtonElement>;
  panels: Record<Tab, HTMLElement>;
  announce: HTMLElement;
}

const TABS: [Tab, string][] = [
  ['orders', 'Orders'],
  ['area', 'Area'],
  ['report', 'Report'],
  ['about', 'About'],
];

export function buildGameLayout(): GameLayout {
  const b = (text: string, className: string, label?: string) => {
    const x = el('button', { className, text, attrs: { type: 'button' } });
    if (label) x.setAttribute('aria-label', label);
    return x;
  };
  const title = el('p', { className: 'subtitle', attrs: { id: 'scenario-title' } });
  const whatIf = el('p', { className: 'what-if-banner', attrs: { id: 'what-if-banner' } });
  whatIf.hidden = true;
  const status = el('p', { className: 'turn-status', attrs: { id: 'turn-status', 'aria-live': 'polite' } });
  const playing = el('p', { className: 'playing-as', attrs: { id: 'playing-as' } });
  const endTurn = b('End turn', 'end-turn');
  endTurn.id = 'end-turn';
  endTurn.disabled = true;
  const autoplay = b('Play on', 'autoplay');
  autoplay.hidden = true;
  autoplay.setAttribute('aria-pressed', 'false');
  const reportJump = b('Report ↓', 'report-jump', 'Read last turn’s report, below the map');
  reportJump.hidden = true;
  const hint = el('p', { className: 'hint', attrs: { id: 'end-turn-hint' } });
  const danger = b('', 'air-danger-alert');
  danger.id = 'air-danger-alert';
  danger.hidden = true;
  const newGame = b('New game', 'menu-button', 'New game: back to the start screen');
  const hud = el('section', { className: 'hud', attrs: { id: 'hud', 'aria-label': 'Resources' } });
  const notice = el('p', { className: 'notice', attrs: { id: 'notice', role: 'alert' } });
  notice.hidden = true;
  // A block, not a paragraph: the report lists one destination a line (intel-notice.ts).
  const intel = el('div', { className: 'notice intel-notice', attrs: { id: 'intel', role: 'status' } });
  intel.hidden = true;
  const board = el('div', {
    className: 'board',
    attrs: {
      id: 'board',
      tabindex: '0',
      'aria-label':
        'Map. Drag or use the arrow keys to move it, the mouse wheel or + and − to zoom, 0 to see it all; N and P go from area to area and Enter selects one. The Area tab lists the same areas.',
    },
  });
  const zoomIn = b('+', 'zoom-button', 'Zoom in');
  const zoomOut = b('−', 'zoom-button', 'Zoom out');
  const zoomFit = b('All', 'zoom-button', 'Show the whole map');
  const tooltip = el('div', { className: 'tooltip', attrs: { id: 'tooltip', role: 'tooltip' } });
  tooltip.hidden = true;
  const legendBody = el('div', { attrs: { id: 'legend-body' } });
  const legend = el('details', { className: 'legend', attrs: { id: 'legend' } }, [
    // "Key", as narrow as the zoom buttons above it (the board keeps that strip clear of the map).
    el('summary', { text: 'Key', attrs: { 'aria-label': 'Map key', title: 'Map key' } }),
    legendBody,
  ]);
  const composer = el('section', { className: 'composer', attrs: { id: 'composer', 'aria-label': 'Move' } });
  const tabs = {} as Record<Tab, HTMLButtonElement>;
  const panels = {} as Record<Tab, HTMLElement>;
  for (const [id, label] of TABS) {
    const tab = el('button', {
      className: 'tab',
      text: label,
      attrs: {
        type: 'button',
        role: 'tab',
        id: `tab-${id}`,
        'aria-controls': `panel-${id}`,
        'data-key': `tab-${id}`,
      },
    });
    tabs[id] = tab;
    panels[id] = el('section', {
      className: 'tab-panel',
      attrs: { role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': `tab-${id}`, tabindex: '-1' },
    });
  }
  const announce = el('p', {
    className: 'visually-hidden',
    attrs: { 'aria-live': 'polite', id: 'announce' },
  });

  const root = el('div', { className: 'game-screen', attrs: { id: 'game-screen' } }, [
    el('header', { className: 'topbar' }, [
      el('div', { className: 'brand' }, [el('h1', { text: 'Price of Victory' }), title]),
      el('div', { className: 'turn-box' }, [status, playing]),
      el('div', { className: 'actions' }, [
        el('div', { className: 'action-buttons' }, [reportJump, autoplay, endTurn]),
        danger,
        hint,
      ]),
      newGame,
    ]),
    whatIf,
    hud,
    notice,
    intel,
    el('main', { className: 'layout' }, [
      el('section', { className: 'board-wrap', attrs: { 'aria-label': 'Map' } }, [
        board,
        el('div', { className: 'zoom-controls' }, [zoomIn, zoomOut, zoomFit]),
        legend,
        tooltip,
      ]),
      el('aside', { className: 'panel', attrs: { 'aria-label': 'Orders and reports' } }, [
        composer,
        el(
          'div',
          { className: 'tabs', attrs: { role: 'tablist', 'aria-label': 'Side panel' } },
          Object.values(tabs),
        ),
        ...Object.values(panels),
      ]),
    ]),
    announce,
  ]);
  return {
    root,
    title,
    whatIf,
    status,
    playing,
    endTurn,
    autoplay,
    reportJump,
    hint,
    danger,
    newGame,
    hud,
    notice,
    intel,
    board,
    zoomIn,
    zoomOut,
    zoomFit,
    tooltip,
    legend,
    legendBody,
    composer,
    tabs,
    panels,
    announce,
  };
}

/** Arrow keys move between tabs (the WAI-ARIA tabs pattern). */
export function tabKeys(tabs: Record<Tab, HTMLButtonElement>, show: (t: Tab) => void) {
  const order = TABS.map(([id]) => id);
  for (const [i, id] of order.entries()) {
    tabs[id].addEventListener('click', () => show(id));
    tabs[id].addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (e.key === 'Home' || e.key === 'End' || step) {
        e.preventDefault();
        const next =
          e.key === 'Home'
            ? order[0]
            : e.key === 'End'
              ? order[order.length - 1]
              : order[(i + step + order.length) % order.length];
        if (next) {
          show(next);
          tabs[next].focus();
        }
      }
    });
  }
}
