/**
 * Ships in port within reach of enemy carriers (engine/air-danger.ts `portDangerAt`), read as a
 * player reads them (play25: seven Japanese carriers in Hawaiian waters beside Pearl Harbor's
 * battleships, and neither the Danger line nor Hawaii's panel said a word). Midway as the Allies,
 * with Kidō Butai's four carriers moved where the port-strike rule lets them sail into Hawaiian
 * waters this turn: Midway approaches (watched by the US submarines: seen) or the Central Pacific
 * (unwatched: hidden under the fog of war). Screenshots at 1366×768, 1920×1080 and 390×844 in
 * test-results/portdanger26-*.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { startLoaded } from './class-copy';
import { RESULTS, ROOT, screenshotPath } from './harness';
import {
  closePlayer,
  isPhone,
  LAPTOP,
  openOrdersTab,
  PHONE,
  type Screen,
  shot,
  visibleText,
  WIDE,
} from './play-kit';

const game = useBuiltGame();
const FILES = join(RESULTS, 'portdanger26-files');
const KIDO_BUTAI = ['akagi', 'kaga', 'soryu', 'hiryu'];
const ALERT = '#air-danger-alert';
const LINE =
  'Danger: enemy carriers with 248 aircraft, now in Midway approaches, can strike your ships in port at Hawaii (Pearl Harbor) this turn; the port’s guns and fighters stop only about 10. Move them away. See why ›';

/** Midway with Kidō Butai's carriers in `where`, written under test-results; its path. */
function midwayWith(where: string, title: string): string {
  const s = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'midway-1942.json'), 'utf8'));
  s.meta.id = `midway-portdanger26-${where}`;
  s.meta.title = title;
  for (const f of s.forces) if (KIDO_BUTAI.includes(f.id)) f.location = where;
  mkdirSync(FILES, { recursive: true });
  const file = join(FILES, `${where}.json`);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

describe('portdanger26: ships in port next to enemy carriers are warned', () => {
  const TITLE = 'Midway, Kido Butai in Midway approaches';
  for (const [name, screen] of [
    ['1366', LAPTOP],
    ['1920', WIDE],
    ['phone', PHONE],
  ] as const) {
    it(`the Danger line and Hawaii's panel say so, in the window (${name})`, async () => {
      const file = midwayWith('midway-approaches', TITLE);
      const player = await startLoaded(game.browser, game.server.url, file, TITLE, 'allies', 'pd26', screen);
      const { page, errors } = player;
      // Before: no line at all (the Danger line counted ships in sea areas only).
      await expect.poll(() => visibleText(page, ALERT)).toBe(LINE);
      const box = await page.locator(ALERT).evaluate((e) => {
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, right: r.right };
      });
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual((screen as Screen).height);
      expect(box.right).toBeLessThanOrEqual((screen as Screen).width);
      await shot(page, `portdanger26-line-${name}`);
      await page.screenshot({ path: screenshotPath(`portdanger26-line-${name}`) });
      if (isPhone(screen)) await page.locator(ALERT).tap();
      else await page.locator(ALERT).click();
      const panel = '#area-details [data-key="port-danger"]';
      await expect
        .poll(() => visibleText(page, panel))
        .toBe(
          'Danger to your ships in port: enemy carriers with 248 aircraft, now in Midway approaches, can sail to Hawaiian waters this turn and strike Hawaii (Pearl Harbor). The port’s guns and fighters can shoot down about 10 of them: the rest can bomb your ships, and ships left here can be sunk. Move them away.',
        );
      await page.locator(panel).scrollIntoViewIfNeeded();
      await shot(page, `portdanger26-panel-${name}`);
      await page.screenshot({ path: screenshotPath(`portdanger26-panel-${name}`) });
      if (name === '1366') {
        // Ordered away to the Eastern Pacific (out of the carriers' reach), they are not warned of.
        await openOrdersTab(page);
        const group = page.locator('#panel-orders [data-key="group-hawaii"]');
        if (!(await group.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await group.click();
        for (const f of ['enterprise', 'hornet', 'yorktown', 'tf16-17-cruisers', 'tf16-17-destroyers'])
          await page.locator(`#panel-orders [data-key="pick-${f}"]`).check();
        await page.locator('[data-key="dest-eastern-pacific"]').click();
        await page.locator('[data-key="confirm-move"]').click();
        await expect.poll(() => page.locator(ALERT).isVisible()).toBe(false);
        await page.screenshot({ path: screenshotPath('portdanger26-ordered-away-1366') });
      }
      expect(errors).toEqual([]);
      await closePlayer(player);
    }, 300_000);
  }

  it('under the fog of war, carriers the Allies do not see are not told of; with the fog off they are', async () => {
    const title = 'Midway, Kido Butai in the Central Pacific';
    const file = midwayWith('central-pacific', title);
    const fogged = await startLoaded(
      game.browser,
      game.server.url,
      file,
      title,
      'allies',
      'pd26-fog',
      LAPTOP,
    );
    // The Central Pacific is not watched: the carriers are hidden, and the warning must not tell.
    expect(await fogged.page.locator(ALERT).isVisible()).toBe(false);
    await fogged.page.getByRole('tab', { name: 'Area' }).click();
    await fogged.page.locator('#area-select').selectOption('hawaii');
    await expect.poll(() => visibleText(fogged.page, '#area-details h3')).toBe('Hawaii (Pearl Harbor)');
    await expect.poll(() => visibleText(fogged.page, '#area-details')).toContain('Enterprise fleet carrier');
    expect(await fogged.page.locator('#area-details [data-key="port-danger"]').count()).toBe(0);
    expect(await fogged.page.locator(ALERT).isVisible()).toBe(false);
    await fogged.page.screenshot({ path: screenshotPath('portdanger26-fog-hidden-1366') });
    expect(fogged.errors).toEqual([]);
    await closePlayer(fogged);
    const open = await startLoaded(
      game.browser,
      game.server.url,
      file,
      title,
      'allies',
      'pd26-fog',
      LAPTOP,
      false,
    );
    await expect
      .poll(() => visibleText(open.page, ALERT))
      .toMatch(
        /^Danger: enemy carriers with 248 aircraft, now in Central Pacific, can strike your ships in port at Hawaii/,
      );
    expect(open.errors).toEqual([]);
    await closePlayer(open);
  }, 300_000);
});
