/**
 * What the eleventh play-through noticed, acted out again as a player: the move
 * preview of the Kidō Butai says it strikes Pearl Harbor, not only that it sails
 * to a sea (the grand campaign's Hawaiian waters, the Oil Clock's North Pacific),
 * and in the Oil Clock the strike is flown (the seas' centres were beyond the
 * strike reach); Japan starts the grand campaign with a month's industry; the
 * Allied player's report shows the Allied ledger, not Japan's; the after-action
 * report names the computer's level as the start screen does. Screenshots in
 * test-results/ (play11-*.png).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { endTurn, LAPTOP, openGame, openOrdersTab, shot, visibleText, WIDE } from './play-kit';

const game = useBuiltGame();

/** Takes a decision, picks `forces` in `from` under Orders and chooses `to` from the list. */
async function decideAndSend(page: Page, choice: string, from: string, forces: string[], to: string) {
  await openOrdersTab(page);
  const decide = page.locator(`button[data-key="choose-${choice}"]`);
  await decide.scrollIntoViewIfNeeded();
  await decide.click();
  const group = page.locator(`#panel-orders [data-key="group-${from}"]`);
  if (!(await group.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await group.click();
  for (const f of forces) await page.locator(`#panel-orders [data-key="pick-${f}"]`).check();
  await page.locator(`[data-key="dest-${to}"]`).click();
}

/** The Mission line of the move preview. */
async function mission(page: Page): Promise<string> {
  const line = page.locator('#composer .preview .fact', { hasText: 'Mission' });
  await line.waitFor();
  // biome-ignore lint/performance/useDomNodeTextContent: the words as a player reads them
  return (await line.innerText()).replace(/\s+/g, ' ');
}

describe('what the eleventh play-through noticed', () => {
  it('Japan in the grand campaign: 94 industry at the start, and the Kidō Butai’s preview says it strikes Pearl Harbor; the turn does', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=play11&difficulty=easy`,
      LAPTOP,
    );
    // Before: "0 points to spend" in July 1941.
    await expect(page.getByTestId('stock-japan-industry').textContent()).resolves.toBe('94');
    await decideAndSend(
      page,
      'strike-south-pearl-harbor',
      'home-islands',
      ['akagi', 'kaga', 'soryu', 'hiryu'],
      'hawaiian-waters',
    );
    const words = await mission(page);
    await page.locator('#composer .preview').scrollIntoViewIfNeeded();
    await shot(page, 'play11-pearl-preview-1366');
    // Before: "sail to Hawaiian waters and patrol there".
    expect(words).toContain('strike the enemy in port at Hawaii (Pearl Harbor)');
    expect(words).toMatch(/8 battleships/);
    expect(words).toContain('your decision this turn is carried out first');
    expect(words).not.toContain('patrol there');
    await page.locator('[data-key="confirm-move"]').click();
    await endTurn(page);
    const report = await visibleText(page, '#panel-report');
    expect(report).toContain('1 battle: Hawaii');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Japan in the grand campaign, August 1941: the Oil tile counts on no imports once the embargo is due', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=play11&difficulty=easy`,
      LAPTOP,
    );
    await endTurn(page);
    const months = async () =>
      Number(
        /lasts ≈ (\d+) months/.exec(
          await visibleText(page, '.tile:has([data-testid="stock-japan-oil"])'),
        )?.[1],
      );
    const august = await months();
    await shot(page, 'play11-oil-tile-august-1366');
    await endTurn(page);
    const september = await months();
    // Before: "lasts ≈ 43 months" in August (July's imports counted on), then ≈ 18 in September.
    expect(august).toBeLessThan(25);
    expect(Math.abs(august - september)).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Japan in the Oil Clock: the carriers sent to the North Pacific strike Pearl Harbor, as the preview says', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=oil-clock-1941&side=japan&seed=play11`,
      LAPTOP,
    );
    await decideAndSend(
      page,
      'strike-south-pearl-harbor',
      'home-islands',
      ['akagi', 'kaga', 'soryu', 'hiryu'],
      'north-pacific',
    );
    const words = await mission(page);
    expect(words).toContain('strike the enemy in port at Hawaii (Pearl Harbor)');
    await page.locator('[data-key="confirm-move"]').click();
    await endTurn(page);
    const battle = page.locator('#panel-report .report-battle', { hasText: 'Hawaii' }).first();
    await battle.scrollIntoViewIfNeeded();
    await shot(page, 'play11-oil-clock-pearl-harbor-1366');
    // Before: no battle — the North Pacific's centre is 2,200 nm from Hawaii, beyond the 480 nm reach.
    // biome-ignore lint/performance/useDomNodeTextContent: the words as a player reads them
    expect((await battle.innerText()).replace(/\s+/g, ' ')).toMatch(
      /Carrier air strike on Hawaii \(Pearl Harbor\) from North Pacific/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the Allies at Midway: the report’s economy is the Allies’ own, not Japan’s oil ledger', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=midway-1942&side=allies&seed=play11`,
      WIDE,
    );
    await endTurn(page);
    const report = await visibleText(page, '#panel-report');
    await shot(page, 'play11-midway-allies-report-1920');
    expect(report).toContain('Economy: Allies');
    // Before: "Economy: Japan — Oil 33,900 → 33,671 … −360 the economy and the home front".
    expect(report).not.toContain('Economy: Japan');
    expect(report).not.toContain('the economy and the home front');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a teacher reads the after-action report of a game at easy: the computer’s level as the start screen names it', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=play11&difficulty=easy`,
      WIDE,
    );
    await endTurn(page);
    await page.getByRole('button', { name: /^Save and share/ }).click();
    await page.getByRole('button', { name: 'After-action report of the game so far' }).click();
    const aar = page.locator('#aar-page');
    await aar.waitFor();
    await shot(page, 'play11-after-action-1920');
    const words = await visibleText(page, '#aar-page .aar-header');
    // Before: "the Allies: the computer (easy)"; the start screen's list says "Easy".
    expect(words).toContain('the Allies: the computer at the Easy level');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
