/**
 * Intelligence is information, in the browser: playing the Allies against the
 * computer's Japan, the decrypt of Japan's orders is shown at the start of the
 * Allied turn — the engine's readJapaneseIntentions for Japan's orders, read
 * before the Allies give theirs — and the turn then resolves exactly as the
 * engine resolves it in Node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyByName } from '../../src/ai/registry';
import {
  buildWorld,
  createGame,
  type GameState,
  readJapaneseIntentions,
  resolveTurn,
} from '../../src/engine/index';
import { loadScenarioText } from '../../src/scenario/load';
import { intelligenceText } from '../../src/text/report-text';
import { useBuiltGame } from './built-game';
import { openPage, ROOT, screenshotPath, waitForReady } from './harness';

const SEED = 'intel-1';

describe('the intelligence report at the start of the Allied turn (production build)', () => {
  const game = useBuiltGame();
  const loaded = loadScenarioText(readFileSync(join(ROOT, 'scenarios/midway-1942.json'), 'utf8'));
  if (!loaded.ok) throw new Error('midway-1942 does not load');
  const world = buildWorld(loaded.value);

  it('shows the decrypt of the computer’s Japanese orders before the Allies give theirs', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=midway-1942&side=allies&seed=${SEED}&difficulty=history`,
    );
    await waitForReady(page);
    const start = createGame(world, SEED);
    const japan = policyByName('historical')!.orders(world, start, 'japan');
    const intel = readJapaneseIntentions(world, start, japan);
    expect(intel).not.toBeNull();
    const notice = page.locator('#intel');
    await expect(notice.isVisible()).resolves.toBe(true);
    const said = (await notice.textContent()) ?? '';
    expect(said.startsWith('Intelligence report, before your orders (code-breaking): ')).toBe(true);
    if (intel?.read && intel.destinations.length > 0) {
      // One line a destination, named as the engine read them (intel-notice.ts).
      const lines = await notice.locator('li').allTextContents();
      expect(lines).toHaveLength(intel.destinations.length);
      intel.destinations.forEach((d, i) => {
        expect(lines[i]).toContain(`${world.areas.get(d.area)?.name}: `);
        expect(lines[i]).toContain(d.forces.length > 6 ? 'more' : (d.forces.at(-1) ?? ''));
      });
    } else
      expect(said).toBe(
        `Intelligence report, before your orders (code-breaking): ${intel && intelligenceText(intel, (id) => world.areas.get(id)?.name ?? id)}`,
      );
    await page.screenshot({ path: screenshotPath('intel-1-allied-turn') });
    // Reading it changed nothing: the game resolves as the engine resolves it.
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.waitForFunction((t) => window.__pov?.state().turn === t + 1, start.turn, {
      timeout: 60_000,
    });
    const after = await page.evaluate(() => window.__pov?.state() as GameState);
    expect(after).toEqual(resolveTurn(world, start, { japan, allies: [] }).state);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
