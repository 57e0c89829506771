/**
 * Midway as Japan under the fog of war (playfog26): the Kidō Butai sails from the Home Islands toward
 * Midway on the first turn and on until it is in the Midway approaches; every turn the board, the
 * Midway approaches' area panel, the Danger line and the report are kept. Asserts nothing.
 *
 *   npx tsx scripts/play/midway-fog-japan.ts [width]x[height] [touch] [seed]
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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
const tag = `midway-fog-japan-${size}-${seed}`;
const notes: string[] = [];
const KIDO = [
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

async function kidoAt(page: Page): Promise<string> {
  return page.evaluate(() => window.__pov?.state().forces.find((f) => f.id === 'akagi')?.location ?? '?');
}

async function sail(page: Page, turn: number): Promise<void> {
  const at = await kidoAt(page);
  if (at === 'midway-approaches') return;
  await openOrdersTab(page);
  const group = page.locator(`#panel-orders [data-key="group-${at}"]`);
  if ((await group.count()) === 0) return void notes.push(`turn ${turn}: no group at ${at}`);
  if (!(await group.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await group.click();
  for (const f of KIDO) {
    const box = page.locator(`#panel-orders [data-key="pick-${f}"]`);
    if ((await box.count()) > 0) await box.check();
  }
  const box = page.locator('#panel-orders [data-key="pick-kido-butai-oilers"]');
  if ((await box.count()) > 0) await box.check();
  for (const dest of ['midway-approaches', 'central-pacific', 'north-pacific', 'marshalls', 'wake']) {
    const d = page.locator(`[data-key="dest-${dest}"]`);
    if ((await d.count()) > 0 && (await d.isEnabled())) {
      await d.click();
      await page.screenshot({ path: join(SHOTS, `${tag}-t${turn}-preview.png`) });
      notes.push(`turn ${turn}: preview to ${dest}: ${await visibleText(page, '#composer')}`);
      const c = page.locator('[data-key="confirm-move"]');
      if ((await c.count()) > 0 && (await c.isEnabled())) await c.click();
      notes.push(`turn ${turn}: notice: ${await visibleText(page, '#notice')}`);
      return;
    }
  }
  notes.push(`turn ${turn}: no destination`);
}

runScript(() =>
  playSession(SHOTS, tag, notes, async (browser, url) => {
    const player = await openPlayer(
      browser,
      `${url}?scenario=midway-1942&side=japan&seed=${seed}`,
      screen,
      touch,
    );
    const { page, errors } = player;
    await waitForGame(page);
    for (let turn = 1; turn <= 13; turn++) {
      await sail(page, turn);
      notes.push(
        `turn ${turn}: kido at ${await kidoAt(page)}; hint: ${await visibleText(page, '#end-turn-hint')}`,
      );
      notes.push(
        `turn ${turn}: true US carriers at ${await page.evaluate(() =>
          window.__pov
            ?.state()
            .forces.filter((f) => ['enterprise', 'hornet', 'yorktown'].includes(f.id))
            .map((f) => `${f.id}@${f.location}/${f.status}`)
            .join(','),
        )}`,
      );
      notes.push(
        `turn ${turn}: drawn in midway-approaches: ${await page.evaluate(() => JSON.stringify(window.__pov?.drawnForces()['midway-approaches'] ?? []))}`,
      );
      await page.screenshot({ path: join(SHOTS, `${tag}-t${turn}-board.png`) });
      if (await endTurn(page)) {
        notes.push(`over after turn ${turn}`);
        break;
      }
      await page.getByRole('tab', { name: /Report/ }).click();
      const words = await visibleText(page, '#panel-report');
      notes.push(`turn ${turn} report: ${words.slice(0, 1500)}`);
      await page.screenshot({ path: join(SHOTS, `${tag}-t${turn}-report.png`) });
    }
    await page.screenshot({ path: join(SHOTS, `${tag}-end.png`) });
    notes.push(`end: ${await visibleText(page, 'body')}`.slice(0, 3000));
    if (errors.length) notes.push(`errors: ${errors.join(' | ')}`);
    await closePlayer(player);
  }),
);
