/**
 * fogmem29: the fog of war remembers. The Southern Oil Run as the Allies (seed `fm29`, the computer's
 * Japan, no Allied orders): on turn 1 the Allies see Kongō and Haruna in the South China Sea; by
 * turn 3 that sea is not watched any more. The board draws them faded where they were last seen,
 * and the Area panel says "Japanese ships last seen here in February 1942: 2 battleships. …" —
 * they are not drawn as ships that are there. With `fog=off` there are no ghosts: everything is seen.
 *
 * And an invasion under the fog (playfog26 "Found and not fixed" 1): hot-seat Southern Oil Run, seed
 * `pf26`, no orders for two turns; on turn 3 Japan sends the 16th Army from Formosa to Java. ABDA's
 * cruisers hold the Java Sea, which Japan does not watch: Java is offered (the order is checked
 * against what Japan sees), and when the turn is played the convoy turns back — the report says so
 * in words, and Japan then sees the fleet in the Java Sea. Before, the order panel refused Java and
 * named the hidden fleet's power.
 */
import { describe, expect, it } from 'vitest';
import { lastSeenText, NO_ENEMY_SEEN } from '../../src/text/fog-text';
import { useBuiltGame } from './built-game';
import { openGroup, takeOver } from './harness';
import {
  closePlayer,
  endTurn,
  LAPTOP,
  openGame,
  openOrdersTab,
  openPlayer,
  shot,
  visibleText,
} from './play-kit';

const SEED = 'fm29';
const SEA = 'south-china-sea';

describe('fogmem29: where the enemy was last seen (production build)', () => {
  const game = useBuiltGame();

  it('draws the ships last seen in a sea no longer watched, faded, and the Area panel says when', async () => {
    const play = async (fog: boolean) => {
      const player = await openGame(
        game.browser,
        `${game.server.url}?scenario=southern-oil-1942&side=allies&seed=${SEED}${fog ? '' : '&fog=off'}`,
        LAPTOP,
      );
      const { page, errors } = player;
      await endTurn(page);
      await endTurn(page);
      const ghosts = await page.evaluate(() => window.__pov?.ghostForces() ?? {});
      const drawn = await page.evaluate(() => window.__pov?.drawnForces() ?? {});
      await page.getByRole('tab', { name: 'Area' }).click();
      await page.locator('#area-select').selectOption(SEA);
      const panel = await visibleText(page, '#area-details');
      if (fog) await shot(page, 'fogmem29-1-last-seen');
      expect(errors).toEqual([]);
      await closePlayer(player);
      return { ghosts, drawn, panel };
    };
    const fogged = await play(true);
    // Faded where they were last seen, not drawn as there.
    expect(fogged.ghosts[SEA]).toEqual(['kongo', 'haruna']);
    expect(fogged.drawn[SEA] ?? []).not.toContain('kongo');
    expect(fogged.panel).toContain(NO_ENEMY_SEEN);
    expect(fogged.panel).toContain(lastSeenText('japan', '1942-02-01', false, '2 battleships'));
    expect(fogged.panel).toContain('Kongō');
    const open = await play(false);
    expect(open.ghosts).toEqual({});
    expect(open.panel).not.toContain('last seen');
  }, 900_000);

  it('hot-seat under the fog: an invasion into a sea Japan does not watch is offered, and turned back by the hidden fleet', async () => {
    const player = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=both&seed=pf26`,
      LAPTOP,
    );
    const { page, errors } = player;
    const turn = (n: number) =>
      page.waitForFunction((t) => window.__pov?.state().turn === t, n, { timeout: 300_000, polling: 250 });
    // Two turns of no orders on either side.
    for (const n of [2, 3]) {
      await takeOver(page, 'Japan');
      await page.locator('#end-turn').click();
      await takeOver(page, 'Allies');
      await page.locator('#end-turn').click();
      await turn(n);
    }
    await takeOver(page, 'Japan');
    await page.waitForFunction(
      () => window.__pov?.viewer() === 'japan' && window.__pov?.phase() === 'ordering',
    );
    // The Java Sea is not watched by Japan, and ABDA's cruisers are there (the whole state says so).
    const state = await page.evaluate(() => window.__pov?.state());
    expect(
      state?.forces.some((f) => f.location === 'java-sea' && f.side === 'allies' && f.status === 'active'),
    ).toBe(true);
    expect((await page.evaluate(() => window.__pov?.drawnForces() ?? {}))['java-sea'] ?? []).toEqual([]);
    await openOrdersTab(page);
    await openGroup(page, 'formosa');
    await page.locator('[data-key="pick-sixteenth-army"]').check();
    await page.locator('[data-key="pick-invasion-transports"]').check();
    // Offered: Java is among the destinations, and choosing it shows a preview, not a refusal.
    await page.locator('[data-key="dest-java"]').click();
    await page.locator('[data-key="confirm-move"]').click();
    const orders = await page.evaluate(() => window.__pov?.orders() ?? []);
    expect(orders).toContainEqual({ type: 'move', force: 'sixteenth-army', to: 'java' });
    await shot(page, 'fogmem29-2-invasion-offered');
    await page.locator('#end-turn').click();
    await takeOver(page, 'Allies');
    await page.locator('#end-turn').click();
    await turn(4);
    await takeOver(page, 'Japan');
    await page.waitForFunction(() => window.__pov?.viewer() === 'japan');
    // Not silently dropped: the report says the convoy turned back, and why, in words.
    await page.getByRole('tab', { name: /Report/ }).click();
    const report = await visibleText(page, '#panel-report');
    await shot(page, 'fogmem29-3-convoy-turned-back');
    expect(report).toMatch(
      /the convoy for Java turned back: the Allied fleet( and air power)? holds? Java Sea \(power \d+ against your \d+\)/,
    );
    const after = await page.evaluate(() => window.__pov?.state());
    expect(after?.forces.find((f) => f.id === 'sixteenth-army')?.location).toBe('formosa');
    // Japan now sees the fleet that turned the convoy back.
    expect(
      ((await page.evaluate(() => window.__pov?.drawnForces() ?? {}))['java-sea'] ?? []).length,
    ).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 900_000);
});
