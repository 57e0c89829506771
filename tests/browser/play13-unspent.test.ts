/**
 * play13's student never opened Orders → Production and had 1,834 Industry points by late 1943: nothing on
 * the screen said they could be spent. Once the stock pays for the dearest build and nothing is ordered, the
 * Industry tile says so, and stops saying it when a build is ordered. Screenshots in test-results/.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { screenshotPath } from './harness';
import { endTurn, openOrdersTab, openPlayer, PHONE, type Screen, visibleText, waitForGame } from './play-kit';

const game = useBuiltGame();
const LAPTOP: Screen = { width: 1366, height: 768 };
const INDUSTRY_TILE = '.tile:has([data-testid="stock-japan-industry"])';

describe('an Industry stock piling up unspent', () => {
  it('the tile says "unspent: build under Orders" once it would pay for a carrier, and not after a build is ordered', async () => {
    const { page, errors } = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=play13&difficulty=history`,
      LAPTOP,
    );
    await waitForGame(page, 120_000);
    // 94 points: less than a fleet carrier's 150, so no hint yet.
    await expect(visibleText(page, INDUSTRY_TILE)).resolves.not.toContain('unspent');
    await endTurn(page);
    const industry = Number(
      ((await page.getByTestId('stock-japan-industry').textContent()) ?? '').replace(/,/g, ''),
    );
    expect(industry).toBeGreaterThanOrEqual(150);
    await expect(visibleText(page, INDUSTRY_TILE)).resolves.toContain('unspent: build under Orders');
    await expect(page.locator(INDUSTRY_TILE).getAttribute('title')).resolves.toContain('piling up unspent');
    await page.screenshot({ path: screenshotPath('play13-unspent-1366') });
    await openOrdersTab(page);
    await page.getByRole('region', { name: 'Production' }).scrollIntoViewIfNeeded();
    await page.locator('button[data-key="build-escorts"]').click();
    await expect.poll(() => visibleText(page, INDUSTRY_TILE)).not.toContain('unspent');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a phone the compact Industry tile says just "unspent" (no taller than the others), and a tap on it shows the full words', async () => {
    const { page, errors } = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=play13&difficulty=history`,
      PHONE,
      true,
    );
    await waitForGame(page, 120_000);
    await endTurn(page);
    await expect(visibleText(page, INDUSTRY_TILE)).resolves.toMatch(/unspent$/);
    await expect(visibleText(page, INDUSTRY_TILE)).resolves.not.toContain('build under Orders');
    // Before: "unspent: build under Orders" took three lines (36 px) of the compact tile, the map's top 21 px lower.
    const noteHeights = await page.evaluate(() =>
      [...document.querySelectorAll('#hud .tile-note.warn')]
        .map((n) => n.getBoundingClientRect().height)
        .filter((h) => h > 0),
    );
    expect(noteHeights.length).toBe(1);
    expect(noteHeights[0]).toBeLessThan(20);
    await page.screenshot({ path: screenshotPath('play13-unspent-390') });
    await page.getByRole('button', { name: /unspent: build under Orders/ }).tap();
    await expect.poll(() => visibleText(page, INDUSTRY_TILE)).toContain('unspent: build under Orders');
    expect(await page.evaluate(() => document.getElementById('hud')?.classList.contains('open'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
