/**
 * A what-if played in Chromium against the production build, as a player
 * would: pick "No American oil embargo" for the grand campaign on the start
 * screen, start, see the what-if named on the game screen, play a turn,
 * export the replay (it names the what-if and verifies — in the viewer and
 * in Node), continue the saved game; a start link with an unknown what-if
 * says so instead of crashing; and a what-if of a scenario from a file is
 * played to its end screen and resumed from an exported save. Screenshots
 * in test-results/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/engine/index';
import { loadReplayText, verifyReplay } from '../../src/replay/index';
import { loadScenarioText } from '../../src/scenario/load';
import { applyWhatIf } from '../../src/scenario/what-if';
import { useBuiltGame } from './built-game';
import { openPage, RESULTS, ROOT, screenshotPath, waitForReady } from './harness';

const TITLE = 'No American oil embargo (August 1941)';
const FILES = join(RESULTS, 'what-if-files');

const turnOf = (page: Page) => page.evaluate(() => window.__pov?.state().turn);

describe('a what-if in the browser (production build)', () => {
  const game = useBuiltGame();

  beforeAll(() => {
    mkdirSync(FILES, { recursive: true });
  });

  it('picks a what-if on the start screen, plays it, and exports a replay that verifies', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url);
    const whatIf = page.getByLabel('What if…');
    // The first scenario (the short tutorial) has no what-ifs: no choice is offered.
    expect(await whatIf.isVisible()).toBe(false);
    await page.getByRole('radio', { name: /The Price of Victory: the Pacific War/ }).check();
    expect(await whatIf.isVisible()).toBe(true);
    expect(await whatIf.inputValue()).toBe('');
    const options = await whatIf.locator('option').allTextContents();
    expect(options[0]).toBe('History as it happened');
    expect(options).toContain(TITLE);
    // Keyboard: the menu takes the focus and the arrow keys move through it.
    await whatIf.focus();
    await page.keyboard.press('ArrowDown');
    expect(await whatIf.inputValue()).toBe('no-embargo');
    const description = page.locator('#what-if-description');
    await expect(description.textContent()).resolves.toMatch(
      /^A what-if, not history\. The United States does not freeze Japanese assets/,
    );
    expect(await page.locator('#start-link').inputValue()).toContain('whatIf=no-embargo');
    await page.screenshot({ path: screenshotPath('what-if-1-start-screen') });

    await page.getByLabel('Computer player').selectOption('history');
    await page.getByRole('button', { name: 'Start the game' }).click();
    await waitForReady(page);
    const banner = page.locator('#what-if-banner');
    expect(await banner.isVisible()).toBe(true);
    await expect(banner.textContent()).resolves.toContain(`What if: ${TITLE}`);
    expect(await page.title()).toContain(`What if: ${TITLE}`);
    await page.getByRole('tab', { name: 'About' }).click();
    await expect(page.locator('#panel-about').textContent()).resolves.toContain(`What if: ${TITLE}`);
    await page.screenshot({ path: screenshotPath('what-if-2-game-screen') });

    // One turn: the embargo event is gone, so Japan's oil does not fall as it did in history.
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.waitForFunction(() => window.__pov?.state().turn === 2, null, { timeout: 60_000 });

    // Export the replay: it names the what-if, and verifies against the what-if (not against history).
    await page.getByRole('button', { name: /^Save and share/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export replay as a file' }).click(),
    ]);
    const replayPath = join(FILES, 'no-embargo.replay.json');
    await download.saveAs(replayPath);
    await page.getByRole('button', { name: /^Close: Save and share/ }).click();
    const loaded = loadReplayText(readFileSync(replayPath, 'utf8'));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.whatIf).toBe('no-embargo');
    expect(loaded.value.turns).toHaveLength(1);
    const scenario = loadScenarioText(readFileSync(join(ROOT, 'scenarios/pacific-1941.json'), 'utf8'));
    if (!scenario.ok) throw new Error('pacific-1941.json does not load');
    expect(verifyReplay(buildWorld(applyWhatIf(scenario.value, 'no-embargo')), loaded.value).ok).toBe(true);
    expect(verifyReplay(buildWorld(scenario.value), loaded.value).ok).toBe(false);

    // Reload: Continue names the what-if and resumes the same counterfactual.
    await page.goto(game.server.url);
    const resume = page.getByRole('button', { name: /^Continue: .*\(what if: No American oil embargo/ });
    await resume.click();
    await waitForReady(page);
    expect(await turnOf(page)).toBe(2);
    await expect(page.locator('#what-if-banner').textContent()).resolves.toContain(TITLE);

    // The replay viewer applies the what-if by itself and checks every turn.
    await page.goto(game.server.url);
    await page.setInputFiles('#import-replay-file', replayPath);
    await page.waitForFunction(() =>
      document.querySelector('.verify-status')?.textContent?.includes('replay exactly'),
    );
    await expect(page.locator('#replay-what-if').textContent()).resolves.toBe(`What if: ${TITLE}`);
    await page.getByRole('button', { name: 'After-action report' }).click();
    await expect(page.locator('#aar-what-if').textContent()).resolves.toContain(
      `What if: ${TITLE}This game was a what-if, not history.`,
    );
    await page.screenshot({ path: screenshotPath('what-if-3-after-action') });
    await page.getByRole('button', { name: 'Close the report' }).click();
    // A branch of a what-if replay is the same what-if.
    await page.getByRole('button', { name: /^Branch from here/ }).click();
    await page.getByRole('button', { name: 'Start the branch' }).click();
    await waitForReady(page);
    await expect(page.locator('#what-if-banner').textContent()).resolves.toContain(TITLE);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a start link names the what-if; an unknown one is refused in words', async () => {
    const link = '?scenario=pacific-1941&side=none&seed=wi&difficulty=history';
    const { page, errors } = await openPage(game.browser, `${game.server.url}${link}&whatIf=no-soviet-entry`);
    await waitForReady(page);
    await expect(page.locator('#what-if-banner').textContent()).resolves.toContain(
      'What if: No Soviet entry in August 1945',
    );
    await page.goto(`${game.server.url}${link}&whatIf=no-war`);
    const notice = page.locator('.notice');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(
      'unknown what-if "no-war" (available: no-embargo, no-embargo-war-anyway, no-codebreaking, no-pearl-harbor, no-soviet-entry, no-atomic-bombs)',
    );
    expect(await page.locator('#start-screen').isVisible()).toBe(true);
    // History games show no what-if.
    await page.goto(`${game.server.url}${link}`);
    await waitForReady(page);
    expect(await page.locator('#what-if-banner').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays a what-if of a scenario from a file to its end, and an exported save resumes it elsewhere', async () => {
    // A teacher's own scenario with one what-if: the war stops after the first turn.
    const s = JSON.parse(readFileSync(join(ROOT, 'scenarios/southern-oil-1942.json'), 'utf8'));
    s.meta.id = 'short-oil-run';
    s.meta.title = 'A short oil run';
    s.whatIfs = [
      {
        id: 'one-month-war',
        title: 'The war lasts <b>one month</b>',
        description: 'The game ends after its first turn. <img src=x onerror=window.__xss=1>',
        changes: [{ op: 'set-last-turn', turn: 1 }],
      },
    ];
    const file = join(FILES, 'short-oil-run.json');
    writeFileSync(file, JSON.stringify(s));
    const { page, errors } = await openPage(game.browser, game.server.url);
    await page.setInputFiles('#load-scenario-file', file);
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('Loaded the scenario');
    // Titles and descriptions are text, never HTML.
    const whatIf = page.getByLabel('What if…');
    await whatIf.selectOption('one-month-war');
    await expect(page.locator('#what-if-description').textContent()).resolves.toContain('<img src=x');
    expect(await page.locator('#start-screen img').count()).toBe(0);
    await page.getByLabel('Computer player').selectOption('history');
    await page.getByRole('button', { name: 'Start the game' }).click();
    await waitForReady(page);
    await expect(page.locator('#what-if-banner').textContent()).resolves.toContain(
      'What if: The war lasts <b>one month</b>',
    );
    await page.getByRole('button', { name: 'End turn' }).click();
    // The end screen's comparison with history says the game was a what-if.
    const note = page.locator('#end-what-if');
    await note.waitFor();
    await expect(note.textContent()).resolves.toContain('This game was a what-if');
    await page.screenshot({ path: screenshotPath('what-if-4-end-screen') });
    await page.getByRole('button', { name: 'Look at the final board' }).click();
    await page.getByRole('button', { name: /^Save and share/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export save as a file' }).click(),
    ]);
    const savePath = join(FILES, 'short-oil-run.save.json');
    await download.saveAs(savePath);
    const save = JSON.parse(readFileSync(savePath, 'utf8'));
    expect(save).toMatchObject({ saveVersion: 4, whatIf: 'one-month-war' });
    expect(JSON.parse(save.scenario.text).whatIfs[0].id).toBe('one-month-war');

    // On another computer: Import save brings back the same what-if, finished.
    const other = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const fresh = await other.newPage();
    await fresh.goto(game.server.url);
    await fresh.setInputFiles('#import-save-file', savePath);
    await waitForReady(fresh);
    await expect(fresh.locator('#what-if-banner').textContent()).resolves.toContain(
      'The war lasts <b>one month</b>',
    );
    await fresh.locator('#end-what-if').waitFor();
    expect(await fresh.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await other.close();
    expect(errors).toEqual([]);
    await page.close();
  });
});
