/**
 * Saved games on a shared computer, as a player meets them: two games
 * started one after the other are both listed after a reload and each
 * continues at its own turn; Delete removes one; the single save of an
 * earlier version is listed; and when the browser storage is full, ending a
 * turn says so and the last good save is still there after a reload.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GameState } from '../../src/engine/index';
import { useBuiltGame } from './built-game';
import { openPage, screenshotPath, waitForReady } from './harness';

const game = useBuiltGame();
const state = (page: Page) => page.evaluate(() => window.__pov?.state() as GameState);

async function endTurn(page: Page) {
  const turn = (await state(page)).turn;
  await page.getByRole('button', { name: 'End turn' }).click();
  await page.waitForFunction((t) => window.__pov?.state().turn === t + 1 && window.__pov.ready, turn, {
    timeout: 60_000,
  });
}

async function startFromLink(page: Page, url: string, seed: string, side = 'japan') {
  await page.goto(`${url}?scenario=southern-oil-1942&side=${side}&seed=${seed}&difficulty=history`);
  await waitForReady(page);
}

describe('saved games list', () => {
  it('two games saved one after the other are both listed after a reload, and each resumes at its turn', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url);
    await startFromLink(page, game.server.url, 'first-game');
    await endTurn(page);
    await endTurn(page); // turn 3
    await startFromLink(page, game.server.url, 'second-game', 'allies');
    await endTurn(page); // turn 2

    await page.goto(game.server.url);
    await page.reload();
    const rows = page.locator('.saved-game');
    await rows.nth(1).waitFor();
    await expect(rows.count()).resolves.toBe(2);
    const text = await page.locator('.saved-games').textContent();
    expect(text).toContain('Saved games on this computer (2)');
    expect(text).toContain('seed first-game');
    expect(text).toContain('seed second-game');
    expect(text).toMatch(/Japan · turn 3 of 6, March 1942/);
    expect(text).toMatch(/The Allies · turn 2 of 6, February 1942/);
    await page.screenshot({ path: screenshotPath('saved-games-list'), fullPage: false });

    const continueGame = (seed: string) =>
      rows.filter({ hasText: `seed ${seed}` }).getByRole('button', { name: /^Continue: / });
    await continueGame('first-game').click();
    await waitForReady(page);
    expect((await state(page)).turn).toBe(3);
    expect(await page.evaluate(() => window.__pov?.state().seed)).toBe('first-game');
    // Playing on saves to the same game, not a third one.
    await endTurn(page);
    await page.goto(game.server.url);
    await expect(rows.count()).resolves.toBe(2);
    await continueGame('second-game').click();
    await waitForReady(page);
    expect((await state(page)).turn).toBe(2);
    expect(await page.evaluate(() => window.__pov?.state().seed)).toBe('second-game');

    await page.goto(game.server.url);
    await expect(page.locator('.saved-games').textContent()).resolves.toMatch(/Japan · turn 4 of 6/);
    // Delete asks once more, then removes only that game.
    await rows
      .filter({ hasText: 'seed second-game' })
      .getByRole('button', { name: /^Delete: / })
      .click();
    await page.getByRole('button', { name: /^Delete for good: / }).click();
    await expect(rows.count()).resolves.toBe(1);
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('Deleted the saved game');
    await page.reload();
    await expect(rows.count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the single save of an earlier version, so nobody loses a game', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url);
    await startFromLink(page, game.server.url, 'old-save');
    await endTurn(page);
    // Put the game where the earlier versions kept their one save.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) {
        const m = /^price-of-victory\.game\.[^.]+\.([ab])$/.exec(key);
        if (m) {
          localStorage.setItem(`price-of-victory.save.${m[1]}`, localStorage.getItem(key)!);
          localStorage.removeItem(key);
        }
      }
    });
    await page.goto(game.server.url);
    await page.locator('.saved-game').first().waitFor();
    await expect(page.locator('.saved-game').count()).resolves.toBe(1);
    await page.getByRole('button', { name: /^Continue: / }).click();
    await waitForReady(page);
    expect((await state(page)).turn).toBe(2);
    expect(await page.evaluate(() => localStorage.getItem('price-of-victory.save.a'))).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('when the storage is full, ending a turn says so and the last good save is kept', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url);
    await startFromLink(page, game.server.url, 'full-disk');
    await endTurn(page); // saved at turn 2
    // Fill this site's storage to the brim.
    const filled = await page.evaluate(() => {
      let size = 1 << 20;
      let n = 0;
      while (size >= 16) {
        try {
          localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(0);
    await endTurn(page); // turn 3 cannot be saved
    const notice = page.locator('#notice');
    await expect(notice.textContent()).resolves.toContain('could not be saved (the browser storage is full)');
    await expect(notice.textContent()).resolves.toContain('The previous save is still there');
    await page.screenshot({ path: screenshotPath('saved-games-storage-full') });

    await page.goto(game.server.url);
    await expect(page.locator('.saved-games').textContent()).resolves.toMatch(/turn 2 of 6/);
    await page.getByRole('button', { name: /^Continue: / }).click();
    await waitForReady(page);
    expect((await state(page)).turn).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
