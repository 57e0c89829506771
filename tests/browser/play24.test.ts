import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { southernOilCopy, startLoaded as startLoadedFile } from './class-copy';
import { clickArea, openGroup, RESULTS } from './harness';
import {
  closePlayer,
  endTurn,
  LAPTOP,
  openOrdersTab,
  openPlayer,
  PHONE,
  type Screen,
  shot,
  visibleText,
  WIDE,
  waitForGame,
} from './play-kit';

const game = useBuiltGame();
const FILES = join(RESULTS, 'play24-files');

const classCopy = (id: string, title: string, edit: Parameters<typeof southernOilCopy>[3]) =>
  southernOilCopy(FILES, id, title, edit);
const startLoaded = (file: string, title: string, side: 'japan' | 'allies', seed: string, screen: Screen) =>
  startLoadedFile(game.browser, game.server.url, file, title, side, seed, screen);

/** Is every word of `selector` on the screen: not clipped by its box, the box inside the window? */
function wholeOnScreen(page: Page, selector: string) {
  return page.locator(selector).evaluate((e) => {
    const r = e.getBoundingClientRect();
    return {
      clipped: e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1,
      inside: r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
    };
  });
}

describe('play24: the danger from the air, readable on every screen', () => {
  const TITLE = 'Southern oil, cruisers in the South China Sea';
  for (const [label, screen] of [
    ['1366', LAPTOP],
    ['1920', WIDE],
    ['phone', PHONE],
  ] as const) {
    it(`says in full which ships enemy aircraft outgun, and opens the sea area's panel (${label})`, async () => {
      // The ABDA cruisers in the South China Sea, in reach of the 11th Air Fleet on Formosa.
      const file = classCopy('southern-oil-play24-danger', TITLE, (s) => {
        for (const f of s.forces) if (f.id === 'houston' || f.id === 'exeter') f.location = 'south-china-sea';
      });
      const player = await startLoaded(file, TITLE, 'allies', 'play24-danger', screen);
      const { page, errors } = player;
      const alert = '#air-danger-alert';
      await expect
        .poll(() => visibleText(page, alert))
        .toBe('Danger: enemy aircraft outgun USS Houston and HMS Exeter in South China Sea. See why ›');
      // Every word of it on the screen, not cut short; the line under End turn still says what ending does.
      expect(await wholeOnScreen(page, alert)).toEqual({ clipped: false, inside: true });
      expect(await visibleText(page, '#end-turn-hint')).toBe('No orders yet: every force stays put.');
      await shot(page, `play24-danger-${label}`);
      // Pressing it opens the sea area's panel at its reasons.
      await page.locator(alert).click();
      const why = '#area-details .air-danger';
      await expect.poll(() => visibleText(page, why)).toMatch(/^Danger from the air: \d+ enemy aircraft/);
      expect(await page.locator('#area-select').inputValue()).toBe('south-china-sea');
      await expect
        .poll(() =>
          page.locator(why).evaluate((e) => {
            const r = e.getBoundingClientRect();
            return r.top >= 0 && r.top < innerHeight;
          }),
        )
        .toBe(true);
      await shot(page, `play24-danger-why-${label}`);
      expect(errors).toEqual([]);
      await closePlayer(player);
    }, 400_000);
  }
});

describe('play24: the grand campaign’s first months as Japan', () => {
  it('the Industry tile says what the month made and what builds took; a decision taken is listed; the ledger has no ±0 and one line for five freighters (1366)', async () => {
    const player = await openPlayer(game.browser, game.server.url, LAPTOP);
    const { page, errors } = player;
    await page.locator('.scenario-card', { hasText: 'The Price of Victory: the Pacific War' }).click();
    await page.locator('input[name="side"][value="japan"]').check();
    await page.locator('#seed').fill('play24-industry');
    await page.getByRole('button', { name: 'Start the game' }).click();
    await waitForGame(page);
    const before = Number(await page.getByTestId('stock-japan-industry').textContent());
    await page.getByRole('region', { name: 'Production' }).scrollIntoViewIfNeeded();
    await page.locator('[data-key="build-shipyard-expansion"]').click();
    await page.locator('[data-key="count-merchant-ships"]').fill('5');
    await page.locator('[data-key="build-merchant-ships"]').click();
    await page.locator('button[data-key="choose-negotiate"]').click();
    await expect.poll(() => visibleText(page, '#end-turn-hint')).toContain('3 orders');
    await endTurn(page);
    // The decision taken has left the list: the panel says it was taken, and when.
    await openOrdersTab(page);
    expect(await visibleText(page, '[aria-label="Decisions"]')).toContain(
      'Decided before: Keep negotiating (July 1941).',
    );
    const after = Number(
      ((await page.getByTestId('stock-japan-industry').textContent()) ?? '').replace(/,/g, ''),
    );
    // 40 for the yards and 25 for the freighters: the tile said "−N last month" in red when they
    // cost more than the month made.
    const tile = await visibleText(page, '.tile:has([data-testid="stock-japan-industry"])');
    expect(tile).toContain(`+${after - before + 65} last month · 65 spent`);
    expect(await page.locator('[data-key="last-industry"]').getAttribute('class')).toContain('up');
    await page.getByRole('tab', { name: /Report/ }).click();
    expect(await visibleText(page, '#panel-report')).toContain(
      `Industry ${before} → ${after} (${after - before >= 0 ? '+' : '−'}${Math.abs(after - before)} production points)`,
    );
    await shot(page, 'play24-industry-tile-1366');
    // Rationing keeps 95% of industry: the raw materials not worked up are said without a "±0"
    // amount before them, and the five freighters come in on one line, not five.
    await openOrdersTab(page);
    await page.locator('#policy-rationing').selectOption('1');
    for (let turn = 2; turn <= 4; turn++) await endTurn(page);
    await page.getByRole('tab', { name: /Report/ }).click();
    const report = await visibleText(page, '#panel-report');
    expect(report).toMatch(/\d+ not worked up: rationing keeps 95% of industry/);
    expect(report).not.toContain('±0');
    expect(report).toContain('+50 5 × Wartime standard freighters (10,000 GT) completed');
    expect(report).not.toContain('+10 Wartime standard freighters');
    await page
      .locator('.report-list li', { hasText: 'freighters (10,000 GT) completed' })
      .first()
      .scrollIntoViewIfNeeded();
    await shot(page, 'play24-ledger-lines-1366');
    // Japan accepts the American terms: the game ends, and the oil tile forecasts no more months.
    await openOrdersTab(page);
    await page.locator('button[data-key="choose-accept-terms"]').click();
    expect(await endTurn(page)).toBe(true);
    const oil = await visibleText(page, '.tile:has([data-testid="stock-japan-oil"])');
    expect(oil).toContain('when the game ended');
    expect(oil).not.toMatch(/burns|lasts/);
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 400_000);
});

describe('play24: oil fields taken wrecked', () => {
  it('the Area panel says what the report will: the fields give a part of their oil until repaired (1366)', async () => {
    const player = await openPlayer(game.browser, game.server.url, LAPTOP);
    const { page, errors } = player;
    await page.locator('.scenario-card', { hasText: 'The Price of Victory: the Pacific War' }).click();
    await page.locator('input[name="side"][value="japan"]').check();
    await page.locator('#seed').fill('play24-fields');
    await page.getByRole('button', { name: 'Start the game' }).click();
    await waitForGame(page);
    await openOrdersTab(page);
    await page.locator('button[data-key="choose-strike-south"]').click();
    await endTurn(page);
    // The 16th Army from the Home Islands to Borneo, with transports and the Combined Fleet's screen.
    await openOrdersTab(page);
    await openGroup(page, 'home-islands');
    for (const id of ['sixteenth-army', 'jp-transports-home', 'jp-cruisers-main', 'jp-destroyers-main'])
      await page.locator(`#panel-orders [data-key="pick-${id}"]`).check();
    await clickArea(page, 'borneo');
    await page.locator('[data-key="confirm-move"]').click();
    await endTurn(page);
    const state = await page.evaluate(() => window.__pov?.state());
    expect(state?.control.borneo).toBe('japan');
    const percent = state?.oilFields.borneo;
    expect(percent).toBeLessThan(100);
    await page.getByRole('tab', { name: 'Area' }).click();
    await page.locator('#area-select').selectOption('borneo');
    // Before: "Produces … oil +1,450 a month" and nothing more, while the report said "+145 (fields at 10%)".
    expect(await visibleText(page, '#area-details [data-key="oil-fields"]')).toMatch(
      new RegExp(
        `^Its oil fields were wrecked when it changed hands: they give ${percent}% of their oil now, \\d+ points more each month as they are repaired\\.$`,
      ),
    );
    await shot(page, 'play24-oil-fields-1366');
    await endTurn(page);
    await page.getByRole('tab', { name: /Report/ }).click();
    expect(await visibleText(page, '#panel-report')).toContain(
      `produced in Borneo (Balikpapan, Tarakan, Miri) (fields at ${percent}% after sabotage)`,
    );
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 400_000);
});
