/**
 * Issue 14: the replay viewer shows the game's board and plays each turn on
 * it as the game does after End turn — moves along their routes, battles,
 * areas changing hands — with a Skip button; the text report and the hash
 * check stay. Screenshots in test-results/ (replay-board-*.png) at 1366×768,
 * 1920×1080 and 390×844 with touch.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { ROOT } from './harness';
import { LAPTOP, openReplay, PHONE, shot, WIDE } from './play-kit';

const game = useBuiltGame();
const GOLDEN = join(ROOT, 'tests/golden/southern-oil-1942.replay.json');

const boardTurn = (page: Page) => page.locator('#replay-board').getAttribute('data-turn');

describe('replay viewer with the board', () => {
  it('shows the board, plays a turn with Skip, plays the next to its end, keeps the report and the check', async () => {
    const { page, errors } = await openReplay(game.browser, game.server.url, LAPTOP, GOLDEN, false);
    expect(await page.locator('#replay-board canvas').count()).toBe(1);
    expect(await boardTurn(page)).toBe('0');
    await shot(page, 'replay-board-start-1366');

    // Forward: the heading and report change at once; the board plays turn 1 from the old position.
    await page.getByRole('button', { name: 'Step forward one turn' }).click();
    await expect(page.locator('#replay-turn-heading').textContent()).resolves.toMatch(
      /^Turn 1: January 1942/,
    );
    const skip = page.locator('[data-key="skip-playback"]');
    await skip.waitFor({ timeout: 10_000 });
    expect(await boardTurn(page)).toBe('0');
    await expect(page.locator('#replay-board-caption').textContent()).resolves.toContain(
      'Turn 1 plays on the map',
    );
    await shot(page, 'replay-board-playback-1366');
    await skip.click({ timeout: 2000 }).catch(() => {});
    await page.waitForFunction(
      () => document.querySelector('#replay-board')?.getAttribute('data-turn') === '1',
    );
    await expect(skip.count()).resolves.toBe(0);
    await expect(page.locator('.replay-report').textContent()).resolves.toContain('What happened');
    await expect(page.locator('.verified-flag').textContent()).resolves.toContain('replays exactly');

    // Forward again: left alone, the playback ends by itself on turn 2.
    await page.getByRole('button', { name: 'Step forward one turn' }).click();
    await page.waitForFunction(
      () => document.querySelector('#replay-board')?.getAttribute('data-turn') === '2',
      null,
      { timeout: 30_000 },
    );
    await expect(skip.count()).resolves.toBe(0);
    // A jump (back, or to a turn) shows that position at once, without playback.
    await page.getByRole('button', { name: 'Step back one turn' }).click();
    expect(await boardTurn(page)).toBe('1');
    await page.getByLabel('Turn', { exact: true }).fill('5');
    await page.getByLabel('Turn', { exact: true }).press('Enter');
    expect(await boardTurn(page)).toBe('5');
    await expect(page.locator('#replay-turn-heading').textContent()).resolves.toMatch(/^Turn 5/);
    await shot(page, 'replay-board-turn5-1366', { fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('at 1920×1080 and on a phone (390×844, touch) the board, the timeline and Skip fit', async () => {
    for (const size of [
      { name: '1920', ...WIDE, touch: false },
      { name: 'phone', ...PHONE, touch: true },
    ]) {
      const { page, errors } = await openReplay(game.browser, game.server.url, size, GOLDEN, size.touch);
      const forward = page.getByRole('button', { name: 'Step forward one turn' });
      if (size.touch) await forward.tap();
      else await forward.click();
      const skip = page.locator('[data-key="skip-playback"]');
      await skip.waitFor({ timeout: 10_000 });
      await shot(page, `replay-board-playback-${size.name}`);
      // Nothing wider than the screen; the board and Skip are on it.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(size.width);
      const box = await skip.boundingBox();
      expect(box && box.x + box.width <= size.width && box.y + box.height <= size.height).toBe(true);
      if (size.touch) await skip.tap().catch(() => {});
      else await skip.click().catch(() => {});
      await page.waitForFunction(
        () => document.querySelector('#replay-board')?.getAttribute('data-turn') === '1',
      );
      await shot(page, `replay-board-turn1-${size.name}`, { fullPage: true });
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 240_000);
});
