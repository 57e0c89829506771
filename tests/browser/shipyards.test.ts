/**
 * The shipyards' capacity in the build panel (yards23): Orders → Production says how much room the
 * yards have left this turn (the engine's yardRoom), less after freighters are ordered, and a ship
 * they have no room for is offered with the reason and how to raise the capacity.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { screenshotPath } from './harness';
import { openOrdersTab, openPlayer, type Screen, waitForGame } from './play-kit';

const game = useBuiltGame();
const LAPTOP: Screen = { width: 1366, height: 768 };

describe('the shipyards in the build panel', () => {
  it('shows the room left, which the orders use up, and says how to raise it', async () => {
    const { page, errors } = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=yards23&difficulty=history`,
      LAPTOP,
    );
    await waitForGame(page, 120_000);
    await openOrdersTab(page);
    const production = page.getByRole('region', { name: 'Production' });
    await production.scrollIntoViewIfNeeded();
    await expect(production.textContent()).resolves.toContain(
      'Shipyards: 55 of 55 thousand GT free this turn',
    );
    await page.locator('[data-key="count-merchant-ships"]').fill('5');
    await page.locator('button[data-key="build-merchant-ships"]').click();
    await expect
      .poll(() => production.textContent())
      .toContain('Shipyards: 5 of 55 thousand GT free this turn');
    const text = (await production.textContent()) ?? '';
    expect(text).toContain('no room in the shipyards for 1 × Wartime standard freighters');
    expect(text).toContain('order Shipyard expansion (50,000 GT more on the slips) to raise the capacity');
    await expect(page.locator('button[data-key="build-merchant-ships"]').isDisabled()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('shipyards-1366') });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
