/**
 * What the sixth play-through noticed (scripts/play/play.ts on every bundled
 * scenario), acted out again as a player: a refusal is
 * not said twice when the forces can go nowhere; the guided-turn offer steps
 * aside while a move is being prepared; a computer side's long list of areas
 * it merely holds folds away under its moves; the oil tile says that the
 * income it counts on was last month's. Screenshots in test-results/ (play6-*.png).
 */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { clickArea, openGroup } from './harness';
import { endTurn, LAPTOP, openGame, PHONE, shot, visibleText } from './play-kit';

const game = useBuiltGame();

describe('what the sixth play-through noticed', () => {
  it('Allies: an army refused for want of transports is told so once, not again under "cannot move anywhere"', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=allies&seed=play`,
      LAPTOP,
    );
    await openGroup(page, 'java');
    await page.locator('#panel-orders [data-key="pick-knil"]').check();
    await clickArea(page, 'borneo');
    const refusals = await page.locator('#composer .refusal').allTextContents();
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toContain('Borneo is out of reach overland for Royal Netherlands East Indies Army');
    expect(refusals[0]).toContain('Bring transports to the army’s port first');
    // Before: "These forces cannot move anywhere this turn. Borneo is out of reach overland …" — the same words again.
    expect(refusals[1]).toBe('These forces cannot move anywhere this turn.');
    await shot(page, 'play6-refused-once-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Japan on a phone: a place the move sheet hides, or not in the list, can still be asked why', async () => {
    const { page, errors } = await openGame(
      game.browser,
      // The fog of war off: ABDA's fleet in the Java Sea is seen and refuses the landing. With it on,
      // Java is offered and the convoy turned back when the turn is played (fogmem29.test.ts).
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=play&fog=off`,
      PHONE,
      true,
    );
    await page.getByRole('button', { name: 'No thanks' }).click();
    await page.getByRole('tab', { name: /Orders/ }).click();
    // The cruisers sail north first (as in the play-through): the destroyers alone cannot escort past the Java Sea.
    await openGroup(page, 'formosa');
    const cruisers = page.locator('#panel-orders [data-key="pick-southern-cruisers"]');
    await cruisers.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await cruisers.check();
    await page.locator('[data-key="dest-east-china-sea"]').tap();
    await page.locator('[data-key="confirm-move"]').tap();
    await openGroup(page, 'formosa');
    for (const f of ['sixteenth-army', 'invasion-transports']) {
      const box = page.locator(`#panel-orders [data-key="pick-${f}"]`);
      await box.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await box.check();
    }
    // Java is not in the list (the Allied fleet holds the Java Sea) and lies under the sheet on the map.
    await expect(page.locator('[data-key="dest-java"]').count()).resolves.toBe(0);
    const why = page.locator('#composer .why-not summary');
    await why.scrollIntoViewIfNeeded();
    await why.tap();
    const java = page.locator('[data-key="why-not-java"]');
    await java.scrollIntoViewIfNeeded();
    await java.tap();
    const refusal = page.locator('#composer .refusal').first();
    await expect(refusal.textContent()).resolves.toContain('the Allied fleet and air power hold Java Sea');
    // The answer is brought on screen, above the list it was asked from.
    const box = await refusal.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
    // The list stays open for the next question.
    await expect(page.locator('[data-key="why-not-java"]').isVisible()).resolves.toBe(true);
    await shot(page, 'play6-why-not-390');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('Japan, grand campaign: a whole port’s fleet sent beyond its oilers is told it may also send fewer ships', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=play`,
      LAPTOP,
    );
    await openGroup(page, 'home-islands');
    await page.locator('#panel-orders [data-key="pick-all ships-home-islands"]').click();
    await clickArea(page, 'hawaiian-waters');
    const refusal = (await page.locator('#composer .refusal').first().textContent()) ?? '';
    expect(refusal).toContain('your fleet train has oilers for 32 ships beyond the radius there');
    // Before: "…or hold a base nearer. Choose an area ringed in green, or Clear to start again."
    expect(refusal).toMatch(/or hold a base nearer\. Or send fewer ships so far: untick some of them\.$/);
    await shot(page, 'play6-fleet-train-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Japan: the guided-turn offer steps aside while a move is prepared and once an order is given', async () => {
    for (const [name, size, touch] of [
      ['1366', LAPTOP, false],
      ['390', PHONE, true],
    ] as const) {
      const { page, errors } = await openGame(
        game.browser,
        `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=play`,
        size,
        touch,
      );
      const offer = page.locator('#guide');
      await expect(offer.isVisible()).resolves.toBe(true);
      if (touch) await page.getByRole('tab', { name: /Orders/ }).click();
      await openGroup(page, 'home-islands');
      const akagi = page.locator('#panel-orders [data-key="pick-akagi"]');
      if (touch) await akagi.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await akagi.check();
      // Preparing a move: the offer is out of the way of where to go, the cost and the risk, and on a
      // phone of the forces still to tick between the top bar and the move sheet (before, it covered
      // them and a second force could not be ticked).
      await expect(offer.isVisible()).resolves.toBe(false);
      const kaga = page.locator('#panel-orders [data-key="pick-kaga"]');
      if (touch) await kaga.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await kaga.check({ timeout: 10_000 });
      await expect(page.locator('#composer .composer-title').textContent()).resolves.toBe('Move Akagi, Kaga');
      await expect(page.locator('[data-key="dest-east-china-sea"]').isVisible()).resolves.toBe(true);
      await shot(page, `play6-offer-aside-${name}`);
      // Clearing the move brings the offer back: nothing has been answered yet.
      await page.locator('[data-key="composer-clear"]').click();
      await expect(offer.isVisible()).resolves.toBe(true);
      await expect(kaga.isChecked()).resolves.toBe(false);
      // An order given: the player has chosen to play without the guide this turn.
      if (touch) await akagi.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await akagi.check();
      await page.locator('[data-key="dest-east-china-sea"]').click();
      await page.locator('[data-key="confirm-move"]').click();
      await expect(offer.isVisible()).resolves.toBe(false);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 240_000);

  it('Allies in the Road to Tokyo: Japan’s moves come first, the areas it merely holds fold under one line', async () => {
    const { page, errors } = await openGame(
      game.browser,
      // The computer's plans are shown with the fog of war off (with it on, a player does not see them).
      `${game.server.url}?scenario=road-to-tokyo-1944&side=allies&seed=play&fog=off`,
      LAPTOP,
    );
    await endTurn(page, 120_000);
    await page.getByRole('tab', { name: /Report/ }).click();
    const intent = page.locator('#panel-report .intent[data-side="japan"]');
    await intent.waitFor();
    const shown = await intent.locator(':scope > ul > li').allTextContents();
    // Japan holds a dozen areas "because the enemy is within reach": those fold away.
    expect(shown.filter((l) => l.startsWith('Hold ')).length).toBe(0);
    expect(shown.length).toBeGreaterThan(0);
    const holds = intent.locator('details.intent-holds');
    const summary = (await holds.locator('summary').textContent()) ?? '';
    expect(summary).toMatch(/^\d+ more: forces that stay where they are$/);
    const folded = holds.locator('li');
    const count = await folded.count();
    expect(summary.startsWith(`${count} more`)).toBe(true);
    await expect(folded.first().isVisible()).resolves.toBe(false);
    await shot(page, 'play6-intent-holds-folded-1366');
    // The whole intent fits on a laptop's screen (before, a dozen "Hold …" lines ran far below it).
    // The report opens on In short above it (play23), so it is scrolled to first, as a student would.
    await intent.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    const box = await intent.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(LAPTOP.height);
    await shot(page, 'play6-intent-holds-folded-1366');
    // A student who wants them opens the line.
    await holds.locator('summary').click();
    await expect(folded.first().isVisible()).resolves.toBe(true);
    await expect(folded.first().textContent()).resolves.toMatch(/^Hold /);
    await shot(page, 'play6-intent-holds-open-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('Allies at Midway: the code-breakers’ report lists one destination a line, the carriers named first', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=midway-1942&side=allies&seed=play&difficulty=history`,
      LAPTOP,
    );
    // The week of 25 May 1942: the historical Japan sails for Midway and the Aleutians, and the traffic is read.
    for (let i = 0; i < 3; i++) await endTurn(page, 120_000);
    const notice = page.locator('#intel');
    await expect(notice.isVisible()).resolves.toBe(true);
    const lines = await notice.locator('li').allTextContents();
    expect(lines.length).toBeGreaterThan(1);
    const carriers = lines.find((l) => l.startsWith('North Pacific: '));
    // Before: one sentence of some twenty names, Akagi the eleventh.
    expect(carriers).toMatch(
      /^North Pacific: Akagi, Kaga, Sōryū, Hiryū, \S.* and \d+ more \(\d carriers\)\.$/,
    );
    await shot(page, 'play6-intel-lines-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('Japan in the Oil Clock: after withdrawing from Indochina the end screen tells the real war’s sequel as such', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=oil-clock-1941&side=japan&seed=play`,
      LAPTOP,
    );
    await page.getByRole('tab', { name: /Orders/ }).click();
    await page.locator('button[data-key="choose-withdraw-indochina"]').click();
    let over = false;
    for (let i = 0; i < 8 && !over; i++) over = await endTurn(page, 120_000);
    expect(over).toBe(true);
    await expect(page.locator('#end-verdict').textContent()).resolves.toBe('A marginal Japanese victory.');
    await expect(page.locator('#end-you').textContent()).resolves.toBe('You played Japan: you won.');
    // Before: "What happened next: Japan took Malaya…", read as what followed this game's peace.
    await expect(page.locator('#end-afterwards').textContent()).resolves.toMatch(
      /^What happened next in the real war: Japan took Malaya/,
    );
    await shot(page, 'play6-oil-withdraw-end-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('Japan in the Oil Clock: the rationing chosen is said in full; the oil tile counts the months the stock lasts once the embargo stops the imports', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=oil-clock-1941&side=japan&seed=play`,
      LAPTOP,
    );
    // The closed list cuts "The 1941 allocation: 1,600 thousand barrel…" short: the line under it does not.
    const chosen = page.locator('[data-key="rationing-chosen"]');
    await expect(chosen.textContent()).resolves.toBe(
      'The 1941 allocation: 1,600 thousand barrels a month, 100% of industry.',
    );
    await page.locator('#policy-rationing').selectOption('1');
    await expect(chosen.textContent()).resolves.toMatch(
      /^Cuts to civilian fuel: 1,100 thousand barrels a month, 95% of industry\.$/,
    );
    await page.locator('#policy-rationing').scrollIntoViewIfNeeded();
    await shot(page, 'play6-rationing-chosen-1366');
    await page.locator('#policy-rationing').selectOption('0');
    await endTurn(page, 120_000);
    // August 1941: July's imports covered July's burn, but the embargo ends them this month, so the tile
    // counts on no income (play11): 49.7 million barrels at 2.3 a month last about 21 months — the figure
    // the Oil Clock is named for, shown although it outlasts the scenario's six months.
    const tile = await visibleText(page, '#hud .tile');
    const months = Number(/lasts ≈ (\d+) months/.exec(tile)?.[1]);
    expect(months).toBeGreaterThanOrEqual(18);
    expect(months).toBeLessThanOrEqual(24);
    expect(tile).not.toContain('income covers it');
    expect(tile).not.toContain('income covered it');
    await shot(page, 'play6-oil-tile-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
