/**
 * The twenty-fifth play-through's fixes, played as a student would: the Allies' oil tile on the
 * grand campaign's first turn, Japan's seven stock tiles at 1366×768, and the guided turn's card
 * beside the Danger line on a phone. Screenshots in test-results/play25-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { scenarioCopy, startLoaded } from './class-copy';
import { RESULTS } from './harness';
import {
  closePlayer,
  endTurn,
  LAPTOP,
  openOrdersTab,
  openPlayer,
  PHONE,
  type Screen,
  shot,
  visibleText,
  WIDE,
  waitForGame,
} from './play-kit';

const game = useBuiltGame();
const FILES = join(RESULTS, 'play25-files');

/** Each stock tile's top, height, and whether any of its lines wrapped. */
function tiles(page: Page) {
  return page.locator('#hud .tile').evaluateAll((ts) =>
    ts.map((t) => {
      const r = t.getBoundingClientRect();
      const lines = [...t.children].map((c) => {
        const line = Number.parseFloat(getComputedStyle(c).lineHeight);
        return c.getBoundingClientRect().height / line;
      });
      return {
        name: t.querySelector('.tile-name')?.textContent ?? '',
        top: Math.round(r.top),
        right: Math.round(r.right),
        wrapped: lines.some((n) => n > 1.5),
      };
    }),
  );
}

describe("play25: the Allies' oil on the grand campaign's first turn", () => {
  for (const [label, screen] of [
    ['1366', LAPTOP],
    ['phone', PHONE],
  ] as const) {
    it(`says the income covers the burn, not how many months the stock lasts (${label})`, async () => {
      const player = await openPlayer(game.browser, game.server.url, screen, screen === PHONE);
      const { page, errors } = player;
      await page.locator('.scenario-card', { hasText: 'The Price of Victory: the Pacific War' }).click();
      await page.locator('input[name="side"][value="allies"]').check();
      await page.locator('#seed').fill('play25-allies');
      await page.getByRole('button', { name: 'Start the game' }).click();
      await waitForGame(page);
      const tile = '#hud .tile:has([data-testid="stock-allies-oil"])';
      // Before: "burns 2,254 this month · lasts ≈ 44 months", a warning to the side whose oil grows.
      const words = await visibleText(page, tile);
      expect(words).toContain('income covers it');
      expect(words).not.toContain('lasts');
      expect(await page.locator(tile).getAttribute('title')).toMatch(
        /; 8,000 comes in this month as scheduled\. The month’s income is more than it burns: the stock grows\.$/,
      );
      await shot(page, `play25-allies-oil-${label}`);
      expect(errors).toEqual([]);
      await closePlayer(player);
    }, 300_000);
  }
});

describe("play25: Japan's seven stock tiles", () => {
  const TITLE = 'Pacific War, southern oil already held';
  for (const [label, screen] of [
    ['1366', LAPTOP],
    ['1920', WIDE],
  ] as const) {
    it(`stand on one line, none wrapped (${label})`, async () => {
      // Japan's southern oil stock (from early 1942 in a game) is the seventh tile.
      const file = scenarioCopy('pacific-1941', FILES, 'pacific-play25-south', TITLE, (s) => {
        s.sides.japan.stocks['oil-south'] = 3400;
      });
      const player = await startLoaded(
        game.browser,
        game.server.url,
        file,
        TITLE,
        'japan',
        'play25-south',
        screen,
      );
      const { page, errors } = player;
      const all = await tiles(page);
      expect(all.map((t) => t.name)).toHaveLength(7);
      // One line: every tile at the same top, none of its lines wrapped, the last inside the window.
      expect(new Set(all.map((t) => t.top)).size).toBe(1);
      expect(all.filter((t) => t.wrapped).map((t) => t.name)).toEqual([]);
      expect(all.at(-1)!.right).toBeLessThanOrEqual(screen.width);
      // The names read: short at 1366 (the tooltip keeps the full name), full on a wide screen.
      const names = await page
        .locator('#hud .tile-name')
        // biome-ignore lint/performance/useDomNodeTextContent: the name as shown (the hidden short or full one left out)
        .evaluateAll((ns) => ns.map((n) => (n as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
      expect(names).toContain(screen === LAPTOP ? 'MERCHANT SHIPPING' : 'MERCHANT SHIPPING (DRY CARGO)');
      // ui30: the southern tile is "Southern oil" where the row is short of room.
      expect(names).toContain(screen === LAPTOP ? 'SOUTHERN OIL' : 'OIL IN THE SOUTHERN ZONE');
      await shot(page, `play25-seven-tiles-${label}`);
      expect(errors).toEqual([]);
      await closePlayer(player);
    }, 300_000);
  }
});

describe("play25: the guided turn's card and the Danger line on a phone", () => {
  const TITLE = 'Southern oil, battleships in the Java Sea';
  it('shows both whole: the card above the End turn bar, its buttons pressable', async () => {
    // The guide is for the Southern Oil Run as Japan; Kongō and Haruna moved into the Java Sea,
    // under the ABDA air forces on Java, make the Danger line.
    const file = scenarioCopy('southern-oil-1942', FILES, 'southern-oil-1942', TITLE, (s) => {
      for (const f of s.forces) if (f.id === 'kongo' || f.id === 'haruna') f.location = 'java-sea';
    });
    const screen: Screen = PHONE;
    const player = await startLoaded(
      game.browser,
      game.server.url,
      file,
      TITLE,
      'japan',
      'play25-guide',
      screen,
    );
    const { page, errors } = player;
    const alert = '#air-danger-alert';
    await expect
      .poll(() => visibleText(page, alert))
      .toBe('Danger: enemy aircraft outgun Kongō and Haruna in Java Sea. See why ›');
    const box = (selector: string) =>
      page.locator(selector).evaluate((e) => {
        const r = e.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
    /** The element at the middle of `selector`'s box is it (or inside it): nothing is drawn over it. */
    const onTop = (selector: string) =>
      page.locator(selector).evaluate((e) => {
        const r = e.getBoundingClientRect();
        const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return at !== null && (at === e || e.contains(at));
      });
    const check = async (step: string, buttons: string[]) => {
      const card = await box('#guide');
      const danger = await box(alert);
      // The card ends above the bar's Danger line; both inside the window.
      expect(card.bottom).toBeLessThanOrEqual(danger.top);
      expect(card.top).toBeGreaterThanOrEqual(0);
      expect(danger.bottom).toBeLessThanOrEqual(screen.height);
      expect(await onTop(alert)).toBe(true);
      for (const name of buttons) expect(await onTop(`#guide button:text-is("${name}")`)).toBe(true);
      await shot(page, `play25-guide-danger-${step}`);
    };
    await expect.poll(() => visibleText(page, '#guide')).toContain('Take a guided first turn');
    await check('offer', ['Start the guided turn', 'No thanks']);
    await page.getByRole('button', { name: 'Start the guided turn' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(() => visibleText(page, '#guide')).toContain('Invade Borneo');
    await check('invade', ['Show me Formosa', 'Stop the guide']);
    // The Danger line still opens the sea area's reasons.
    await page.locator(alert).tap();
    await expect.poll(() => visibleText(page, '#area-details .air-danger')).toMatch(/^Danger from the air/);
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 300_000);
});

describe('play25: branching a replay says which turn the branch starts with', () => {
  it('beside turn 2 it says the branch keeps turn 2 and starts the week after; the branch does (1366)', async () => {
    const player = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=midway-1942&side=allies&seed=play25-branch`,
      LAPTOP,
      false,
      { acceptDownloads: true },
    );
    const { page, errors } = player;
    await waitForGame(page);
    for (let turn = 1; turn <= 2; turn++) await endTurn(page);
    await page.getByRole('button', { name: /^Save and share/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export replay as a file' }).click(),
    ]);
    mkdirSync(FILES, { recursive: true });
    const file = join(FILES, 'midway-two-turns.replay.json');
    await download.saveAs(file);
    await page.goto(game.server.url);
    await page.setInputFiles('#import-replay-file', file);
    await page.waitForFunction(() =>
      document.querySelector('.verify-status')?.textContent?.includes('replay exactly'),
    );
    expect(await visibleText(page, '.branch-row')).toBe(
      'Branch from here Start a new game from the start with the same seed, and try other decisions.',
    );
    for (let k = 1; k <= 2; k++) await page.getByRole('button', { name: 'Step forward one turn' }).click();
    // Before: "Start a new game from this point … and try another decision", beside turn 2's orders,
    // read as a new decision for turn 2; the branch keeps them and begins with turn 3.
    await expect
      .poll(() => visibleText(page, '.branch-row'))
      .toBe(
        "Branch from here Start a new game after turn 2 (its orders stay as they were) with the same seed, and try other decisions from 18 May 1942 on. To change turn 2's orders, branch from turn 1.",
      );
    await shot(page, 'play25-branch-hint-1366');
    await page.locator('.branch-row button').click();
    await page.locator('dialog[open] input[name="branch-side"][value="allies"]').check();
    await page.locator('dialog[open]').getByRole('button', { name: 'Start the branch' }).click();
    await waitForGame(page);
    expect(await page.evaluate(() => window.__pov?.state().date)).toBe('1942-05-18');
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 400_000);
});

describe('play25: carriers ordered away do not cover the escorts they leave behind', () => {
  const TITLE = 'Southern oil, carriers with the cruisers in the Java Sea';
  it('the Danger line and the sea area’s panel warn of the cruisers left when Akagi and Kaga sail (1366)', async () => {
    // Akagi and Kaga with the Southern Force cruisers in the Java Sea, under the ABDA air on Java:
    // together they outgun it (61 to 35); the cruisers alone do not.
    const file = scenarioCopy('southern-oil-1942', FILES, 'southern-oil-p25-escorts', TITLE, (s) => {
      for (const f of s.forces)
        if (['southern-cruisers', 'akagi', 'kaga'].includes(f.id)) f.location = 'java-sea';
    });
    const player = await startLoaded(
      game.browser,
      game.server.url,
      file,
      TITLE,
      'japan',
      'play25-escorts',
      LAPTOP,
    );
    const { page, errors } = player;
    const alert = '#air-danger-alert';
    expect(await page.locator(alert).isVisible()).toBe(false);
    await openOrdersTab(page);
    const group = page.locator('#panel-orders [data-key="group-java-sea"]');
    if (!(await group.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await group.click();
    for (const f of ['akagi', 'kaga']) await page.locator(`#panel-orders [data-key="pick-${f}"]`).check();
    await page.locator('[data-key="dest-south-china-sea"]').click();
    await page.locator('[data-key="confirm-move"]').click();
    // Before: no warning, the departing carriers' aircraft still counted as the cruisers' own.
    await expect.poll(() => page.locator(alert).isVisible()).toBe(true);
    expect(await visibleText(page, alert)).toBe(
      'Danger: enemy aircraft outgun Southern Force cruisers in Java Sea. See why ›',
    );
    await page.locator(alert).click();
    await expect
      .poll(() => visibleText(page, '#area-details .air-danger'))
      .toMatch(/^Danger from the air: .* yours here 0: ships left here can be sunk/);
    await shot(page, 'play25-escorts-left-1366');
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 300_000);
});
