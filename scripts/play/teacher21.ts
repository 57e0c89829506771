/**
 * play21's teacher, in Chromium: a classroom change to the Road to Tokyo (Japan starts with twice
 * the oil and the class's own title), loaded from a file and started; then a seeded game of the
 * bundled Road to Tokyo played to its end (the computer plays Japan, the student passes), its
 * replay exported, opened in the replay viewer and the after-action report; and the class results
 * page with that replay and the classroom game's. Screenshots into shots/play/ (or SHOTS), to be
 * looked at; it asserts nothing.
 *
 *   npx tsx scripts/play/teacher21.ts [width]x[height]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../tests/browser/harness';
import {
  closePlayer,
  endTurn,
  openPlayer,
  PHONE_WIDTH,
  parseScreen,
  visibleText,
  waitForGame,
} from '../../tests/browser/play-kit';
import { playSession, runScript, shotsDir } from './session';

const size = process.argv[2] ?? '1366x768';
const screen = parseScreen(size);
const touch = screen.width < PHONE_WIDTH;
const SHOTS = shotsDir();
const tag = `teacher21-${size}`;
const notes: string[] = [];
let n = 0;

async function shot(page: Page, what: string, full = false) {
  n += 1;
  const path = join(SHOTS, `${tag}-${String(n).padStart(2, '0')}-${what}.png`);
  await page.screenshot({ path, fullPage: full });
  notes.push(path);
}

/** Ends turns until the game is over (at most `max`); the start screen's link chose the seed. */
async function playToEnd(page: Page, max: number) {
  for (let i = 0; i < max; i++) {
    if ((await page.evaluate(() => window.__pov?.phase())) === 'over') return;
    if (await endTurn(page)) return;
  }
}

async function exportReplay(page: Page, file: string) {
  const look = page.getByRole('button', { name: 'Look at the final board' });
  if (await look.isVisible().catch(() => false)) await look.click();
  await page.getByRole('button', { name: /^Save and share/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export replay as a file' }).click(),
  ]);
  await download.saveAs(file);
  await page.keyboard.press('Escape');
}

runScript(() =>
  playSession(SHOTS, tag, notes, async (browser, url) => {
    const player = await openPlayer(browser, url, screen, touch, { acceptDownloads: true });
    const { page, errors } = player;
    await page.getByRole('button', { name: 'Start the game' }).waitFor();

    // The class's rule: Japan starts with twice the oil (a what-if the teacher sets, not one bundled).
    const s = JSON.parse(readFileSync(join(ROOT, 'scenarios/road-to-tokyo-1944.json'), 'utf8'));
    s.meta.id = 'class-road-more-oil';
    s.meta.title = 'Our class: the Road to Tokyo with twice the oil';
    s.sides.japan.stocks.oil *= 2;
    const changed = join(SHOTS, 'class-road-more-oil.json');
    writeFileSync(changed, JSON.stringify(s));
    await page.setInputFiles('#load-scenario-file', changed);
    await page.waitForTimeout(800);
    await shot(page, 'class-scenario-loaded', true);
    notes.push(`  start screen after loading: ${(await visibleText(page, 'main')).slice(0, 1500)}`);
    const start = page.getByRole('button', { name: 'Start the game' });
    await start.click();
    await waitForGame(page);
    await page.waitForTimeout(500);
    await shot(page, 'class-game-start');
    notes.push(`  hud: ${await visibleText(page, '#hud')}`);
    await playToEnd(page, 3);
    await shot(page, 'class-game-turn3');
    const classFile = join(SHOTS, 'class-road.replay.json');
    await exportReplay(page, classFile);

    // A seeded game of the bundled Road to Tokyo, as the class link gives it.
    await page.goto(`${url}?scenario=road-to-tokyo-1944&side=allies&seed=class-21`);
    await waitForGame(page);
    await playToEnd(page, 20);
    await page.waitForTimeout(600);
    await shot(page, 'road-end-screen');
    await shot(page, 'road-end-screen-full', true);
    notes.push(`  end screen: ${(await visibleText(page, 'body')).slice(0, 2500)}`);
    const roadFile = join(SHOTS, 'road-class-21.replay.json');
    await exportReplay(page, roadFile);

    await page.goto(url);
    await page.setInputFiles('#import-replay-file', roadFile);
    await page.locator('.verify-status').waitFor();
    await page.waitForTimeout(300);
    await shot(page, 'replay-checking');
    await page.waitForFunction(
      () => document.querySelector('.verify-status')?.textContent?.includes('replay exactly'),
      null,
      { timeout: 120_000 },
    );
    notes.push(`  replay status: ${await visibleText(page, '.verify-status')}`);
    await shot(page, 'replay-checked');
    for (const t of [1, 8, 16]) {
      const box = page.getByLabel('Turn', { exact: true });
      await box.fill(String(t));
      await box.press('Enter');
      await page.waitForTimeout(600);
      await shot(page, `replay-turn${t}`);
      await shot(page, `replay-turn${t}-full`, true);
    }
    await page.getByRole('button', { name: 'After-action report' }).click();
    await page.locator('#aar-page').waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'after-action');
    await shot(page, 'after-action-full', true);
    notes.push(`  after-action outcome: ${await visibleText(page, '.aar-outcome')}`);
    await page.getByRole('button', { name: 'Close the report' }).click();

    await page.goto(url);
    await page.getByRole('button', { name: /^Class results/ }).click();
    await page.getByRole('heading', { name: 'Class results', level: 1 }).waitFor();
    await page.setInputFiles('#load-replays', [roadFile, classFile]);
    await page.waitForFunction(() => !document.querySelector('.class-table .checking'), null, {
      timeout: 120_000,
    });
    await page.waitForTimeout(1500);
    await shot(page, 'class-results');
    await shot(page, 'class-results-full', true);
    notes.push(`  class results: ${(await visibleText(page, 'main')).slice(0, 2500)}`);
    notes.push(`errors: ${JSON.stringify(errors)}`);
    await closePlayer(player);
  }),
);
