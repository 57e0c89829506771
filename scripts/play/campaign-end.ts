/**
 * The grand campaign to its end as a teacher would show it to a class: the
 * computer plays both sides (commander at the chosen difficulty) with Play on
 * until the game is over; the end screen; its replay exported, opened in the
 * replay viewer and stepped (with the commanders' intents at the top of each
 * turn's report). Screenshots into shots/play/ (or SHOTS), to be looked
 * at; it asserts nothing (the browser tests do).
 *
 *   npx tsx scripts/play/campaign-end.ts [scenario] [width]x[height] [difficulty]
 *
 * Needs the production build (npm run build) and /usr/bin/chromium.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  closePlayer,
  openPlayer,
  PHONE_WIDTH,
  parseScreen,
  visibleText,
  waitForGame,
} from '../../tests/browser/play-kit';
import { playSession, runScript, shotsDir } from './session';

const [scenario = 'pacific-1941', size = '1920x1080', difficulty = 'normal'] = process.argv.slice(2);
const screen = parseScreen(size);
const touch = screen.width < PHONE_WIDTH;
const SHOTS = shotsDir();
const FILES = join(SHOTS, 'files');
mkdirSync(FILES, { recursive: true });
const tag = `campaign-${scenario}-${size}-${difficulty}`;
const notes: string[] = [];
let n = 0;

async function shot(page: Page, what: string, full = false) {
  n += 1;
  const path = join(SHOTS, `${tag}-${String(n).padStart(2, '0')}-${what}.png`);
  await page.screenshot({ path, fullPage: full });
  notes.push(path);
}

async function main() {
  const started = Date.now();
  await playSession(SHOTS, tag, notes, async (browser, url) => {
    const player = await openPlayer(
      browser,
      `${url}?scenario=${scenario}&side=none&seed=class-1&difficulty=${difficulty}`,
      screen,
      touch,
      { acceptDownloads: true },
    );
    const { page, errors } = player;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForGame(page);
    await shot(page, 'watching-start');
    notes.push(
      `  playing: ${await visibleText(page, '.playing-as')}; hint: ${await visibleText(page, '#end-turn-hint')}`,
    );
    await page.getByRole('button', { name: 'Play on' }).click();
    let last = 0;
    // Every few turns a look at the screen as the class sees it.
    for (;;) {
      const { turn, phase } = await page.evaluate(() => ({
        turn: window.__pov?.state().turn ?? 0,
        phase: window.__pov?.phase(),
      }));
      if (phase === 'over') break;
      if (turn >= last + 12) {
        last = turn;
        await shot(page, `turn${turn}`);
        notes.push(
          `  turn ${turn}: ${await visibleText(page, '#turn-status')} · ${(await visibleText(page, '#panel-report')).slice(0, 600)}`,
        );
      }
      await page.waitForTimeout(2000);
    }
    notes.push(`  over after ${Math.round((Date.now() - started) / 1000)} s`);
    await page.waitForTimeout(800);
    await shot(page, 'end-screen');
    await shot(page, 'end-screen-full', true);
    notes.push(`  end: ${(await visibleText(page, 'body')).slice(0, 2500)}`);

    // The replay, exported, opened and stepped as a teacher would.
    await page.getByRole('button', { name: 'Look at the final board' }).click();
    await page.getByRole('button', { name: /^Save and share/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export replay as a file' }).click(),
    ]);
    const replay = join(FILES, `${tag}.replay.json`);
    await download.saveAs(replay);
    await page.goto(url);
    await page.setInputFiles('#import-replay-file', replay);
    await page.locator('.verify-status').waitFor({ timeout: 600_000 });
    await page.waitForTimeout(800);
    await shot(page, 'replay-opened');
    notes.push(`  replay: ${(await visibleText(page, 'body')).slice(0, 1200)}`);
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step forward one turn' }).click();
    await page.waitForTimeout(500);
    await shot(page, 'replay-turn5');
    const intents = page.locator('.replay-report .intents');
    if ((await intents.count()) > 0) {
      await intents.first().scrollIntoViewIfNeeded();
      await shot(page, 'replay-turn5-intents');
      notes.push(`  replay intents: ${await visibleText(page, '.replay-report .intents')}`);
    } else notes.push('  replay turn 5: no intents shown');
    notes.push(`errors: ${JSON.stringify(errors)}`);
    await closePlayer(player);
  });
}

runScript(main);
