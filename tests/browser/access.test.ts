import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { openPage, screenshotPath, waitForReady } from './harness';

const LINK = '?scenario=pacific-1941&side=japan&seed=access';

/** Controls on the page that are visible and have no accessible name (by label, aria or text). */
function unnamedControls(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const node of document.querySelectorAll<HTMLElement>(
      'button, input, select, textarea, [role="tab"], a[href]',
    )) {
      if (node.offsetParent === null && getComputedStyle(node).position !== 'fixed') continue;
      const labelled = (node as HTMLInputElement).labels?.length ?? 0;
      const aria = node.getAttribute('aria-label') ?? node.getAttribute('aria-labelledby');
      const text = node.textContent?.trim();
      if (!labelled && !aria && !text) out.push(node.outerHTML.slice(0, 120));
    }
    return out;
  });
}

const spread = (page: Page) =>
  page.evaluate(() => {
    const a = window.__pov?.areaOnScreen('home-islands');
    const b = window.__pov?.areaOnScreen('formosa');
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
  });

describe('access and fit (production build)', () => {
  const game = useBuiltGame();

  it('names every control on the start screen and the game screen', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url);
    expect(await unnamedControls(page)).toEqual([]);
    await page.goto(game.server.url + LINK);
    await waitForReady(page);
    expect(await unnamedControls(page)).toEqual([]);
    // With forces picked, a destination open, and each tab shown in turn.
    const p = (await page.evaluate(() => window.__pov?.areaOnScreen('home-islands')))!;
    await page.mouse.click(p.x, p.y);
    await page.getByRole('tabpanel', { name: 'Area' }).getByRole('checkbox', { name: /Akagi/ }).check();
    expect(await unnamedControls(page)).toEqual([]);
    await page
      .locator('#composer')
      .getByRole('button', { name: /Philippine Sea/ })
      .click();
    expect(await unnamedControls(page)).toEqual([]);
    for (const tab of ['Orders', 'Report', 'About']) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      expect(await unnamedControls(page)).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('zooms the map with a two-finger pinch and pans it with one finger', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url + LINK);
    await waitForReady(page);
    const before = await spread(page);
    await page.evaluate(() => {
      const board = document.getElementById('board')!;
      const r = board.getBoundingClientRect();
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const touch = (type: string, id: number, x: number) =>
        board.dispatchEvent(
          new PointerEvent(type, {
            pointerId: id,
            pointerType: 'touch',
            isPrimary: id === 1,
            clientX: x,
            clientY: cy,
            bubbles: true,
          }),
        );
      touch('pointerdown', 1, cx - 40);
      touch('pointerdown', 2, cx + 40);
      for (let i = 1; i <= 10; i++) {
        touch('pointermove', 1, cx - 40 - i * 8);
        touch('pointermove', 2, cx + 40 + i * 8);
      }
      touch('pointerup', 1, cx - 120);
      touch('pointerup', 2, cx + 120);
    });
    expect(await spread(page)).toBeGreaterThan(before * 1.5);
    const x0 = (await page.evaluate(() => window.__pov?.areaOnScreen('formosa')))!.x;
    await page.evaluate(() => {
      const board = document.getElementById('board')!;
      const r = board.getBoundingClientRect();
      const y = r.top + r.height / 2;
      const touch = (type: string, x: number) =>
        board.dispatchEvent(
          new PointerEvent(type, {
            pointerId: 5,
            pointerType: 'touch',
            isPrimary: true,
            clientX: x,
            clientY: y,
            bubbles: true,
          }),
        );
      touch('pointerdown', r.left + 300);
      for (let i = 1; i <= 5; i++) touch('pointermove', r.left + 300 - i * 20);
      touch('pointerup', r.left + 200);
    });
    const x1 = (await page.evaluate(() => window.__pov?.areaOnScreen('formosa')))!.x;
    expect(x1).toBeLessThan(x0 - 50);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 1920×1080 projector and a 1280×720 laptop without sideways scrolling', async () => {
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      const { page, errors } = await openPage(game.browser, game.server.url + LINK, viewport);
      await waitForReady(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const endTurn = (await page.getByRole('button', { name: 'End turn' }).boundingBox())!;
      expect(endTurn.y + endTurn.height).toBeLessThanOrEqual(viewport.height);
      await page.screenshot({ path: screenshotPath(`access-${viewport.width}x${viewport.height}`) });
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
