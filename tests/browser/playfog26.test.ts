/**
 * playfog26: Midway as the Allies under the fog of war. The code-breakers' notice names the Kidō
 * Butai's carriers heading for a sea the Allies do not watch, and the board draws none of them: the
 * notice now says that it is a reading of Japanese traffic, not a sighting, and that the map shows
 * Japanese ships only once they are seen. With `fog=off` the line is not there.
 */
import { describe, expect, it } from 'vitest';
import { ENEMY_PLANS_HIDDEN, handoverReportUnderFog, INTEL_UNDER_FOG } from '../../src/text/fog-text';
import { useBuiltGame } from './built-game';
import { takeOver } from './harness';
import { closePlayer, LAPTOP, openGame, openPlayer, shot, visibleText } from './play-kit';

// Fixed: with this seed the code-breakers read Japan's traffic on turn 1 (the carriers head for North Pacific).
const SEED = 'pf26';

describe('playfog26: the code-breakers’ notice beside the fog (production build)', () => {
  const game = useBuiltGame();

  it('says the notice is a reading, not a sighting, when the fog hides the carriers it names', async () => {
    const read = async (fog: boolean) => {
      const player = await openGame(
        game.browser,
        `${game.server.url}?scenario=midway-1942&side=allies&seed=${SEED}${fog ? '' : '&fog=off'}`,
        LAPTOP,
      );
      const { page, errors } = player;
      await page.waitForFunction(
        () => document.querySelector('#intel')?.textContent?.includes('heading for'),
        null,
        {
          timeout: 300_000,
          polling: 250,
        },
      );
      const text = await visibleText(page, '#intel');
      const drawn = await page.evaluate(() => window.__pov?.drawnForces() ?? {});
      if (fog) await shot(page, 'playfog26-1-intel-under-fog');
      expect(errors).toEqual([]);
      await closePlayer(player);
      return { text, drawn };
    };
    const fogged = await read(true);
    expect(fogged.text).toContain('North Pacific: Kaga, Akagi');
    expect(fogged.text).toContain(INTEL_UNDER_FOG);
    const open = await read(false);
    expect(open.text).toContain('North Pacific: Kaga, Akagi');
    expect(open.text).not.toContain(INTEL_UNDER_FOG);
  }, 600_000);

  it('hot-seat under the fog: the hand-over says each player reads their own side’s report, and the report says the fog is on', async () => {
    const handover = async (fog: boolean) => {
      const player = await openPlayer(
        game.browser,
        `${game.server.url}?scenario=midway-1942&side=both&seed=${SEED}${fog ? '' : '&fog=off'}`,
        LAPTOP,
      );
      const { page, errors } = player;
      const dialog = page.getByRole('dialog');
      await takeOver(page, 'Japan');
      await page.locator('#end-turn').click();
      await takeOver(page, 'Allies');
      await page.locator('#end-turn').click();
      await page.waitForFunction(() => window.__pov?.state().turn === 2, null, { timeout: 120_000 });
      await expect(dialog.textContent()).resolves.toContain('is resolved');
      const text = (await dialog.textContent()) ?? '';
      if (fog) await shot(page, 'playfog26-2-handover-under-fog');
      await takeOver(page, 'Japan');
      expect(await page.evaluate(() => window.__pov?.viewer())).toBe('japan');
      // The report Japan's player reads says the fog is on, as against the computer (no plans to hide here).
      await page.getByRole('tab', { name: /Report/ }).click();
      const report = await visibleText(page, '#panel-report');
      if (fog) await shot(page, 'playfog26-3-hotseat-report-under-fog');
      expect(errors).toEqual([]);
      await closePlayer(player);
      return { text, report };
    };
    const fogged = await handover(true);
    expect(fogged.text).toContain(handoverReportUnderFog('4 May 1942'));
    expect(fogged.text).not.toContain('Read the report together');
    expect(fogged.report).toContain('What happened in the week of 4 May 1942');
    expect(fogged.report).toContain(ENEMY_PLANS_HIDDEN);
    const open = await handover(false);
    expect(open.text).toContain('Read the report together');
    expect(open.report).not.toContain(ENEMY_PLANS_HIDDEN);
  }, 300_000);
});
