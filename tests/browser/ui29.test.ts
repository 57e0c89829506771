/**
 * ui29: the screen's loose ends.
 * 1. Hot-seat: the second player (the one handed the screen after the turn) watches the turn's
 *    playback in their own view, under the fog their own sight, after the hand-over, and the first
 *    player never sees it (playfog26 "found and not fixed" 3).
 * Fixed seeds throughout; screenshots in test-results/ (ui29-*.png).
 */
import { describe, expect, it } from 'vitest';
import type { TurnPlayback } from '../../src/ui/game/turn-playback';
import { useBuiltGame } from './built-game';
import { clickArea, takeOver } from './harness';
import {
  closePlayer,
  endTurn,
  LAPTOP,
  openGame,
  openPlayer,
  PHONE,
  shot,
  visibleText,
  WIDE,
} from './play-kit';

const game = useBuiltGame();

describe('ui29: hot-seat playback for the second player', () => {
  it('plays the turn again for the Japanese player after the hand-over, in their own view', async () => {
    const player = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=midway-1942&side=both&seed=pf26`,
      LAPTOP,
    );
    const { page, errors } = player;
    const pov = () => page.evaluate(() => ({ phase: window.__pov?.phase(), viewer: window.__pov?.viewer() }));
    const playback = () =>
      page.evaluate(() => window.__pov?.playback() ?? null) as Promise<TurnPlayback | null>;
    // Each side sends a carrier into a sea the other does not watch (Philippine Sea, Hawaiian waters).
    const send = async (from: string, ship: RegExp, to: string, toName: RegExp) => {
      await clickArea(page, from);
      await page.getByRole('tabpanel', { name: 'Area' }).getByRole('checkbox', { name: ship }).check();
      await clickArea(page, to);
      await page
        .locator('#composer')
        .getByRole('region', { name: toName })
        .getByRole('button', { name: 'Confirm order' })
        .click();
    };
    await takeOver(page, 'Japan');
    await page.waitForFunction(() => window.__pov?.ready === true, null, { timeout: 120_000 });
    await send('home-islands', /Akagi/, 'philippine-sea', /Philippine Sea/);
    await page.locator('#end-turn').click();
    await takeOver(page, 'Allies');
    await send('hawaii', /Enterprise/, 'hawaiian-waters', /Hawaiian/);
    await page.locator('#end-turn').click();
    // The Allies ended the turn: it plays in their view first, before anyone is handed the screen.
    await page.waitForFunction(() => window.__pov?.phase() === 'playback', null, { timeout: 120_000 });
    expect(await pov()).toEqual({ phase: 'playback', viewer: 'allies' });
    const allies = await playback();
    await page.waitForFunction(() => window.__pov?.phase() === 'handover', null, { timeout: 60_000 });
    // Covered: the Japanese view has not been played yet (the Allied player is still at the screen).
    expect(await playback()).toEqual(allies);
    const dialog = page.getByRole('dialog');
    await expect(dialog.textContent()).resolves.toContain('plays on the map first, as Japan saw it');
    await shot(page, 'ui29-1-handover');
    // Clicked by hand, not by takeOver (which waits the playback out): the playback is what is read.
    await page.getByRole('button', { name: 'I am the Japanese player — show my turn' }).click();
    await page.waitForFunction(() => window.__pov?.phase() === 'playback', null, { timeout: 30_000 });
    expect((await pov()).viewer).toBe('japan');
    const japan = await playback();
    await page.waitForTimeout(500);
    if ((await pov()).phase === 'playback') await shot(page, 'ui29-1-japan-playback');
    await page.waitForFunction(() => window.__pov?.phase() === 'ordering', null, { timeout: 60_000 });
    // Under the fog each saw its own carrier sail and not the other's.
    expect(allies?.moves).toEqual([{ side: 'allies', route: ['hawaii', 'hawaiian-waters'] }]);
    expect(japan?.moves).toEqual([{ side: 'japan', route: ['home-islands', 'philippine-sea'] }]);
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 300_000);
});

describe('ui29: the HUD tiles', () => {
  it("the Allies' Industry tile says on a phone why it only grows (a tap, no tooltip)", async () => {
    const player = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=allies&seed=ui29`,
      PHONE,
      true,
    );
    const { page, errors } = player;
    await endTurn(page);
    const why = page.locator('#hud').getByRole('button', { name: 'Why does this figure only grow?' });
    await why.tap();
    const note = page.locator('#why-allies-industry');
    await expect(note.isVisible()).resolves.toBe(true);
    const words = await visibleText(page, '#why-allies-industry');
    expect(words).toContain('Why Industry only grows: the Allies build nothing under Orders');
    expect(words).toContain('arrive on the historical schedule');
    // The figure on the tile is what the month added up to; the note says what last month added.
    const last = await page.evaluate(() => {
      const r = window.__pov?.reports().at(-1);
      const i = r?.items.find(
        (x) => x.kind === 'economy' && x.side === 'allies' && x.resource === 'industry',
      );
      return i?.kind === 'economy' ? i.after - i.before : null;
    });
    expect(last).toBeGreaterThan(0);
    expect(words).toContain(`(${last?.toLocaleString('en-US')} last month)`);
    // Read whole on the phone's screen, under the tiles, above the map.
    const box = await note.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844).toBe(true);
    await shot(page, 'ui29-2-industry-why-phone');
    // A render (a tab) keeps it open; a second tap closes it.
    await page.getByRole('tab', { name: /Orders/ }).tap();
    await expect(note.isVisible()).resolves.toBe(true);
    await page.locator('#hud').getByRole('button', { name: 'Hide why this figure only grows' }).tap();
    await expect(note.isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 300_000);

  it('seven tiles fit on one line at 1280×768, as at 1366 and 1920 (no note wraps)', async () => {
    // The Road to Tokyo as Japan, turn 2: Oil, Oil in the southern zone, Merchant shipping, Tankers,
    // Industry, National will, New aircraft.
    const bar = async (screen: { width: number; height: number }) => {
      const player = await openGame(
        game.browser,
        `${game.server.url}?scenario=road-to-tokyo-1944&side=japan&seed=ui29`,
        screen,
      );
      const { page, errors } = player;
      await endTurn(page);
      const hud = await page.evaluate(() => {
        const row = document.querySelector<HTMLElement>('#hud .hud-row');
        const tiles = [...document.querySelectorAll<HTMLElement>('#hud .tile')];
        return {
          tiles: tiles.length,
          height: row?.getBoundingClientRect().height ?? 0,
          tops: new Set(tiles.map((t) => Math.round(t.getBoundingClientRect().top))).size,
          scrolls: (row?.scrollWidth ?? 0) > (row?.clientWidth ?? 0),
        };
      });
      await shot(page, `ui29-3-tiles-${screen.width}`);
      expect(errors).toEqual([]);
      await closePlayer(player);
      return hud;
    };
    const wide = await bar(WIDE);
    expect(wide.tiles).toBe(7);
    for (const screen of [{ width: 1280, height: 768 }, LAPTOP]) {
      const hud = await bar(screen);
      expect(hud.tiles, `${screen.width}`).toBe(7);
      expect(hud.tops, `${screen.width}`).toBe(1);
      expect(hud.scrolls, `${screen.width}`).toBe(false);
      // Four lines a tile (name, figure, two notes), as on the wide screen: no note wrapped.
      expect(hud.height, `${screen.width}`).toBe(wide.height);
    }
  }, 600_000);
});

describe('ui29: the code-breakers’ notice on a phone', () => {
  it('is one line with More on 390×844, so the map stays on the screen; More shows it whole', async () => {
    // Midway as the Allies, seed pf26: the code-breakers read Japan's traffic on turn 1 (five destinations).
    const player = await openGame(
      game.browser,
      `${game.server.url}?scenario=midway-1942&side=allies&seed=pf26`,
      PHONE,
      true,
    );
    const { page, errors } = player;
    await page.waitForFunction(
      () => document.querySelector('#intel')?.textContent?.includes('heading for'),
      null,
      { timeout: 300_000, polling: 250 },
    );
    const intel = page.locator('#intel');
    const short = await visibleText(page, '#intel');
    expect(short).toContain('Code-breaking: Japanese forces heading for North Pacific (9 carriers)');
    expect(short).toContain('a reading, not a sighting');
    expect(short).not.toContain('Kaga');
    const box = await intel.boundingBox();
    const board = await page.locator('#board').boundingBox();
    // Before: 292 px of notice, and the map began 503 px down an 844 px screen.
    expect(box?.height ?? 999).toBeLessThan(100);
    expect(board?.y ?? 999).toBeLessThan(844 / 2);
    await shot(page, 'ui29-5-intel-phone-short');
    await intel.getByRole('button', { name: 'Show the whole intelligence report' }).tap();
    const whole = await visibleText(page, '#intel');
    expect(whole).toContain('North Pacific: Kaga, Akagi');
    expect(whole).toContain('Wake:');
    await shot(page, 'ui29-5-intel-phone-whole');
    // A render (a tab) keeps it open; Less folds it again.
    await page.getByRole('tab', { name: /Orders/ }).tap();
    expect(await visibleText(page, '#intel')).toContain('North Pacific: Kaga, Akagi');
    await intel.getByRole('button', { name: 'Show the intelligence report in short' }).tap();
    expect(await visibleText(page, '#intel')).not.toContain('Kaga');
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 600_000);
});
