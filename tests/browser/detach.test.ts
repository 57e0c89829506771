/**
 * A move of part of an army (engine/detach.ts), acted out in Chromium as a student playing the
 * Allies in the grand campaign: the Australian Home Forces (150,000 men) cannot sail from Eastern
 * Australia with the 20 transports there, so the student sends as many as the transports carry to
 * New Caledonia, ends the turn and reads the result. At 1366×768 with a mouse, and on a phone by touch.
 */
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/engine/index';
import { useBuiltGame } from './built-game';
import { clickArea, openGroup } from './harness';
import { closePlayer, endTurn, LAPTOP, openGame, openOrdersTab, PHONE, shot, visibleText } from './play-kit';

const GAME = '?scenario=pacific-1941&side=allies&seed=detach';
const TO = 'new-caledonia-fiji';

describe('sending part of an army', () => {
  const game = useBuiltGame();

  for (const [label, screen, touch] of [
    ['1366', LAPTOP, false],
    ['phone', PHONE, true],
  ] as const) {
    it(`a detachment sails where the whole army cannot (${label})`, async () => {
      const player = await openGame(game.browser, `${game.server.url}${GAME}`, screen, touch);
      const { page, errors } = player;
      await openOrdersTab(page);
      await openGroup(page, 'eastern-australia');
      const pick = page.locator('[data-key="pick-australian-home-forces"]');
      if (touch) await pick.tap();
      else await pick.check();
      // The whole army: New Caledonia is out of reach, and the panel says why and what to do.
      await expect.poll(() => visibleText(page, '#composer')).toContain('Men to send (thousand)');
      const before = await visibleText(page, '#composer');
      expect(before).toContain(
        'Transports in Eastern Australia (Brisbane, Sydney): 20 free, enough for 20 thousand men by sea',
      );
      expect(await page.locator('[data-key="dest-new-caledonia-fiji"]').count()).toBe(0);
      if (!touch) {
        await clickArea(page, TO);
        expect(await visibleText(page, '#composer .refusal')).toContain('Send fewer men');
      }
      await shot(page, `detach-whole-${label}`);
      if (!touch) {
        // Typed: 12 thousand, then Enter.
        await page.locator('#men-to-send').fill('12');
        await page.locator('#men-to-send').press('Enter');
        expect(await visibleText(page, '#composer .composer-title')).toBe(
          'Move 12 thousand men of Australian Home Forces',
        );
        // A size bigger than the army is all of it: the whole army's order, and its refusal again.
        await page.locator('#men-to-send').fill('400');
        await page.locator('#men-to-send').press('Enter');
        expect(await page.locator('#men-to-send').inputValue()).toBe('150');
        expect(await visibleText(page, '#composer .composer-title')).toBe('Move Australian Home Forces');
      }
      // As many as the transports carry: New Caledonia is a destination.
      const fit = page.locator('[data-key="men-fit"]');
      expect(await fit.textContent()).toBe('As many as the transports carry (20)');
      if (touch) await fit.tap();
      else await fit.click();
      expect(await page.locator('#men-to-send').inputValue()).toBe('20');
      expect(await visibleText(page, '#composer')).toContain(
        'A detachment: 20 thousand men go as an army of their own; 130 thousand stay in Eastern Australia (Brisbane, Sydney).',
      );
      const dest = page.locator(`[data-key="dest-${TO}"]`);
      if (touch) await dest.tap();
      else await dest.click();
      expect(await visibleText(page, '#composer .preview')).toContain('goes by sea');
      await shot(page, `detach-preview-${label}`);
      const confirm = page.locator('[data-key="confirm-move"]');
      if (touch) await confirm.tap();
      else await confirm.click();
      const orders = (await page.evaluate(() => window.__pov?.orders())) as Order[];
      expect(orders).toEqual([{ type: 'move', force: 'australian-home-forces', to: TO, men: 20 }]);
      await openOrdersTab(page);
      expect(await visibleText(page, 'body')).toContain(
        '20 thousand men of Australian Home Forces: Eastern Australia (Brisbane, Sydney) → New Caledonia and Fiji (Nouméa)',
      );
      await shot(page, `detach-ordered-${label}`);
      await endTurn(page);
      const state = await page.evaluate(() => window.__pov?.state());
      const forces = state?.forces ?? [];
      const detachment = forces.find((f) => f.id === 'australian-home-forces-t1');
      const parent = forces.find((f) => f.id === 'australian-home-forces');
      expect(detachment).toMatchObject({ location: TO, troops: 20, side: 'allies' });
      expect(parent).toMatchObject({ location: 'eastern-australia', troops: 130 });
      const report = await page.evaluate(() => document.body.textContent ?? '');
      expect(report).toContain(
        'Australian Home Forces (1): 20 thousand men of Australian Home Forces leave Eastern Australia (Brisbane, Sydney) for New Caledonia and Fiji (Nouméa); 130 thousand stay in Eastern Australia (Brisbane, Sydney).',
      );
      await shot(page, `detach-report-${label}`);
      expect(errors).toEqual([]);
      await closePlayer(player);
    }, 400_000);
  }
});
