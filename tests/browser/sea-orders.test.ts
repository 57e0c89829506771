/**
 * Issue 12, invasions that respect the sea, acted out in Chromium as a
 * student playing Japan: an invasion given without escorts is refused in the
 * orders panel with words that say what to do, and nothing is ordered.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/engine/index';
import { useBuiltGame } from './built-game';
import { clickArea, openGroup, openPage, screenshotPath, waitForReady } from './harness';

const orders = (page: Page) => page.evaluate(() => window.__pov?.orders() as Order[]);

describe('invasions that respect the sea (issue 12)', () => {
  const game = useBuiltGame();

  it('an invasion without escorts is refused in the orders panel, saying what to do', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=escorts`,
      { width: 1366, height: 768 },
    );
    await waitForReady(page);
    // The cruisers and destroyers of Formosa are sent north first: nothing is left to escort the convoy.
    await openGroup(page, 'formosa');
    await page.locator('[data-key="pick-southern-cruisers"]').check();
    await page.locator('[data-key="pick-southern-destroyers"]').check();
    await page.locator('[data-key="dest-home-islands"]').click();
    await page.locator('[data-key="confirm-move"]').click();
    expect((await orders(page)).length).toBe(2);
    await openGroup(page, 'formosa');
    await page.locator('[data-key="pick-sixteenth-army"]').check();
    await clickArea(page, 'luzon');
    const refusal = (await page.locator('#composer .refusal').textContent()) ?? '';
    expect(refusal).toContain("the landing needs 8 escorts for 16th Army's 50 transports and none is ready");
    expect(refusal).toContain('add destroyers or cruisers in Formosa (they sail with the convoy)');
    expect(refusal).not.toContain('Bring transports');
    await page.screenshot({ path: screenshotPath('sea-orders-no-escorts-1366') });
    expect((await orders(page)).length).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it("a move beyond the ships' endurance is refused, naming the oilers it needs and what to do", async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=endurance`,
      { width: 1366, height: 768 },
    );
    await waitForReady(page);
    // July 1941: the Combined Fleet's 70 destroyers are more than its 8 oilers can fuel beyond their radius.
    await openGroup(page, 'home-islands');
    await page.locator('[data-key="pick-jp-destroyers-main"]').check();
    await clickArea(page, 'hawaiian-waters');
    const refusal = (await page.locator('#composer .refusal').textContent()) ?? '';
    expect(refusal).toContain(
      'Hawaiian waters is beyond the 2,500 nautical miles Combined Fleet destroyer squadrons (destroyers) can steam from a fuelled port, so the ships need oilers',
    );
    expect(refusal).toContain(
      'your fleet train has oilers for 32 ships beyond the radius there; 70 are ordered there (an oiler fuels 4)',
    );
    expect(refusal).toContain('send more oilers');
    await page.screenshot({ path: screenshotPath('sea-orders-endurance-1366') });
    expect(await orders(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
