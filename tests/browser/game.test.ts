/**
 * The grand campaign in Chromium, as a player meets it: started from the
 * start screen and from a link, orders given with the mouse and with the
 * keyboard alone, several turns ended — each time the browser must show the
 * state and report the engine computes in Node for the same seed and orders —
 * the hot-seat hand-over, the autosave and Continue, and watching the
 * computer play. No console errors anywhere; screenshots in test-results/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { policyByName } from '../../src/ai/registry';
import {
  buildWorld,
  createGame,
  type GameState,
  type Order,
  resolveTurn,
  sortieOil,
  type TurnReport,
  type World,
} from '../../src/engine/index';
import { loadScenarioText } from '../../src/scenario/load';
import { reportNames } from '../../src/text/report-names';
import { intelligenceText } from '../../src/text/report-text';
import { changeText } from '../../src/text/stock-text';
import { useBuiltGame } from './built-game';
import { clickArea, openPage, ROOT, screenshotPath, takeOver, waitForReady } from './harness';

const SEED = 'test-seed';
const LINK = `?scenario=pacific-1941&side=japan&seed=${SEED}`;

function grandCampaign(): World {
  const loaded = loadScenarioText(readFileSync(join(ROOT, 'scenarios/pacific-1941.json'), 'utf8'));
  if (!loaded.ok) throw new Error(`pacific-1941 does not load: ${JSON.stringify(loaded.problems)}`);
  return buildWorld(loaded.value);
}

/** The next turn as the browser plays it: Japan's orders as given, the Allies' from the computer (normal). */
function nextTurn(world: World, state: GameState, japan: Order[]) {
  const allies = policyByName('normal')!.orders(world, state, 'allies');
  return resolveTurn(world, state, { japan, allies });
}

const state = (page: Page) => page.evaluate(() => window.__pov?.state() as GameState);
const orders = (page: Page) => page.evaluate(() => window.__pov?.orders() as Order[]);
const fmt = (n: number) => n.toLocaleString('en-US').replace('-', '−');

/** Ends the turn and waits for the engine to resolve it. */
async function endTurn(page: Page) {
  const turn = (await state(page)).turn;
  await page.getByRole('button', { name: 'End turn' }).click();
  await page.waitForFunction((t) => window.__pov?.state().turn === t + 1, turn, { timeout: 60_000 });
}

function oilLine(report: TurnReport, side: 'japan' | 'allies') {
  const item = report.items.find((i) => i.kind === 'economy' && i.side === side && i.resource === 'oil');
  if (item?.kind !== 'economy') throw new Error(`no ${side} oil line in the report`);
  return item;
}

describe('the grand campaign in Chromium (production build)', () => {
  const game = useBuiltGame();
  const world = grandCampaign();

  it('starts as Japan from the start screen, and the same game from its link', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url);
    await expect(page.getByRole('heading', { name: 'Price of Victory' }).isVisible()).resolves.toBe(true);
    await page.getByRole('radio', { name: /The Price of Victory: the Pacific War/ }).check();
    await page.getByRole('radio', { name: /^Japan/ }).check();
    await page.getByLabel('Seed', { exact: true }).fill(SEED);
    await page.getByLabel('Computer player').selectOption('normal');
    const link = await page.getByLabel('Link that starts this game (for a class)').inputValue();
    expect(link).toContain('scenario=pacific-1941');
    expect(link).toContain('side=japan');
    expect(link).toContain(`seed=${SEED}`);
    await page.screenshot({ path: screenshotPath('game-1-start-screen') });
    await page.getByRole('button', { name: 'Start the game' }).click();
    await waitForReady(page);
    expect(await page.locator('#turn-status').textContent()).toBe('Turn 1 of 57 — July 1941');
    expect(await state(page)).toEqual(createGame(world, SEED));
    await page.screenshot({ path: screenshotPath('game-2-board') });
    expect(errors).toEqual([]);
    await page.close();

    const fromLink = await openPage(game.browser, link);
    await waitForReady(fromLink.page);
    expect(await state(fromLink.page)).toEqual(createGame(world, SEED));
    expect(await fromLink.page.locator('#playing-as').textContent()).toContain('You play Japan');
    expect(fromLink.errors).toEqual([]);
    await fromLink.page.close();
  });

  it('gives orders with the mouse, shows their cost, and three turns match the engine in Node', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url + LINK);
    await waitForReady(page);
    let expected = createGame(world, SEED);

    // Pick two carriers in the Home Islands on the map and send them to the Philippine Sea.
    await clickArea(page, 'home-islands');
    const area = page.getByRole('tabpanel', { name: 'Area' });
    await area.getByRole('checkbox', { name: /Akagi/ }).check();
    await area.getByRole('checkbox', { name: /Kaga/ }).check();
    const composer = page.locator('#composer');
    await expect(composer.getByRole('button', { name: /Philippine Sea/ }).isVisible()).resolves.toBe(true);
    await clickArea(page, 'philippine-sea');
    const preview = composer.getByRole('region', { name: 'Move to Philippine Sea' });
    const cost = ['akagi', 'kaga'].reduce(
      (n, id) => n + sortieOil(world, expected.forces.find((f) => f.id === id)!),
      0,
    );
    await expect(preview.textContent()).resolves.toContain(`${fmt(cost)} thousand barrels of oil`);
    await expect(preview.textContent()).resolves.toContain('Risk');
    await page.screenshot({ path: screenshotPath('game-3-order-preview') });
    await preview.getByRole('button', { name: 'Confirm order' }).click();

    // A decision is an order too.
    await page.getByRole('tab', { name: /Orders/ }).click();
    await page.getByRole('button', { name: 'Decide: Keep negotiating' }).click();
    const given: Order[] = [
      { type: 'move', force: 'akagi', to: 'philippine-sea' },
      { type: 'move', force: 'kaga', to: 'philippine-sea' },
      { type: 'choose', choice: 'negotiate' },
    ];
    expect(await orders(page)).toEqual(given);
    const list = page.getByRole('region', { name: "Japan's orders this turn" });
    await expect(list.getByRole('listitem').count()).resolves.toBe(3);
    await expect(page.locator('#end-turn-hint').textContent()).resolves.toContain(
      `sorties burn ${fmt(cost)} oil`,
    );
    await page.screenshot({ path: screenshotPath('game-4-orders') });

    for (let turn = 1; turn <= 3; turn++) {
      const result = nextTurn(world, expected, turn === 1 ? given : []);
      await endTurn(page);
      expected = result.state;
      const shown = await state(page);
      expect(shown).toEqual(expected);
      expect(await page.getByTestId('stock-japan-oil').textContent()).toBe(
        fmt(expected.sides.japan.stocks.oil ?? 0),
      );
      const month = new Date(`${expected.date}T00:00:00Z`).toLocaleString('en-GB', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(await page.locator('#turn-status').textContent()).toBe(`Turn ${turn + 1} of 57 — ${month}`);
      const oil = oilLine(result.report, 'japan');
      const report = page.getByRole('tabpanel', { name: /^What happened in/ });
      const text = (await report.textContent()) ?? '';
      expect(text).toContain(`Oil ${fmt(oil.before)} → ${fmt(oil.after)}`);
      const names = reportNames(world, result.state);
      for (const change of oil.changes) expect(text).toContain(changeText(change, names));
      for (const item of result.report.items) if (item.kind === 'event') expect(text).toContain(item.title);
      // Japan plays: the Allies' code-breaking stays secret.
      for (const item of result.report.items)
        if (item.kind === 'intelligence') expect(text).not.toContain(intelligenceText(item, names.area));
    }
    await page.screenshot({ path: screenshotPath('game-5-report') });

    // A report item shows its place: the map pans there and the area is selected.
    const report = page.getByRole('tabpanel', { name: /^What happened in/ });
    await report.getByRole('combobox', { name: 'Earlier reports' }).selectOption({ index: 0 });
    await report.getByRole('button', { name: 'Show Philippine Sea on the map' }).first().click();
    await page.waitForTimeout(700);
    const board = (await page.locator('#board').boundingBox())!;
    const p = (await page.evaluate(() => window.__pov?.areaOnScreen('philippine-sea')))!;
    expect(Math.abs(p.x - (board.x + board.width / 2))).toBeLessThan(40);
    expect(Math.abs(p.y - (board.y + board.height / 2))).toBeLessThan(40);
    await page.screenshot({ path: screenshotPath('game-5b-report-place') });
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('can be played with the keyboard alone', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url + LINK);
    await waitForReady(page);
    const key = (k: string) => page.keyboard.press(k);

    // The map pans and zooms from the keyboard.
    const spread = async () =>
      page.evaluate(() => {
        const a = window.__pov?.areaOnScreen('home-islands');
        const b = window.__pov?.areaOnScreen('formosa');
        return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
      });
    const before = await spread();
    await page.locator('#board').focus();
    await key('+');
    expect(await spread()).toBeGreaterThan(before * 1.2);
    const x0 = (await page.evaluate(() => window.__pov?.areaOnScreen('formosa')))!.x;
    await key('ArrowLeft');
    expect((await page.evaluate(() => window.__pov?.areaOnScreen('formosa')))!.x).toBeGreaterThan(x0);
    await key('0');

    // Orders tab → open the Formosa group → tick a force → choose a destination → confirm.
    await page.getByRole('tab', { name: /Orders/ }).focus();
    await key('Enter');
    await page.locator('summary[data-key="group-formosa"]').focus();
    await key('Enter');
    await page.getByRole('checkbox', { name: /14th Army/ }).focus();
    await key('Space');
    const destination = page.locator('#composer').getByRole('button', { name: /^South China \(Canton\)/ });
    await destination.focus();
    await key('Enter');
    // The confirm button has the focus now.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Confirm order');
    await key('Enter');
    expect(await orders(page)).toEqual([{ type: 'move', force: 'fourteenth-army', to: 'south-china' }]);
    await page.screenshot({ path: screenshotPath('game-6-keyboard-order') });

    // Cancel it again from the order list, then end the turn with the keyboard.
    await page.getByRole('button', { name: /Cancel order 1/ }).focus();
    await key('Enter');
    expect(await orders(page)).toEqual([]);
    await page.getByRole('button', { name: 'End turn' }).focus();
    await key('Enter');
    await page.waitForFunction(() => window.__pov?.state().turn === 2, null, { timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hot-seat: the hand-over screen hides one player’s orders from the other', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=both&seed=${SEED}`,
    );
    const dialog = page.getByRole('dialog');
    await expect(dialog.textContent()).resolves.toContain('Two players share this screen');
    await page.screenshot({ path: screenshotPath('game-7-handover-first') });
    await takeOver(page, 'Japan');
    await waitForReady(page);

    await clickArea(page, 'home-islands');
    await page.getByRole('tabpanel', { name: 'Area' }).getByRole('checkbox', { name: /Akagi/ }).check();
    await page
      .locator('#composer')
      .getByRole('button', { name: /Philippine Sea/ })
      .click();
    await page.getByRole('button', { name: 'Confirm order' }).click();
    const japan: Order[] = [{ type: 'move', force: 'akagi', to: 'philippine-sea' }];
    expect(await orders(page)).toEqual(japan);

    await page.getByRole('button', { name: 'End turn' }).click();
    await expect(dialog.textContent()).resolves.toContain('orders are in and hidden');
    await page.screenshot({ path: screenshotPath('game-8-handover-to-allies') });
    expect(await state(page)).toEqual(createGame(world, SEED)); // nothing resolved yet
    await takeOver(page, 'Allies');
    expect(await page.evaluate(() => window.__pov?.viewer())).toBe('allies');
    expect(await orders(page)).toEqual([]);
    await page.getByRole('tab', { name: /Orders/ }).click();
    const panel = page.getByRole('tabpanel', { name: /Orders/ });
    await expect(panel.textContent()).resolves.toContain('No orders yet');
    await expect(panel.textContent()).resolves.not.toContain('Akagi: Home Islands');
    await expect(page.getByTestId('stock-allies-oil').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('stock-japan-oil').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'End turn' }).click();
    await page.waitForFunction(() => window.__pov?.state().turn === 2);
    expect(await state(page)).toEqual(
      resolveTurn(world, createGame(world, SEED), { japan, allies: [] }).state,
    );
    await expect(dialog.textContent()).resolves.toContain('July 1941 is resolved');
    await takeOver(page, 'Japan');
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('autosaves every turn, and Continue brings the game back', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url + LINK);
    await waitForReady(page);
    await endTurn(page);
    await endTurn(page);
    const saved = await state(page);
    await page.goto(game.server.url);
    const resume = page.getByRole('button', { name: /^Continue: / });
    await expect(resume.getAttribute('aria-label')).resolves.toContain('turn 3');
    await resume.click();
    await waitForReady(page);
    expect(await state(page)).toEqual(saved);
    expect(await page.locator('#turn-status').textContent()).toBe('Turn 3 of 57 — September 1941');
    // The reports came back with the game.
    await expect(page.getByLabel('Earlier reports').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('says so when the autosave cannot be written, and the game goes on', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(game.server.url + LINK);
    await waitForReady(page);
    await endTurn(page);
    const notice = page.locator('#notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toContain('could not be saved');
    await endTurn(page);
    expect((await state(page)).turn).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('watching the computer play both sides: Next turn plays a turn through the engine', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=none&seed=${SEED}`,
    );
    await waitForReady(page);
    await page.getByRole('button', { name: 'Next turn' }).click();
    await page.waitForFunction(() => window.__pov?.state().turn === 2, null, { timeout: 60_000 });
    const start = createGame(world, SEED);
    const policy = policyByName('normal')!;
    const expected = resolveTurn(world, start, {
      japan: policy.orders(world, start, 'japan'),
      allies: policy.orders(world, start, 'allies'),
    });
    expect(await state(page)).toEqual(expected.state);
    await expect(page.getByTestId('stock-japan-oil').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('stock-allies-oil').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: screenshotPath('game-9-watch') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
