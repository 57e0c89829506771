/**
 * What the twelfth play-through (a teacher preparing a lesson) noticed on the end
 * screen: after a surrender it said "The war ended on 1 June 1945: 3 months earlier
 * than in history" and, just below, "Japan gave up 2 months sooner than on
 * 2 September 1945" — one count from the first day of the turn Japan gave up in, the
 * verdict's from its last. Read aloud, the two numbers contradict each other; the end
 * screen now gives the verdict's count only. The Road to Tokyo watched with the
 * computer on both sides (seed class-1) ends in a Japanese surrender (June 1945 when this was written).
 * Screenshot in test-results/ (play12-end-screen-1366.png).
 */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { LAPTOP, openPlayer, shot, visibleText, waitForGame } from './play-kit';

const game = useBuiltGame();

describe('the twelfth play-through: the end screen', () => {
  it('after a surrender, the end screen counts the months from the real end once, as the verdict does', async () => {
    const { page, errors } = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=road-to-tokyo-1944&side=none&seed=class-1&difficulty=normal`,
      LAPTOP,
    );
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForGame(page, 120_000);
    await page.getByRole('button', { name: 'Play on' }).click();
    await page.waitForFunction(() => window.__pov?.phase() === 'over', null, {
      timeout: 600_000,
      polling: 500,
    });
    await page.locator('dialog.end-screen').waitFor();
    const words = await visibleText(page, 'dialog.end-screen');
    await shot(page, 'play12-end-screen-1366');
    expect(words).toContain('Japan surrenders');
    const verdict = await visibleText(page, '#end-against-history');
    expect(verdict).toMatch(/Japan gave up \d+ months? sooner than on 2 September 1945/);
    // Every count of months from the real end the screen states is one and the same.
    const counts = new Set(
      [...words.matchAll(/(\d+) months? (?:earlier|sooner|later|longer)/g)].map((m) => Number(m[1])),
    );
    // Before: {3, 2} — "3 months earlier than in history" above "2 months sooner".
    expect([...counts]).toEqual([Number(/(\d+) months? sooner/.exec(verdict)?.[1])]);
    // A month's turn knows the month, not the day (was "on 1 June 1945", the turn's first day).
    // (This game ended in June 1945 until the fifteenth session's strike price and garrisons, in January
    // since: the month is the game's, the words are the test's.)
    expect(words).toMatch(
      /Japan surrendered in (January|February|March|April|May|June|July|August|September|October|November|December) 194\d\./,
    );
    expect(words).not.toMatch(/surrendered on \d/);
    // play31 §5.4: under the outcome, what weighed on the will of the side that gave in.
    expect(await visibleText(page, '#end-weighed')).toMatch(
      /^What weighed on Japan's will at the end: [a-z ]+ −\d+(, [a-z ]+ −\d+){0,2}\.$/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
