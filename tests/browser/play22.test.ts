/**
 * What play21 found and left, played as a teacher and a student meet it:
 * - a teacher who loaded a class's changed copy of a bundled scenario was not told what had been
 *   changed: the card and About now list it ("Japan’s oil at start: 20,000 thousand barrels (was
 *   38,200)");
 * - the report's In short read "3 battles: Java Sea, Luzon, Malaya and Singapore" — four places
 *   for three: its lists are now separated by semicolons;
 * - warships ticked with an army that crosses no open sea were left behind with only "cannot go with
 *   this move": the composer now says there is nothing to escort, and to order them to a sea area.
 * Screenshots in test-results/ (play22-*.png).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { clickArea, RESULTS, ROOT } from './harness';
import {
  closePlayer,
  endTurn,
  LAPTOP,
  openOrdersTab,
  openPlayer,
  openReplay,
  PHONE,
  shot,
  visibleText,
  waitForGame,
} from './play-kit';

const game = useBuiltGame();
const FILES = join(RESULTS, 'play22-files');

describe('play22: what play21 left', () => {
  it("a class's changed copy of a bundled scenario says, before play, what it changes", async () => {
    const s = JSON.parse(readFileSync(join(ROOT, 'scenarios/southern-oil-1942.json'), 'utf8'));
    s.meta.id = 'southern-oil-1942-class';
    s.meta.title = 'Southern oil, class 3B';
    s.sides.japan.stocks.oil = 20000;
    s.rules.searchChance.withAircraft = 90;
    mkdirSync(FILES, { recursive: true });
    const file = join(FILES, 'southern-oil-class.json');
    writeFileSync(file, JSON.stringify(s));
    const { page, errors } = await openPlayer(game.browser, game.server.url, LAPTOP);
    await page.setInputFiles('#load-scenario-file', file);
    const card = page.locator('.scenario-card', { hasText: 'Southern oil, class 3B' });
    const changes = card.locator('.scenario-changes');
    await changes.waitFor();
    const words = await visibleText(page, '.scenario-card .scenario-changes');
    expect(words).toContain('Changed from the bundled scenario “The Southern Oil Run, 1942” (3 changes):');
    expect(words).toContain(
      'About the scenario › title: Southern oil, class 3B (was The Southern Oil Run, 1942)',
    );
    expect(words).toContain('Japan’s oil at start: 20,000 thousand barrels (was 38,200)');
    expect(words).toContain('Rules › search chance › with aircraft: 90 (was 70)');
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'play22-changed-scenario-card');
    // A student who starts it reads the same under Your goal, open on the first turn, and in About.
    await page.getByRole('button', { name: 'Start the game' }).click();
    await waitForGame(page);
    await expect
      .poll(() => visibleText(page, '#goal-box .scenario-changes'))
      .toContain('Japan’s oil at start: 20,000 thousand barrels (was 38,200)');
    await shot(page, 'play22-changed-scenario-goal');
    await page.getByRole('tab', { name: 'About' }).click();
    await expect
      .poll(() => visibleText(page, '#panel-about .scenario-changes'))
      .toContain('Japan’s oil at start: 20,000 thousand barrels (was 38,200)');
    await shot(page, 'play22-changed-scenario-about');
    expect(errors).toEqual([]);
    await closePlayer({ page, errors });
  });

  it("on a phone the changes fit the card's width", async () => {
    const file = join(FILES, 'southern-oil-class.json');
    const { page, errors } = await openPlayer(game.browser, game.server.url, PHONE, true);
    await page.setInputFiles('#load-scenario-file', file);
    const changes = page.locator('.scenario-card .scenario-changes');
    await changes.waitFor();
    const box = await changes.evaluate((e) => ({
      overflow: e.scrollWidth - e.clientWidth,
      right: e.getBoundingClientRect().right,
    }));
    expect(box.overflow).toBeLessThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(PHONE.width);
    await changes.scrollIntoViewIfNeeded();
    await shot(page, 'play22-changed-scenario-phone');
    expect(errors).toEqual([]);
    await closePlayer({ page, errors });
  });

  it('a bundled game says nothing of changes in About', async () => {
    const { page, errors } = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=play22`,
      LAPTOP,
    );
    await waitForGame(page);
    await page.getByRole('tab', { name: 'About' }).click();
    await page.locator('#panel-about h3').first().waitFor();
    expect(await page.locator('#panel-about .scenario-changes:visible').count()).toBe(0);
    await page.getByRole('tab', { name: 'Orders' }).click();
    await page.locator('#goal-box').waitFor();
    expect(await page.locator('#goal-box .scenario-changes:visible').count()).toBe(0);
    expect(errors).toEqual([]);
    await closePlayer({ page, errors });
  });

  it("In short lists a turn's battles and areas taken so that 'Malaya and Singapore' reads as one place", async () => {
    const file = join(ROOT, 'tests/golden/southern-oil-1942.replay.json');
    const player = await openReplay(game.browser, game.server.url, LAPTOP, file);
    const { page, errors } = player;
    // Turn 2 of the golden game: battles in five places; Thailand retaken, Malaya and Singapore taken (turn 3
    // until sor32: with the shipping war and 61 Allied boats the golden game goes otherwise; Malaya falls a month earlier).
    const box = page.getByLabel('Turn', { exact: true });
    await box.fill('2');
    await box.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('#replay-board')?.getAttribute('data-turn') === '2',
    );
    const inShort = await visibleText(page, '.replay-report .report-summary');
    const line = (start: RegExp) => inShort.split(/(?<=\.) /).find((l) => start.test(l)) ?? '';
    const battles = line(/^\d+ battles:/);
    expect(battles).toContain('; Malaya and Singapore');
    expect(battles).not.toMatch(/, Malaya and Singapore/);
    expect(battles.split('; ').length).toBe(Number(battles.match(/^(\d+)/)![1]));
    expect(line(/^Changed hands:/)).toBe(
      'Changed hands: Thailand (to the Allies); Malaya and Singapore (to Japan).',
    );
    await shot(page, 'play22-in-short-semicolons', { of: '.replay-report .report-summary' });
    expect(errors).toEqual([]);
    await closePlayer(player);
  });

  it('warships ticked with an army that crosses no open sea are told why they stay, and what to do instead', async () => {
    const { page, errors } = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=play22`,
      LAPTOP,
    );
    await waitForGame(page);
    // War first (the strike south with Pearl Harbor: Thailand is Japan's from the war's first turn).
    await openOrdersTab(page);
    await page.locator('button[data-key="choose-strike-south-pearl-harbor"]').click();
    await endTurn(page);
    await openOrdersTab(page);
    const summary = page.locator('#panel-orders [data-key="group-indochina-south"]');
    if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
    for (const f of ['twenty-fifth-army', 'jp-transports-indochina', 'jp-cruisers-south'])
      await page.locator(`#panel-orders [data-key="pick-${f}"]`).check();
    await clickArea(page, 'malaya');
    await expect.poll(() => visibleText(page, '#composer')).toContain('Stay behind');
    const said = await visibleText(page, '#composer');
    expect(said).toContain(
      'Southern Expeditionary Fleet cruisers: the troops cross no open sea on this move',
    );
    expect(said).toContain('To fight at sea, order them to a sea area on their own.');
    expect(said).not.toContain('cannot go with this move');
    await shot(page, 'play22-no-convoy-to-escort', { of: '#composer' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
