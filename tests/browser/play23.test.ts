import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { southernOilCopy, startLoaded as startLoadedFile } from './class-copy';
import { clickArea, openGroup, RESULTS } from './harness';
import {
  closePlayer,
  endTurn,
  LAPTOP,
  openOrdersTab,
  PHONE,
  type Screen,
  shot,
  visibleText,
} from './play-kit';

const game = useBuiltGame();
const FILES = join(RESULTS, 'play23-files');

const classCopy = (id: string, title: string, edit: Parameters<typeof southernOilCopy>[3]) =>
  southernOilCopy(FILES, id, title, edit);
const startLoaded = (
  file: string,
  title: string,
  side: 'japan' | 'allies',
  seed: string,
  screen: Screen,
  fog = true,
) => startLoadedFile(game.browser, game.server.url, file, title, side, seed, screen, fog);

/** The "In short" lines of stocks ("Oil 38,200 → 36,000"): none may read the same number twice. */
function unchangedStocks(inShort: string): string[] {
  return [...inShort.matchAll(/([A-Z][A-Za-z ]+) ([\d,]+) → ([\d,]+)/g)]
    .filter((m) => m[2] === m[3])
    .map((m) => m[0]);
}

describe('play23: what play22 left', () => {
  const TITLE = 'Southern oil, cruisers off Indochina';
  for (const [label, screen] of [
    ['1366', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    it(`warns before End turn of ships left where enemy aircraft outgun them, and says why (${label})`, async () => {
      // The ABDA cruisers in the South China Sea: 400 nautical miles from the 11th Air Fleet on Formosa.
      const file = classCopy('southern-oil-play23-cruisers', TITLE, (s) => {
        for (const f of s.forces) if (f.id === 'houston' || f.id === 'exeter') f.location = 'south-china-sea';
      });
      const player = await startLoaded(file, TITLE, 'allies', 'play23-danger', screen);
      const { page, errors } = player;
      // The warning is a button of its own since play24 (it was the hint's first words, cut short).
      const hint = page.locator('#air-danger-alert');
      await expect
        .poll(() => visibleText(page, '#air-danger-alert'))
        .toBe('Danger: enemy aircraft outgun USS Houston and HMS Exeter in South China Sea. See why ›');
      await shot(page, `play23-danger-hint-${label}`);
      // The sea area's panel: how many aircraft, from where, and the two sides' strike power.
      await page.getByRole('tab', { name: 'Area' }).click();
      await page.locator('#area-select').selectOption('south-china-sea');
      const said = await visibleText(page, '#area-details .air-danger');
      expect(said).toMatch(
        /^Danger from the air: \d+ enemy aircraft can attack your ships in South China Sea every turn they stay there, from Formosa( and [A-Za-z ]+)?\./,
      );
      expect(said).toContain(
        'ships left here can be sunk. Move them away, or bring carriers or aircraft to protect them.',
      );
      await page.locator('#area-details .air-danger').scrollIntoViewIfNeeded();
      await shot(page, `play23-danger-area-${label}`);
      if (label === '1366') {
        // Ordered away to the Java Sea (out of reach), they are no longer warned of.
        for (const id of ['houston', 'exeter']) {
          await openOrdersTab(page);
          await openGroup(page, 'south-china-sea');
          await page.locator(`#panel-orders [data-key="pick-${id}"]`).check();
          await clickArea(page, 'java-sea');
          await page.locator('[data-key="confirm-move"]').click();
        }
        await expect.poll(() => hint.isHidden()).toBe(true);
        expect(await page.locator('#end-turn-hint').textContent()).not.toContain('Danger');
      }
      expect(errors).toEqual([]);
      await closePlayer(player);
    }, 400_000);
  }

  it('a detachment that finds the tanks empty is reported as formed, not as leaving; In short lists only stocks that changed', async () => {
    const title = 'Southern oil, empty tanks';
    const file = classCopy('southern-oil-play23-tanks', title, (s) => {
      s.sides.japan.stocks.oil = 0;
    });
    // The fog of war off: the report's order below includes the computer's plans, shown only without it.
    const player = await startLoaded(file, title, 'japan', 'play23-tanks', LAPTOP, false);
    const { page, errors } = player;
    await openOrdersTab(page);
    await openGroup(page, 'formosa');
    await page.locator('#panel-orders [data-key="pick-sixteenth-army"]').check();
    await expect.poll(() => visibleText(page, '#composer')).toContain('Men to send (thousand)');
    await page.locator('#men-to-send').fill('10');
    await page.locator('#men-to-send').press('Enter');
    await page.locator('[data-key="dest-borneo"]').click();
    await page.locator('[data-key="confirm-move"]').click();
    await endTurn(page);
    await page.getByRole('tab', { name: /Report/ }).click();
    const moves = await visibleText(page, '#panel-report');
    expect(moves).toContain(
      '16th Army (1): 10 thousand men of 16th Army formed at Formosa to go to Borneo, but could not sail: not enough oil',
    );
    expect(moves).not.toContain('16th Army (1): 10 thousand men of 16th Army leave');
    const state = await page.evaluate(() => window.__pov?.state());
    expect(state?.forces.find((f) => f.id === 'sixteenth-army-t1')?.location).toBe('formosa');
    expect(unchangedStocks(await visibleText(page, '.report-summary'))).toEqual([]);
    // The month's summary comes first in the report panel, before what the computer intended.
    const order = await page.evaluate(() => {
      const panel = document.querySelector('#panel-report');
      return [...(panel?.querySelectorAll('.report-summary, .intents') ?? [])].map((e) => e.className);
    });
    expect(order[0]).toBe('report-summary');
    expect(order).toContain('intents');
    // Japan's oil tile stays on the bar at 0: the ledger burned oil this turn (it was left out
    // as a stock Japan "does not have" when it started at 0).
    expect(await page.locator('.hud').first().textContent()).toMatch(/^Oil\s*0\s*thousand bbl/);
    await page.locator('.report-list li', { hasText: 'could not sail' }).first().scrollIntoViewIfNeeded();
    await shot(page, 'play23-detachment-stayed');
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 400_000);
});
