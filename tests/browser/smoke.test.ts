/**
 * Smoke test of the production build in Chromium: a link opens the small
 * scenario straight on the board (two players, hot-seat), Phaser draws it, and
 * End turn resolves a turn through the engine — with exactly the state the
 * engine computes in Node for the same seed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, type GameState, resolveTurn, type TurnReport } from '../../src/engine/index';
import { loadScenarioText } from '../../src/scenario/load';
import { endText as endWords } from '../../src/text/end-text';
import { reportNames } from '../../src/text/report-names';
import { changeText } from '../../src/text/stock-text';
import { useBuiltGame } from './built-game';
import { openPage, ROOT, screenshotPath, takeOver, waitForReady } from './harness';

const SEED = 'classroom';
const LINK = `?scenario=southern-oil-1942&side=both&seed=${SEED}`;

/** The same game, resolved in Node: what the browser must show. */
function expectedGame() {
  const loaded = loadScenarioText(readFileSync(join(ROOT, 'scenarios/southern-oil-1942.json'), 'utf8'));
  if (!loaded.ok) throw new Error(`the scenario does not load: ${JSON.stringify(loaded.problems)}`);
  const world = buildWorld(loaded.value);
  const start = createGame(world, SEED);
  const first = resolveTurn(world, start, { japan: [], allies: [] });
  return { world, start, afterOne: first.state, report: first.report };
}

/** "36,531" or "−1,669" → a number. */
function parseShown(text: string | null): number {
  return Number((text ?? '').replace(/,/g, '').replace('−', '-').trim());
}

const state = (page: Page) => page.evaluate(() => window.__pov?.state() as GameState);
const shownJapanOil = async (page: Page) =>
  parseShown(await page.getByTestId('stock-japan-oil').textContent());
const shownStatus = (page: Page) => page.locator('#turn-status').textContent();

/** Both hot-seat players end their turn without orders; Japan takes over again. */
async function playEmptyTurn(page: Page) {
  const turn = (await state(page)).turn;
  await page.getByRole('button', { name: 'End turn' }).click();
  await takeOver(page, 'Allies');
  await page.getByRole('button', { name: 'End turn' }).click();
  await page.waitForFunction((t) => window.__pov?.state().turn === t + 1, turn);
  if (!(await state(page)).outcome) await takeOver(page, 'Japan');
}

describe('the game in Chromium (production build)', () => {
  const game = useBuiltGame();
  const expected = expectedGame();

  it('a link opens the board at the start date, and End turn resolves a turn through the engine', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url + LINK);
    await takeOver(page, 'Japan');
    await waitForReady(page);

    // Phaser is running and has drawn into its canvas.
    await expect(page.locator('#board canvas').count()).resolves.toBe(1);
    const box = await page.locator('#board canvas').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(300);

    // The start of the game, on screen and in the state.
    expect(await shownStatus(page)).toBe('Turn 1 of 6 — January 1942');
    const before = await state(page);
    expect(before).toEqual(expected.start);
    expect(before.date).toBe('1942-01-01');
    expect(await shownJapanOil(page)).toBe(before.sides.japan.stocks.oil);
    await page.screenshot({ path: screenshotPath('smoke-1-start') });

    await playEmptyTurn(page);

    const after = await state(page);
    expect(after.turn).toBe(2);
    expect(after.date).toBe('1942-02-01');
    // Same seed, same orders: the browser's engine agrees with Node's to the last field.
    expect(after).toEqual(expected.afterOne);
    expect(await shownStatus(page)).toBe('Turn 2 of 6 — February 1942');
    expect(await shownJapanOil(page)).toBe(after.sides.japan.stocks.oil);
    expect(Number(after.sides.japan.stocks.oil)).toBeLessThan(Number(before.sides.japan.stocks.oil));

    // The report explains the oil: the before → after line and each cause.
    const oil = economyItem(expected.report, 'japan', 'oil');
    const report = page.getByRole('tabpanel', { name: 'What happened in January 1942' });
    const reportText = (await report.textContent()) ?? '';
    expect(reportText).toContain(`Oil ${fmt(oil.before)} → ${fmt(oil.after)}`);
    const names = reportNames(expected.world, expected.afterOne);
    for (const change of oil.changes) expect(reportText).toContain(changeText(change, names));
    await page.screenshot({ path: screenshotPath('smoke-2-after-one-turn') });

    expect(errors).toEqual([]);
    await page.close();
  });

  it('clicking an area on the map shows who holds it and its forces', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url + LINK);
    await takeOver(page, 'Japan');
    await waitForReady(page);
    const spot = await page.evaluate(() => {
      const p = window.__pov?.areaOnScreen('formosa');
      return p ? { x: p.x - window.scrollX, y: p.y - window.scrollY } : null;
    });
    expect(spot).not.toBeNull();
    await expect(page.evaluate(() => window.__pov?.areaOnScreen('no-such-area'))).resolves.toBeNull();
    await page.mouse.click(spot!.x, spot!.y);

    const details = page.locator('#area-details');
    await expect.poll(() => details.locator('h3').textContent()).toBe('Formosa');
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('held by Japan');
    for (const f of expected.start.forces.filter((f) => f.location === 'formosa'))
      expect(text).toContain(f.name);
    await expect(page.getByLabel('Choose an area').inputValue()).resolves.toBe('formosa');
    await page.screenshot({ path: screenshotPath('smoke-3-area-selected') });

    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a small classroom screen: map, date, stocks and End turn all visible', async () => {
    const viewport = { width: 1024, height: 640 };
    const { page, errors } = await openPage(game.browser, game.server.url + LINK, viewport);
    await takeOver(page, 'Japan');
    await waitForReady(page);
    for (const target of [
      page.getByRole('button', { name: 'End turn' }),
      page.locator('#turn-status'),
      page.getByTestId('stock-japan-oil'),
      page.locator('#board canvas'),
    ]) {
      const box = await target.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 0.5);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height + 0.5);
    }
    // Every area's centre is on the map.
    const board = (await page.locator('#board').boundingBox())!;
    const ids = expected.world.scenario.areas.map((a) => a.id);
    const points = await page.evaluate(
      (list) => list.map((id) => window.__pov?.areaOnScreen(id) ?? null),
      ids,
    );
    for (const p of points) {
      expect(p).not.toBeNull();
      expect(p!.x).toBeGreaterThan(board.x);
      expect(p!.x).toBeLessThan(board.x + board.width);
      expect(p!.y).toBeGreaterThan(board.y);
      expect(p!.y).toBeLessThan(board.y + board.height);
    }
    await page.screenshot({ path: screenshotPath('smoke-5-small-screen') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays to the last turn: the end screen shows the outcome and End turn is disabled', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url + LINK);
    await takeOver(page, 'Japan');
    await waitForReady(page);
    const lastTurn = expected.world.scenario.calendar.lastTurn;
    for (let turn = 1; turn <= lastTurn; turn++) await playEmptyTurn(page);
    const final = await state(page);
    expect(final.outcome?.kind).toBe('last-turn');
    const end = page.getByRole('dialog');
    await expect(end.isVisible()).resolves.toBe(true);
    const endText = (await end.textContent()) ?? '';
    const said = final.outcome ? endWords(final.outcome, expected.world.scenario) : '(no reason)';
    expect(endText.toLowerCase()).toContain(said.toLowerCase());
    expect(endText).toContain('What each side holds');
    await expect(end.getByRole('button', { name: /^After-action report/ }).isEnabled()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('smoke-4-end-screen') });
    await end.getByRole('button', { name: 'Look at the final board' }).click();
    await expect(page.getByRole('button', { name: 'End turn' }).isDisabled()).resolves.toBe(true);
    expect(await shownStatus(page)).toContain(`Game over after turn ${lastTurn} of ${lastTurn}`);
    expect(await shownJapanOil(page)).toBe(final.sides.japan.stocks.oil);
    await page.screenshot({ path: screenshotPath('smoke-4-game-over') });

    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});

function economyItem(report: TurnReport, side: string, resource: string) {
  const item = report.items.find((i) => i.kind === 'economy' && i.side === side && i.resource === resource);
  if (item?.kind !== 'economy') throw new Error(`no ${side} ${resource} line in the report`);
  return item;
}

function fmt(n: number): string {
  return n.toLocaleString('en-US').replace('-', '−');
}
