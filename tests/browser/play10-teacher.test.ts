/**
 * What the tenth play-through noticed as a teacher and as a student reading the
 * report, acted out again as a player: a class link that names the historical
 * plan as the command line does (`difficulty=historical`) starts the game "as in
 * history"; a battle in which nobody lost a whole unit, but some lost men, does
 * not say "No ship or unit was destroyed" above the men lost. Screenshots in
 * test-results/ (play10-*.png).
 */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { endTurn, LAPTOP, openGame, shot, visibleText } from './play-kit';

const game = useBuiltGame();

describe('what the tenth play-through noticed (teacher, report)', () => {
  it('a class link with the command line’s difficulty name “historical” starts the game against the historical plan', async () => {
    // Before: the start screen, "The link could not be used: difficulty "historical" is not one of …".
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=play10&difficulty=historical`,
      LAPTOP,
    );
    const header = await visibleText(page, 'header');
    expect(header).toContain('the computer plays Allies (as in history)');
    expect(await page.evaluate(() => window.__pov?.state().turn)).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Japan in the Southern Oil Run: the fighting on Luzon, where both armies lost men and neither was destroyed, says so', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=play10&difficulty=history`,
      LAPTOP,
    );
    await endTurn(page);
    await page.getByRole('tab', { name: /Report/ }).click();
    const battle = page.locator('#panel-report .report-battle', { hasText: 'Battle at Luzon' }).first();
    await battle.scrollIntoViewIfNeeded();
    await shot(page, 'play10-luzon-battle-1366');
    // biome-ignore lint/performance/useDomNodeTextContent: the words as a player reads them, blocks apart
    const words = (await battle.innerText()).replace(/\s+/g, ' ');
    expect(words).toMatch(/men lost/);
    // Before: "No ship or unit was destroyed." above "14th Army (Japan): 5 thousand men lost".
    expect(words).not.toContain('No ship or unit was destroyed');
    expect(words).toContain('No unit was wiped out, but some lost ships, aircraft or men.');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
