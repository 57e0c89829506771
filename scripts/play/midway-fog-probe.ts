/**
 * Midway as Japan under the fog (playfog26): does anything on screen give away the US carriers while
 * Japan cannot see them? Japan gives no orders on turn 1 (the computer's Allies sail to Midway
 * approaches); on turn 2 the transports in the Marianas are sent toward Midway, Wake and Midway
 * approaches, and the preview, refusals, Danger line, area panel, tooltip and the air-war list are
 * kept beside what is really there. Run with `off` to compare with the fog off. Asserts nothing.
 *
 *   npx tsx scripts/play/midway-fog-probe.ts [width]x[height] [seed] [off]
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

const { size, screen, touch, seed, flags } = playArgs(['off']);
const off = flags.has('off');
const SHOTS = shotsDir();
const tag = `midway-fog-probe-${size}-${seed}${off ? '-off' : ''}`;
const notes: string[] = [];

runScript(() =>
  playSession(SHOTS, tag, notes, async (browser, url) => {
    const player = await openPlayer(
      browser,
      `${url}?scenario=midway-1942&side=japan&seed=${seed}${off ? '&fog=off' : ''}`,
      screen,
      touch,
    );
    const { page, errors } = player;
    await waitForGame(page);
    await endTurn(page);
    notes.push(
      `truth: ${await page.evaluate(() =>
        window.__pov
          ?.state()
          .forces.filter((f) => f.side === 'allies' && f.status === 'active' && f.type !== 'army')
          .map((f) => `${f.id}@${f.location}`)
          .join(' '),
      )}`,
    );
    notes.push(
      `drawn midway-approaches: ${await page.evaluate(() => JSON.stringify(window.__pov?.drawnForces()['midway-approaches'] ?? []))}`,
    );
    await page.getByRole('tab', { name: /Report/ }).click();
    notes.push(`report: ${(await visibleText(page, '#panel-report')).slice(0, 2500)}`);
    await page.screenshot({ path: join(SHOTS, `${tag}-report.png`) });
    await page.getByRole('tab', { name: 'Area' }).click();
    await page.locator('#area-select').selectOption('midway-approaches');
    notes.push(`area panel: ${await visibleText(page, '#area-details')}`);
    await openOrdersTab(page);
    notes.push(`orders tab: ${(await visibleText(page, '#panel-orders')).slice(0, 1500)}`);
    const group = page.locator('#panel-orders [data-key="group-marianas"]');
    if (!(await group.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await group.click();
    for (const f of ['transport-group', 'midway-landing-force', 'escort-destroyers'])
      if ((await page.locator(`#panel-orders [data-key="pick-${f}"]`).count()) > 0)
        await page.locator(`#panel-orders [data-key="pick-${f}"]`).check();
    notes.push(`composer: ${await visibleText(page, '#composer')}`);
    for (const dest of ['midway', 'midway-approaches', 'wake', 'central-pacific']) {
      const d = page.locator(`[data-key="dest-${dest}"]`);
      if ((await d.count()) === 0) {
        notes.push(`dest ${dest}: none`);
        continue;
      }
      await d.click();
      notes.push(`dest ${dest}: ${await visibleText(page, '#composer')}`);
      notes.push(`dest ${dest} notice: ${await visibleText(page, '#notice')}`);
      await page.screenshot({ path: join(SHOTS, `${tag}-dest-${dest}.png`) });
      const back = page.getByRole('button', { name: 'Choose another destination' });
      if ((await back.count()) > 0) await back.click();
    }
    notes.push(`hint: ${await visibleText(page, '#end-turn-hint')}`);
    if (errors.length) notes.push(`errors: ${errors.join(' | ')}`);
    await closePlayer(player);
  }),
);
