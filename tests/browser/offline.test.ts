/**
 * Offline play after one visit: the service worker precaches the whole built
 * game, so with the network cut the start screen, a game of a bundled
 * scenario and its board load and a turn is played. Every built file (each
 * script chunk — the replay viewer, the after-action report, Phaser — the
 * styles, the icons) is in the cache. The page is installable: the manifest
 * names icons that exist.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { DIST, screenshotPath, serveStatic, waitForReady } from './harness';

const game = useBuiltGame();

function builtFiles(dir = DIST, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? builtFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

describe('offline play', () => {
  it('after one visit, loads and plays a game with the network cut', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(game.server.url);
    await page.getByRole('button', { name: 'Start the game' }).waitFor();
    // The service worker installs and precaches everything.
    await page.waitForFunction(() => window.__povOffline?.ready === true, null, { timeout: 60_000 });
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      }
      return urls;
    });
    const expected = builtFiles().filter((f) => f !== 'sw.js' && !f.startsWith('workbox-'));
    for (const file of expected) expect(cached, file).toContain(`/${file}`);

    const manifest = await (await page.request.get(`${game.server.url}manifest.webmanifest`)).json();
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );

    await context.setOffline(true);
    await page.goto(`${game.server.url}?scenario=southern-oil-1942&side=japan&seed=offline-1`);
    await waitForReady(page);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.waitForFunction(() => window.__pov?.state().turn === 2 && window.__pov.ready, null, {
      timeout: 60_000,
    });
    // Back to the start screen and its scenarios, still offline.
    await page.goto(game.server.url);
    await expect(page.locator('.scenario-card').count()).resolves.toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a new version is announced during a game and never reloads the page by itself', async () => {
    // A copy of the build, so a new version can be published in the middle of the test.
    const dir = mkdtempSync(join(tmpdir(), 'pov-update-'));
    cpSync(DIST, dir, { recursive: true });
    const server = await serveStatic(dir);
    const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      // A returning player: the service worker from the first visit controls the page.
      await page.goto(server.url);
      await page.waitForFunction(() => window.__povOffline?.ready === true, null, { timeout: 60_000 });
      await page.goto(`${server.url}?scenario=southern-oil-1942&side=japan&seed=update-1`);
      await waitForReady(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await page.getByRole('button', { name: 'End turn' }).click();
      await page.waitForFunction(() => window.__pov?.state().turn === 2 && window.__pov.ready);
      await page.evaluate(() => {
        (window as unknown as { __samePage: boolean }).__samePage = true;
      });

      // The teacher's site gets a new version; the browser finds it.
      appendFileSync(join(dir, 'sw.js'), '\n// a new version\n');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const banner = page.locator('#update-banner');
      await banner.waitFor({ timeout: 60_000 });
      await expect(banner.textContent()).resolves.toContain('A new version of the game is ready');
      await page.screenshot({ path: screenshotPath('offline-update-ready') });
      // Still the same page, the same game, the same turn.
      await page.waitForTimeout(1500);
      expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(
        true,
      );
      expect(await page.evaluate(() => window.__pov?.state().turn)).toBe(2);

      // Only when the player chooses does the page reload, and the game is still saved.
      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: 'Use it now (reloads the page)' }).click(),
      ]);
      expect(
        await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage),
      ).toBeUndefined();
    } finally {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
