/**
 * Bundled by `bench/browser.ts` (Vite, library mode, production): the bench's grand campaign — the
 * historical plan on both sides, no recording, seeds as `bench/bench.ts` plays them in Node (a
 * warm-up game, then `campaign-0` … `campaign-9`) — played in the page, where the game runs
 * for its players. Each game's time is the page's clock around it (the engine reads no clock).
 */
import { historicalPolicy } from '../src/ai/historical';
import { buildWorld, createGame, resolveTurn } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

declare global {
  interface Window {
    /** Reads the scenario once (the world is kept for the games after). */
    loadCampaign: (scenario: string) => void;
    /** Plays one campaign of `seed`; its wall-clock time in ms. */
    playCampaign: (seed: string) => number;
  }
}

let world: ReturnType<typeof buildWorld> | null = null;

window.loadCampaign = (scenario) => {
  const loaded = loadScenarioText(scenario);
  if (!loaded.ok) throw new Error('the scenario does not validate');
  world = buildWorld(loaded.value);
};

window.playCampaign = (seed) => {
  const w = world;
  if (!w) throw new Error('loadCampaign first');
  const start = performance.now();
  let state = createGame(w, seed);
  while (!state.outcome) {
    const orders = {
      japan: historicalPolicy.orders(w, state, 'japan'),
      allies: historicalPolicy.orders(w, state, 'allies'),
    };
    state = resolveTurn(w, state, orders).state;
  }
  return performance.now() - start;
};
