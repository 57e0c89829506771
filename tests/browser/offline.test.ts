/**
 * Offline play after one visit: the service worker precaches the whole built
 * game, so with the network cut the start screen, a game of a bundled
 * scenario and its board load and a turn is played. Every built file (each
 * script chunk — the replay viewer, the after-action report, Phaser — the
 * styles, the icons) is in the cache. The page is installable: the manifest
 * names icons that exist.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { DIST, waitForReady } from './harness';

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
});
