/**
 * The browser entry: load and check the scenario, start a game, draw the
 * board with Phaser and the HUD in the DOM, and resolve a turn on "End turn".
 */
import './zod-setup';
import './style.css';
import scenarioJson from '../../scenarios/southern-oil-1942.json';
import { loadScenarioValue } from '../scenario/load';
import { AreaPanel } from './area-panel';
import { startBoard } from './board-scene';
import { byId, revealInPanel } from './dom';
import { Hud } from './hud';
import { renderLegend } from './legend';
import { showProblems } from './problems-view';
import { renderReport } from './report-view';
import { GameSession, seedFromUrl } from './session';
import { installTestHook } from './test-hook';

function boot() {
  const loaded = loadScenarioValue(scenarioJson);
  if (!loaded.ok) {
    showProblems(
      'The scenario file has problems',
      loaded.problems,
      'Fix scenarios/southern-oil-1942.json at the places listed, then reload the page.',
    );
    return;
  }
  const session = new GameSession(loaded.value, seedFromUrl(window.location.search));
  const reportBox = byId('report');

  let board: ReturnType<typeof startBoard> | null = null;
  const select = (id: string | null) => {
    panel.show(id);
    board?.scene.select(id);
    revealInPanel(byId('area-details'));
  };
  const panel = new AreaPanel(session, select);
  const hud = new Hud(session, () => {
    session.endTurn();
    hud.render();
    panel.render();
    renderReport(reportBox, session.world, session.state, session.lastReport);
    board?.scene.redraw();
    // Bring what just happened into view in the side panel.
    revealInPanel(reportBox);
  });
  hud.render();
  panel.render();
  renderReport(reportBox, session.world, session.state, null);
  renderLegend(byId('legend-body'));

  const hook = installTestHook(session, (id) => {
    const p = board?.scene.areaPosition(id);
    const canvas = board?.game.canvas;
    if (!p || !canvas || !board) return null;
    const rect = canvas.getBoundingClientRect();
    const kx = rect.width / board.game.scale.width;
    const ky = rect.height / board.game.scale.height;
    return { x: rect.left + window.scrollX + p.x * kx, y: rect.top + window.scrollY + p.y * ky };
  });

  // The map key is open on a roomy board and folded away on a small one; the board makes room for it.
  const legend = byId<HTMLDetailsElement>('legend');
  if (byId('board').clientWidth < 800) legend.open = false;
  legend.addEventListener('toggle', () => board?.scene.redraw());
  board = startBoard(byId('board'), session, {
    onSelect: select,
    reservedRight: () => (getComputedStyle(legend).position === 'absolute' ? legend.offsetWidth + 12 : 0),
    onReady: () => {
      const canvas = board?.game.canvas;
      canvas?.setAttribute('role', 'img');
      canvas?.setAttribute(
        'aria-label',
        `Map of ${session.world.scenario.meta.title}: areas, routes and forces. The same information is in the area list beside it.`,
      );
      hud.setInteractive(true);
      hook.ready = true;
    },
  });
}

try {
  boot();
} catch (err) {
  console.error(err);
  showProblems('The game could not start', [
    { path: 'error', message: err instanceof Error ? err.message : String(err) },
  ]);
}
