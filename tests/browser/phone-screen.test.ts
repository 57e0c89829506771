/**
 * The game on a phone (390×844, touch): no area card covers another, on the
 * opening map of every bundled scenario and after zooming in, out and to the
 * whole map; the map keeps most of the screen (before, the stock tiles took
 * half of it and the map a third); the stocks in short are readable and one
 * tap shows them in full; after End turn a button beside it opens the report,
 * which lies below the map. Screenshots in test-results/ (phone-*.png).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { overlappingCards as overlapping } from './card-checks';
import { endTurn, LAPTOP, openPlayer, PHONE, shot, visibleText, waitForGame } from './play-kit';

const game = useBuiltGame();
/**
 * The share of the phone's screen the map (#board, less what the End turn bar covers) takes
 * on opening. Before ui13: 0.45–0.53 (the grand campaign 0.52, the Allies at Midway 0.45).
 */
const MAP_SHARE = 0.6;
/** The same with the Allies' intelligence report above the map (Midway's first turn). */
const MAP_SHARE_WITH_INTEL = 0.5;

const SCENARIOS: [string, 'japan' | 'allies'][] = [
  ['pacific-1941', 'japan'],
  ['oil-clock-1941', 'japan'],
  ['southern-oil-1942', 'japan'],
  ['midway-1942', 'allies'],
  ['road-to-tokyo-1944', 'allies'],
];

/** Pairs of cards on the board whose boxes overlap (card-checks.ts). */
async function overlappingCards(page: Page): Promise<string[]> {
  const cards = await page.evaluate(() => window.__pov?.allCards() ?? []);
  expect(cards.length).toBeGreaterThan(5);
  return overlapping(cards);
}

/** The share of the screen where the map shows: the board inside the window, above the End turn bar. */
async function mapShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const board = document.getElementById('board')!.getBoundingClientRect();
    const bar = document.querySelector('.topbar .actions')!.getBoundingClientRect();
    const top = Math.max(board.top, 0);
    const bottom = Math.min(board.bottom, bar.top, window.innerHeight);
    const left = Math.max(board.left, 0);
    const right = Math.min(board.right, window.innerWidth);
    return (Math.max(0, bottom - top) * Math.max(0, right - left)) / (window.innerWidth * window.innerHeight);
  });
}

describe('the phone screen', () => {
  for (const [id, side] of SCENARIOS) {
    it(`${id} as ${side}: no card covers another at any zoom, and the map keeps most of the screen`, async () => {
      const { page, errors } = await openPlayer(
        game.browser,
        `${game.server.url}?scenario=${id}&side=${side}&seed=phone`,
        PHONE,
        true,
      );
      await waitForGame(page, 120_000);
      await page.waitForTimeout(300);
      await shot(page, `phone-${id}-open`);
      // Before: twelve pairs in the grand campaign (Luzon under Borneo, Northern Indochina over Southern Indochina).
      expect(await overlappingCards(page), 'opening map').toEqual([]);
      const intel = await page.locator('#intel').isVisible();
      expect(await mapShare(page)).toBeGreaterThanOrEqual(intel ? MAP_SHARE_WITH_INTEL : MAP_SHARE);
      for (const [button, times] of [
        ['Zoom in', 1],
        ['Zoom out', 2],
        ['Show the whole map', 1],
      ] as const) {
        for (let n = 0; n < times; n++) await page.getByRole('button', { name: button }).tap();
        await page.waitForTimeout(300);
        expect(await overlappingCards(page), `after ${button}`).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('the stocks in short: each tile named and numbered, the oil’s months kept, More shows them in full', async () => {
    const { page, errors } = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=phone`,
      PHONE,
      true,
    );
    await waitForGame(page, 120_000);
    const hud = page.locator('#hud');
    const short = await hud.boundingBox();
    // Before: six full tiles, 203 px of the 844.
    expect(short?.height ?? 999).toBeLessThanOrEqual(120);
    await expect(page.getByTestId('stock-japan-oil').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('stock-japan-industry').isVisible()).resolves.toBe(true);
    await expect(page.locator('#hud .tile-note.key strong').textContent()).resolves.toMatch(
      /lasts ≈ \d+ months/,
    );
    await expect(page.locator('#hud .tile-burn').isVisible()).resolves.toBe(false);
    // Each name whole, without its note in brackets (before: "NATIONAL WI…", "NEW AIRCRA…").
    const inShort = await visibleText(page, '#hud');
    expect(inShort).toMatch(/New aircraft 200/i);
    expect(inShort).toMatch(/National will 90/i);
    expect(inShort).not.toMatch(/not yet in a unit/i);
    const more = page.locator('#hud .hud-toggle');
    const box = await more.boundingBox();
    // A finger's target (WCAG 2.5.5): at least 44 px each way.
    expect(box && box.width >= 44 && box.height >= 44).toBe(true);
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
    await more.tap();
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('#hud .tile-burn').isVisible()).resolves.toBe(true);
    const full = await visibleText(page, '#hud');
    expect(full).toContain('more come in as the month is played');
    expect(full).toMatch(/New aircraft \(not yet in a unit\)/i);
    await shot(page, 'phone-stocks-full');
    await more.tap();
    await expect(page.locator('#hud .tile-burn').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('after End turn, Report ↓ beside End turn opens last turn’s report, which lies below the map', async () => {
    const { page, errors } = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=midway-1942&side=allies&seed=phone`,
      PHONE,
      true,
    );
    await waitForGame(page, 120_000);
    const jump = page.getByRole('button', { name: 'Read last turn’s report, below the map' });
    // No report before the first turn is played.
    await expect(jump.isVisible()).resolves.toBe(false);
    await endTurn(page);
    const heading = page.locator('#panel-report h2, #panel-report h3').first();
    const inView = async () => {
      const box = await heading.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
    };
    // Before: the new turn showed the map, the report out of sight below it, and nothing said so.
    expect(await inView()).toBe(false);
    const box = await jump.boundingBox();
    expect(box && box.width >= 44 && box.height >= 44).toBe(true);
    await jump.tap();
    await expect.poll(inView, { timeout: 10_000 }).toBe(true);
    expect(await visibleText(page, '#panel-report')).toContain('What happened in the week of 4 May 1942');
    await shot(page, 'phone-report-jump');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a laptop keeps the tiles whole and has no More button', async () => {
    const { page, errors } = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=phone`,
      LAPTOP,
    );
    await waitForGame(page, 120_000);
    await expect(page.locator('#hud .hud-toggle').isVisible()).resolves.toBe(false);
    await expect(page.locator('.report-jump').isVisible()).resolves.toBe(false);
    await expect(page.locator('#hud .tile-burn').isVisible()).resolves.toBe(true);
    expect(await overlappingCards(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
