/**
 * A play-through in Chromium as a teacher: the start screen, the teacher
 * view of a scenario, a scenario loaded from a file (and a broken one), a
 * game of the Southern Oil Run played to its end screen, its replay exported,
 * imported again and stepped through, the after-action report. Screenshots
 * into shots/play/ (or SHOTS), to be looked at; it asserts nothing.
 *
 *   npx tsx scripts/play/teacher.ts [width]x[height]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, ROOT, serveStatic } from '../../tests/browser/harness';
import {
  closePlayer,
  endTurn,
  openPlayer,
  PHONE_WIDTH,
  parseScreen,
  waitForGame,
} from '../../tests/browser/play-kit';
import { shotsDir } from './session';

const size = process.argv[2] ?? '1366x768';
const screen = parseScreen(size);
const touch = screen.width < PHONE_WIDTH;
const SHOTS = shotsDir();
const FILES = join(SHOTS, 'files');
mkdirSync(FILES, { recursive: true });
let n = 0;
const notes: string[] = [];

async function shot(page: Page, what: string, full = false) {
  n += 1;
  const path = join(SHOTS, `teacher-${size}-${String(n).padStart(2, '0')}-${what}.png`);
  await page.screenshot({ path, fullPage: full });
  notes.push(path);
}

async function main() {
  const server = await serveStatic();
  const browser = await launchChromium();
  try {
    const player = await openPlayer(browser, server.url, screen, touch, { acceptDownloads: true });
    const { page, errors } = player;
    await page.getByRole('button', { name: 'Start the game' }).waitFor();
    await shot(page, 'start', true);

    await page.getByRole('radio', { name: /The Price of Victory: the Pacific War/ }).check();
    await page.getByRole('button', { name: /^Teacher view/ }).click();
    await page.waitForTimeout(300);
    await shot(page, 'teacher-view');
    await page.keyboard.press('Escape');

    // A class's own scenario (the Southern Oil Run renamed), then a broken one.
    const s = JSON.parse(readFileSync(join(ROOT, 'scenarios/southern-oil-1942.json'), 'utf8'));
    s.meta.id = 'class-oil-run';
    s.meta.title = 'Our class: the oil run';
    writeFileSync(join(FILES, 'class-oil-run.json'), JSON.stringify(s));
    await page.setInputFiles('#load-scenario-file', join(FILES, 'class-oil-run.json'));
    await page.waitForTimeout(500);
    await shot(page, 'scenario-loaded');
    s.meta.id = 'Broken One';
    s.areas[0].neighbours = ['nowhere'];
    s.calendar.lastTurn = 0;
    writeFileSync(join(FILES, 'broken.json'), JSON.stringify(s));
    await page.setInputFiles('#load-scenario-file', join(FILES, 'broken.json'));
    await page.waitForTimeout(500);
    await page.locator('#file-problems').scrollIntoViewIfNeeded();
    await shot(page, 'scenario-broken');
    notes.push(`  problems: ${(await page.locator('#file-problems').textContent())?.slice(0, 1200)}`);

    // A game to its end screen.
    await page.goto(`${server.url}?scenario=southern-oil-1942&side=japan&seed=teacher`);
    await waitForGame(page);
    for (let i = 0; i < 8; i++) {
      if ((await page.evaluate(() => window.__pov?.phase())) === 'over') break;
      if (await endTurn(page)) break;
    }
    await page.waitForTimeout(500);
    await shot(page, 'end-screen');
    await shot(page, 'end-screen-full', true);
    notes.push(
      `  end screen: ${(await page.locator('body').textContent())?.replace(/\s+/g, ' ').slice(0, 2500)}`,
    );

    // Its replay, exported, imported and stepped through.
    await page.getByRole('button', { name: 'Look at the final board' }).click();
    await page.getByRole('button', { name: /^Save and share/ }).click();
    await shot(page, 'save-and-share');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export replay as a file' }).click(),
    ]);
    const replay = join(FILES, 'teacher.replay.json');
    await download.saveAs(replay);
    await page.goto(server.url);
    await page.setInputFiles('#import-replay-file', replay);
    await page.locator('.verify-status').waitFor();
    await page.waitForTimeout(800);
    await shot(page, 'replay-opened');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step forward one turn' }).click();
    await page.waitForTimeout(500);
    await shot(page, 'replay-turn3');
    await page.getByRole('button', { name: 'After-action report' }).click();
    await page.locator('#aar-page').waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'after-action');
    await shot(page, 'after-action-full', true);
    notes.push(`errors: ${JSON.stringify(errors)}`);
    await closePlayer(player);
  } finally {
    await browser.close();
    await server.close();
    writeFileSync(join(SHOTS, `teacher-${size}.txt`), `${notes.join('\n')}\n`);
    console.log(notes.join('\n'));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
