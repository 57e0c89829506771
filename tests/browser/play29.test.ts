/**
 * The twenty-ninth play-through's fixes, played as a student would: the Road to Tokyo as Japan
 * (seed p29-rtt) — the battleships at home sent to the Sea of Japan on the first turn, then every
 * turn ended to the last. The first report's shipping ledger must not give freighters and tankers
 * the same areas' tonnage as if each had lost it all, nor read the southern stock as what sailed;
 * the end screen must not say "The Allies win." above a verdict that says nobody reached the goal.
 * Screenshots in test-results/play29-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { RESULTS } from './harness';
import {
  closePlayer,
  endTurn,
  LAPTOP,
  openGame,
  openOrdersTab,
  openPlayer,
  openReplay,
  PHONE,
  shot,
  visibleText,
  waitForGame,
} from './play-kit';
import { playedReplay } from './played-replay';

const game = useBuiltGame();
const FILES = join(RESULTS, 'play29-files');

/** Ticks `forces` in `from` under Orders and sends them to `to`, as a student does. */
async function move(page: Page, from: string, forces: readonly string[], to: string) {
  await openOrdersTab(page);
  const summary = page.locator(`#panel-orders [data-key="group-${from}"]`);
  if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
  for (const f of forces) await page.locator(`#panel-orders [data-key="pick-${f}"]`).check();
  await page.locator(`[data-key="dest-${to}"]`).click();
  await page.locator('[data-key="confirm-move"]').click();
}

describe('play29: the Road to Tokyo as Japan, to the end', () => {
  it('the shipping ledger and the end screen agree with themselves (1366)', async () => {
    const player = await openGame(
      game.browser,
      `${game.server.url}?scenario=road-to-tokyo-1944&side=japan&seed=p29-rtt`,
      LAPTOP,
    );
    const { page, errors } = player;
    await move(
      page,
      'home-islands',
      ['fuso', 'yamashiro', 'ise', 'hyuga', 'home-destroyers'],
      'sea-of-japan',
    );
    await endTurn(page);

    await page.getByRole('tab', { name: /Report/ }).click();
    const report = await visibleText(page, '#panel-report');
    await shot(page, 'play29-rtt-ledger');
    // "−41 sunk by submarines (Celebes Sea 11, South China Sea 100)" under Merchant shipping and
    // "−70 sunk by submarines (Celebes Sea 11, South China Sea 100)" under Tankers: the areas' figures
    // were both kinds' together. Each kind's line now gives its own (oil29): they add up to the line,
    // unless the enemy sank more than was left of that kind, which the line says.
    const sunk = [...report.matchAll(/−([\d,]+) sunk by (submarines|aircraft|mines) \(([^)]*)\)/g)];
    expect(sunk.length).toBeGreaterThan(0);
    for (const [, amount, , areas] of sunk) {
      const [list = '', left] = (areas ?? '').split(': all the ');
      const figures = [...list.matchAll(/ ([\d,]+)(?:,|$)/g)].map((m) => Number(m[1]?.replace(/,/g, '')));
      const all = figures.reduce((a, b) => a + b, 0);
      const line = Number(amount?.replace(/,/g, ''));
      if (left === undefined) expect(all).toBe(line);
      else expect(all).toBeGreaterThan(line);
    }
    // "+500 shipped home from Sumatra (Palembang) 4,130 (the southern stock)" read as 4,130 shipped.
    expect(report).not.toMatch(/\d \(the southern stock\)/);
    expect(report).toMatch(
      /shipped home from the southern stock at Sumatra \(Palembang\) \([\d,]+ in store\)/,
    );

    for (let turn = 0; turn < 20; turn++) if (await endTurn(page)) break;
    const line = page.locator('dialog.end-screen .outcome-line');
    await line.waitFor();
    await shot(page, 'play29-rtt-end');
    const outcome = (await line.textContent()) ?? '';
    const verdict = (await page.locator('#end-verdict').textContent()) ?? '';
    expect(verdict).not.toBe('');
    // Before: "Japan's national will fell to 0 (breaking point 10). The Allies win." over "Neither
    // side has reached its goal." — the goals judge who won, and the verdict says it.
    expect(outcome).not.toMatch(/win\.$|wins\.$|has won\.$/);
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 900_000);
});

describe('play29: the Oil Clock after the withdrawal from southern Indochina', () => {
  it('says the income that begins in September covers the burn, not last month’s (1366)', async () => {
    const player = await openGame(
      game.browser,
      `${game.server.url}?scenario=oil-clock-1941&side=japan&seed=p29-withdraw`,
      LAPTOP,
    );
    const { page, errors } = player;
    await openOrdersTab(page);
    await page.getByRole('button', { name: 'Decide: Withdraw from southern Indochina' }).click();
    await endTurn(page);
    await endTurn(page);
    const tile = '#hud .tile:has([data-testid="stock-japan-oil"])';
    const title = (await page.locator(tile).getAttribute('title')) ?? '';
    // September 1941: nothing came in in August (the embargo), the imports begin again this month.
    expect(title).toContain('last month 0 came in, and');
    expect(title).toContain('more begins this month');
    const words = await visibleText(page, tile);
    await shot(page, 'play29-withdrawal-oil');
    // Before: "burns 2,296 this month · last month’s income covered it" beside "last month 0 came in".
    expect(words).not.toContain('last month’s income covered it');
    expect(words).toContain('this month’s income covers it');
    expect(title).toMatch(/With what begins this month the income is more than it burns: the stock grows\.$/);
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 300_000);
});

describe('play29: a branch started from the replay viewer on a phone', () => {
  it('opens the game at its top: the turn, the stocks and the map (390×844)', async () => {
    // The replay: two turns of the Southern Oil Run, exported as a student does at the end.
    const student = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=p29-branch`,
      LAPTOP,
      false,
      { acceptDownloads: true },
    );
    await waitForGame(student.page);
    for (let turn = 1; turn <= 2; turn++) await endTurn(student.page);
    await student.page.getByRole('button', { name: /^Save and share/ }).click();
    const [download] = await Promise.all([
      student.page.waitForEvent('download'),
      student.page.getByRole('button', { name: 'Export replay as a file' }).click(),
    ]);
    mkdirSync(FILES, { recursive: true });
    const file = join(FILES, 'southern-oil-two-turns.replay.json');
    await download.saveAs(file);
    await closePlayer(student);

    const teacher = await openReplay(game.browser, game.server.url, PHONE, file);
    const { page, errors } = teacher;
    await page.getByRole('button', { name: 'Go to the last turn' }).click();
    await page.getByRole('button', { name: /^Branch from here/ }).click();
    const start = page.locator('dialog[open]').getByRole('button', { name: 'Start the branch' });
    await start.scrollIntoViewIfNeeded();
    await start.click();
    await waitForGame(page);
    await shot(page, 'play29-branch-phone');
    // Before: the game kept the viewer's scroll, 1,300 px down in last turn's report.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const hud = await page.locator('#hud').boundingBox();
    expect(hud?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((hud?.y ?? 9999) + (hud?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
    expect(errors).toEqual([]);
    await closePlayer(teacher);
  }, 400_000);
});

describe('play29: the after-action report of a Road to Tokyo where no fleet sailed', () => {
  it('does not list the history notes among the moments that mattered most (1366)', async () => {
    // Five months of the Road to Tokyo with nobody giving orders, as a class's idle game would be.
    const file = playedReplay(
      FILES,
      'road-idle.replay.json',
      'road-to-tokyo-1944.json',
      'p29-aar',
      'pass',
      5,
    );

    const teacher = await openReplay(game.browser, game.server.url, LAPTOP, file);
    const { page, errors } = teacher;
    await page.getByRole('button', { name: 'After-action report' }).click();
    await page.locator('#aar-page').waitFor();
    const moments = await visibleText(page, '.aar-decisions');
    await shot(page, 'play29-aar-moments');
    // Before: "June 1944: The Philippine Sea: the 'Marianas Turkey Shoot' — History: … In this game
    // the Japanese fleet fights only if its player sends it." topped the list; no fleet sailed.
    expect(moments).not.toContain('Marianas Turkey Shoot');
    expect(moments).not.toContain('Leyte Gulf');
    // They stay in the timeline, with what really happened.
    expect(await visibleText(page, '#aar-page')).toContain('Marianas Turkey Shoot');
    expect(errors).toEqual([]);
    await closePlayer(teacher);
  }, 400_000);
});
