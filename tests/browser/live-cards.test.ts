/**
 * The game's own board in the grand campaign (issue 11): after turn 1 and after turn 3, at
 * 1366×768, 1920×1080 and 390×844 (touch), no card covers another, none strays from its marker
 * (card-checks.ts), and none sits farther from its marker than a fifth of the board's shorter
 * side (before: a phone's Leyte and Mindanao 163 px from its marker, by Korea's, and the Soviet
 * Far East's by Luzon's; at 1366×768 Leyte and Mindanao 187 px away). Every land area is still
 * named at 1920×1080, and at 1366×768 all but at most two, whose chips show beside their marker.
 * Screenshots in test-results/ (live-cards-*.png).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { boardCards, distantCards, overlappingCards, strayCards } from './card-checks';
import { ROOT } from './harness';
import { closePlayer, endTurn, isPhone, LAPTOP, openGame, PHONE, shot, WIDE } from './play-kit';

const game = useBuiltGame();

const land = (
  JSON.parse(readFileSync(join(ROOT, 'scenarios/pacific-1941.json'), 'utf8')) as {
    areas: { id: string; kind: string }[];
  }
).areas
  .filter((a) => a.kind !== 'sea')
  .map((a) => a.id);

describe('the live board’s cards in the grand campaign', () => {
  for (const screen of [PHONE, LAPTOP, WIDE]) {
    it(`at ${screen.width}×${screen.height}: near their markers after turn 1 and turn 3, none over another`, async () => {
      const player = await openGame(
        game.browser,
        `${game.server.url}?scenario=pacific-1941&side=japan&seed=live-cards`,
        screen,
        isPhone(screen),
      );
      const { page, errors } = player;
      for (let turn = 1; turn <= 3; turn++) {
        await endTurn(page);
        if (turn === 2) continue;
        await page.waitForTimeout(300);
        await shot(page, `live-cards-${screen.width}-turn${turn}`);
        const { cards, board } = await boardCards(page, '#board');
        expect(cards.length, `after turn ${turn}`).toBeGreaterThan(20);
        expect(overlappingCards(cards), `after turn ${turn}`).toEqual([]);
        expect(strayCards(cards), `after turn ${turn}`).toEqual([]);
        expect(distantCards(cards, board), `after turn ${turn}`).toEqual([]);
        // Every land area named, or (a crowded board) its forces' chips beside its marker: at most
        // two on a laptop's, none on a wide screen's.
        if (!isPhone(screen)) {
          const named = new Set(
            (await page.evaluate(() => window.__pov?.namedCards() ?? [])).map((c) => c.id),
          );
          const shown = new Set(cards.map((c) => c.id));
          const unnamed = land.filter((a) => !named.has(a));
          expect(unnamed.length, `after turn ${turn}: unnamed ${unnamed.join(', ')}`).toBeLessThanOrEqual(
            screen === LAPTOP ? 2 : 0,
          );
          expect(unnamed.filter((a) => !shown.has(a))).toEqual([]);
        }
      }
      expect(errors).toEqual([]);
      await closePlayer(player);
    }, 300_000);
  }
});
