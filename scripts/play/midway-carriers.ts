/**
 * Midway as the Allies, played as play20's student played it: Enterprise, Hornet and Yorktown sent from
 * Hawaii to Midway approaches on the first turn, then every turn ended to the last; screenshots of the
 * battle reports' losses and of the end screen's verdict (the carriers sunk weigh beside the islands,
 * meta.goals.carrierPoints). Screenshots into shots/play/ (or SHOTS); it asserts nothing.
 *
 *   npx tsx scripts/play/midway-carriers.ts [width]x[height] [touch] [seed]
 *
 * Needs the production build (npm run build) and /usr/bin/chromium.
 */
import { join } from 'node:path';
import {
  closePlayer,
  endTurn,
  openOrdersTab,
  openPlayer,
  visibleText,
  waitForGame,
} from '../../tests/browser/play-kit';
import { playArgs, playSession, runScript, shotsDir } from './session';

const { size, screen, touch, seed } = playArgs();
const SHOTS = shotsDir();
const tag = `midway-carriers-${size}${touch ? '-touch' : ''}-${seed}`;
const notes: string[] = [];

runScript(() =>
  playSession(SHOTS, tag, notes, async (browser, url) => {
    const player = await openPlayer(
      browser,
      `${url}?scenario=midway-1942&side=allies&seed=${seed}`,
      screen,
      touch,
    );
    const { page, errors } = player;
    await waitForGame(page);
    await openOrdersTab(page);
    const group = page.locator('#panel-orders [data-key="group-hawaii"]');
    if (!(await group.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await group.click();
    for (const f of ['enterprise', 'hornet', 'yorktown'])
      await page.locator(`#panel-orders [data-key="pick-${f}"]`).check();
    await page.locator('[data-key="dest-midway-approaches"]').click();
    await page.locator('[data-key="confirm-move"]').click();
    for (let turn = 1; turn <= 14; turn++) {
      if (await endTurn(page)) break;
      await page.getByRole('tab', { name: /Report/ }).click();
      const words = await visibleText(page, '#panel-report');
      if (/sunk|destroyed/i.test(words) && /Enterprise|Hornet|Yorktown|Akagi|Kaga/.test(words)) {
        await page.screenshot({ path: join(SHOTS, `${tag}-report-${turn}.png`) });
        notes.push(`turn ${turn}: ${words.slice(0, 400).replace(/\s+/g, ' ')}`);
      }
    }
    await page.screenshot({ path: join(SHOTS, `${tag}-end.png`) });
    notes.push(`end: ${(await visibleText(page, '#end-verdict')).trim()}`);
    notes.push(`reasons: ${(await visibleText(page, 'body')).match(/Japan holds[^.]*\./)?.[0] ?? '(none)'}`);
    if (errors.length) notes.push(`errors: ${errors.join(' | ')}`);
    await closePlayer(player);
  }),
);
