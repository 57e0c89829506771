/**
 * The Home front, played as a student would: Japan tightens oil rationing
 * and keeps part of the cargo fleet in port from the Orders tab; the orders
 * are the engine's policy orders, End turn applies them, and the report says
 * so (issue 11: rationing and convoys are the player's levers).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GameState, Order } from '../../src/engine/index';
import { useBuiltGame } from './built-game';
import { openPage, screenshotPath, waitForReady } from './harness';

const state = (page: Page) => page.evaluate(() => window.__pov?.state() as GameState);
const orders = (page: Page) => page.evaluate(() => window.__pov?.orders() as Order[]);

describe('the Home front (production build)', () => {
  const game = useBuiltGame();

  it('sets rationing and convoys, and the turn applies them', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=home-front`,
    );
    await waitForReady(page);
    await page.getByRole('tab', { name: /Orders/ }).click();
    const panel = page.getByRole('region', { name: 'Home front' });
    await panel.getByLabel('Oil rationing').selectOption('2');
    await panel.getByLabel('Convoys').selectOption('60');
    expect(await orders(page)).toEqual([
      { type: 'choose', choice: 'rationing', level: 2 },
      { type: 'choose', choice: 'sailings', level: 60 },
    ]);
    // Changing one's mind replaces the order; going back to the level in force drops it.
    await panel.getByLabel('Convoys').selectOption('100');
    expect(await orders(page)).toEqual([{ type: 'choose', choice: 'rationing', level: 2 }]);
    await page.getByRole('button', { name: 'End turn' }).click();
    await expect.poll(async () => (await state(page)).turn, { timeout: 20_000 }).toBe(2);
    expect((await state(page)).policies.japan.rationing).toBe(2);
    const skip = page.getByRole('button', { name: /Skip/ });
    if (await skip.count()) await skip.first().click();
    await page.getByRole('tab', { name: /Report/ }).click();
    expect(await page.getByText(/Japan sets rationing: Civilian fuel all but gone/).count()).toBeGreaterThan(
      0,
    );
    // After a month at sea the Home front says how much sailed, the engine's figure, so a student can see
    // whether a lower share would keep any ship in port (play24: 60% changed nothing and nothing said why).
    await page.getByRole('tab', { name: /Orders/ }).click();
    const sailed = (await state(page)).supply.japan.sailedKgt;
    expect(sailed).toBeGreaterThan(0);
    const line = panel.locator('[data-key="sailed-last-month"]');
    await expect
      .poll(() => line.textContent())
      .toContain(
        `Last month ${new Intl.NumberFormat('en-GB').format(sailed)} thousand GT of shipping sailed`,
      );
    expect(await panel.textContent()).toContain('Only the ships the cargo needs sail');
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('home-front-sailed') });
    expect(errors).toEqual([]);
  });
});
