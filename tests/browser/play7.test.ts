/**
 * What the seventh play-through noticed (scripts/play/play.ts on every bundled
 * scenario), acted out again as a player: the zoom
 * buttons and the map key no longer sit on top of the cards at the map's left
 * edge (the board keeps that strip beside them), the key still opens, and a
 * phone player who pans to the map's left edge sees those cards clear of the
 * buttons. Screenshots in test-results/ (play7-*.png).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { LAPTOP, openGame, PHONE, shot } from './play-kit';

const game = useBuiltGame();

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The cards the board shows with a name, and the board's buttons, all in page pixels. */
async function cardsAndButtons(page: Page): Promise<{ cards: (Box & { id: string })[]; buttons: Box[] }> {
  return page.evaluate(() => {
    const board = document.getElementById('board')!.getBoundingClientRect();
    const cards = (window.__pov?.namedCards() ?? []).map((c) => ({
      ...c,
      x: c.x + board.left,
      y: c.y + board.top,
    }));
    const buttons = [...document.querySelectorAll('.zoom-button, #legend')].map((b) => {
      const r = b.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    return { cards, buttons };
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The cards (by area id) that one of the board’s buttons covers, once per button. */
async function coveredCards(page: Page): Promise<string[]> {
  const { cards, buttons } = await cardsAndButtons(page);
  return cards.flatMap((c) => buttons.filter((b) => overlaps(c, b)).map(() => c.id));
}

describe('what the seventh play-through noticed', () => {
  it('Allies in the Road to Tokyo at 1366: no card at the map’s left edge is under the zoom buttons or the map key', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=road-to-tokyo-1944&side=allies&seed=play`,
      LAPTOP,
    );
    // Before: "Occupied China" read "ccupied China" under + and −.
    const { cards } = await cardsAndButtons(page);
    expect(cards.map((c) => c.id)).toContain('north-china');
    await expect(coveredCards(page)).resolves.toEqual([]);
    await shot(page, 'play7-buttons-clear-1366');
    // The key still opens from its button under the zoom column, and closes again.
    await page.getByText('Key', { exact: true }).click();
    await expect(page.locator('#legend-body').isVisible()).resolves.toBe(true);
    await expect(page.locator('#legend-body').textContent()).resolves.toContain('held by Japan');
    await shot(page, 'play7-key-open-1366');
    await page.getByText('Key', { exact: true }).click();
    await expect(page.locator('#legend-body').isVisible()).resolves.toBe(false);
    // "All" shows the whole map again beside the buttons, not under them.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Show the whole map' }).click();
    await page.waitForTimeout(400);
    await expect(coveredCards(page)).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Japan in the Oil Clock on a phone: panned to the map’s left edge, the cards there are clear of the buttons', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=oil-clock-1941&side=japan&seed=play`,
      PHONE,
      true,
    );
    const board = page.locator('#board');
    await board.evaluate((b) => b.scrollIntoView({ block: 'start' }));
    // A player drags the map to the right as far as it goes (the arrow keys do the same).
    await board.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(400);
    const left = await page.evaluate(() => {
      const b = document.getElementById('board')!.getBoundingClientRect();
      const cards = window.__pov?.namedCards() ?? [];
      return Math.min(...cards.map((c) => c.x)) + b.left;
    });
    const column = await page.locator('.zoom-controls').boundingBox();
    const edge = await board.boundingBox();
    // The leftmost card starts on the board, clear of the buttons (before: under their column,
    // "Soviet Far East" cut). On a phone the buttons now sit in a strip above the map (play9),
    // so the card starts at the board's edge rather than beside the column.
    expect(column && edge).toBeTruthy();
    if (!column || !edge) return;
    expect(left).toBeGreaterThanOrEqual(edge.x);
    expect(column.y + column.height).toBeLessThanOrEqual(edge.y);
    await expect(coveredCards(page)).resolves.toEqual([]);
    await shot(page, 'play7-buttons-clear-390');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
