/**
 * What a player does in every play-through, shared by the browser tests
 * (tests/browser/*.test.ts) and the screenshot scripts (scripts/play/):
 * open a game or a replay at a screen size (a phone is touched, not clicked),
 * end a turn and wait for the next one, read a part of the screen as words,
 * keep a screenshot.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { screenshotPath } from './harness';

export interface Screen {
  width: number;
  height: number;
}

/** A page of its own context, recording console errors and uncaught exceptions. */
export interface PlayerPage {
  page: Page;
  errors: string[];
}

/** A screen narrower than this is a phone: touch, not a mouse. */
export const PHONE_WIDTH = 600;

/** The screens the tests play on: a laptop, a wide screen, a phone. */
export const LAPTOP: Screen = { width: 1366, height: 768 };
export const WIDE: Screen = { width: 1920, height: 1080 };
export const PHONE: Screen = { width: 390, height: 844 };

export function isPhone(screen: Screen): boolean {
  return screen.width < PHONE_WIDTH;
}

export function parseScreen(size: string): Screen {
  const [width, height] = size.split('x').map(Number);
  if (!width || !height) throw new Error(`a screen size is WIDTHxHEIGHT, e.g. 1366x768 (found: ${size})`);
  return { width, height };
}

/**
 * Opens `url` in a new context of `browser` at `screen`; with `touch` it is a
 * phone (touch events, mobile viewport, two device pixels a CSS pixel).
 */
export async function openPlayer(
  browser: Browser,
  url: string,
  screen: Screen,
  touch = false,
  options: BrowserContextOptions = {},
): Promise<PlayerPage> {
  const context = await browser.newContext({
    viewport: screen,
    hasTouch: touch,
    isMobile: touch,
    deviceScaleFactor: touch ? 2 : 1,
    ...options,
  });
  const page = await context.newPage();
  // The machine is shared: under load a step can take far longer than on a quiet one.
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  return { page, errors };
}

/** Opens a game by its link (`url` with ?scenario=…) and waits until it can be ordered. */
export async function openGame(
  browser: Browser,
  url: string,
  screen: Screen,
  touch = false,
  timeout = 120_000,
): Promise<PlayerPage> {
  const player = await openPlayer(browser, url, screen, touch);
  await waitForGame(player.page, timeout);
  return player;
}

/**
 * Opens the start screen at `url`, loads the replay `file` into the viewer and waits until its
 * board is drawn and every turn has been checked.
 */
export async function openReplay(
  browser: Browser,
  url: string,
  screen: Screen,
  file: string,
  touch = isPhone(screen),
): Promise<PlayerPage> {
  const player = await openPlayer(browser, url, screen, touch);
  const { page } = player;
  await page.setInputFiles('#import-replay-file', file);
  await page.locator('#replay-board[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() =>
    document.querySelector('.verify-status')?.textContent?.includes('replay exactly'),
  );
  return player;
}

/** Keeps a screenshot of the page (or of the element `of`) as test-results/`name`.png. */
export async function shot(page: Page, name: string, options: { fullPage?: boolean; of?: string } = {}) {
  const path = screenshotPath(name);
  if (options.of) await page.locator(options.of).screenshot({ path });
  else await page.screenshot({ path, fullPage: options.fullPage ?? false });
}

/** Closes the page and its context. */
export async function closePlayer({ page }: PlayerPage): Promise<void> {
  await page.context().close();
}

/** Waits until the game says its board is drawn and the End turn button works. */
export async function waitForGame(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => window.__pov?.ready === true, null, { timeout });
}

/** Ends the turn and waits until the next one can be ordered or the game is over; true when it is over. */
export async function endTurn(page: Page, timeout = 300_000): Promise<boolean> {
  const turn = await page.evaluate(() => window.__pov?.state().turn ?? 0);
  await page.locator('#end-turn').click();
  await page.waitForFunction(
    (t) => {
      const p = window.__pov;
      if (!p) return false;
      return p.phase() === 'over' || (p.state().turn > t && p.phase() === 'ordering');
    },
    turn,
    { timeout, polling: 250 },
  );
  return (await page.evaluate(() => window.__pov?.phase())) === 'over';
}

/** The words of the first element matching `selector` as a player reads them (blocks apart), on one line. */
export async function visibleText(page: Page, selector: string): Promise<string> {
  const loc = page.locator(selector);
  if ((await loc.count()) === 0) return '';
  const words = await loc
    .first()
    // biome-ignore lint/performance/useDomNodeTextContent: the words as a player reads them, blocks apart
    .innerText()
    .catch(() => '');
  return words.replace(/\s+/g, ' ').trim();
}

/** Opens the Orders tab if the layout has tabs (it has on every screen size). */
export async function openOrdersTab(page: Page): Promise<void> {
  const tab = page.getByRole('tab', { name: /Orders/ });
  if (await tab.isVisible().catch(() => false)) await tab.click();
}
