import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { RESULTS } from './harness';
import {
  closePlayer,
  endTurn,
  LAPTOP,
  openGame,
  openOrdersTab,
  openReplay,
  PHONE,
  type Screen,
  shot,
  visibleText,
  WIDE,
  waitForGame,
} from './play-kit';
import { playedReplay } from './played-replay';

const game = useBuiltGame();
const FILES = join(RESULTS, 'ui30-files');
const SOUTHERN_TILE = '.tile:has([data-testid="stock-japan-oil-south"])';

/** The bar as a player sees it: its height, the tiles' rows, where More and the map begin. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (e: Element | null) => e?.getBoundingClientRect();
    const tiles = [...document.querySelectorAll<HTMLElement>('#hud .tile')].map((t) => box(t)!);
    const row = document.querySelector<HTMLElement>('#hud .hud-row');
    const toggle = box(document.querySelector('#hud .hud-toggle'));
    return {
      tiles: tiles.length,
      rows: new Set(tiles.map((t) => Math.round(t.top))).size,
      tilesBottom: Math.max(...tiles.map((t) => t.bottom)),
      lastTop: Math.round(tiles.at(-1)?.top ?? -1),
      hud: box(document.querySelector('#hud'))?.height ?? 0,
      scrolls: (row?.scrollWidth ?? 0) > (row?.clientWidth ?? 0),
      toggle: toggle && toggle.width > 0 ? { top: Math.round(toggle.top), bottom: toggle.bottom } : null,
      board: box(document.querySelector('#board'))?.top ?? 0,
    };
  });
}

describe('ui30: the stock bar on a phone, grand campaign 1944', () => {
  it('puts More beside the last row of tiles, so the map starts higher (390×844)', async () => {
    // Thirty months of the grand campaign as history went, branched as Japan at its last turn.
    const file = playedReplay(
      FILES,
      'grand-campaign-30.replay.json',
      'pacific-1941.json',
      'ui30',
      'historical',
      30,
    );

    const player = await openReplay(game.browser, game.server.url, PHONE, file);
    const { page, errors } = player;
    await page.getByRole('button', { name: 'Go to the last turn' }).click();
    await page.getByRole('button', { name: /^Branch from here/ }).click();
    const start = page.locator('dialog[open]').getByRole('button', { name: 'Start the branch' });
    await start.scrollIntoViewIfNeeded();
    await start.click();
    await waitForGame(page);
    expect(await page.evaluate(() => window.__pov?.state().date)).toBe('1944-01-01');
    const bar = await measure(page);
    await shot(page, 'ui30-1-phone-gc-1944');
    expect(bar.tiles).toBe(7);
    expect(bar.rows).toBe(2);
    // Before: More stood alone on a third row (top 199 px, under the tiles' 195), the map at 291 px.
    expect(bar.toggle?.top).toBe(bar.lastTop);
    expect(bar.toggle?.bottom ?? 999).toBeLessThanOrEqual(bar.tilesBottom + 1);
    expect(bar.board).toBeLessThan(250);
    // Nothing a student needs is hidden: each figure, the oil's months and "unspent" are there,
    // and More shows the whole names and notes.
    const short = await visibleText(page, '#hud');
    expect(short).toContain('lasts the whole scenario');
    expect(short).toContain('unspent');
    expect(short).toMatch(/\bSOUTHERN OIL 10,045/i);
    // New aircraft that no unit took has a why? (play32); on a phone it waits for More, as the
    // other notes do: under the tile's two-line name it pushed the map down 3 px past 250.
    const aircraftWhy = page.getByRole('button', { name: 'Why does this figure only grow?' });
    expect(await aircraftWhy.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show the stocks in full', exact: true }).tap();
    expect(await aircraftWhy.isVisible()).toBe(true);
    expect(await visibleText(page, SOUTHERN_TILE)).toMatch(/^Oil in the southern zone/i);
    expect(await visibleText(page, '#hud')).toContain('burns');
    await shot(page, 'ui30-1-phone-gc-1944-more');
    await page.getByRole('button', { name: 'Show the stocks in short', exact: true }).tap();
    expect((await measure(page)).toggle?.top).toBe(bar.lastTop);
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 400_000);
});

describe('ui30: the stock bar at 1366 in the Road to Tokyo', () => {
  it('keeps seven tiles on one line of ~80 px with a build ordered; 1920 keeps the whole names', async () => {
    const turn2 = async (screen: Screen) => {
      const player = await openGame(
        game.browser,
        `${game.server.url}?scenario=road-to-tokyo-1944&side=japan&seed=ui30`,
        screen,
      );
      await endTurn(player.page);
      return player;
    };
    const laptop = await turn2(LAPTOP);
    const { page, errors } = laptop;
    // A student orders escorts: the Industry tile says what they take ("N ordered this month · N left").
    await openOrdersTab(page);
    await page.getByRole('region', { name: 'Production' }).scrollIntoViewIfNeeded();
    await page.locator('button[data-key="build-kaibokan"]').click();
    await expect
      .poll(() => visibleText(page, '.tile:has([data-testid="stock-japan-industry"])'))
      .toContain('ordered this month');
    const bar = await measure(page);
    await shot(page, 'ui30-2-rtt-1366');
    expect(bar.tiles).toBe(7);
    expect(bar.rows).toBe(1);
    expect(bar.scrolls).toBe(false);
    expect(bar.hud).toBeLessThanOrEqual(82);
    // The southern tile's name on one line: "Southern oil"; the tooltip keeps the whole name.
    expect(await visibleText(page, `${SOUTHERN_TILE} .tile-name`)).toBe('SOUTHERN OIL');
    expect(await page.locator(SOUTHERN_TILE).getAttribute('title')).toMatch(/^Oil in the southern zone/);
    expect(errors).toEqual([]);
    await closePlayer(laptop);

    const wide = await turn2(WIDE);
    const wideBar = await measure(wide.page);
    await shot(wide.page, 'ui30-2-rtt-1920');
    expect(wideBar.tiles).toBe(7);
    expect(wideBar.rows).toBe(1);
    expect(wideBar.hud).toBeLessThanOrEqual(82);
    expect(await visibleText(wide.page, `${SOUTHERN_TILE} .tile-name`)).toBe('OIL IN THE SOUTHERN ZONE');
    expect(wide.errors).toEqual([]);
    await closePlayer(wide);
  }, 600_000);
});
