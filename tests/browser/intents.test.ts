/**
 * Issue 13 in the browser: the computer side's stated intent at the top of
 * the turn report (and in the replay viewer), the same difficulty names on
 * the start screen and in the viewer, and the computer thinking in a worker
 * while the screen says "Japan is thinking…" — so the page keeps drawing
 * meanwhile — and the game is the one the engine plays in Node.
 * Screenshots of the report with intent lines in test-results/ (1366×768 and
 * 390×844).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { policyByName } from '../../src/ai/registry';
import { buildWorld, createGame, type GameState, resolveTurn } from '../../src/engine/index';
import { loadScenarioText } from '../../src/scenario/load';
import { useBuiltGame } from './built-game';
import { openPage, ROOT, screenshotPath, waitForReady } from './harness';

const shot = (name: string) => screenshotPath(name);

const state = (page: Page) => page.evaluate(() => window.__pov?.state() as GameState);

async function endTurn(page: Page) {
  const turn = (await state(page)).turn;
  await page.getByRole('button', { name: 'End turn' }).click();
  await page.waitForFunction((t) => window.__pov?.state().turn === t + 1, turn, { timeout: 120_000 });
}

function world(id: string) {
  const loaded = loadScenarioText(readFileSync(join(ROOT, `scenarios/${id}.json`), 'utf8'));
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return buildWorld(loaded.value);
}

describe('what the computer intends, in the browser', () => {
  const game = useBuiltGame();

  it('shows Japan’s intent at the top of the turn report when playing against the computer', async () => {
    for (const [name, viewport] of [
      ['intents-report-1366', { width: 1366, height: 768 }],
      ['intents-report-390', { width: 390, height: 844 }],
    ] as const) {
      const { page, errors } = await openPage(
        game.browser,
        // The computer's plans are shown with the fog of war off (with it on, a player does not see them).
        `${game.server.url}?scenario=pacific-1941&side=allies&seed=intents&difficulty=history&fog=off`,
        viewport,
      );
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await waitForReady(page);
      // November 1941: the turn the historical plan sends the carriers to Hawaii.
      for (let i = 0; i < 5; i++) await endTurn(page);
      const intent = page.locator('.intents .intent[data-side="japan"]');
      await intent.waitFor();
      await expect(intent.locator('h3').textContent()).resolves.toBe(
        "Japan intended, following the real war's plan:",
      );
      const lines = await intent.locator('li').allTextContents();
      expect(lines).toContain('Decide: Strike south and attack Pearl Harbor.');
      expect(lines.some((l) => l.startsWith('Carrier raid into Hawaiian waters: Akagi, Kaga'))).toBe(true);
      // The intent comes first in the report, above what happened.
      const first = await page.locator('#report-heading ~ *').first().getAttribute('class');
      expect(first === 'intents' || first === 'report-picker').toBe(true);
      await intent.scrollIntoViewIfNeeded();
      await page.screenshot({ path: shot(name) });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('the computer thinks in a worker while the screen says "Japan is thinking…"; the game is the engine’s', async () => {
    const seed = 'thinking';
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=allies&seed=${seed}&difficulty=hard`,
    );
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForReady(page);
    await page.getByRole('button', { name: 'End turn' }).click();
    const thinking = page.locator('dialog.thinking');
    await thinking.waitFor();
    await expect(thinking.textContent()).resolves.toContain('Japan is thinking…');
    await page.waitForFunction(() => window.__pov?.state().turn === 2, null, { timeout: 120_000 });
    // Japan's turn was worked out in the worker, not on the page (which would have frozen meanwhile).
    await expect(page.evaluate(() => document.documentElement.dataset.computerWorkerAnswers)).resolves.toBe(
      '1',
    );
    const w = world('pacific-1941');
    const start = createGame(w, seed);
    const expected = resolveTurn(w, start, {
      japan: policyByName('hard')!.orders(w, start, 'japan'),
      allies: [],
    });
    expect(await state(page)).toEqual(expected.state);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('uses the same difficulty names on the start screen and in the replay viewer, old names included', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url);
    const options = await page.locator('#difficulty option').allTextContents();
    expect(options.slice(0, 3)).toEqual(['Easy', 'Normal', 'Hard']);
    // A replay recorded with the old name of the hard level, with an intent on its first turn.
    const replay = JSON.parse(readFileSync(join(ROOT, 'tests/golden/southern-oil-1942.replay.json'), 'utf8'));
    replay.players = { japan: 'adaptive:hard', allies: 'easy' };
    replay.turns[0].intents = [
      {
        side: 'japan',
        policy: 'commander:hard',
        operations: [
          {
            kind: 'invade',
            reason: 'oil',
            target: 'java',
            forces: ['sixteenth-army'],
            numbers: { transports: 40 },
          },
        ],
      },
    ];
    await page.setInputFiles('#import-replay-file', {
      name: 'old-names.replay.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(replay)),
    });
    await page.waitForFunction(() =>
      document.querySelector('.verify-status')?.textContent?.includes('replay exactly'),
    );
    const body = await page.locator('body').textContent();
    expect(body).toContain('Japan: computer (hard)');
    expect(body).toContain('Allies: computer (easy)');
    await page.getByRole('button', { name: 'Step forward one turn' }).click();
    const intent = page.locator('.replay-report .intent[data-side="japan"]');
    await intent.waitFor();
    await expect(intent.textContent()).resolves.toContain(
      'Take Java for its oil: 16th Army, with 40 transports.',
    );
    // The intent names the level that speaks, as the start screen and the player line do.
    await expect(intent.locator('h3').textContent()).resolves.toBe('Japan (computer, hard) intended:');
    expect(errors).toEqual([]);
    await page.close();
  });
});
