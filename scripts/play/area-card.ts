/**
 * What a student sees on tapping an area: the Area tab for a few places of a
 * scenario (yours, the enemy's, a sea), at a screen size. Screenshots into
 * shots/play/ (or SHOTS), to be looked at; it asserts nothing.
 *
 *   npx tsx scripts/play/area-card.ts <scenario> <japan|allies> <WxH> <area> [area…]
 */
import { join } from 'node:path';
import { clickArea } from '../../tests/browser/harness';
import {
  closePlayer,
  openPlayer,
  PHONE_WIDTH,
  parseScreen,
  visibleText,
  waitForGame,
} from '../../tests/browser/play-kit';
import { playSession, runScript, shotsDir } from './session';

const [scenario = 'southern-oil-1942', side = 'japan', size = '1366x768', ...areas] = process.argv.slice(2);
const screen = parseScreen(size);
const touch = screen.width < PHONE_WIDTH;
const SHOTS = shotsDir();
const tag = `area-${scenario}-${side}-${size}`;

async function main() {
  const notes: string[] = [];
  await playSession(SHOTS, tag, notes, async (browser, url) => {
    const player = await openPlayer(
      browser,
      `${url}?scenario=${scenario}&side=${side}&seed=play`,
      screen,
      touch,
    );
    const { page, errors } = player;
    await waitForGame(page);
    for (const [i, id] of areas.entries()) {
      if (touch) {
        await page.locator('#board').evaluate((b) => b.scrollIntoView({ block: 'start' }));
        await page.waitForTimeout(300);
        const p = await page.evaluate((a) => window.__pov?.areaOnScreen(a) ?? null, id);
        if (p) await page.touchscreen.tap(p.x, p.y);
      } else await clickArea(page, id);
      await page.waitForTimeout(400);
      const panel = page.locator('#panel-area');
      if (await panel.isVisible()) await panel.scrollIntoViewIfNeeded();
      const path = join(SHOTS, `${tag}-${i + 1}-${id}.png`);
      await page.screenshot({ path });
      notes.push(path, `  ${id}: ${await visibleText(page, '#panel-area')}`);
    }
    notes.push(`errors: ${JSON.stringify(errors)}`);
    await closePlayer(player);
  });
}

runScript(main);
