/**
 * Orders drafted mid-turn survive a reload: a player drafts two orders, the
 * page reloads, Continue shows both under Orders again (and an exported save
 * brings them to another computer). In hot-seat, the orders of the side that
 * has already handed in stay hidden from the other player after the reload,
 * and still count when the turn is resolved.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, type GameState, type Order, resolveTurn } from '../../src/engine/index';
import { loadScenario } from '../support/scenarios';
import { useBuiltGame } from './built-game';
import { clickArea, openPage, RESULTS, screenshotPath, takeOver, waitForReady } from './harness';

const SEED = 'draft-seed';
const world = buildWorld(loadScenario('pacific-1941.json'));
const state = (page: Page) => page.evaluate(() => window.__pov?.state() as GameState);
const orders = (page: Page) => page.evaluate(() => window.__pov?.orders() as Order[]);
const akagi: Order = { type: 'move', force: 'akagi', to: 'philippine-sea' };

/** Sends Akagi from the Home Islands to the Philippine Sea with the mouse. */
async function orderAkagi(page: Page) {
  await clickArea(page, 'home-islands');
  await page.getByRole('tabpanel', { name: 'Area' }).getByRole('checkbox', { name: /Akagi/ }).check();
  await page
    .locator('#composer')
    .getByRole('button', { name: /Philippine Sea/ })
    .click();
  await page.getByRole('button', { name: 'Confirm order' }).click();
}

describe('drafted orders survive a reload (production build)', () => {
  const game = useBuiltGame();

  it('a player drafts two orders, reloads, clicks Continue and finds both under Orders', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=${SEED}`,
    );
    await waitForReady(page);
    await orderAkagi(page);
    await page.getByRole('tab', { name: /Orders/ }).click();
    await page.getByRole('button', { name: 'Decide: Keep negotiating' }).click();
    const given: Order[] = [akagi, { type: 'choose', choice: 'negotiate' }];
    expect(await orders(page)).toEqual(given);
    const hint = (await page.locator('#end-turn-hint').textContent()) ?? '';
    expect(hint).toContain('2 orders · sorties burn');

    // The laptop's lid closes, the tab reloads: the game's page (#/game) continues the game.
    await page.reload();
    await waitForReady(page);
    expect(await orders(page)).toEqual(given);
    await page.getByRole('tab', { name: 'Orders (2)' }).click();
    const list = page.getByRole('region', { name: "Japan's orders this turn" });
    await expect(list.getByRole('listitem').count()).resolves.toBe(2);
    await expect(list.textContent()).resolves.toContain('Akagi');
    await expect(page.locator('#end-turn-hint').textContent()).resolves.toBe(hint);
    await page.screenshot({ path: screenshotPath('drafts-1-restored-orders') });

    // Continue on the start screen does the same, and so does an exported save on another computer.
    await page.goto(game.server.url);
    await page.getByRole('button', { name: /^Continue: / }).click();
    await waitForReady(page);
    expect(await orders(page)).toEqual(given);
    await page.getByRole('button', { name: /^Save and share/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export save as a file' }).click(),
    ]);
    mkdirSync(join(RESULTS, 'drafts-files'), { recursive: true });
    const savePath = join(RESULTS, 'drafts-files', 'drafted.save.json');
    await download.saveAs(savePath);
    const other = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const fresh = await other.newPage();
    await fresh.goto(game.server.url);
    await fresh.setInputFiles('#import-save-file', savePath);
    await waitForReady(fresh);
    expect(await orders(fresh)).toEqual(given);
    await other.close();
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('hot-seat: after a reload, the orders Japan handed in stay hidden from the Allied player', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=both&seed=${SEED}`,
    );
    const dialog = page.getByRole('dialog');
    await takeOver(page, 'Japan');
    await waitForReady(page);
    await orderAkagi(page);
    expect(await orders(page)).toEqual([akagi]);
    await page.getByRole('button', { name: 'End turn' }).click();
    await expect(dialog.textContent()).resolves.toContain('orders are in and hidden');
    await takeOver(page, 'Allies');
    expect(await orders(page)).toEqual([]);

    await page.reload();
    // The screen is covered for the Allied player: Japan does not get its turn back.
    await expect(dialog.textContent()).resolves.toContain('orders are in and hidden');
    await expect(
      page.getByRole('button', { name: 'I am the Allied player — show my turn' }).isVisible(),
    ).resolves.toBe(true);
    expect(await page.evaluate(() => window.__pov?.viewer())).toBe('allies');
    expect(await orders(page)).toEqual([]);
    await takeOver(page, 'Allies');
    await waitForReady(page);
    await page.getByRole('tab', { name: /Orders/ }).click();
    const panel = page.getByRole('tabpanel', { name: /Orders/ });
    await expect(panel.textContent()).resolves.toContain('No orders yet');
    await expect(panel.textContent()).resolves.not.toContain('Akagi');
    await expect(page.getByTestId('stock-japan-oil').count()).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('drafts-2-hotseat-after-reload') });

    // Japan's hidden orders still count when the turn is resolved.
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.waitForFunction(() => window.__pov?.state().turn === 2, null, { timeout: 60_000 });
    const start = createGame(world, SEED);
    expect(await state(page)).toEqual(resolveTurn(world, start, { japan: [akagi], allies: [] }).state);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
