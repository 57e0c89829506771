/**
 * Hot-seat Midway under the fog of war (playfog26), two turns: Japan sends the Kidō Butai to North
 * Pacific and on to Midway approaches, the Allies send their carriers to Midway approaches. At every
 * hand-over and every turn the screen, the viewer, the board's drawn carriers and the report are kept.
 * Asserts nothing.
 *
 *   npx tsx scripts/play/midway-fog-hotseat.ts [width]x[height] [touch] [seed]
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { takeOver } from '../../tests/browser/harness';
import { closePlayer, openOrdersTab, openPlayer, visibleText } from '../../tests/browser/play-kit';
import { playArgs, playSession, runScript, shotsDir } from './session';

const { size, screen, touch, seed } = playArgs();
const SHOTS = shotsDir();
const tag = `midway-fog-hotseat-${size}-${seed}`;
const notes: string[] = [];
const CARRIERS = ['akagi', 'kaga', 'soryu', 'hiryu', 'enterprise', 'hornet', 'yorktown'];

async function move(page: Page, from: string, forces: string[], to: string): Promise<void> {
  await openOrdersTab(page);
  const group = page.locator(`#panel-orders [data-key="group-${from}"]`);
  if (!(await group.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await group.click();
  for (const f of forces) await page.locator(`#panel-orders [data-key="pick-${f}"]`).check();
  await page.locator(`[data-key="dest-${to}"]`).click();
  await page.locator('[data-key="confirm-move"]').click();
}

async function look(page: Page, label: string): Promise<void> {
  const drawn = await page.evaluate((ids) => {
    const d = window.__pov?.drawnForces() ?? {};
    return Object.entries(d)
      .map(([a, fs]) => `${a}:${(fs ?? []).filter((f) => ids.includes(f)).join('+')}`)
      .filter((s) => !s.endsWith(':'))
      .join(' ');
  }, CARRIERS);
  const viewer = await page.evaluate(() => window.__pov?.viewer());
  notes.push(
    `${label}: viewer ${viewer}; drawn carriers ${drawn}; bar: ${await visibleText(page, '#playing-as')}`,
  );
  notes.push(`${label}: intel: ${await visibleText(page, '#intel')}`);
  await page.getByRole('tab', { name: /Report/ }).click();
  notes.push(`${label}: report: ${(await visibleText(page, '#panel-report')).slice(0, 900)}`);
  await page.screenshot({ path: join(SHOTS, `${tag}-${label}.png`) });
}

async function dialog(page: Page, label: string): Promise<void> {
  const d = page.getByRole('dialog');
  await d.waitFor();
  notes.push(`${label}: dialog: ${(await d.textContent()) ?? ''}`);
  await page.screenshot({ path: join(SHOTS, `${tag}-${label}.png`) });
}

runScript(() =>
  playSession(SHOTS, tag, notes, async (browser, url) => {
    const player = await openPlayer(
      browser,
      `${url}?scenario=midway-1942&side=both&seed=${seed}`,
      screen,
      touch,
    );
    const { page, errors } = player;
    const kido = [
      'akagi',
      'kaga',
      'soryu',
      'hiryu',
      'haruna',
      'kirishima',
      'tone',
      'chikuma',
      'nagara',
      'kido-butai-destroyers',
    ];
    await dialog(page, 'h0-first');
    await takeOver(page, 'Japan');
    await look(page, 't1-japan');
    await move(page, 'home-islands', kido, 'north-pacific');
    await page.locator('#end-turn').click();
    await dialog(page, 'h1-to-allies');
    await takeOver(page, 'Allies');
    await look(page, 't1-allies');
    await move(
      page,
      'hawaii',
      ['enterprise', 'hornet', 'yorktown', 'tf16-17-cruisers', 'tf16-17-destroyers'],
      'midway-approaches',
    );
    await page.locator('#end-turn').click();
    await page.waitForTimeout(2500);
    await page.screenshot({ path: join(SHOTS, `${tag}-t1-playback.png`) });
    notes.push(`t1 playback: ${await visibleText(page, 'body')}`.slice(0, 600));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__pov?.state().turn === 2, null, { timeout: 120_000 });
    await dialog(page, 'h2-after-report');
    await takeOver(page, 'Japan');
    await look(page, 't2-japan');
    await move(page, 'north-pacific', kido, 'midway-approaches');
    await page.locator('#end-turn').click();
    await dialog(page, 'h3-to-allies');
    await takeOver(page, 'Allies');
    await look(page, 't2-allies');
    await page.locator('#end-turn').click();
    await page.waitForTimeout(2500);
    await page.screenshot({ path: join(SHOTS, `${tag}-t2-playback.png`) });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.__pov?.state().turn === 3, null, { timeout: 120_000 });
    await dialog(page, 'h4-after-report');
    await takeOver(page, 'Japan');
    await look(page, 't3-japan');
    if (errors.length) notes.push(`errors: ${errors.join(' | ')}`);
    await closePlayer(player);
  }),
);
