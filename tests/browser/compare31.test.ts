/**
 * compare31: a teacher can see whether a convoy-first war differed. Two grand campaigns on one seed,
 * Japan played as in history and by the perimeter (convoy-first) doctrine, the Allies as in history,
 * played in Node and brought as replay files. The compare view, the after-action report and class
 * results must show Japan's tonnage sunk by submarines, aircraft and mines and the oil shipped home,
 * and their figures must be the command line's batch figures (`japanShipping`, the same function the
 * CLI runs) for the same games. Screenshots in test-results/compare31-*.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import { playBatchJob, type RunResult } from '../../src/cli/batch-runs';
import { buildWorld } from '../../src/engine/index';
import { formatNumber } from '../../src/ui/kit/format';
import { loadScenario } from '../support/scenarios';
import { useBuiltGame } from './built-game';
import { RESULTS, ROOT } from './harness';
import { closePlayer, LAPTOP, openPlayer, openReplay, PHONE, type Screen, shot, WIDE } from './play-kit';

const game = useBuiltGame();
const FILES = join(RESULTS, 'compare31-files');
const SEED = 'compare31';
const SCENARIO = 'pacific-1941.json';
const JAPAN = { a: 'historical', b: 'doctrine:perimeter' } as const;
const FIGURES = ['sunkBySubmarines', 'sunkByAircraft', 'sunkByMines', 'oilDelivered'] as const;

/** The whole war with `japan`'s policy for Japan and the Allies as in history, written as a replay file. */
function playedWar(name: string, japan: string): string {
  const j = policyByName(japan);
  const allies = policyByName('historical');
  if (!j || !allies) throw new Error('no such policy');
  const { replay } = autoplay(buildWorld(loadScenario(SCENARIO)), SEED, { japan: j, allies });
  mkdirSync(FILES, { recursive: true });
  const file = join(FILES, name);
  writeFileSync(file, JSON.stringify(replay));
  return file;
}

/** The command line's batch, one game: the figures `batch --json` prints for this seed and these players. */
function batchRun(japan: string): RunResult {
  const scenarioText = readFileSync(join(ROOT, 'scenarios', SCENARIO), 'utf8');
  const [run] = playBatchJob({ scenarioText, whatIf: null, seeds: [SEED], japan, allies: 'historical' });
  if (!run) throw new Error('no run');
  return run;
}

/** The whole game's sum of a figure over the batch's years. */
const total = (run: RunResult, f: (typeof FIGURES)[number]) =>
  Object.values(run.japanShipping).reduce((n, y) => n + y[f], 0);

let files: { a: string; b: string };
let runs: { a: RunResult; b: RunResult };

beforeAll(() => {
  files = { a: playedWar('historical.replay.json', JAPAN.a), b: playedWar('perimeter.replay.json', JAPAN.b) };
  runs = { a: batchRun(JAPAN.a), b: batchRun(JAPAN.b) };
  // The two wars must differ in what the test reads, or it could not tell one game's column from the other's.
  expect(runs.a.japanShipping['1943']?.sunkBySubmarines).not.toBe(
    runs.b.japanShipping['1943']?.sunkBySubmarines,
  );
}, 120_000);

/** The shipping table's cell for a year (or "total"), a game ("Game A", or none) and a figure. */
async function cell(
  page: Page,
  scope: string,
  year: string,
  g: string | null,
  figure: string,
): Promise<string> {
  const row = `${scope} .shipping-table tr[data-year="${year}"]${g ? `[data-game="${g}"]` : ''}`;
  return ((await page.locator(`${row} td[data-figure="${figure}"]`).textContent()) ?? '').trim();
}

async function compare(screen: Screen) {
  const player = await openPlayer(game.browser, game.server.url, screen, screen === PHONE);
  const { page } = player;
  await page.setInputFiles('#compare-replay-files', [files.a, files.b]);
  await page.locator('#compare-view .shipping-table').waitFor({ timeout: 180_000 });
  return player;
}

describe('compare31: the shipping war of two games, side by side', () => {
  it('the compare view charts and tabulates ships sunk by cause and oil shipped home, as the CLI counts them (1366)', async () => {
    const player = await compare(LAPTOP);
    const { page, errors } = player;
    // A chart for each figure, in plain words with its unit.
    for (const [id, words] of [
      ['sunkBySubmarines', 'Ships sunk by submarines (thousand gross tons a month)'],
      ['sunkByAircraft', 'Ships sunk by aircraft (thousand gross tons a month)'],
      ['sunkByMines', 'Ships sunk by mines (thousand gross tons a month)'],
      ['oilDelivered', 'Oil shipped home (thousand barrels a month)'],
    ] as const) {
      const caption = await page.locator(`[data-chart="compare-japan-${id}"] figcaption`).textContent();
      expect(caption).toBe(words);
    }
    // Every year of both games, every figure: the batch's japanShipping.
    for (const [g, run] of [
      ['Game A', runs.a],
      ['Game B', runs.b],
    ] as const) {
      for (const [year, sums] of Object.entries(run.japanShipping))
        for (const f of FIGURES)
          expect(await cell(page, '#compare-view', year, g, f), `${g} ${year} ${f}`).toBe(
            formatNumber(sums[f]),
          );
      for (const f of FIGURES)
        expect(await cell(page, '#compare-view', 'total', g, f), `${g} total ${f}`).toBe(
          formatNumber(total(run, f)),
        );
    }
    await page.locator('#compare-view .shipping-war').scrollIntoViewIfNeeded();
    await shot(page, 'compare31-compare-1366');
    await page.locator('[data-chart="compare-japan-sunkBySubmarines"]').scrollIntoViewIfNeeded();
    await shot(page, 'compare31-compare-charts-1366');
    // Where the two games agree, game B's dashes lie on game A's line: A is drawn wider, so it shows on
    // both sides of the dashes (play31: the solid line vanished under them).
    const width = (style: string) =>
      page
        .locator(`[data-chart="compare-japan-sunkBySubmarines"] .line-${style}`)
        .evaluate((e) => Number.parseFloat(getComputedStyle(e).strokeWidth));
    expect(await width('a')).toBeGreaterThan(await width('b'));
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 400_000);

  it('on a wide screen and on a phone the table is there to read (1920, 390×844)', async () => {
    for (const [screen, name] of [
      [WIDE, '1920'],
      [PHONE, 'phone'],
    ] as const) {
      const player = await compare(screen);
      const { page, errors } = player;
      expect(await cell(page, '#compare-view', '1944', 'Game B', 'sunkByAircraft')).toBe(
        formatNumber(runs.b.japanShipping['1944']!.sunkByAircraft),
      );
      await page.locator('#compare-view .shipping-war').scrollIntoViewIfNeeded();
      await shot(page, `compare31-compare-${name}`);
      await page.locator('[data-chart="compare-japan-sunkBySubmarines"]').scrollIntoViewIfNeeded();
      await shot(page, `compare31-compare-charts-${name}`);
      // The page is no wider than the screen.
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide).toBeLessThanOrEqual(screen.width);
      // And the year table's six columns fit in its box, none hidden to the right.
      const box = await page.evaluate(() => {
        const wrap = document.querySelector('#compare-view .shipping-war .table-wrap') as HTMLElement;
        return { client: wrap.clientWidth, scroll: wrap.scrollWidth };
      });
      expect(box.scroll, name).toBeLessThanOrEqual(box.client);
      expect(errors).toEqual([]);
      await closePlayer(player);
    }
  }, 600_000);
});

describe('compare31: one game’s after-action report', () => {
  it('has the year-by-year shipping war of the convoy-first game, as the CLI counts it (1366)', async () => {
    const teacher = await openReplay(game.browser, game.server.url, LAPTOP, files.b);
    const { page, errors } = teacher;
    await page.getByRole('button', { name: 'After-action report' }).click();
    await page.locator('#aar-page .shipping-table').waitFor();
    expect(await page.locator('#aar-page [data-chart="japan-oilDelivered"] figcaption').textContent()).toBe(
      'Oil shipped home (thousand barrels a month)',
    );
    for (const [year, sums] of Object.entries(runs.b.japanShipping))
      for (const f of FIGURES)
        expect(await cell(page, '#aar-page', year, null, f), `${year} ${f}`).toBe(formatNumber(sums[f]));
    await page.locator('#aar-page .shipping-war').scrollIntoViewIfNeeded();
    await shot(page, 'compare31-aar-1366');
    expect(errors).toEqual([]);
    await closePlayer(teacher);
  }, 400_000);
});

describe('compare31: class results line up the class’s wars', () => {
  // The shipping table's row of a file (the games' table above has the same file in `data-file`).
  const column = async (page: Page, file: string, label: string) =>
    (
      (await page.locator(`tr[data-shipping-file="${file}"] td[data-label="${label}"]`).textContent()) ?? ''
    ).trim();

  for (const [screen, name] of [
    [LAPTOP, '1366'],
    [WIDE, '1920'],
    [PHONE, 'phone'],
  ] as const) {
    it(`shows merchant ships and tankers left, tonnage sunk and oil shipped home, as the CLI counts them (${name})`, async () => {
      const player = await openPlayer(game.browser, game.server.url, screen, screen === PHONE);
      const { page, errors } = player;
      await page.getByRole('button', { name: /^Class results/ }).click();
      await page.getByRole('heading', { name: 'Class results', level: 1 }).waitFor();
      await page.setInputFiles('#load-replays', [files.a, files.b]);
      await page.waitForFunction(
        () => document.querySelectorAll('.class-table .verified').length === 2,
        null,
        {
          timeout: 180_000,
        },
      );
      for (const [file, run] of [
        ['historical.replay.json', runs.a],
        ['perimeter.replay.json', runs.b],
      ] as const) {
        const expected: Record<string, number> = {
          'Merchant ships left (thousand GT)': run.stocks.japan.merchant!,
          'Tankers left (thousand GT)': run.stocks.japan.tankers!,
          'Ships sunk by submarines (thousand GT)': total(run, 'sunkBySubmarines'),
          'Ships sunk by aircraft (thousand GT)': total(run, 'sunkByAircraft'),
          'Ships sunk by mines (thousand GT)': total(run, 'sunkByMines'),
          'All ships sunk (thousand GT)':
            total(run, 'sunkBySubmarines') + total(run, 'sunkByAircraft') + total(run, 'sunkByMines'),
          'Oil shipped home (thousand bbl)': total(run, 'oilDelivered'),
        };
        for (const [label, value] of Object.entries(expected))
          expect(await column(page, file, label), `${file}: ${label}`).toBe(formatNumber(value));
      }
      // The page draws its table again as the computer's games come in: scrolled to, not held.
      await page.evaluate(() => document.querySelector('.class-group')?.scrollIntoView());
      await shot(page, `compare31-class-${name}`, screen === PHONE ? { fullPage: true } : {});
      expect(errors).toEqual([]);
      await closePlayer(player);
    }, 400_000);
  }
});
