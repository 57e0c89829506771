/**
 * The classroom around the game, in Chromium against the production build:
 * scenarios from files (valid, broken, and with HTML in its names) and from a
 * link; the autosave and Continue after a reload; Export save and Import
 * save; Export replay, Import replay, stepping through the viewer, a tampered
 * replay flagged at its turn, a replay link; Branch from here and Compare;
 * the after-action report with its charts. Screenshots in test-results/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GameState } from '../../src/engine/index';
import { useBuiltGame } from './built-game';
import { openPage, RESULTS, ROOT, screenshotPath, waitForReady } from './harness';

const SCENARIO = 'southern-oil-1942';
const LINK = `?scenario=${SCENARIO}&side=japan&seed=class-7&difficulty=history`;
const XSS = '<img src=x onerror=window.__xss=1>';
const FILES = join(RESULTS, 'classroom-files');

const scenarioJson = () => JSON.parse(readFileSync(join(ROOT, `scenarios/${SCENARIO}.json`), 'utf8'));
const state = (page: Page) => page.evaluate(() => window.__pov?.state() as GameState);

async function endTurn(page: Page) {
  const turn = (await state(page)).turn;
  await page.getByRole('button', { name: 'End turn' }).click();
  await page.waitForFunction((t) => window.__pov?.state().turn === t + 1, turn, { timeout: 60_000 });
}

/** Opens Save & share and downloads one of its files; returns the saved path. */
async function exportFile(page: Page, name: 'Export save as a file' | 'Export replay as a file', to: string) {
  await page.getByRole('button', { name: /^Save and share/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const path = join(FILES, to);
  await download.saveAs(path);
  await page.getByRole('button', { name: /^Close: Save and share/ }).click();
  return path;
}

describe('classroom: scenario files, saves, replays, report (production build)', () => {
  const game = useBuiltGame();

  beforeAll(async () => {
    mkdirSync(FILES, { recursive: true });
  });

  it('loads a scenario file whose names hold HTML: shown as text, nothing runs, and it plays', async () => {
    const s = scenarioJson();
    s.meta.id = 'class-made';
    s.meta.title = `Our class scenario ${XSS}`;
    s.meta.summary = `A summary with <b>tags</b> and ${XSS}`;
    s.meta.teacherNotes = [`Note ${XSS}`];
    s.areas[0].name = `Home ${XSS}`;
    const file = join(FILES, 'class-made.json');
    writeFileSync(file, JSON.stringify(s));
    const { page, errors } = await openPage(game.browser, game.server.url);
    await page.setInputFiles('#load-scenario-file', file);
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('Loaded the scenario');
    const card = page.locator('.scenario-card').first();
    await expect(card.textContent()).resolves.toContain(`Our class scenario ${XSS}`);
    await expect(card.locator('input').isChecked()).resolves.toBe(true);
    expect(await page.locator('#start-screen img').count()).toBe(0);
    // The teacher view shows the notes as text too.
    await page.getByRole('button', { name: /^Teacher view/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.textContent()).resolves.toContain(`Note ${XSS}`);
    await page.screenshot({ path: screenshotPath('classroom-1-teacher-view') });
    await page.keyboard.press('Escape');
    await page.getByLabel('Computer player').selectOption('history');
    await page.getByRole('button', { name: 'Start the game' }).click();
    await waitForReady(page);
    expect((await state(page)).turn).toBe(1);
    await expect(page.locator('.brand').textContent()).resolves.toContain(XSS);
    await endTurn(page);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#app img').count()).toBe(0);
    // Its text went into the save, so Continue works after a reload.
    await page.goto(game.server.url);
    await page.getByRole('button', { name: /^Continue: Our class scenario/ }).click();
    await waitForReady(page);
    expect((await state(page)).turn).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.screenshot({ path: screenshotPath('classroom-2-custom-scenario-game') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a broken scenario file and lists every problem with its path', async () => {
    const s = scenarioJson();
    delete s.meta.title;
    s.calendar.lastTurn = -3;
    s.areas[1].id = 'Not An Id!';
    const file = join(FILES, 'broken.json');
    writeFileSync(file, JSON.stringify(s));
    const { page, errors } = await openPage(game.browser, game.server.url);
    await page.setInputFiles('#load-scenario-file', file);
    const box = page.locator('#file-problems');
    await box.waitFor();
    const text = (await box.textContent()) ?? '';
    expect(text).toContain('“broken.json” cannot be used as a scenario');
    expect(text).toContain('meta.title');
    expect(text).toContain('calendar.lastTurn');
    expect(await box.locator('li code').count()).toBeGreaterThanOrEqual(3);
    // Not JSON at all: said plainly too.
    writeFileSync(join(FILES, 'not-json.json'), '{ "meta": ');
    await page.setInputFiles('#load-scenario-file', join(FILES, 'not-json.json'));
    await page.waitForFunction(() =>
      document.querySelector('#file-problems')?.textContent?.includes('“not-json.json” cannot'),
    );
    await page.setInputFiles('#load-scenario-file', file);
    await page.waitForFunction(() =>
      document.querySelector('#file-problems')?.textContent?.includes('broken.json'),
    );
    await page.screenshot({ path: screenshotPath('classroom-3-broken-scenario'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads a scenario from a link to another site, and says why when it cannot', async () => {
    const text = JSON.stringify({
      ...scenarioJson(),
      meta: { ...scenarioJson().meta, title: 'Hosted scenario' },
    });
    const page = await game.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('https://scenarios.example.org/**', (route) => {
      const url = route.request().url();
      if (url.endsWith('/ok.json')) {
        return route.fulfill({
          status: 200,
          body: text,
          headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' },
        });
      }
      if (url.endsWith('/big.json')) {
        return route.fulfill({
          status: 200,
          body: 'x'.repeat(2_100_000),
          headers: { 'access-control-allow-origin': '*' },
        });
      }
      return route.fulfill({ status: 404, body: 'no', headers: { 'access-control-allow-origin': '*' } });
    });
    await page.goto(
      `${game.server.url}?scenario=${encodeURIComponent('https://scenarios.example.org/ok.json')}&side=japan&difficulty=history`,
    );
    await waitForReady(page);
    await expect(page.locator('.brand').textContent()).resolves.toContain('Hosted scenario');
    await page.goto(
      `${game.server.url}?scenario=${encodeURIComponent('https://scenarios.example.org/missing.json')}`,
    );
    // The notice says “Loading…” first, then why it failed.
    await page.locator('.notice', { hasText: '404' }).waitFor();
    await page.goto(
      `${game.server.url}?scenario=${encodeURIComponent('https://scenarios.example.org/big.json')}`,
    );
    await page.locator('.notice', { hasText: 'too big' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves every turn, continues after a reload, and exports and imports a save', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url + LINK);
    await waitForReady(page);
    await endTurn(page);
    await endTurn(page);
    const saved = await state(page);
    const savePath = await exportFile(page, 'Export save as a file', 'game.save.json');
    // Reloading the game's page (#/game) continues it.
    await page.reload();
    await waitForReady(page);
    expect(await state(page)).toEqual(saved);
    // Opening the game's link again asks before starting again: continue.
    await page.goto(game.server.url + LINK);
    await page.getByRole('button', { name: 'Continue the saved game' }).click();
    await waitForReady(page);
    expect(await state(page)).toEqual(saved);

    // On another computer (no autosave): Import save brings the game back.
    const other = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const fresh = await other.newPage();
    await fresh.goto(game.server.url);
    expect(await fresh.getByRole('button', { name: /^Continue: / }).count()).toBe(0);
    await fresh.setInputFiles('#import-save-file', savePath);
    await waitForReady(fresh);
    expect(await state(fresh)).toEqual(saved);
    // A save from a newer version, and a damaged one, are refused in words.
    const newer = { ...JSON.parse(readFileSync(savePath, 'utf8')), saveVersion: 9 };
    writeFileSync(join(FILES, 'newer.save.json'), JSON.stringify(newer));
    await fresh.goto(game.server.url);
    await fresh.setInputFiles('#import-save-file', join(FILES, 'newer.save.json'));
    const problemsSay = (text: string) =>
      fresh.waitForFunction((t) => document.querySelector('#file-problems')?.textContent?.includes(t), text);
    await problemsSay('newer version');
    writeFileSync(join(FILES, 'damaged.save.json'), readFileSync(savePath, 'utf8').slice(0, 200));
    await fresh.setInputFiles('#import-save-file', join(FILES, 'damaged.save.json'));
    await problemsSay('damaged.save.json');
    await fresh.screenshot({ path: screenshotPath('classroom-8-damaged-save') });
    await other.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports a replay, imports it, steps through it, branches, compares, and reports', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url + LINK);
    await waitForReady(page);
    for (let i = 0; i < 3; i++) await endTurn(page);
    const replayPath = await exportFile(page, 'Export replay as a file', 'game.replay.json');
    const replay = JSON.parse(readFileSync(replayPath, 'utf8'));
    expect(replay.turns).toHaveLength(3);

    await page.goto(game.server.url);
    await page.setInputFiles('#import-replay-file', replayPath);
    const status = page.locator('.verify-status');
    await expect(status).toBeDefined();
    await page.waitForFunction(() =>
      document.querySelector('.verify-status')?.textContent?.includes('replay exactly'),
    );
    await page.getByRole('button', { name: 'Step forward one turn' }).click();
    await expect(page.locator('#replay-turn-heading').textContent()).resolves.toMatch(
      /^Turn 1: January 1942/,
    );
    await expect(page.locator('.replay-orders').textContent()).resolves.toContain('Japan');
    await expect(page.locator('.replay-report').textContent()).resolves.toContain('What happened');
    await page.getByRole('button', { name: 'Step forward one turn' }).click();
    await expect(page.locator('#replay-turn-heading').textContent()).resolves.toMatch(/^Turn 2/);
    await page.getByRole('button', { name: 'Step back one turn' }).click();
    await expect(page.locator('#replay-turn-heading').textContent()).resolves.toMatch(/^Turn 1/);
    await page.getByLabel('Turn', { exact: true }).fill('3');
    await page.getByLabel('Turn', { exact: true }).press('Enter');
    await expect(page.locator('#replay-turn-heading').textContent()).resolves.toMatch(/^Turn 3/);
    // Keyboard: the slider moves with the arrow keys.
    await page.getByLabel('Turn on the timeline').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#replay-turn-heading').textContent()).resolves.toMatch(/^Turn 2/);
    await page.screenshot({ path: screenshotPath('classroom-4-replay-viewer'), fullPage: true });

    // The after-action report from the viewer: charts with data, next to history.
    await page.getByRole('button', { name: 'After-action report' }).click();
    const aar = page.locator('#aar-page');
    await aar.waitFor();
    const lines = aar.locator('svg polyline');
    expect(await lines.count()).toBeGreaterThanOrEqual(4);
    const points = await lines.evaluateAll((ls) => ls.map((l) => Number(l.getAttribute('data-points'))));
    expect(points.every((n) => n >= 2)).toBe(true);
    expect(await aar.locator('.line-history').count()).toBeGreaterThan(0);
    await expect(aar.textContent()).resolves.toContain('Questions for discussion');
    await page.screenshot({ path: screenshotPath('classroom-5-after-action'), fullPage: false });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: screenshotPath('classroom-5-after-action-print'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Close the report' }).click();

    // Branch from turn 1 with the same seed, play a different turn 2, compare.
    await page.getByRole('button', { name: 'Back to the start', exact: true }).click();
    await page.getByRole('button', { name: 'Step forward one turn' }).click();
    await page.getByRole('button', { name: /^Branch from here/ }).click();
    await page.getByRole('button', { name: 'Start the branch' }).click();
    await waitForReady(page);
    const branched = await state(page);
    expect(branched.turn).toBe(2);
    expect(branched.seed ?? replay.seed).toBe(replay.seed);
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.waitForFunction(() => window.__pov?.state().turn === 3);
    await page.getByRole('button', { name: /^Save and share/ }).click();
    await page.getByRole('button', { name: /^Compare this branch/ }).click();
    await page.locator('#compare-view .chart svg').first().waitFor();
    await expect(page.locator('#compare-view').textContent()).resolves.toContain('until turn 2');
    expect(await page.locator('#compare-view svg .line-a').count()).toBeGreaterThan(0);
    expect(await page.locator('#compare-view svg .line-b').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('classroom-6-compare'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('flags a tampered replay at its turn, and opens a replay link', async () => {
    const replayPath = join(FILES, 'game.replay.json');
    const replay = JSON.parse(readFileSync(replayPath, 'utf8'));
    replay.turns[1].hash = '0123456789abcdef';
    writeFileSync(join(FILES, 'tampered.replay.json'), JSON.stringify(replay));
    const { page, errors } = await openPage(game.browser, game.server.url);
    await page.setInputFiles('#import-replay-file', join(FILES, 'tampered.replay.json'));
    await page.waitForFunction(() =>
      document.querySelector('.verify-status')?.textContent?.includes('Turn 2 does not replay'),
    );
    await page.getByLabel('Turn', { exact: true }).fill('2');
    await page.getByLabel('Turn', { exact: true }).press('Enter');
    await expect(page.locator('.mismatch-flag').textContent()).resolves.toContain('does not replay the same');
    await page.screenshot({ path: screenshotPath('classroom-7-tampered-replay') });

    // A replay link (made by the game's own Replay link button) opens in the viewer.
    await page.goto(game.server.url + LINK);
    await waitForReady(page);
    await endTurn(page);
    await page.getByRole('button', { name: /^Save and share/ }).click();
    await page.getByRole('button', { name: 'Make a replay link and copy it' }).click();
    const link = await page.getByRole('textbox', { name: 'Replay link' }).inputValue();
    expect(link).toContain('#replay=');
    await page.goto('about:blank');
    await page.goto(link);
    await page.waitForFunction(() =>
      document.querySelector('.verify-status')?.textContent?.includes('replay exactly'),
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
