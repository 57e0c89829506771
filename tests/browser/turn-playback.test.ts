/**
 * Issue 14, turn playback: after End turn the board plays the turn — and the
 * ships and shipping sunk are drawn where they went down (a sinking hull on the
 * sea lanes of that sea area, with what was lost), one mark per place and side,
 * matching the report. The game screen's turn phase goes ordering → resolving →
 * playback → ordering. Screenshots in test-results/ (playback-sinkings-*.png)
 * at 1366×768 and 390×844 with touch, taken while the sinkings are on the board.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TurnReport } from '../../src/engine/index';
import type { TurnPlayback } from '../../src/ui/game/turn-playback';
import { useBuiltGame } from './built-game';
import { openGame, shot } from './play-kit';

const game = useBuiltGame();
// The Road to Tokyo, June 1944: US submarines sink Japanese shipping in several sea areas every month.
const LINK = '?scenario=road-to-tokyo-1944&side=japan&seed=sinkings';

const phase = (page: Page) => page.evaluate(() => window.__pov?.phase());

describe('turn playback', () => {
  for (const size of [
    { name: '1366', width: 1366, height: 768, touch: false },
    { name: 'phone', width: 390, height: 844, touch: true },
  ]) {
    it(`shows sinkings where they happened (${size.name})`, async () => {
      const { page, errors } = await openGame(game.browser, game.server.url + LINK, size, size.touch);
      expect(await phase(page)).toBe('ordering');
      if (size.touch) await page.locator('#end-turn').tap();
      else await page.locator('#end-turn').click();
      await page.waitForFunction(() => window.__pov?.phase() === 'playback');
      await expect(page.locator('#end-turn').isDisabled()).resolves.toBe(true);
      const playback = (await page.evaluate(() => window.__pov?.playback())) as TurnPlayback;
      const report = (await page.evaluate(() => window.__pov?.reports().at(-1))) as TurnReport;

      // Every sea area where shipping went down has its mark, with the tonnage the report gives.
      const sunk = report.items.flatMap((i) =>
        i.kind === 'shipping' && i.sunkBySubmarines + i.sunkByAircraft + i.sunkByMines > 0
          ? [{ area: i.area, side: i.side, kgt: i.sunkBySubmarines + i.sunkByAircraft + i.sunkByMines }]
          : [],
      );
      expect(sunk.length).toBeGreaterThan(0);
      const sinkings = playback.marks.flatMap((m) => (m.kind === 'sinking' ? [m] : []));
      for (const s of sunk) {
        const mark = sinkings.find((m) => m.area === s.area && m.side === s.side);
        expect(mark, s.area).toBeDefined();
        expect(mark?.kgt).toBe(s.kgt);
        expect(mark?.label).toMatch(/tons sunk$/);
      }
      // One mark per place and side.
      expect(new Set(sinkings.map((m) => `${m.area}|${m.side}`)).size).toBe(sinkings.length);

      // The moves take 1.2 s; the sinkings then stay on the board for 1.6 s.
      await page.waitForTimeout(2000);
      if ((await phase(page)) === 'playback') await shot(page, `playback-sinkings-${size.name}`);
      await page.waitForFunction(() => window.__pov?.phase() === 'ordering');
      expect((await page.evaluate(() => window.__pov?.state().turn)) ?? 0).toBe(2);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 180_000);
  }
});
