/**
 * What the tenth play-through noticed, acted out again as a player: on a phone
 * the first view shows where the areas are and the player's capital's card whole
 * (Japan's Home Islands were cut off the left edge of the grand campaign, the
 * Oil Clock's view was the empty ocean between Asia and Hawaii); Japan starts the Road to
 * Tokyo with a month's industry and can order a build on its first turn; the
 * Oil Clock's Pearl Harbor no longer charges the carriers' sortie oil a second
 * time. Screenshots in test-results/ (play10-*.png).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { endTurn, LAPTOP, openGame, openOrdersTab, PHONE, shot, visibleText } from './play-kit';

const game = useBuiltGame();

/** The ids of the named cards wholly on the board. */
function wholeCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const b = document.getElementById('board')!.getBoundingClientRect();
    return (window.__pov?.namedCards() ?? [])
      .filter((c) => c.x >= 0 && c.y >= 0 && c.x + c.width <= b.width && c.y + c.height <= b.height)
      .map((c) => c.id);
  });
}

describe('what the tenth play-through noticed', () => {
  it("Japan on a phone, first view of the grand campaign: the Home Islands' card is wholly on the board", async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=play10`,
      PHONE,
      true,
    );
    await shot(page, 'play10-first-view-japan-390');
    const whole = await wholeCards(page);
    // Before: the Home Islands card began 157 pixels left of the board (x = −157 of a 203-wide card).
    expect(whole).toContain('home-islands');
    // Still a phone's view: closer than the whole map, many cards on it.
    expect(whole.length).toBeGreaterThan(15);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the Allies on a phone, first view of the Oil Clock: where the areas are, not the ocean between Asia and Hawaii', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=oil-clock-1941&side=allies&seed=play10`,
      PHONE,
      true,
    );
    await shot(page, 'play10-first-view-oil-clock-allies-390');
    const whole = await wholeCards(page);
    // Before: the scenario's middle, the empty ocean: Luzon and Singapore off the board.
    for (const id of ['luzon', 'singapore', 'java', 'formosa']) expect(whole).toContain(id);
    expect(whole.length).toBeGreaterThan(12);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Japan in the Road to Tokyo starts with a month’s industry and can order kaibōkan on the first turn; the turn pays for them', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=road-to-tokyo-1944&side=japan&seed=play10&difficulty=history`,
      LAPTOP,
    );
    // Before: "Industry 0 points to spend" in June 1944, and every build refused until July.
    await expect(page.getByTestId('stock-japan-industry').textContent()).resolves.toBe('83');
    await openOrdersTab(page);
    await page.getByRole('region', { name: 'Production' }).scrollIntoViewIfNeeded();
    const order = page.locator('button[data-key="build-kaibokan"]');
    await expect(order.isDisabled()).resolves.toBe(false);
    await order.click();
    await expect.poll(() => visibleText(page, '#end-turn-hint')).toContain('1 order');
    await shot(page, 'play10-road-first-build-1366');
    await endTurn(page);
    const report = await visibleText(page, '#panel-report');
    expect(report).toMatch(/−60 1 × Ten kaib.kan escorts ordered/);
    expect(report).not.toMatch(/refused|not enough industry/i);
    const queued = await page.evaluate(
      () => window.__pov?.state().queue.filter((q) => q.item === 'kaibokan').length ?? 0,
    );
    expect(queued).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Japan decides on Pearl Harbor in the Oil Clock: the decision says the carriers pay their own sortie, and the event charges no oil', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=oil-clock-1941&side=japan&seed=play10`,
      LAPTOP,
    );
    await openOrdersTab(page);
    const decisions = await visibleText(page, '[aria-label="Decisions"]');
    // Before: "The Kidō Butai's month at sea costs 0.7 million barrels", charged on top of the sailing carriers' own.
    expect(decisions).toContain('each pays its own sortie oil');
    expect(decisions).not.toContain('month at sea costs 0.7 million');
    const decide = page.locator('button[data-key="choose-strike-south-pearl-harbor"]');
    await decide.scrollIntoViewIfNeeded();
    await decide.click();
    await endTurn(page);
    const item = page.locator('#panel-report .report-event', { hasText: 'Pearl Harbor' }).first();
    await item.scrollIntoViewIfNeeded();
    await shot(page, 'play10-pearl-harbor-oil-1366');
    // biome-ignore lint/performance/useDomNodeTextContent: the words as a player reads them, blocks apart
    const words = (await item.innerText()).replace(/\s+/g, ' ');
    expect(words).toContain('Japan: National will +8 points');
    // Before: "Japan: Oil −700 thousand barrels" in the event, besides the sorties in the oil ledger.
    expect(words).not.toMatch(/Japan: Oil/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Japan at war in the Oil Clock: the Oil tile’s month’s burn is what the month takes from the stock', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=oil-clock-1941&side=japan&seed=play10&difficulty=easy`,
      LAPTOP,
    );
    await openOrdersTab(page);
    const decide = page.locator('button[data-key="choose-strike-south"]');
    await decide.scrollIntoViewIfNeeded();
    await decide.click();
    await endTurn(page);
    const stock = async () =>
      Number(((await page.getByTestId('stock-japan-oil').textContent()) ?? '').replace(/,/g, ''));
    const tile = page.locator('.tile:has([data-testid="stock-japan-oil"])');
    const words = await visibleText(page, '.tile:has([data-testid="stock-japan-oil"])');
    const burn = Number((/burns ([\d,]+) this month/.exec(words)?.[1] ?? '0').replace(/,/g, ''));
    await expect(tile.getAttribute('title')).resolves.toContain('operations not shown as moves 800');
    await shot(page, 'play10-oil-clock-at-war-1366');
    const before = await stock();
    await endTurn(page);
    const spent = before - (await stock());
    // Before: "burns 2,283 this month" while the month at war took 3,096 (the 800 wartime drain left out).
    // What is still not in the forecast: this month's events (the pilots' training oil, 13 a month, is since play24).
    expect(burn).toBeGreaterThan(3000);
    expect(Math.abs(spent - burn)).toBeLessThanOrEqual(burn / 50);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the Allies win the Southern Oil Run on a phone: the end screen says the victory points are not how the winner is judged', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=allies&seed=p10end&difficulty=easy`,
      PHONE,
      true,
    );
    let over = false;
    for (let i = 0; i < 8 && !over; i++) over = await endTurn(page);
    expect(over).toBe(true);
    await page.locator('dialog.end-screen').waitFor();
    const words = await visibleText(page, 'dialog.end-screen');
    // Before: "Japan 42 (started with 28)" victory points under "A marginal Allied victory", and nothing said why.
    expect(words).toMatch(/A (marginal|decisive|clear)?\s*Allied victory|Japanese victory|draw/i);
    expect(words).toContain(
      'These totals count every land area; who won is judged on the scenario’s goals, above.',
    );
    const note = page.locator('#end-points-note');
    await note.scrollIntoViewIfNeeded();
    await shot(page, 'play10-end-points-note-390');
    await expect(note.isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
