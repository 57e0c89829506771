/**
 * ui31: the hot-seat playback after a reload and while it plays, the Oil tile's restrike oil, the
 * southern tile's "cannot be shipped home". Fixed seeds; class copies of bundled scenarios where a
 * situation is needed (class-copy.ts). Screenshots in test-results/ (ui31-*.png).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TurnPlayback } from '../../src/ui/game/turn-playback';
import { useBuiltGame } from './built-game';
import { scenarioCopy, startLoaded } from './class-copy';
import { clickArea, RESULTS, takeOver } from './harness';
import { closePlayer, endTurn, LAPTOP, openPlayer, PHONE, type Screen, shot, WIDE } from './play-kit';

const game = useBuiltGame();

/** Sends `ship` (a checkbox in the Area panel of `from`) to `to`, as a player does on the map. */
async function send(page: Page, from: string, ship: RegExp, to: string, toName: RegExp) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await clickArea(page, from);
  await page.getByRole('tabpanel', { name: 'Area' }).getByRole('checkbox', { name: ship }).check();
  // The destination from the composer's list (on a phone it may lie off the close map).
  await page.locator(`[data-key="dest-${to}"]`).click();
  await page
    .locator('#composer')
    .getByRole('region', { name: toName })
    .getByRole('button', { name: 'Confirm order' })
    .click();
}

interface Sample {
  phase: string | undefined;
  viewer: string | null | undefined;
  date: string | undefined;
  /** Whether each watched area's marker is on the board (inside its box). */
  inView: Record<string, boolean>;
}

/** Starts noting, every 25 ms, the phase, the top bar's date and whether `areas` are on the board. */
async function startSampling(page: Page, areas: string[]) {
  await page.evaluate((ids) => {
    const w = window as unknown as { __ui31: Sample[]; __ui31Timer: number };
    w.__ui31 = [];
    w.__ui31Timer = window.setInterval(() => {
      const board = document.querySelector('#board')?.getBoundingClientRect();
      const inView: Record<string, boolean> = {};
      for (const id of ids) {
        const p = window.__pov?.areaOnScreen(id);
        inView[id] =
          !!p &&
          !!board &&
          p.x - window.scrollX >= board.left &&
          p.x - window.scrollX <= board.right &&
          p.y - window.scrollY >= board.top &&
          p.y - window.scrollY <= board.bottom;
      }
      w.__ui31.push({
        phase: window.__pov?.phase(),
        viewer: window.__pov?.viewer(),
        date: document.querySelector<HTMLTimeElement>('.turn-date')?.dateTime,
        inView,
      });
    }, 25);
  }, areas);
}

async function samples(page: Page): Promise<Sample[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __ui31: Sample[]; __ui31Timer: number };
    window.clearInterval(w.__ui31Timer);
    return w.__ui31;
  });
}

const playback = (page: Page) =>
  page.evaluate(() => window.__pov?.playback() ?? null) as Promise<TurnPlayback | null>;
const lastReportDate = (page: Page) => page.evaluate(() => window.__pov?.reports().at(-1)?.date);
const stateDate = (page: Page) => page.evaluate(() => window.__pov?.state().date);

describe('ui31: the hot-seat playback', () => {
  it('after a reload at the hand-over, the Japanese player still watches the turn, in their own view', async () => {
    const player = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=midway-1942&side=both&seed=ui31`,
      LAPTOP,
    );
    const { page, errors } = player;
    await takeOver(page, 'Japan');
    await page.waitForFunction(() => window.__pov?.ready === true, null, { timeout: 120_000 });
    await send(page, 'home-islands', /Akagi/, 'philippine-sea', /Philippine Sea/);
    await page.locator('#end-turn').click();
    await takeOver(page, 'Allies');
    await send(page, 'hawaii', /Enterprise/, 'hawaiian-waters', /Hawaiian/);
    await page.locator('#end-turn').click();
    await page.waitForFunction(() => window.__pov?.phase() === 'handover', null, { timeout: 120_000 });
    const played = await lastReportDate(page);

    // The page is reloaded at the hand-over (a tab closed by mistake, a laptop that slept).
    await page.reload();
    const dialog = page.getByRole('dialog');
    await page.getByRole('button', { name: 'I am the Japanese player — show my turn' }).waitFor();
    await page.waitForFunction(() => window.__pov?.ready === true, null, { timeout: 120_000 });
    expect(await page.evaluate(() => [window.__pov?.phase(), window.__pov?.viewer()])).toEqual([
      'handover',
      'japan',
    ]);
    await expect(dialog.textContent()).resolves.toContain('plays on the map first, as Japan saw it');
    // Nothing has been played behind the cover: the Allied player may still be at the screen.
    expect(await playback(page)).toBeNull();
    await shot(page, 'ui31-1-handover-after-reload-1366');

    await startSampling(page, ['home-islands', 'philippine-sea']);
    await page.getByRole('button', { name: 'I am the Japanese player — show my turn' }).click();
    await page.waitForFunction(() => window.__pov?.phase() === 'ordering', null, { timeout: 120_000 });
    const seen = await samples(page);
    const during = seen.filter((s) => s.phase === 'playback');
    expect(during.length).toBeGreaterThan(0);
    expect(new Set(during.map((s) => s.viewer))).toEqual(new Set(['japan']));
    // The top bar says the turn being played back, then the turn to order.
    expect(new Set(during.map((s) => s.date))).toEqual(new Set([played]));
    const now = await page.evaluate(() => document.querySelector<HTMLTimeElement>('.turn-date')?.dateTime);
    expect(now).toBe(await stateDate(page));
    expect(now).not.toBe(played);
    // Japan's own view: its carrier, not the Enterprise it did not see.
    expect((await playback(page))?.moves).toEqual([
      { side: 'japan', route: ['home-islands', 'philippine-sea'] },
    ]);
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 400_000);

  it("on a phone the second player's playback shows the turn's date and brings the moves into view", async () => {
    const player = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=midway-1942&side=both&seed=ui31`,
      PHONE,
      true,
    );
    const { page, errors } = player;
    await takeOver(page, 'Japan');
    await page.waitForFunction(() => window.__pov?.ready === true, null, { timeout: 120_000 });
    await send(page, 'home-islands', /Akagi/, 'philippine-sea', /Philippine Sea/);
    await page.locator('#end-turn').click();
    await takeOver(page, 'Allies');
    // The Allied player looks at their side of the map: Japan's waters are off the board.
    await page.evaluate(() => window.scrollTo(0, 0));
    const board = await page.locator('#board').boundingBox();
    if (!board) throw new Error('no board');
    const y = board.y + board.height / 2;
    for (let i = 0; i < 3; i++) {
      await page.mouse.move(board.x + board.width - 20, y);
      await page.mouse.down();
      await page.mouse.move(board.x + 20, y, { steps: 8 });
      await page.mouse.up();
    }
    await startSampling(page, ['home-islands', 'philippine-sea']);
    await page.waitForTimeout(200);
    const before = await samples(page);
    expect(before.at(-1)?.inView).toEqual({ 'home-islands': false, 'philippine-sea': false });
    await page.locator('#end-turn').click();
    await page.waitForFunction(() => window.__pov?.phase() === 'handover', null, { timeout: 120_000 });
    const played = await lastReportDate(page);

    await startSampling(page, ['home-islands', 'philippine-sea']);
    await page.getByRole('button', { name: 'I am the Japanese player — show my turn' }).tap();
    await page.waitForFunction(() => window.__pov?.phase() === 'playback', null, { timeout: 60_000 });
    await page.waitForTimeout(400);
    if ((await page.evaluate(() => window.__pov?.phase())) === 'playback')
      await shot(page, 'ui31-2-phone-japan-playback');
    await page.waitForFunction(() => window.__pov?.phase() === 'ordering', null, { timeout: 120_000 });
    const seen = await samples(page);
    const during = seen.filter((s) => s.phase === 'playback');
    expect(during.length).toBeGreaterThan(0);
    expect(new Set(during.map((s) => s.date))).toEqual(new Set([played]));
    // The Akagi's move is on the board while it plays.
    expect(during.at(-1)?.inView).toEqual({ 'home-islands': true, 'philippine-sea': true });
    const now = await page.evaluate(() => document.querySelector<HTMLTimeElement>('.turn-date')?.dateTime);
    expect(now).toBe(await stateDate(page));
    expect((await playback(page))?.moves).toEqual([
      { side: 'japan', route: ['home-islands', 'philippine-sea'] },
    ]);
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 400_000);
});

const KIDO_BUTAI = ['akagi', 'kaga', 'soryu', 'hiryu'];

/** What the turn's oil ledger burned for `side`, by the cause codes given. */
function ledgerBurn(page: Page, side: string, codes: string[]): Promise<number> {
  return page.evaluate(
    ({ side, codes }) => {
      const r = window.__pov?.reports().at(-1);
      const line = r?.items.find((i) => i.kind === 'economy' && i.side === side && i.resource === 'oil');
      if (line?.kind !== 'economy') return 0;
      return -line.changes
        .filter((c) => codes.includes(c.cause.code) && c.amount < 0)
        .reduce((n, c) => n + c.amount, 0);
    },
    { side, codes },
  );
}

const number = (text: string | undefined) => Number((text ?? '').replace(/,/g, ''));

describe('ui31: the Oil tile counts the carriers that strike again from on station', () => {
  it('Kidō Butai left off Pearl Harbor: the tile says so, and its burn is the ledger’s', async () => {
    const title = 'Midway, Kido Butai on station off Pearl Harbor';
    // Kidō Butai lies in Hawaiian waters beside Pearl Harbor when the game begins, at war; the
    // Allies' fleet there has no oil to come out and fight it at sea first (a battle at sea comes
    // before a port strike), so the carriers strike the port again.
    const file = scenarioCopy(
      'midway-1942',
      join(RESULTS, 'ui31-files'),
      'midway-ui31-station',
      title,
      (s) => {
        for (const f of s.forces) if (KIDO_BUTAI.includes(f.id)) f.location = 'hawaiian-waters';
        s.sides.allies.stocks.oil = 0;
      },
    );
    for (const screen of [LAPTOP, WIDE, PHONE] as Screen[]) {
      const player = await startLoaded(game.browser, game.server.url, file, title, 'japan', 'ui31', screen);
      const { page, errors } = player;
      const tile = page.locator('#hud .tile', { has: page.getByTestId('stock-japan-oil') });
      const words = (await tile.getAttribute('title')) ?? '';
      const again = /, (\d) carriers on station strike again: (\d[\d,]*\d)/.exec(words);
      expect(again?.[1], words).toBe('4');
      const burn = /burns ([\d,]+) this/.exec((await tile.textContent()) ?? '')?.[1];
      await page.getByRole('tab', { name: /Orders/ }).click();
      const summaryLine = page.getByRole('region', { name: "Japan's orders this turn" }).locator('p.muted');
      const summary = await summaryLine.textContent();
      await summaryLine.scrollIntoViewIfNeeded();
      expect(summary).toContain(
        `4 carriers on station in Hawaiian waters strike Hawaii (Pearl Harbor) again, with no order: ${again?.[2]} thousand barrels of oil.`,
      );
      const w = screen.width;
      await shot(page, `ui31-3-oil-tile-orders-${w}`);
      if (screen === LAPTOP) {
        await endTurn(page);
        // The strike was flown and paid as the tile said.
        expect(await ledgerBurn(page, 'japan', ['oil-restrike'])).toBe(number(again?.[2]));
        const all = await ledgerBurn(page, 'japan', [
          'oil-economy',
          'oil-sortie',
          'oil-idle',
          'oil-restrike',
          'pilot-training',
          'build-ordered',
          'scheduled',
        ]);
        expect(all).toBe(number(burn));
      }
      expect(errors).toEqual([]);
      await closePlayer(player);
    }
  }, 600_000);
});

describe('ui31: the southern tile says when its oil cannot be shipped home', () => {
  it('Road to Tokyo with the southern fields lost and oil left in the southern stock', async () => {
    const title = 'Road to Tokyo, the southern fields lost';
    // Sumatra, Borneo and Java held by the Allies from the start, with 5,000 left in the southern
    // stock: no field where the tankers load is held (deliveries.ts `southern-stock-cut-off`).
    const file = scenarioCopy(
      'road-to-tokyo-1944',
      join(RESULTS, 'ui31-files'),
      'rtt-ui31-cut-off',
      title,
      (s) => {
        for (const a of s.areas) if (['sumatra', 'borneo', 'java'].includes(a.id)) a.owner = 'allies';
        s.sides.japan.stocks['oil-south'] = 5000;
      },
    );
    for (const screen of [LAPTOP, WIDE, PHONE] as Screen[]) {
      const player = await startLoaded(game.browser, game.server.url, file, title, 'japan', 'ui31', screen);
      const { page, errors } = player;
      const tile = page.locator('#hud .tile', { has: page.getByTestId('stock-japan-oil-south') });
      // Before the first turn no ledger says so.
      await expect(tile.textContent()).resolves.not.toContain('cannot be shipped home');
      await endTurn(page);
      const note = tile.locator('[data-key="last-oil-south"]');
      await expect(note.textContent()).resolves.toContain('cannot be shipped home');
      const words = (await tile.getAttribute('title')) ?? '';
      expect(words).toContain('It cannot be shipped home: no southern oil field where tankers load is held');
      expect(words).toContain('Ships in the southern zone can still burn it there.');
      if (screen === PHONE) {
        // The phone's compact tiles: More shows the tiles in full, with the note.
        await page.locator('#hud .hud-toggle').tap();
      }
      await expect(note.isVisible()).resolves.toBe(true);
      await shot(page, `ui31-4-southern-cut-off-${screen.width}`);
      expect(errors).toEqual([]);
      await closePlayer(player);
    }
  }, 600_000);
});
