/**
 * What the ninth play-through noticed, acted out again as a player: on a phone
 * the zoom buttons and the Map key no longer sit on the map's cards (they are in
 * a strip above it); Japan in the grand campaign (the Road to Tokyo until the
 * tenth play-through gave it a month's industry at the start) is told why its first builds
 * wait and what to do, and the build it orders the next month is paid; the Oil
 * Clock's Pearl Harbor says each side's change of will once. Screenshots in
 * test-results/ (play9-*.png).
 */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { endTurn, LAPTOP, openGame, openOrdersTab, PHONE, shot, visibleText } from './play-kit';

const game = useBuiltGame();

describe('what the ninth play-through noticed', () => {
  it('Japan on a phone, first view of the grand campaign: no card of the map is under the zoom buttons or the key, and they still zoom', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=play9`,
      PHONE,
      true,
    );
    await shot(page, 'play9-first-view-390');
    const under = () =>
      page.evaluate(() => {
        const b = document.getElementById('board')!.getBoundingClientRect();
        const buttons = [...document.querySelectorAll('.board-wrap .zoom-button, .board-wrap .legend')].map(
          (e) => e.getBoundingClientRect(),
        );
        // The part of each card the board shows (the canvas clips what lies beyond its edges).
        return (window.__pov?.namedCards() ?? [])
          .map((c) => {
            const left = Math.max(b.left, c.x + b.left);
            const top = Math.max(b.top, c.y + b.top);
            const right = Math.min(b.right, c.x + b.left + c.width);
            const bottom = Math.min(b.bottom, c.y + b.top + c.height);
            return { id: c.id, left, top, right, bottom };
          })
          .filter((c) => c.left < c.right && c.top < c.bottom)
          .filter((c) =>
            buttons.some((r) => c.left < r.right && r.left < c.right && c.top < r.bottom && r.top < c.bottom),
          )
          .map((c) => c.id);
      });
    // Before: the Soviet Far East, the Home Islands and Burma under the column of buttons.
    expect(await under()).toEqual([]);
    const cards = await page.evaluate(() => window.__pov?.namedCards().length ?? 0);
    expect(cards).toBeGreaterThan(10);
    // The buttons are above the map, on the screen, and a tap on + still zooms (fewer cards fit).
    const plus = await page.getByRole('button', { name: 'Zoom in' }).boundingBox();
    const board = await page.locator('#board').boundingBox();
    expect(plus && board).toBeTruthy();
    if (!plus || !board) return;
    expect(plus.y + plus.height).toBeLessThanOrEqual(board.y);
    expect(plus.y).toBeGreaterThanOrEqual(0);
    const visible = () =>
      page.evaluate(() => {
        const b = document.getElementById('board')!.getBoundingClientRect();
        return (window.__pov?.namedCards() ?? []).filter(
          (c) => c.x >= 0 && c.y >= 0 && c.x + c.width <= b.width && c.y + c.height <= b.height,
        ).length;
      });
    const before = await visible();
    await page.getByRole('button', { name: 'Zoom in' }).tap();
    await page.getByRole('button', { name: 'Zoom in' }).tap();
    await expect.poll(visible, { timeout: 10_000 }).toBeLessThan(before);
    expect(await under()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Moved from the Road to Tokyo to the grand campaign by the tenth play-through: the Road to Tokyo now
  // starts with a month's industry (scripts/data/road_industry_start.py). Since the eleventh July 1941
  // does too (94 points, pacific_industry_start.py): a build dearer than that (an Unryū, 150) waits.
  it('Japan in the grand campaign: a build dearer than the points in hand waits for the month’s output and says so; next month it is paid', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=play9&difficulty=history`,
      LAPTOP,
    );
    await openOrdersTab(page);
    const production = page.getByRole('region', { name: 'Production' });
    await production.scrollIntoViewIfNeeded();
    const order = page.locator('button[data-key="build-fleet-carrier"]');
    await expect(order.isDisabled()).resolves.toBe(true);
    const why = await visibleText(page, '[aria-label="Production"]');
    // Before: "1 × Kaibōkan needs 40 industry, only 0 available" and nothing on what to do.
    expect(why).toContain('needs 150 industry and you have 94 now');
    expect(why).toContain(
      "this month's industry comes in as the month is played: end the turn and order it next turn",
    );
    await shot(page, 'play9-builds-wait-1366');
    await endTurn(page);
    const industry = Number(
      ((await page.getByTestId('stock-japan-industry').textContent()) ?? '').replace(/,/g, ''),
    );
    expect(industry).toBeGreaterThanOrEqual(150);
    await openOrdersTab(page);
    await page.getByRole('region', { name: 'Production' }).scrollIntoViewIfNeeded();
    await expect(order.isDisabled()).resolves.toBe(false);
    await order.click();
    await expect.poll(() => visibleText(page, '#end-turn-hint')).toContain('1 order');
    await endTurn(page);
    // The order check and the turn agree: the build was paid from the points shown, not refused.
    const report = await visibleText(page, '#panel-report');
    expect(report).toMatch(/−150 1 × Unry.-class fleet carrier/);
    expect(report).not.toMatch(/refused|not enough industry/i);
    const queued = await page.evaluate(
      () => window.__pov?.state().queue.filter((q) => q.item === 'fleet-carrier').length ?? 0,
    );
    expect(queued).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Japan strikes Pearl Harbor in the Oil Clock: the event says each side’s change of will once, with the sum', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=oil-clock-1941&side=japan&seed=play9`,
      LAPTOP,
    );
    await openOrdersTab(page);
    const decide = page.locator('button[data-key="choose-strike-south-pearl-harbor"]');
    await decide.scrollIntoViewIfNeeded();
    await decide.click();
    await endTurn(page);
    const item = page.locator('#panel-report .report-event', { hasText: 'Pearl Harbor' }).first();
    await item.scrollIntoViewIfNeeded();
    await shot(page, 'play9-pearl-harbor-1366');
    // biome-ignore lint/performance/useDomNodeTextContent: the words as a player reads them, blocks apart
    const words = (await item.innerText()).replace(/\s+/g, ' ');
    // Before: "Japan: National will +5 points … Japan: National will +3 points", and +8 and +20 for the Allies.
    expect(words.match(/Japan: National will/g)).toHaveLength(1);
    expect(words.match(/Allies: National will/g)).toHaveLength(1);
    expect(words).toContain('Japan: National will +8 points');
    expect(words).toContain('Allies: National will +28 points');
    expect(words).toContain("Japan's will rises 8");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
