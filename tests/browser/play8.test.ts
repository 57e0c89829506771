/**
 * What the eighth play-through noticed (scripts/play/play.ts and teacher.ts on
 * every bundled scenario), acted out again as a player:
 * the replay viewer's Skip button no longer sits on the map (on a phone it
 * covered the Home Islands card at the map's top right), and the Industry tile
 * says what its 0 at the start means (the Road to Tokyo's then, the grand campaign's now). Screenshots in
 * test-results/ (play8-*.png).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { ROOT } from './harness';
import { endTurn, LAPTOP, openGame, openPlayer, PHONE, shot, visibleText } from './play-kit';

const game = useBuiltGame();
const INDUSTRY_TILE = '.tile:has([data-testid="stock-japan-industry"])';
const GOLDEN = join(ROOT, 'tests/golden/southern-oil-1942.replay.json');

describe('what the eighth play-through noticed', () => {
  it('a teacher on a phone steps a replay forward: Skip is above the map, on screen, and ends the playback', async () => {
    const { page, errors } = await openPlayer(game.browser, game.server.url, PHONE, true);
    await page.setInputFiles('#import-replay-file', GOLDEN);
    await page.locator('#replay-board[data-ready="true"]').waitFor({ timeout: 60_000 });
    await expect(page.locator('.playback-bar').textContent()).resolves.toContain('Map: the start');
    await page.getByRole('button', { name: 'Step forward one turn' }).tap();
    const skip = page.getByRole('button', { name: 'Skip the playback of the turn' });
    await skip.waitFor({ timeout: 10_000 });
    await expect(page.locator('.playback-bar').textContent()).resolves.toContain('Map: turn 1 playing');
    await shot(page, 'play8-replay-skip-390');
    const s = await skip.boundingBox();
    const map = await page.locator('#replay-board').boundingBox();
    expect(s && map).toBeTruthy();
    if (!s || !map) return;
    // Before: over the map's top-right corner, on the Home Islands card. Now wholly above the map…
    expect(s.y + s.height).toBeLessThanOrEqual(map.y);
    // …and on the screen the teacher is looking at, not scrolled away.
    expect(s.y).toBeGreaterThanOrEqual(0);
    expect(s.y + s.height).toBeLessThanOrEqual(PHONE.height);
    await skip.tap({ timeout: 2000 }).catch(() => {});
    await page.waitForFunction(
      () => document.querySelector('#replay-board')?.getAttribute('data-turn') === '1',
    );
    await expect(skip.count()).resolves.toBe(0);
    await expect(page.locator('.playback-bar').textContent()).resolves.toContain('Map: after turn 1');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // The grand campaign since the tenth play-through: the Road to Tokyo now starts with a month's industry.
  // Since the eleventh, the grand campaign does too (scripts/data/pacific_industry_start.py): 94, not 0.
  it('Japan in the grand campaign: the Industry tile says its points are to spend and more come in as the month is played', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=play8&difficulty=history`,
      LAPTOP,
    );
    const tile = page.locator(INDUSTRY_TILE);
    // Before: "Industry 0 points" and nothing else — a student read it as broken.
    await expect(page.getByTestId('stock-japan-industry').textContent()).resolves.toBe('94');
    const before = await visibleText(page, INDUSTRY_TILE);
    expect(before).toContain('94 points to spend');
    expect(before).toContain('more come in as the month is played');
    await expect(tile.getAttribute('title')).resolves.toContain('made and not yet spent');
    await shot(page, 'play8-industry-start-1366');
    await endTurn(page);
    // A month later the output has come in, and the tile says how much.
    const made = Number(
      ((await page.getByTestId('stock-japan-industry').textContent()) ?? '').replace(/,/g, ''),
    );
    expect(made).toBeGreaterThan(94);
    const after = await visibleText(page, INDUSTRY_TILE);
    expect(after).toContain(`+${made - 94} last month`);
    expect(after).not.toContain('more come in');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Japan plays the Southern Oil Run to its end: the table of what each side holds counts land areas, not the objectives', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=play8&difficulty=easy`,
      LAPTOP,
      false,
      60_000,
    );
    let over = false;
    for (let i = 0; i < 8 && !over; i++) over = await endTurn(page);
    expect(over).toBe(true);
    await page.locator('dialog.end-screen').waitFor();
    const words = await visibleText(page, 'dialog.end-screen');
    // Before: "Japan holds none of the 4 objective areas" above a table whose "Areas" said 4. How many objectives
    // Japan holds at the end depends on the battles; the table counts land areas: Japan started with 4 land areas
    // (Formosa, Southern Indochina, Thailand, the Home Islands) and none of the objectives.
    expect(words).toMatch(/holds (none|[1-4]) of the 4 objective areas/);
    expect(words).toContain('What each side holds Land areas Points of all areas held');
    expect(words).toMatch(/Japan \d+ \(started with 4\)/);
    await shot(page, 'play8-end-screen-1366');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the Allies in the grand campaign on a phone: the turn’s Skip is beside End turn, on no card of the map', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=allies&seed=play8`,
      PHONE,
      true,
      60_000,
    );
    await page.getByRole('button', { name: 'End turn' }).tap();
    const skip = page.getByRole('button', { name: 'Skip the playback of the turn' });
    // Read everything in the page, in the first frame Skip is on screen: on a busy machine the playback can
    // end between separate reads (CI, eleventh session: the hint had already gone back to the orders' line).
    const handle = await page.waitForFunction(
      () => {
        const skipButton = document.querySelector('[data-key="skip-playback"]');
        if (!skipButton) return null;
        const s = skipButton.getBoundingClientRect();
        const e = document.getElementById('end-turn')!.getBoundingClientRect();
        const b = document.getElementById('board')!.getBoundingClientRect();
        const covered = (window.__pov?.namedCards() ?? [])
          .map((c) => ({ ...c, x: c.x + b.left, y: c.y + b.top }))
          .filter((c) => c.x < s.right && s.left < c.x + c.width && c.y < s.bottom && s.top < c.y + c.height)
          .map((c) => c.id);
        return {
          covered,
          skip: { y: s.y, height: s.height },
          end: { y: e.y, height: e.height },
          hint: document.getElementById('end-turn-hint')?.textContent ?? null,
        };
      },
      undefined,
      { timeout: 120_000, polling: 'raf' },
    );
    const seen = (await handle.jsonValue()) as {
      covered: string[];
      skip: { y: number; height: number };
      end: { y: number; height: number };
      hint: string | null;
    };
    await shot(page, 'play8-game-skip-390');
    // Before: over the map's top-right corner, on the Western Aleutians card; and the bar said "Escape skips" to a phone.
    expect(seen.covered).toEqual([]);
    const { skip: s, end } = seen;
    // In the bar at the bottom of the screen, level with End turn.
    expect(Math.abs(s.y + s.height / 2 - (end.y + end.height / 2))).toBeLessThan(4);
    expect(s.y + s.height).toBeLessThanOrEqual(PHONE.height);
    expect(seen.hint).toBe('The turn plays on the map.');
    await skip.tap({ timeout: 2000 }).catch(() => {});
    await page.waitForFunction(
      () => window.__pov?.state().turn === 2 && window.__pov?.phase() === 'ordering',
    );
    await expect(skip.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a teacher reads the after-action charts of a replay: a unit in brackets is not bracketed twice', async () => {
    const { page, errors } = await openPlayer(game.browser, game.server.url, LAPTOP);
    await page.setInputFiles('#import-replay-file', GOLDEN);
    await page.locator('#replay-board[data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'After-action report' }).click();
    await page.locator('#aar-page').waitFor();
    const captions = await page.locator('figure.chart figcaption').allTextContents();
    // Before: "Japan: National will (points (0–100))".
    expect(captions).toContain('Japan: National will (points, 0–100)');
    expect(captions.filter((c) => /\(.*\(.*\)\)/.test(c))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
