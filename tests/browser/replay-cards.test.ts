/**
 * The replay viewer's small map (play12: some cards sat far from their markers
 * with nothing to show whose they were — Malaya's leader line ran under Java's
 * card): at 1366×768, 1920×1080 and 390×844 (touch), on every turn sampled of
 * four recorded games, no card covers another, every card is within
 * NEAR_MARKER px of its marker or joined to it by a leader line that shows
 * (under no other card), and none is farther from it than a fifth of the map's
 * shorter side (issue 11: the grand campaign's Bonins 172 px from its marker on
 * a phone, 211 at 1366×768). Screenshots in
 * test-results/ (replay-cards-*.png).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { boardCards, distantCards, overlappingCards, strayCards } from './card-checks';
import { ROOT } from './harness';
import { closePlayer, LAPTOP, openReplay, PHONE, shot, WIDE } from './play-kit';

const game = useBuiltGame();

describe('the replay viewer’s map cards', () => {
  for (const scenario of ['southern-oil-1942', 'midway-1942', 'pacific-1941', 'road-to-tokyo-1944']) {
    for (const screen of [LAPTOP, WIDE, PHONE]) {
      it(`${scenario} at ${screen.width}×${screen.height}: no card covers another, none strays from its marker`, async () => {
        const file = join(ROOT, `tests/golden/${scenario}.replay.json`);
        const player = await openReplay(game.browser, game.server.url, screen, file);
        const { page, errors } = player;
        expect(await page.evaluate(() => window.__pov?.ready)).toBe(true);
        const turns = Number(await page.locator('#replay-slider').getAttribute('max'));
        expect(turns).toBeGreaterThan(3);
        const turnBox = page.getByLabel('Turn', { exact: true });
        // Before: Malaya's leader line under Java's card from turn 3 of the Southern Oil game (1366 and 390),
        // Southern Indochina's under Luzon's on turn 6; the Aleutians' under the Aleutian waters' at Midway.
        for (let t = 0; t <= turns; t += Math.max(1, Math.floor(turns / 6))) {
          await turnBox.fill(String(t));
          await turnBox.press('Enter');
          await page.waitForFunction(
            (k) => document.querySelector('#replay-board')?.getAttribute('data-turn') === String(k),
            t,
          );
          const { cards, board } = await boardCards(page, '#replay-board');
          expect(cards.length, `turn ${t}`).toBeGreaterThan(5);
          expect(overlappingCards(cards), `turn ${t}`).toEqual([]);
          expect(strayCards(cards), `turn ${t}`).toEqual([]);
          expect(distantCards(cards, board), `turn ${t}`).toEqual([]);
          if (t === 0 || t === 3) {
            await shot(page, `replay-cards-${scenario}-${screen.width}-turn${t}`, { of: '#replay-board' });
          }
        }
        expect(errors).toEqual([]);
        await closePlayer(player);
      }, 240_000);
    }
  }
});
