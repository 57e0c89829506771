/**
 * The thirty-second play-through's fixes, played as a student and a teacher would: the Danger line
 * of ships in port says where the carriers are and what else can be done, and folds once read; the
 * Allied player's shipping tiles that never move say what they mean; class results name who played
 * a branch's first turns. Screenshots in test-results/play32-*.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import { buildWorld } from '../../src/engine/index';
import { loadScenario } from '../support/scenarios';
import { useBuiltGame } from './built-game';
import { startLoaded } from './class-copy';
import { RESULTS, ROOT } from './harness';
import {
  closePlayer,
  endTurn,
  LAPTOP,
  openGame,
  openOrdersTab,
  openPlayer,
  openReplay,
  PHONE,
  shot,
  visibleText,
  waitForGame,
} from './play-kit';

const game = useBuiltGame();
const FILES = join(RESULTS, 'play32-files');
const ALERT = '#air-danger-alert';
const KIDO_BUTAI = ['akagi', 'kaga', 'soryu', 'hiryu'];

/** Midway with Kidō Butai's carriers in Midway approaches (as portdanger26), written under test-results; its path. */
function midwayCopy(title: string): string {
  const s = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'midway-1942.json'), 'utf8'));
  s.meta.id = 'midway-play32-danger';
  s.meta.title = title;
  for (const f of s.forces) if (KIDO_BUTAI.includes(f.id)) f.location = 'midway-approaches';
  mkdirSync(FILES, { recursive: true });
  const file = join(FILES, 'midway-danger.json');
  writeFileSync(file, JSON.stringify(s));
  return file;
}

const height = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => e.getBoundingClientRect().height);

describe('play32: the Danger line of ships in port', () => {
  const TITLE = 'Midway, Kido Butai in Midway approaches (play32)';

  it('says where the carriers are, and once read folds to a short line that stays (390×844, touch)', async () => {
    // Seen in the grand campaign as Japan (seed p32-jp, phone): from August 1941 every month the line
    // "Danger: enemy carriers with up to 236 aircraft can strike your ships in port at Home Islands
    // (Tokyo); Formosa …; Carolines … this turn. Move them away." took a fifth of the screen, never
    // said where the carriers were, and gave one answer for the whole home fleet.
    const file = midwayCopy(TITLE);
    const player = await startLoaded(
      game.browser,
      game.server.url,
      file,
      TITLE,
      'allies',
      'play32-fold',
      PHONE,
    );
    const { page, errors } = player;
    await expect
      .poll(() => visibleText(page, ALERT))
      .toBe(
        'Danger: enemy carriers with 248 aircraft, now in Midway approaches, can strike your ships in port at Hawaii (Pearl Harbor) this turn; the port’s guns and fighters stop only about 10. Move them away. See why ›',
      );
    const tall = await height(page, ALERT);
    await shot(page, 'play32-danger-full-phone');
    await page.locator(ALERT).tap();
    await expect
      .poll(() => visibleText(page, '#area-details [data-key="port-danger"]'))
      .toContain('Danger to your ships in port');
    // Read: the line folds, and still names the port and the strength.
    await expect
      .poll(() => visibleText(page, ALERT))
      .toBe('Still in reach of enemy carriers (248 aircraft): ships in port at Hawaii. See why ›');
    expect(await height(page, ALERT)).toBeLessThan(tall * 0.7);
    // It stays folded when the screen is drawn again (another tab), and is never hidden.
    await openOrdersTab(page);
    await expect.poll(() => visibleText(page, ALERT)).toMatch(/^Still in reach of enemy carriers/);
    await shot(page, 'play32-danger-folded-phone');
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 300_000);
});

describe('play32: the Allied player’s shipping tiles say what they mean', () => {
  it('Merchant shipping, unchanged all game, has a why? that names Japan’s shipping as what to sink (1366)', async () => {
    // Seen in the grand campaign as the Allies (seed p31-allies, play31 §5.9; p32-a here): merchant
    // 8,000 and tankers 2,000 never moved, and nothing said why or what mattered instead.
    const player = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=allies&seed=play32-tile`,
      LAPTOP,
    );
    const { page, errors } = player;
    await endTurn(page);
    const why = page.locator('#hud [data-key="why-button-allies-merchant"]');
    await expect.poll(() => why.count()).toBe(1);
    await expect.poll(() => visibleText(page, '#hud')).toContain('not touched yet');
    await why.click();
    const note = await visibleText(page, '#hud [data-key="why-allies-merchant"]');
    await shot(page, 'play32-allied-merchant-why');
    expect(note).toMatch(
      /^Why Merchant shipping \(dry cargo\) is still 8,000: these are the Allies' own ships\./,
    );
    expect(note).toContain("What you can change is Japan's shipping");
    expect(await why.getAttribute('aria-expanded')).toBe('true');
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 300_000);
});

describe('play32: a stock of new aircraft that only grows says why', () => {
  it('Road to Tokyo as the Allies: New aircraft +600 with no unit short has a why? (1366)', async () => {
    // Seen at 1920 (seed p32-r): with no battles the Allies' New aircraft went 1,000 → 2,800 in three
    // months, "+600 last month", and nothing said where they go.
    const player = await openGame(
      game.browser,
      `${game.server.url}?scenario=road-to-tokyo-1944&side=allies&seed=play32-air`,
      LAPTOP,
    );
    const { page, errors } = player;
    await endTurn(page);
    const why = page.locator('#hud [data-key="why-button-allies-aircraft"]');
    await expect.poll(() => why.count()).toBe(1);
    await expect
      .poll(() => visibleText(page, '#hud [data-key="last-aircraft"]'))
      .toMatch(/^\+[\d,]+ last month$/);
    await why.click();
    const note = await visibleText(page, '#hud [data-key="why-allies-aircraft"]');
    await shot(page, 'play32-aircraft-why');
    expect(note).toMatch(
      /^Why New aircraft only grows: these [\d,]+ aircraft are built but not yet in a unit\./,
    );
    expect(note).toContain('none of your units needed any');
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 300_000);
});

describe('play32: class results say who played a branch’s first turns', () => {
  it('a branch after the computer’s turn 1 reads "computer … to turn 1 (January 1942), then a student" (1366)', async () => {
    // play31: a branch after the computer's 9 turns said "Japan played by: a student".
    mkdirSync(FILES, { recursive: true });
    const { replay } = autoplay(
      buildWorld(loadScenario('southern-oil-1942.json')),
      'play32-class',
      { japan: policyByName('historical')!, allies: policyByName('historical')! },
      { maxTurns: 3 },
    );
    const original = join(FILES, 'original.replay.json');
    writeFileSync(original, JSON.stringify(replay));
    const player = await openReplay(game.browser, game.server.url, LAPTOP, original);
    const { page, errors } = player;
    await page.getByRole('button', { name: 'Step forward one turn' }).click();
    await page.getByRole('button', { name: /^Branch from here/ }).click();
    await page.getByRole('button', { name: 'Start the branch' }).click();
    await waitForGame(page);
    await endTurn(page);
    await page.getByRole('button', { name: /^Save and share/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export replay as a file' }).click(),
    ]);
    const branch = join(FILES, 'branch.replay.json');
    await download.saveAs(branch);
    // Compare with the original says it the same way.
    await page.getByRole('button', { name: /^Compare this branch/ }).click();
    await expect
      .poll(() => visibleText(page, '#compare-view [aria-label="Game B"]'))
      .toContain('Japan: computer (as in history) to turn 1 (January 1942), then a player');
    await shot(page, 'play32-compare-branch');
    await closePlayer(player);

    const teacher = await openPlayer(game.browser, game.server.url, LAPTOP);
    const t = teacher.page;
    await t.getByRole('button', { name: /^Class results/ }).click();
    await t.getByRole('heading', { name: 'Class results', level: 1 }).waitFor();
    // The branch alone: the computer's intents kept in its first turn say who played it.
    await t.setInputFiles('#load-replays', [branch]);
    const cell = (file: string, label: string) =>
      visibleText(t, `tr[data-file="${file}"] td[data-label="${label}"]`);
    await expect
      .poll(() => cell('branch.replay.json', 'Japan played by'))
      .toBe('computer (as in history) to turn 1 (January 1942), then a student');
    // With the original beside it: the Allies too, and the original is nobody's branch.
    await t.setInputFiles('#load-replays', [original]);
    await expect
      .poll(() => cell('branch.replay.json', 'Allies played by'))
      .toBe('computer (as in history) to turn 1 (January 1942), then computer (normal)');
    expect(await cell('original.replay.json', 'Japan played by')).toBe('computer (as in history)');
    await shot(t, 'play32-class-branch');
    expect([...errors, ...teacher.errors]).toEqual([]);
    await closePlayer(teacher);
  }, 300_000);
});
