/**
 * Class results, as a teacher uses it: genuine replays made by the engine
 * (the same games `npm run cli -- simulate … --out` writes) are loaded at
 * once with Load replays, one more is pasted as a replay link, and one has
 * been tampered with. Each is verified in a worker: the genuine games are
 * listed with their outcome, end date and figures, grouped by scenario; the
 * tampered one is flagged with the turn that does not replay; a file that is
 * not a replay is named. The charts (how the games ended, who won) fill in
 * with the computer's own games played in the browser, and the CSV export
 * holds every row. Screenshots at
 * 1366×768, 1920×1080 and 390×844.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import { buildWorld } from '../../src/engine/index';
import { type Replay, replayToFragment, verifyReplay } from '../../src/replay/index';
import { loadScenario } from '../support/scenarios';
import { useBuiltGame } from './built-game';
import { openPage, RESULTS, screenshotPath } from './harness';

const game = useBuiltGame();
const FILES = join(RESULTS, 'class-results-files');

function play(file: string, seed: string, players: Replay['players'], maxTurns?: number): Replay {
  const world = buildWorld(loadScenario(file));
  const historical = policyByName('historical')!;
  const { replay } = autoplay(
    world,
    seed,
    { japan: historical, allies: historical },
    maxTurns ? { maxTurns } : {},
  );
  // The engine played both sides; the file says who sat at the keyboard, as a student's export does.
  return { ...replay, players };
}

const student = { japan: 'human', allies: 'adaptive' } as const;
let files: string[] = [];
let link = '';
let tamperedTurn = 0;

beforeAll(() => {
  mkdirSync(FILES, { recursive: true });
  const write = (name: string, value: unknown) => {
    const path = join(FILES, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    return path;
  };
  const games = {
    maria: play('southern-oil-1942.json', 'class-7', student),
    tom: play('southern-oil-1942.json', 'class-8', { japan: 'adaptive', allies: 'human' }),
    ana: play('southern-oil-1942.json', 'class-9', student, 3),
    li: play('midway-1942.json', 'class-7', student),
  };
  // Every genuine game verifies in Node too.
  for (const [who, r] of Object.entries(games)) {
    const world = buildWorld(loadScenario(`${r.scenario.id}.json`));
    expect(verifyReplay(world, r).ok, who).toBe(true);
  }
  // A copy of Maria's game with a changed turn: what a student hoping for a better ending might send.
  const tampered = structuredClone(games.maria) as Replay;
  tamperedTurn = 2;
  const t = tampered.turns[tamperedTurn - 1]!;
  t.hash = t.hash.replace(/^./, (c) => (c === '0' ? '1' : '0'));
  files = [
    write('maria.replay.json', games.maria),
    write('tom.replay.json', games.tom),
    write('ana.replay.json', games.ana),
    write('li.replay.json', games.li),
    write('sam.replay.json', tampered),
    write('notes.txt.json', '{"hello": "this is not a replay"}'),
  ];
  const packed = replayToFragment(play('southern-oil-1942.json', 'class-10', student));
  if (!packed.ok) throw new Error(packed.message);
  link = `https://example.org/price-of-victory/#${packed.fragment}`;
});

async function openClassResults(page: Page) {
  await page.getByRole('button', { name: /^Class results/ }).click();
  await page.getByRole('heading', { name: 'Class results', level: 1 }).waitFor();
}

const row = (page: Page, file: string) => page.locator(`tr[data-file="${file}"]`);

describe('class results', () => {
  it('verifies a class’s replays in a worker, flags a tampered one, charts and exports the results', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url, { width: 1366, height: 768 });
    await openClassResults(page);
    await expect(page.locator('.class-empty').isVisible()).resolves.toBe(true);
    await page.setInputFiles('#load-replays', files);
    await page.getByLabel('Or paste replay links').fill(`${link}\n`);
    await page.getByRole('button', { name: 'Add the pasted replay links' }).click();

    // Every game is checked (none left "checking…") and the computer's 20 games are played.
    await page.waitForFunction(() => !document.querySelector('.class-table .checking'), null, {
      timeout: 90_000,
    });
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('.computer-progress')].every((p) =>
          p.textContent?.startsWith('The computer played 20 games'),
        ),
      null,
      { timeout: 120_000 },
    );
    const status = await page.locator('.class-status').textContent();
    expect(status).toContain('7 replays loaded');
    expect(status).toContain('5 verified');
    expect(status).toContain('2 do not verify');

    // Grouped by scenario: the southern oil games, the Midway game, and the file that is not a replay.
    const headings = await page.locator('.class-group h2').allTextContents();
    expect(headings).toEqual([
      'The Southern Oil Run, 1942',
      'Midway, 1942: the code and the carriers',
      'Files that are not replays',
    ]);
    const southern = page.locator('.class-group').first();
    await expect(southern.locator('tbody tr[data-file]').count()).resolves.toBe(5);

    for (const file of ['maria.replay.json', 'tom.replay.json', 'ana.replay.json', 'pasted link 7']) {
      await expect(row(page, file).locator('.verified').count(), file).resolves.toBe(1);
    }
    const maria = await row(page, 'maria.replay.json').textContent();
    expect(maria).toContain('a student');
    expect(maria).toContain('computer (normal)');
    expect(maria).toContain('class-7');
    expect(maria).toMatch(/Last turn reached|Japan surrenders|Japan collapses|Negotiated peace/);
    expect(maria).toMatch(/of \d+$/); // areas Japan holds
    await expect(row(page, 'ana.replay.json').textContent()).resolves.toContain(
      'Not finished (after turn 3)',
    );
    await expect(row(page, 'sam.replay.json').textContent()).resolves.toContain('⚠ not verified');
    const sam = await page.locator('tr[data-why-for="sam.replay.json"]').textContent();
    expect(sam).toContain('⚠ sam.replay.json does not verify');
    expect(sam).toContain(`turn ${tamperedTurn} does not come out the same when it is played again`);
    expect(sam).toContain('the file was changed after the game');
    expect(sam).toContain('does not replay the same'); // the exact check, for whoever wants it
    await expect(row(page, 'notes.txt.json').textContent()).resolves.toContain('not a replay');

    // The chart: the class's verified games next to the computer's 20.
    const chart = southern.locator('[data-chart="outcomes"]');
    const classShares = await chart
      .locator('.bar-row:has(.bar-who:text-is("Class")) .bar-value')
      .allTextContents();
    expect(classShares.filter((t) => t !== '–').some((t) => / of 4 /.test(t))).toBe(true);
    const computerShares = await chart
      .locator('.bar-row:has(.bar-who:text-is("Computer")) .bar-value')
      .allTextContents();
    expect(computerShares.some((t) => / of 20 /.test(t))).toBe(true);

    // Who won, as a teacher reads it: each verdict's name, then the class's games and the computer's
    // written out. Only verdicts that were given are listed, in order from Japan's best to the Allies'.
    const readWinners = (card: typeof southern) =>
      card.locator('[data-chart="winners"] .outcome-bars').evaluateAll((rows) =>
        rows.map((r) => {
          const value = (who: string) =>
            [...r.querySelectorAll('.bar-row')]
              .find((b) => b.querySelector('.bar-who')?.textContent === who)
              ?.querySelector('.bar-value')?.textContent ?? '';
          return {
            name: r.querySelector('.outcome-name')?.textContent ?? '',
            class: value('Class'),
            computer: value('Computer'),
          };
        }),
      );
    const order = [
      'A decisive Japanese victory',
      'A marginal Japanese victory',
      'Neither side has reached its goal',
      'A marginal Allied victory',
      'A decisive Allied victory',
      'Not finished',
    ];
    const count = (text: string, of: number) => {
      const m = new RegExp(`^(\\d+) of ${of} \\((\\d+)%\\)$`).exec(text);
      expect(m, text).not.toBeNull();
      expect(Number(m![2])).toBe(Math.round((Number(m![1]) * 100) / of));
      return Number(m![1]);
    };
    await expect(southern.locator('[data-chart="winners"] figcaption').textContent()).resolves.toMatch(
      /^Who won/,
    );
    const winners = await readWinners(southern);
    expect(winners.length).toBeGreaterThan(0);
    const names = winners.map((w) => w.name);
    expect(names).toEqual(order.filter((n) => names.includes(n)));
    // The class's four verified games (Ana's, unfinished, has no verdict) and the computer's twenty, each counted once.
    expect(winners.reduce((n, w) => n + count(w.class, 4), 0)).toBe(4);
    expect(winners.reduce((n, w) => n + count(w.computer, 20), 0)).toBe(20);
    expect(count(winners.find((w) => w.name === 'Not finished')?.class ?? '', 4)).toBe(1);
    // Maria's verdict, as her row says it, is a row of the chart with her game counted in it.
    const mariaVerdict =
      /: (A (decisive|marginal) (Japanese|Allied) victory|Neither side has reached its goal)/.exec(
        maria ?? '',
      )?.[1];
    expect(mariaVerdict, maria ?? '').toBeTruthy();
    expect(count(winners.find((w) => w.name === mariaVerdict)?.class ?? '', 4)).toBeGreaterThan(0);

    // Midway: Li's game and the computer's twenty all reached their last turn, so "How the games ended" is one line.
    const midway = page.locator('.class-group').nth(1);
    const ended = midway.locator('[data-chart="outcomes"]');
    await expect(ended.textContent()).resolves.toMatch(
      /^How the games ended: Every game reached its last turn\. \(the class's 1 verified game and the computer's 20\)$/,
    );
    await expect(ended.locator('.bar-row').count()).resolves.toBe(0);
    const midwayWinners = await readWinners(midway);
    expect(midwayWinners.reduce((n, w) => n + count(w.class, 1), 0)).toBe(1);
    expect(midwayWinners.reduce((n, w) => n + count(w.computer, 20), 0)).toBe(20);

    for (const [name, size] of [
      ['class-results-1366x768', { width: 1366, height: 768 }],
      ['class-results-1920x1080', { width: 1920, height: 1080 }],
      ['class-results-390x844', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(size);
      await page.screenshot({ path: screenshotPath(name), fullPage: true });
      // The two charts close up (the full page of a phone is too tall to read them on).
      await midway.locator('.class-charts').screenshot({ path: screenshotPath(`${name}-charts`) });
    }
    await page.setViewportSize({ width: 1366, height: 768 });

    // CSV: a header and one line per replay, the tampered one marked as not verified with why.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Export the table as CSV/ }).click(),
    ]);
    const csvPath = join(FILES, 'class.csv');
    await download.saveAs(csvPath);
    const lines = readFileSync(csvPath, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('scenario,what-if,file,seed');
    expect(lines).toHaveLength(1 + 7);
    expect(lines.find((l) => l.includes('sam.replay.json'))).toMatch(/,no,.*does not come out the same/);
    expect(lines.find((l) => l.includes('maria.replay.json'))).toContain(',yes,');
    // Its verdict as her row and the chart say it, and its winner the verdict's (not the engine's "draw" of a last turn).
    const winner = mariaVerdict!.includes('Japanese')
      ? 'japan'
      : mariaVerdict!.includes('Allied')
        ? 'allies'
        : 'draw';
    expect(lines.find((l) => l.includes('maria.replay.json'))).toContain(`,${winner},${mariaVerdict},`);

    // Back to the start screen.
    await page.getByRole('button', { name: 'Back to the start screen' }).click();
    await page.getByRole('button', { name: 'Start the game' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('numbers a link pasted while the files are still loading after them, and keeps text with no link', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url, { width: 1366, height: 768 });
    // The scenario files download slowly, as on a school's network: the files are still being read when the
    // teacher pastes the link. (It used to take the number "pasted link 2" and the files counted past it.)
    await page.route(/\/assets\/(southern-oil|midway)-1942-[^/]*\.json$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await openClassResults(page);
    const box = page.getByLabel('Or paste replay links');
    await box.fill('a note, not a link');
    await page.getByRole('button', { name: 'Add the pasted replay links' }).click();
    await expect(page.locator('.class-status').textContent()).resolves.toContain('No replay link found');
    await expect(box.inputValue()).resolves.toBe('a note, not a link');

    await page.setInputFiles('#load-replays', files);
    await box.fill(`${link}\n`);
    await page.getByRole('button', { name: 'Add the pasted replay links' }).click();
    await expect(box.inputValue()).resolves.toBe('');
    await page.waitForFunction(() =>
      /7 replays loaded/.test(document.querySelector('.class-status')?.textContent ?? ''),
    );
    await page.waitForFunction(() => !document.querySelector('.class-table .checking'), null, {
      timeout: 90_000,
    });
    await expect(row(page, 'pasted link 7').locator('.verified').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
