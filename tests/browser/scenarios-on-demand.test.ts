/**
 * The bundled scenarios are files of their own, fetched when they are needed:
 * the start page lists every scenario from the small index in its script and
 * downloads none of them; choosing one fetches that file alone; a game started
 * from a link shows "Loading…" while its file downloads, and says in words
 * when it cannot be downloaded. The computer player and the class results run
 * in one worker script (one copy of the engine and the bots to download).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { DIST, openPage, ROOT, waitForReady } from './harness';

const SCENARIOS = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => f.replace(/\.json$/, ''));

/** The bundled scenario a request fetches (its built file is `assets/<name>-<hash>.json`), if any. */
function scenarioFetched(request: Request): string | undefined {
  const file = new URL(request.url()).pathname.split('/').pop() ?? '';
  return SCENARIOS.find((s) => file.startsWith(`${s}-`) && file.endsWith('.json'));
}

/** Holds back every download matching `url` until the function it gives back is called. */
async function holdDownload(page: Page, url: RegExp): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('scenarios on demand', () => {
  const game = useBuiltGame();

  it('the start page lists every scenario without downloading one; choosing one fetches that file alone', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url);
    const fetched: string[] = [];
    page.on('request', (r) => {
      const s = scenarioFetched(r);
      if (s) fetched.push(s);
    });
    await page.getByRole('button', { name: 'Start the game' }).waitFor();
    await expect(page.locator('.scenario-card').count()).resolves.toBe(SCENARIOS.length);
    await expect(page.locator('.scenario-card .scenario-title').allTextContents()).resolves.toContain(
      'Midway, 1942: the code and the carriers',
    );
    // The chosen scenario's what-ifs come from the index too.
    expect(fetched).toEqual([]);
    await page.locator('input[name="scenario"][value="pacific-1941"]').check();
    await page.waitForFunction(() => document.querySelectorAll('#what-if option').length > 1);
    await expect.poll(() => fetched).toEqual(['pacific-1941']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link shows Loading… while its scenario downloads, then the board; a failed download is told in words', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.setDefaultTimeout(60_000);
    const release = await holdDownload(page, /\/assets\/midway-1942-[^/]*\.json$/);
    await page.goto(`${game.server.url}?scenario=midway-1942&side=japan&seed=on-demand`);
    const note = page.locator('#scenario-loading');
    await note.waitFor();
    await expect(note.textContent()).resolves.toMatch(/^Loading the scenario “Midway.*”…$/);
    release();
    await waitForReady(page);
    await expect(note.count()).resolves.toBe(0);
    await page.close();

    const offline = await game.browser.newPage({ viewport: { width: 1280, height: 720 } });
    offline.setDefaultTimeout(60_000);
    await offline.route(/\/assets\/oil-clock-1941-[^/]*\.json$/, (route) =>
      route.abort('internetdisconnected'),
    );
    await offline.goto(`${game.server.url}?scenario=oil-clock-1941&side=japan&seed=on-demand`);
    const notice = offline.locator('.start-screen .notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(
      /^The scenario “.+” could not be downloaded \(.+\)\. Check the network connection and try again/,
    );
    await offline.close();
  });

  it('the computer player and the class results share one worker script', async () => {
    const workers = readdirSync(join(DIST, 'assets')).filter((f) => /worker.*\.js$/.test(f));
    expect(workers).toHaveLength(1);
    const page = await game.browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.setDefaultTimeout(60_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const started: string[] = [];
    page.on('worker', (w) => started.push(new URL(w.url()).pathname.split('/').pop() ?? ''));
    await page.goto(`${game.server.url}?scenario=southern-oil-1942&side=japan&seed=one-worker`);
    await waitForReady(page);
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.waitForFunction(() => window.__pov?.state().turn === 2 && window.__pov.ready, null, {
      timeout: 120_000,
    });
    await expect(page.evaluate(() => document.documentElement.dataset.computerWorkerAnswers)).resolves.toBe(
      '1',
    );
    expect(started).toEqual([workers[0]]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the last screen asked for is the one shown, whichever download ends last', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url, { width: 1280, height: 720 });
    // Midway's file is slow to come (a school's network); the teacher gives up on it and opens Class results.
    const release = await holdDownload(page, /\/assets\/midway-1942-[^/]*\.json$/);
    await page.getByRole('button', { name: 'Start the game' }).waitFor();
    await page.locator('input[name="scenario"][value="midway-1942"]').check();
    await page.getByRole('button', { name: 'Start the game' }).click();
    await page.locator('#scenario-loading').waitFor();
    await page.getByRole('button', { name: /^Class results/ }).click();
    await page.getByRole('heading', { name: 'Class results', level: 1 }).waitFor();
    // Midway's file arrives after all: the page on screen stays the one asked for last.
    release();
    await page.waitForFunction(() => !document.querySelector('#scenario-loading'));
    await page.waitForTimeout(2000);
    await expect(page.title()).resolves.toBe('Class results — Price of Victory');
    await expect(page.getByRole('heading', { name: 'Class results', level: 1 }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
