/**
 * Issues 11 and 12, from a play-through of every bundled scenario as a
 * student (scripts/play/play.ts): what a player noticed, acted out again as a
 * player. A refusal names its area once; the guided-turn offer goes once a
 * turn has been played without it; the national will's reasons read as lines,
 * not a narrow column; a weekly report says it covers a week; on a phone,
 * every force under the move sheet can be scrolled above it and ticked.
 * Screenshots in test-results/ (play-*.png).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { clickArea, openGroup } from './harness';
import { endTurn as endTurnAndWait, LAPTOP, openGame, PHONE, shot, WIDE } from './play-kit';

const game = useBuiltGame();

/** Ends the turn and waits until the next one can be ordered. */
async function endTurn(page: Page) {
  await endTurnAndWait(page, 120_000);
}

describe('what a play-through noticed (issues 11 and 12)', () => {
  it('Japan: a refusal names its area once, and the guided-turn offer goes after a turn played without it', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=play`,
      LAPTOP,
    );
    await expect(page.locator('#guide').textContent()).resolves.toContain('Take a guided first turn');
    await openGroup(page, 'home-islands');
    await page.locator('[data-key="pick-akagi"]').check();
    await clickArea(page, 'timor-sea');
    const refusal = (await page.locator('#composer .refusal').first().textContent()) ?? '';
    expect(refusal).toContain('Timor Sea is out of reach for Akagi this turn: ');
    expect(refusal).toMatch(/[\d,]+ nautical miles away, range 2,500 a turn/);
    expect(refusal).not.toContain('Timor Sea: Timor Sea');
    await shot(page, 'play-refusal-once-1366');
    await page.locator('[data-key="composer-clear"]').click();

    await endTurn(page);
    await expect(page.locator('#guide').count()).resolves.toBe(0);
    await shot(page, 'play-turn2-no-offer-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('Allies: the national will’s reasons read as full lines in the report', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=allies&seed=play`,
      WIDE,
    );
    // The Allies' will falls when they lose areas or ships: a few turns bring a will item.
    let lines = 0;
    for (let turn = 0; turn < 4 && lines === 0; turn++) {
      await endTurn(page);
      await page.getByRole('tab', { name: /Report/ }).click();
      lines = await page.locator('.report-will .will-lines li').count();
    }
    expect(lines).toBeGreaterThan(0);
    const widths = await page
      .locator('.report-will')
      .first()
      .evaluate((item) => ({
        item: item.getBoundingClientRect().width,
        line: (item.querySelector('.will-lines li') as HTMLElement).getBoundingClientRect().width,
      }));
    expect(widths.line).toBeGreaterThan(widths.item * 0.8);
    await page.locator('.report-will').first().scrollIntoViewIfNeeded();
    await shot(page, 'play-will-lines-1920');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 400_000);

  it('a weekly scenario’s report says it covers a week', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=midway-1942&side=allies&seed=play`,
      LAPTOP,
    );
    await endTurn(page);
    await page.getByRole('tab', { name: /Report/ }).click();
    await expect(page.locator('#report-heading').textContent()).resolves.toBe(
      'What happened in the week of 4 May 1942',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('phone: with the move sheet open, the last force of a long list can be scrolled above it and ticked', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=road-to-tokyo-1944&side=allies&seed=play`,
      PHONE,
      true,
    );
    await page.getByRole('tab', { name: /Orders/ }).click();
    await openGroup(page, 'marshalls');
    await page.locator('[data-key="pick-v-amphibious-corps"]').check();
    await expect(page.locator('#composer').isVisible()).resolves.toBe(true);
    // A phone is tapped, not clicked.
    await expect(page.locator('#composer').textContent()).resolves.toContain('Tap an area ringed in green');
    const last = page
      .locator('[data-key="group-marshalls"]')
      .locator('xpath=..')
      .locator('input[type="checkbox"]')
      .last();
    // The player scrolls as far down as the page goes.
    await page.evaluate(() => {
      for (const e of [document.documentElement, document.body]) e.scrollTop = e.scrollHeight;
    });
    const [box, sheet] = await Promise.all([
      last.evaluate((e) => e.getBoundingClientRect().bottom),
      page.locator('#composer').evaluate((e) => e.getBoundingClientRect().top),
    ]);
    // Before the fix the list ended under the sheet: its last rows could not be reached.
    expect(box).toBeLessThanOrEqual(sheet);
    await last.check();
    await shot(page, 'play-phone-sheet-390');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('Japan, grand campaign: carriers sent onto Pearl Harbor are told which sea to strike it from; a peacetime attack says how a war begins', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=play`,
      LAPTOP,
    );
    await openGroup(page, 'home-islands');
    for (const ship of ['akagi', 'kaga', 'soryu', 'hiryu'])
      await page.locator(`[data-key="pick-${ship}"]`).check();
    await expect(page.locator('#composer .composer-title').textContent()).resolves.toBe(
      'Move Akagi, Kaga and 2 more',
    );
    await clickArea(page, 'hawaii');
    await expect(page.locator('#composer .refusal').first().textContent()).resolves.toContain(
      'Carriers strike a port from the sea next to it: send them to Hawaiian waters.',
    );
    await shot(page, 'play-carriers-pearl-harbor-1366');
    await page.locator('[data-key="composer-clear"]').click();
    await openGroup(page, 'formosa');
    await page.locator('[data-key="pick-fourteenth-army"]').check();
    await clickArea(page, 'luzon');
    await expect(page.locator('#composer .refusal').first().textContent()).resolves.toContain(
      'A war begins only by a decision: see Decisions under Orders.',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  for (const size of [LAPTOP, PHONE]) {
    it(`Japan, 1944 at ${size.width}×${size.height}: the air missions with long area names stay inside the panel`, async () => {
      const touch = size.width < 600;
      const { page, errors } = await openGame(
        game.browser,
        `${game.server.url}?scenario=road-to-tokyo-1944&side=japan&seed=play`,
        size,
        touch,
      );
      await page.getByRole('tab', { name: /Orders/ }).click();
      const section = page.getByRole('region', { name: 'Air missions' });
      await section.scrollIntoViewIfNeeded();
      const panel = (await page.locator('#panel-orders').boundingBox())!;
      const buttons = section.getByRole('button', { name: /^Order the mission for/ });
      expect(await buttons.count()).toBeGreaterThan(0);
      for (const b of await buttons.all()) {
        const box = (await b.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
      }
      expect(await page.evaluate(() => document.body.scrollWidth)).toBeLessThanOrEqual(size.width);
      await shot(page, `play-air-missions-${size.width}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 300_000);
  }

  it('the end screen of a scenario played to its last turn names that turn (not its first day)', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=end`,
      LAPTOP,
    );
    for (let turn = 0; turn < 6; turn++) {
      if ((await page.evaluate(() => window.__pov?.phase())) === 'over') break;
      await endTurn(page);
    }
    const end = page.locator('#overlay');
    await expect(end.textContent()).resolves.toContain('The scenario ends after its last turn, June 1942.');
    await expect(end.textContent()).resolves.not.toContain('ends on 1 June 1942');
    await shot(page, 'play-end-screen-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 400_000);

  it('Japan: an invasion sailing through a sea the enemy fleet holds says so before it is confirmed', async () => {
    const { page, errors } = await openGame(
      game.browser,
      // The fog of war off: ABDA's fleet in the Java Sea is seen (with it on, fog.test.ts).
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=play&fog=off`,
      LAPTOP,
    );
    await openGroup(page, 'formosa');
    await page.locator('[data-key="pick-sixteenth-army"]').check();
    await page.locator('[data-key="pick-invasion-transports"]').check();
    await page.locator('[data-key="dest-java"]').click();
    const preview = page.getByRole('region', { name: 'Move to Java' });
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('On the wayenemy ships in Java Sea (');
    expect(text).toContain('a battle may be fought there');
    await shot(page, 'play-enemy-on-the-way-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('Allies: sending a force already ordered elsewhere says which order it replaces', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=road-to-tokyo-1944&side=allies&seed=play`,
      LAPTOP,
    );
    await page.getByRole('tab', { name: /Orders/ }).click();
    await openGroup(page, 'marshalls');
    await page.locator('[data-key="pick-v-amphibious-corps"]').check();
    await page.locator('[data-key="pick-forager-transports-north"]').check();
    await page.locator('[data-key="dest-marianas"]').click();
    await expect(
      page.getByRole('region', { name: /^Move to Marianas/ }).textContent(),
    ).resolves.not.toContain('Replaces');
    await page.locator('[data-key="confirm-move"]').click();
    await openGroup(page, 'marshalls');
    await page.locator('[data-key="pick-v-amphibious-corps"]').check();
    await page.locator('[data-key="dest-guam"]').click();
    await expect(page.getByRole('region', { name: 'Move to Guam' }).textContent()).resolves.toContain(
      'Replacesan order given earlier this turn: V Amphibious Corps (Saipan) was to go to Marianas (Saipan, Tinian).',
    );
    await shot(page, 'play-replaces-order-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
  it('Japan, 1941: an attack before the war names the area once and reads as a sentence', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=oil-clock-1941&side=japan&seed=play`,
      WIDE,
    );
    await openGroup(page, 'formosa');
    await page.locator('#panel-orders [data-key="pick-fourteenth-army"]').check();
    await clickArea(page, 'luzon');
    const refusal = (await page.locator('#composer .refusal').first().textContent()) ?? '';
    // Before the fix: "Luzon (Manila): you are not at war: Luzon (Manila) cannot be attacked."
    expect(refusal).toMatch(
      /^You are not at war: Luzon \(Manila\) cannot be attacked\. A war begins only by a decision/,
    );
    await shot(page, 'play-not-at-war-once-1920');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('Japan: an army with transports is told how far it can sail this turn, not only how far it can march', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=play`,
      LAPTOP,
    );
    await openGroup(page, 'formosa');
    await page.locator('#panel-orders [data-key="pick-sixteenth-army"]').check();
    await page.locator('#panel-orders [data-key="pick-invasion-transports"]').check();
    // Northern Australia, 2,100 nautical miles away, is in reach by sea: the range line says why.
    await expect(page.locator('#composer').textContent()).resolves.toContain(
      'Range this turn: 600 nautical miles overland, or 2,500 by sea with enough transports in port.',
    );
    await expect(page.locator('[data-key="dest-australia"]').textContent()).resolves.toContain('2,100 nm');
    await shot(page, 'play-range-by-sea-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
  it('Allies: an army that can go nowhere is told why, for the nearest area', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=allies&seed=play`,
      PHONE,
      true,
    );
    await page.getByRole('tab', { name: /Orders/ }).click();
    await openGroup(page, 'java');
    await page.locator('#panel-orders [data-key="pick-knil"]').check();
    const refusal = (await page.locator('#composer .refusal').first().textContent()) ?? '';
    // Before the fix it said only "These forces cannot move anywhere this turn."
    expect(refusal).toMatch(/^These forces cannot move anywhere this turn\. \S/);
    expect(refusal).toContain('transports in Java, there are 0');
    await shot(page, 'play-nowhere-why-390');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
  it('Japan, 1944: an army short of transports is told so, not that the nearest area is neutral', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=road-to-tokyo-1944&side=japan&seed=play`,
      LAPTOP,
    );
    await page.getByRole('tab', { name: /Orders/ }).click();
    await openGroup(page, 'home-islands');
    await page.locator('#panel-orders [data-key="pick-home-defence"]').check();
    const refusal = (await page.locator('#composer .refusal').first().textContent()) ?? '';
    // Before: "These forces cannot move anywhere this turn. Soviet Far East is neutral and you are not at war."
    expect(refusal).toMatch(/^These forces cannot move anywhere this turn\. \S/);
    expect(refusal).toMatch(/transports in Home Islands, there are \d+/);
    expect(refusal).not.toContain('neutral');
    await shot(page, 'play-nowhere-transports-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
  it('Japan: an invasion into a sea the enemy fleet holds names the destination once, then the sea and what to do', async () => {
    const { page, errors } = await openGame(
      game.browser,
      // The fog of war off: ABDA's fleet in the Java Sea is seen. With it on, Japan does not watch the
      // Java Sea and the landing is offered, to be turned back when the turn is played (fogmem29.test.ts).
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=play&fog=off`,
      LAPTOP,
    );
    // The cruisers go north; the destroyers alone would escort the convoy through the Java Sea.
    await openGroup(page, 'formosa');
    await page.locator('#panel-orders [data-key="pick-southern-cruisers"]').check();
    await page.locator('[data-key="dest-east-china-sea"]').click();
    await page.locator('[data-key="confirm-move"]').click();
    await openGroup(page, 'formosa');
    await page.locator('#panel-orders [data-key="pick-sixteenth-army"]').check();
    await clickArea(page, 'java');
    const refusal = (await page.locator('#composer .refusal').first().textContent()) ?? '';
    // "Java Sea" is not Java: the destination is still named first.
    expect(refusal).toMatch(
      /^Java: the Allied fleet and air power hold Java Sea \(power \d+ against your \d+\): fight it first/,
    );
    await shot(page, 'play-sea-held-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
  it('Allies, 1941: an attack before the war says that Japan begins it, not to look for a decision the Allies do not have', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=allies&seed=play`,
      LAPTOP,
    );
    await openGroup(page, 'hawaii');
    await page.locator('#panel-orders [data-key="pick-hawaiian-department"]').check();
    await clickArea(page, 'marianas');
    const refusal = (await page.locator('#composer .refusal').first().textContent()) ?? '';
    expect(refusal).toContain('You are not at war: Marianas (Saipan, Tinian) cannot be attacked.');
    expect(refusal).toContain('Only Japan can begin the war, by a decision of its own');
    expect(refusal).not.toContain('see Decisions under Orders');
    await expect(page.getByRole('region', { name: 'Decisions' }).count()).resolves.toBe(0);
    await shot(page, 'play-allies-not-at-war-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
  it('Japan, Midway: a landing beyond the convoy’s reach says what to do once, not twice', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=midway-1942&side=japan&seed=play`,
      LAPTOP,
    );
    await openGroup(page, 'marianas');
    await page.locator('#panel-orders [data-key="pick-midway-landing-force"]').check();
    await page.locator('#panel-orders [data-key="pick-transport-group"]').check();
    await clickArea(page, 'midway');
    const refusal = (await page.locator('#composer .refusal').first().textContent()) ?? '';
    expect(refusal).toContain('convoy this turn (range 1,600 nautical miles): land somewhere nearer first.');
    // Before: "… land somewhere nearer first. Choose an area ringed in green, or Clear to start again."
    expect(refusal.trim()).toMatch(/land somewhere nearer first\.$/);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
