/**
 * The fog of war, as a player meets it: Midway as Japan. The US submarines on
 * patrol in the Midway approaches, a sea area with no Japanese ship or
 * aircraft near, are not on the board or in the area panel (the panel says
 * why); the US carriers in Pearl Harbor, a port, are. With the option off,
 * the same game shows the submarines. The game itself is the same either way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, type GameState } from '../../src/engine/index';
import { loadScenarioText } from '../../src/scenario/load';
import { NO_ENEMY_SEEN } from '../../src/text/fog-text';
import { useBuiltGame } from './built-game';
import { openGroup, openPage, ROOT, screenshotPath, waitForReady } from './harness';

const SEED = 'fog-1';
const SEA = 'midway-approaches';
const SUBMARINES = 'pacific-submarines';

async function startMidwayAsJapan(page: Page, fog: boolean): Promise<string> {
  await page.getByRole('radio', { name: /Midway, 1942/ }).check();
  await page.getByRole('radio', { name: /^Japan/ }).check();
  await page.getByLabel('Seed', { exact: true }).fill(SEED);
  const option = page.getByLabel('Hide enemy fleets at sea (fog of war)');
  // On by default for a new game.
  await expect(option.isChecked()).resolves.toBe(true);
  if (!fog) await option.uncheck();
  const link = await page.getByLabel('Link that starts this game (for a class)').inputValue();
  await page.getByRole('button', { name: 'Start the game' }).click();
  await waitForReady(page);
  return link;
}

async function areaPanel(page: Page, area: string): Promise<string> {
  await page.getByRole('tab', { name: 'Area' }).click();
  await page.locator('#area-select').selectOption(area);
  return (await page.locator('#area-details').textContent()) ?? '';
}

describe('the fog of war (production build)', () => {
  const game = useBuiltGame();
  const loaded = loadScenarioText(readFileSync(join(ROOT, 'scenarios/midway-1942.json'), 'utf8'));
  if (!loaded.ok) throw new Error('midway-1942 does not load');
  const world = buildWorld(loaded.value);

  it('hides a US fleet at sea far from Japan’s ships and aircraft, and shows it with the option off', async () => {
    const fogged = await openPage(game.browser, game.server.url);
    const link = await startMidwayAsJapan(fogged.page, true);
    expect(link).not.toContain('fog=off');
    const start = createGame(world, SEED);
    // The game is the same: only what the screen shows changes.
    expect(await fogged.page.evaluate(() => window.__pov?.state() as GameState)).toEqual(start);
    const drawn = await fogged.page.evaluate(() => window.__pov?.drawnForces() ?? {});
    expect(drawn[SEA] ?? []).not.toContain(SUBMARINES);
    // Ports are watched: the carriers at Pearl Harbor are on the board.
    expect(drawn.hawaii ?? []).toContain('enterprise');
    const panel = await areaPanel(fogged.page, SEA);
    expect(panel).not.toContain('Pacific Fleet submarines');
    expect(panel).not.toContain('No forces here');
    expect(panel).toContain(NO_ENEMY_SEEN);
    expect(await fogged.page.locator('#playing-as').textContent()).toContain('fog of war');
    await fogged.page.screenshot({ path: screenshotPath('fog-1-hidden') });
    expect(fogged.errors).toEqual([]);
    await fogged.page.close();

    const open = await openPage(game.browser, game.server.url);
    const openLink = await startMidwayAsJapan(open.page, false);
    expect(openLink).toContain('fog=off');
    expect(await open.page.evaluate(() => window.__pov?.state() as GameState)).toEqual(start);
    const all = await open.page.evaluate(() => window.__pov?.drawnForces() ?? {});
    expect(all[SEA] ?? []).toContain(SUBMARINES);
    const openPanel = await areaPanel(open.page, SEA);
    expect(openPanel).toContain('Pacific Fleet submarines');
    expect(openPanel).not.toContain(NO_ENEMY_SEEN);
    await open.page.screenshot({ path: screenshotPath('fog-2-shown') });
    expect(open.errors).toEqual([]);
    await open.page.close();
  }, 180_000);

  it('an invasion through a sea Japan does not watch says so, and names no enemy ship there', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=play`,
      { width: 1366, height: 768 },
    );
    await waitForReady(page);
    await openGroup(page, 'formosa');
    await page.locator('[data-key="pick-sixteenth-army"]').check();
    await page.locator('[data-key="pick-invasion-transports"]').check();
    await page.locator('[data-key="dest-java"]').click();
    const text = (await page.getByRole('region', { name: 'Move to Java' }).textContent()) ?? '';
    // ABDA's cruisers are in the Java Sea, which no Japanese ship or aircraft watches.
    expect(text).not.toContain('enemy ships in Java Sea');
    expect(text).not.toContain('Houston');
    expect(text).toContain('sails through Java Sea, which your forces do not watch');
    await page.screenshot({ path: screenshotPath('fog-3-on-the-way') });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('the code-breakers’ news is the Allies’: a Japanese student under the fog does not read "Target AF", and the replay says the fog was on', async () => {
    // Midway's "Target 'AF'" fires on turn 2 (toldTo: allies). Japan ends two turns with and without the fog.
    const read = async (fog: boolean) => {
      const { page, errors } = await openPage(
        game.browser,
        `${game.server.url}?scenario=midway-1942&side=japan&seed=${SEED}${fog ? '' : '&fog=off'}`,
        { width: 1366, height: 768 },
      );
      await waitForReady(page);
      for (const turn of [1, 2]) {
        await page.locator('#end-turn').click();
        await page.waitForFunction(
          (t) => window.__pov?.phase() === 'ordering' && (window.__pov?.state().turn ?? 0) > t,
          turn,
          { timeout: 300_000, polling: 250 },
        );
      }
      await page.getByRole('tab', { name: /Report/ }).click();
      const text = (await page.locator('[aria-labelledby="report-heading"]').textContent()) ?? '';
      // The replay says whether the game was played under the fog (a teacher reads what the student could see).
      await page.getByRole('button', { name: /^Save and share/ }).click();
      await page.getByRole('button', { name: 'Open in the replay viewer' }).click();
      await page.locator('#replay-board[data-ready="true"]').waitFor({ timeout: 60_000 });
      const fogLine = await page.locator('#replay-fog').count();
      expect(fogLine).toBe(fog ? 1 : 0);
      if (fog)
        await expect(page.locator('#replay-fog').textContent()).resolves.toContain(
          'Played under the fog of war',
        );
      await page.screenshot({ path: screenshotPath(`fog-4-replay-${fog ? 'fogged' : 'open'}`) });
      expect(errors).toEqual([]);
      await page.close();
      return text;
    };
    const fogged = await read(true);
    expect(fogged).toContain('What happened in the week of 11 May 1942');
    expect(fogged).not.toContain('Target');
    expect(fogged).not.toContain('Station Hypo');
    const open = await read(false);
    expect(open).toContain("Target 'AF'");
  }, 600_000);
});
