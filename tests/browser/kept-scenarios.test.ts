/**
 * Scenarios from files stay on the computer: a teacher loads one, reloads the
 * page and still finds it listed (and can remove it). Its class link carries
 * the scenario inside, so a student's computer that never saw the file
 * starts the game from the link alone; a link without the scenario says the
 * file must be loaded first.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { openPage, RESULTS, ROOT, waitForReady } from './harness';

const game = useBuiltGame();
const FILES = join(RESULTS, 'kept-files');

describe('scenarios kept in the browser', () => {
  it('a loaded scenario is still listed after a reload, gives a class link with itself inside, and can be removed', async () => {
    mkdirSync(FILES, { recursive: true });
    const s = JSON.parse(readFileSync(join(ROOT, 'scenarios/southern-oil-1942.json'), 'utf8'));
    s.meta.id = 'our-class-oil';
    s.meta.title = 'Our class: the oil run';
    const file = join(FILES, 'our-class-oil.json');
    writeFileSync(file, JSON.stringify(s, null, 2));

    const { page, errors } = await openPage(game.browser, game.server.url);
    await page.setInputFiles('#load-scenario-file', file);
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('stays in the list');
    // The card (a renamed copy of the Southern Oil Run) fetches that scenario to list its changes:
    // let the list fill in first, or the reload aborts the fetch and the harness counts it as an error.
    await expect
      .poll(() =>
        page
          .locator('.scenario-card', { hasText: 'Our class: the oil run' })
          .locator('.scenario-changes li')
          .count(),
      )
      .toBeGreaterThan(0);
    await page.reload();
    const card = page.locator('.scenario-card', { hasText: 'Our class: the oil run' });
    await expect(card.count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toContain('kept on this computer');

    // The class link holds the scenario: a fresh browser (another student) starts it from the link alone.
    await card.locator('input[type="radio"]').check();
    await page.locator('#seed').fill('class-link-1');
    const link = await page.locator('#start-link').inputValue();
    expect(link).toContain('scenario=file%3Aour-class-oil');
    expect(link).toMatch(/#scenario=[A-Za-z0-9_-]+$/);
    await expect(page.locator('#start-link-note').textContent()).resolves.toContain('inside this link');

    const student = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const other = await student.newPage();
    const otherErrors: string[] = [];
    other.on('pageerror', (e) => otherErrors.push(e.message));
    await other.goto(link);
    await waitForReady(other);
    const played = await other.evaluate(() => window.__pov?.state());
    expect(played?.seed).toBe('class-link-1');
    await expect(other.locator('.brand').textContent()).resolves.toContain('Our class: the oil run');
    // The student plays a turn and opens the link again: offered to continue, not started over.
    await other.getByRole('button', { name: 'End turn' }).click();
    await other.waitForFunction(() => window.__pov?.state().turn === 2 && window.__pov.ready);
    await other.goto(game.server.url);
    await other.goto(link);
    await other.getByRole('button', { name: 'Continue the saved game' }).click();
    await waitForReady(other);
    expect(await other.evaluate(() => window.__pov?.state().turn)).toBe(2);
    // The link without the scenario inside names what to do.
    await other.goto(`${game.server.url}?scenario=file:someone-elses&side=japan&seed=x`);
    await expect(other.getByRole('alert').first().textContent()).resolves.toContain(
      'loaded from a file that is not on this computer',
    );
    expect(otherErrors).toEqual([]);
    await student.close();

    // Remove: gone from the list, and still gone after a reload.
    await page
      .getByRole('button', { name: 'Remove the scenario Our class: the oil run from this computer' })
      .click();
    await expect(card.count()).resolves.toBe(0);
    await page.reload();
    await expect(card.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a broken scenario file lists each problem with its path, the value found and what was expected', async () => {
    mkdirSync(FILES, { recursive: true });
    const s = JSON.parse(readFileSync(join(ROOT, 'scenarios/southern-oil-1942.json'), 'utf8'));
    s.meta.discussionPrompts[1].event = 'The Oil Fields!';
    s.calendar.lastTurn = -3;
    const file = join(FILES, 'broken.json');
    writeFileSync(file, JSON.stringify(s, null, 2));
    const { page, errors } = await openPage(game.browser, game.server.url);
    await page.setInputFiles('#load-scenario-file', file);
    const items = page.locator('#file-problems li');
    await items.nth(1).waitFor();
    await expect(items.count()).resolves.toBe(2);
    const text = (await items.allTextContents()).join('\n');
    expect(text).toContain('meta.discussionPrompts[1].event must be lower-case letters');
    expect(text).toContain('— found: "The Oil Fields!"');
    expect(text).toContain('calendar.lastTurn must be at least 1 — found: -3');
    expect(errors).toEqual([]);
    await page.close();
  });
});
