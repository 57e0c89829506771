/**
 * fogmem29: the fog of war remembers. The Southern Oil Run as the Allies (seed `fm29`, the computer's
 * Japan, no Allied orders): on turn 1 the Allies see Kongō and Haruna in the South China Sea; by
 * turn 3 that sea is not watched any more. The board draws them faded where they were last seen,
 * and the Area panel says "Japanese ships last seen here in February 1942: 2 battleships. …" —
 * they are not drawn as ships that are there. With `fog=off` there are no ghosts: everything is seen.
 */
import { describe, expect, it } from 'vitest';
import { lastSeenText, NO_ENEMY_SEEN } from '../../src/text/fog-text';
import { useBuiltGame } from './built-game';
import { closePlayer, endTurn, LAPTOP, openGame, shot, visibleText } from './play-kit';

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
});
