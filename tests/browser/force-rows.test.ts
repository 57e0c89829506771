/**
 * A force to pick sits beside its box, whatever the length of its name: in the side panel at 1920×1080
 * "Grand Escort Command (kaibōkan and old destroyers)" wrapped below its box, which stood alone on a
 * line of its own (seen in a Road to Tokyo play-through as Japan). Every row of the Orders tab's forces,
 * every area opened, on a wide screen and on a phone. Screenshots in test-results/.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { screenshotPath } from './harness';
import { openOrdersTab, openPlayer, PHONE, type Screen, WIDE, waitForGame } from './play-kit';

const game = useBuiltGame();

interface RowBoxes {
  name: string;
  box: { left: number; right: number; top: number; bottom: number };
  text: { left: number; right: number; top: number; bottom: number };
}

describe("the forces' rows: each box beside its force's name", () => {
  for (const [label, screen, touch] of [
    ['1920×1080', WIDE, false],
    ['a phone', PHONE, true],
  ] as [string, Screen, boolean][]) {
    it(`on ${label}, every box is left of its name and level with it, long names included`, async () => {
      const { page, errors } = await openPlayer(
        game.browser,
        `${game.server.url}?scenario=road-to-tokyo-1944&side=japan&seed=rows`,
        screen,
        touch,
      );
      await waitForGame(page);
      await openOrdersTab(page);
      await page.evaluate(() => {
        for (const d of document.querySelectorAll<HTMLDetailsElement>('details.area-group')) d.open = true;
      });
      const rows: RowBoxes[] = await page.evaluate(() =>
        [...document.querySelectorAll('.force-row label')].map((l) => {
          const r = (e: Element | null) => {
            const b = e!.getBoundingClientRect();
            return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
          };
          // The name and the description together, however the row lays them out.
          const name = r(l.querySelector('strong'));
          const desc = r(l.querySelector('.force-desc'));
          return {
            name: l.querySelector('strong')?.textContent ?? '',
            box: r(l.querySelector('input')),
            text: {
              left: Math.min(name.left, desc.left),
              right: Math.max(name.right, desc.right),
              top: Math.min(name.top, desc.top),
              bottom: Math.max(name.bottom, desc.bottom),
            },
          };
        }),
      );
      expect(rows.length).toBeGreaterThan(20);
      // The long name that wrapped below its box.
      expect(rows.map((r) => r.name)).toContain('Grand Escort Command (kaibōkan and old destroyers)');
      const apart = rows.filter((r) => {
        const middle = (r.box.top + r.box.bottom) / 2;
        return r.box.right > r.text.left + 1 || middle < r.text.top || middle > r.text.bottom;
      });
      expect(apart.map((r) => r.name)).toEqual([]);
      await page
        .getByText('Grand Escort Command (kaibōkan and old destroyers)')
        .first()
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath(`force-rows-${screen.width}`) });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
