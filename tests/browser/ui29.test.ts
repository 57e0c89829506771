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
import { closePlayer, LAPTOP, openPlayer, shot } from './play-kit';

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
    await takeOver(page, 'Japan');
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
