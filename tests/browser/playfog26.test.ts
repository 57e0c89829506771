/**
 * playfog26: Midway as the Allies under the fog of war. The code-breakers' notice names the Kidō
 * Butai's carriers heading for a sea the Allies do not watch, and the board draws none of them: the
 * notice now says that it is a reading of Japanese traffic, not a sighting, and that the map shows
 * Japanese ships only once they are seen. With `fog=off` the line is not there.
 */
import { describe, expect, it } from 'vitest';
import { INTEL_UNDER_FOG } from '../../src/text/fog-text';
import { useBuiltGame } from './built-game';
import { closePlayer, LAPTOP, openGame, shot, visibleText } from './play-kit';

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
});
