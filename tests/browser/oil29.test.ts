/**
 * oil29: the teacher view of the Southern Oil Run lists the sources its events, history and plans
 * cite apart from those behind the rules every scenario shares (play29 saw one list of about 40, Leyte
 * Gulf, Iwo Jima and the Kure raids of 1945 among them). Screenshot in test-results/oil29-*.png.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { openPage, screenshotPath } from './harness';

const game = useBuiltGame();

describe('oil29: the teacher view’s sources', () => {
  it('puts the Southern Oil Run’s own sources first, those behind the rules after (1366)', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url, { width: 1366, height: 768 });
    await page.getByRole('button', { name: /^Teacher view of the chosen scenario/ }).click();
    const view = page.locator('dialog.teacher-view');
    await view.waitFor();
    const section = view.locator('section[aria-labelledby="tv-sources"]');
    const lists = section.locator('ul.sources');
    expect(await lists.count()).toBe(2);
    const own = (await lists.nth(0).textContent()) ?? '';
    const rules = (await lists.nth(1).textContent()) ?? '';
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('oil29-teacher-sources-1366') });
    expect((await section.textContent()) ?? '').toMatch(
      /Cited by this scenario’s events, history and plans \(\d+\)/,
    );
    expect(own).toContain('O8');
    // Leyte Gulf (B14) and Iwo Jima (BARTLEY-1954) are behind the rules, not this scenario's own.
    expect(own).not.toContain('B14');
    expect(own).not.toContain('BARTLEY-1954');
    expect(rules).toContain('B14');
    expect(rules).toContain('BARTLEY-1954');
    expect(errors).toEqual([]);
    await page.close();
  });
});
