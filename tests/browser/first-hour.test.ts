/**
 * Issue 14, "the student's first hour, on any screen", acted out in Chromium
 * as a player: the end screen of every bundled scenario judges the game
 * against its goals and the real war (and invents no history); an order not
 * yet confirmed is asked about at End turn; two armies cannot both claim one
 * convoy; the whole stack invades; the keyboard alone (E, ?); the phone with
 * touch; the browser's Back and Forward. Screenshots in test-results/
 * (first-hour-*.png) at 390×844, 1366×768 and 1920×1080.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GameState, Order } from '../../src/engine/index';
import { loadReplayText } from '../../src/replay/index';
import { SAVE_VERSION, type SaveGame, writeAutosave } from '../../src/save/index';
import { useBuiltGame } from './built-game';
import { clickArea, openGroup, openPage, ROOT, screenshotPath, waitForReady } from './harness';

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: '1366', width: 1366, height: 768 },
  { name: '1920', width: 1920, height: 1080 },
] as const;

const state = (page: Page) => page.evaluate(() => window.__pov?.state() as GameState);
const orders = (page: Page) => page.evaluate(() => window.__pov?.orders() as Order[]);

/** The autosave a finished golden game would have left: Continue opens its end screen. */
function finishedSave(id: string): [string, string][] {
  const text = readFileSync(join(ROOT, `tests/golden/${id}.replay.json`), 'utf8');
  const replay = loadReplayText(text);
  if (!replay.ok) throw new Error(`golden replay ${id} does not load`);
  const save: SaveGame = {
    saveVersion: SAVE_VERSION,
    scenario: { id, hash: replay.value.scenario.hash },
    seed: replay.value.seed,
    players: { japan: 'human', allies: replay.value.players.allies },
    launch: { side: 'japan', difficulty: 'normal' },
    label: `${id} — finished`,
    savedAt: new Date().toISOString(),
    turns: replay.value.turns.map((t) => ({ orders: t.orders, hash: t.hash })),
  };
  const entries = new Map<string, string>();
  const result = writeAutosave(
    {
      getItem: (k: string) => entries.get(k) ?? null,
      setItem: (k: string, v: string) => {
        entries.set(k, v);
      },
    },
    save,
  );
  if (!result.ok) throw new Error(result.why);
  return [...entries];
}

async function endScreenOf(
  browser: Browser,
  url: string,
  id: string,
  size: { width: number; height: number },
) {
  const touch = size.width < 600;
  const page = await browser.newPage({ viewport: size, hasTouch: touch, isMobile: touch });
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((entries: [string, string][]) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, finishedSave(id));
  await page.goto(url);
  await page.getByRole('button', { name: /^Continue: / }).click();
  await page.locator('dialog.end-screen').waitFor();
  return { page, errors, text: (await page.locator('dialog.end-screen').textContent()) ?? '' };
}

describe('the first hour (issue 14)', () => {
  const game = useBuiltGame();

  for (const id of [
    'southern-oil-1942',
    'oil-clock-1941',
    'midway-1942',
    'road-to-tokyo-1944',
    'pacific-1941',
  ]) {
    it(`${id}: the end screen judges the game against the goals and the real war`, async () => {
      const { page, errors, text } = await endScreenOf(game.browser, game.server.url, id, {
        width: 1366,
        height: 768,
      });
      expect(text).toMatch(
        /A (decisive|marginal) (Japanese|Allied) victory|Neither side has reached its goal/,
      );
      expect(text).toMatch(/(Better for (Japan|the Allies)|Much as in the real war)/);
      expect(text).toContain('What really happened');
      expect(text).toMatch(/You played Japan: (you won|you lost|neither side reached its goal)\./);
      // Never a scenario's last date told as the day Japan surrendered.
      expect(text).not.toMatch(
        /until 1 December 1941, when Japan surrendered|until 20 July 1942, when Japan surrendered/,
      );
      expect(text).not.toContain('Neither side has won');
      if (id !== 'road-to-tokyo-1944' && id !== 'pacific-1941')
        expect(text).toMatch(/What happened next in the real war: .*surrendered on 2 September 1945/);
      expect(text).not.toMatch(/thousand thousand|HISTORY\.md|seed essay/);
      expect(errors).toEqual([]);
      await page.close();
    }, 240_000);
  }

  it('the end screen fits every screen (screenshots)', async () => {
    for (const size of SIZES) {
      const { page, errors } = await endScreenOf(game.browser, game.server.url, 'midway-1942', size);
      const box = await page.locator('dialog.end-screen').boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= size.width + 1).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      await page.screenshot({ path: screenshotPath(`first-hour-end-${size.name}`) });
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 240_000);

  it('an order not confirmed is asked about at End turn, and never vanishes', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=unconfirmed`,
    );
    await waitForReady(page);
    await openGroup(page, 'formosa');
    await page.locator('[data-key="pick-southern-cruisers"]').check();
    await page.locator('[data-key="dest-south-china-sea"]').click();
    await page.getByRole('button', { name: 'End turn' }).click();
    const dialog = page.locator('dialog#overlay.unconfirmed');
    await expect(dialog.textContent()).resolves.toContain('This order is not confirmed yet');
    await page.locator('[data-key="unconfirmed-back"]').click();
    expect((await state(page)).turn).toBe(1);
    expect(await orders(page)).toEqual([]);
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.locator('[data-key="unconfirmed-confirm"]').click();
    await page.waitForFunction(() => window.__pov?.state().turn === 2);
    const moved = (await state(page)).forces.find((f) => f.id === 'southern-cruisers');
    expect(moved?.location).toBe('south-china-sea');
    // The new report opens at its top.
    const top = await page.locator('#panel-report').evaluate((p) => p.closest('.panel')?.scrollTop ?? 0);
    expect(top).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('two armies cannot both claim one convoy: the second is refused when given, with the reason', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=convoy`,
    );
    await waitForReady(page);
    await openGroup(page, 'indochina-south');
    await page.locator('[data-key="pick-fifteenth-army"]').check();
    await page.locator('[data-key="dest-south-china"]').click();
    await expect(page.locator('#composer').textContent()).resolves.toContain('takes Army transports');
    await page.locator('[data-key="confirm-move"]').click();
    expect(await orders(page)).toEqual([{ type: 'move', force: 'fifteenth-army', to: 'south-china' }]);
    // The group stays open after the confirm.
    await expect(
      page
        .locator('[data-key="group-indochina-south"]')
        .evaluate((s) => (s.parentElement as HTMLDetailsElement).open),
    ).resolves.toBe(true);
    await page.locator('[data-key="pick-twenty-fifth-army"]').check();
    await expect(page.locator('[data-key="dest-formosa"]').count()).resolves.toBe(0);
    await clickArea(page, 'formosa');
    await expect(page.locator('#composer .refusal').textContent()).resolves.toContain(
      'already used by your earlier orders',
    );
    expect((await orders(page)).length).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('the whole stack invades: Pick all forces, click the target, the army lands with its transports', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=stack`,
      { width: 1366, height: 768 },
    );
    await waitForReady(page);
    await openGroup(page, 'formosa');
    await page.getByRole('button', { name: 'Pick all forces' }).first().click();
    await clickArea(page, 'luzon');
    const composer = await page.locator('#composer').textContent();
    expect(composer).not.toContain('neither a sea area nor one of your ports');
    expect(composer).toContain('invade');
    expect(composer).toContain('Escort');
    await page.locator('[data-key="confirm-move"]').click();
    const given = await orders(page);
    expect(given[0]).toEqual({ type: 'move', force: 'sixteenth-army', to: 'luzon' });
    expect(given.some((o) => o.type === 'move' && o.force === 'invasion-transports')).toBe(false);
    await page.getByRole('button', { name: 'End turn' }).click();
    // The turn plays on the board first (the old state still on screen), with a Skip button.
    const skip = page.locator('[data-key="skip-playback"]');
    await skip.waitFor({ timeout: 30_000 });
    expect((await state(page)).turn).toBe(1);
    await page.screenshot({ path: screenshotPath('first-hour-playback-1366') });
    await skip.click({ timeout: 2000 }).catch(() => {});
    await page.waitForFunction(() => window.__pov?.state().turn === 2);
    await expect(skip.count()).resolves.toBe(0);
    const s = await state(page);
    const army = s.forces.find((f) => f.id === 'sixteenth-army');
    const transports = s.forces.find((f) => f.id === 'invasion-transports');
    expect(army?.location === 'luzon' || army?.status === 'lost' || army?.location === 'formosa').toBe(true);
    expect(transports?.location).not.toBe('formosa');
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('keyboard only: ? opens the help with the keys, Pick all goes to the destinations, E ends the turn', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=southern-oil-1942&side=japan&seed=keys`,
    );
    await waitForReady(page);
    await page.locator('#board').focus();
    await page.keyboard.press('?');
    await expect(page.locator('#how-to').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(page.locator('#keys-help').textContent()).resolves.toMatch(/E.*end turn.*\?.*help/);
    await openGroup(page, 'formosa');
    await page.getByRole('button', { name: 'Pick all ships' }).first().focus();
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.key ?? '',
    );
    expect(focused).toMatch(/^dest-/);
    await page.keyboard.press('Escape');
    await page.locator('#board').focus();
    // N goes to an area on the map and shows its card; Enter selects it.
    await page.keyboard.press('n');
    await page.locator('#tooltip').waitFor({ state: 'visible', timeout: 5000 });
    await page.keyboard.press('Enter');
    await expect(page.locator('#tab-area').getAttribute('aria-selected')).resolves.toBe('true');
    await page.locator('#board').focus();
    await page.keyboard.press('e');
    await page.waitForFunction(() => window.__pov?.state().turn === 2);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('a phone with touch: no sideways scroll, End turn always on screen, names and numbers on the board', async () => {
    const page = await game.browser.newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    page.setDefaultTimeout(60_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(game.server.url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath('first-hour-start-phone') });
    await page.goto(`${game.server.url}?scenario=oil-clock-1941&side=japan&seed=phone`);
    await waitForReady(page);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath('first-hour-board-phone') });
    const endTurn = page.getByRole('button', { name: 'End turn' });
    const inView = async () => {
      const b = await endTurn.boundingBox();
      return b !== null && b.y >= 0 && b.y + b.height <= 844;
    };
    expect(await inView()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await inView()).toBe(true);
    // A tap on an area with forces opens the move panel as a sheet, End turn still reachable.
    await page.evaluate(() => window.scrollTo(0, 0));
    const p = await page.evaluate(() => window.__pov?.areaOnScreen('home-islands') ?? null);
    if (!p) throw new Error('Home Islands not on the board');
    await page.touchscreen.tap(p.x, p.y);
    await page.screenshot({ path: screenshotPath('first-hour-area-phone') });
    expect(await inView()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('screens are pages: Back and Forward move between start, game and report with nothing lost', async () => {
    const { page, errors } = await openPage(game.browser, game.server.url, { width: 1366, height: 768 });
    await page.screenshot({ path: screenshotPath('first-hour-start-1366') });
    // The teacher view is a page over the start screen: Back closes it, Forward opens it again.
    await page.getByRole('button', { name: /^Teacher view of the chosen scenario/ }).click();
    await page.locator('dialog.teacher-view').waitFor();
    expect(new URL(page.url()).hash).toBe('#/teacher/southern-oil-1942');
    await page.goBack();
    await expect(page.locator('dialog.teacher-view').count()).resolves.toBe(0);
    await page.goForward();
    await page.locator('dialog.teacher-view').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.location.hash === '');
    await page.getByRole('button', { name: 'Start the game' }).click();
    await waitForReady(page);
    expect(new URL(page.url()).hash).toBe('#/game');
    await page.screenshot({ path: screenshotPath('first-hour-board-1366') });
    await openGroup(page, 'formosa');
    await page.locator('[data-key="pick-southern-cruisers"]').check();
    await page.locator('[data-key="dest-south-china-sea"]').click();
    await page.locator('[data-key="confirm-move"]').click();
    const drafted = await orders(page);
    expect(drafted.length).toBe(1);
    await page.goBack();
    await page.locator('#start-screen').waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await page.goForward();
    await waitForReady(page);
    expect(await orders(page)).toEqual(drafted);
    // The after-action report is a page over the game: Back closes it (it has a turn to report once one is played).
    await page.getByRole('button', { name: 'End turn' }).click();
    await page.waitForFunction(() => window.__pov?.state().turn === 2);
    await page.getByRole('tab', { name: /^Orders/ }).click();
    await openGroup(page, 'formosa');
    await page.locator('[data-key="pick-southern-destroyers"]').check();
    await page.locator('[data-key="dest-east-china-sea"]').click();
    await page.locator('[data-key="confirm-move"]').click();
    const drafted2 = await orders(page);
    expect(drafted2.length).toBe(1);
    await page.getByRole('button', { name: /^Save and share/ }).click();
    await page
      .getByRole('button', { name: /After-action report/ })
      .first()
      .click();
    await page.locator('#aar-page').waitFor();
    expect(new URL(page.url()).hash).toBe('#/report');
    await page.goBack();
    await expect(page.locator('#aar-page').count()).resolves.toBe(0);
    expect(new URL(page.url()).hash).toBe('#/game');
    await page.goForward();
    await page.locator('#aar-page').waitFor();
    await page.getByRole('button', { name: 'Close the report' }).click();
    await page.waitForFunction(() => window.location.hash === '#/game');
    expect(await orders(page)).toEqual(drafted2);
    // Reloading the game's page continues it.
    await page.reload();
    await waitForReady(page);
    expect((await state(page)).turn).toBe(2);
    expect(await orders(page)).toEqual(drafted2);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('every land area is named on the board at 1366×768 and 1920×1080, no name covering another', async () => {
    for (const id of [
      'southern-oil-1942',
      'oil-clock-1941',
      'midway-1942',
      'road-to-tokyo-1944',
      'pacific-1941',
    ]) {
      const scenario = JSON.parse(readFileSync(join(ROOT, `scenarios/${id}.json`), 'utf8')) as {
        areas: { id: string; kind: string }[];
      };
      const land = scenario.areas.filter((a) => a.kind !== 'sea').map((a) => a.id);
      for (const size of [
        { width: 1366, height: 768 },
        { width: 1920, height: 1080 },
      ]) {
        const { page, errors } = await openPage(
          game.browser,
          `${game.server.url}?scenario=${id}&side=japan&seed=names`,
          size,
        );
        await waitForReady(page);
        await page.waitForTimeout(300);
        const cards = await page.evaluate(() => window.__pov?.namedCards() ?? []);
        const named = new Set(cards.map((c) => c.id));
        // Since issue 11 a card keeps within a fifth of the board's shorter side of its marker: on
        // the grand campaign's crowded Philippines at 1366×768 one land area (Leyte and Mindanao)
        // shows its forces' chips beside its marker, unnamed (a tap on it names it), rather than its
        // name 187 px away by Borneo's. At most one, and its chips shown.
        const shown = new Set((await page.evaluate(() => window.__pov?.allCards() ?? [])).map((c) => c.id));
        const unnamed = land.filter((a) => !named.has(a));
        expect(unnamed.length, `${id} at ${size.width}: unnamed ${unnamed.join(', ')}`).toBeLessThanOrEqual(
          id === 'pacific-1941' && size.width === 1366 ? 1 : 0,
        );
        expect(
          unnamed.filter((a) => !shown.has(a)),
          `${id} at ${size.width}: neither named nor shown`,
        ).toEqual([]);
        // No card covers another's name (the middle of its top line, where the centred name is
        // written); an edge over another card's border or counters is tolerated.
        const covered: string[] = [];
        const nameLine = (c: (typeof cards)[number]) => ({
          ...c,
          x: c.x + c.width * 0.25,
          width: c.width * 0.5,
          height: Math.min(c.height, 17),
        });
        const hits = (a: (typeof cards)[number], b: (typeof cards)[number]) => {
          const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
          const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
          return w > 6 && h > 6;
        };
        for (const a of cards)
          for (const b of cards) if (a !== b && hits(nameLine(a), b)) covered.push(`${b.id} over ${a.id}`);
        expect(covered, `${id} at ${size.width}: names covered`).toEqual([]);
        // And every name is on the board.
        const board = await page.locator('#board').boundingBox();
        const off = cards.filter((c) => c.x < -2 || c.y < -2 || (board && c.x + c.width > board.width + 2));
        expect(
          off.map((c) => c.id),
          `${id} at ${size.width}: names off the board`,
        ).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      }
    }
  }, 300_000);

  it('the board at 1920×1080 names every land area (screenshot)', async () => {
    const { page, errors } = await openPage(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=labels`,
      { width: 1920, height: 1080 },
    );
    await waitForReady(page);
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshotPath('first-hour-board-1920') });
    await page.goto(game.server.url);
    await page.screenshot({ path: screenshotPath('first-hour-start-1920') });
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
