/**
 * The thirty-first play-through's fixes, played as a student and a teacher would (the other wars:
 * Japan negotiating, striking north or south without Pearl Harbor, a convoy-first perimeter; a
 * teacher comparing two branches). Screenshots in test-results/play31-*.png.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { scenarioCopy, startLoaded } from './class-copy';
import { RESULTS } from './harness';
import {
  closePlayer,
  endTurn,
  LAPTOP,
  openGame,
  openOrdersTab,
  openPlayer,
  PHONE,
  shot,
  visibleText,
  waitForGame,
} from './play-kit';
import { playedReplay } from './played-replay';

const game = useBuiltGame();
const FILES = join(RESULTS, 'play31-files');

describe('play31: on a phone the move sheet stays above the End turn bar and its Danger line', () => {
  const TITLE = 'Southern oil, battleships in the Java Sea (play31)';
  it('a move can be confirmed while the Danger line shows (390×844, touch)', async () => {
    // Kongō and Haruna under the ABDA air forces on Java make the Danger line on turn 1 (as play25).
    // Seen in the grand campaign (seed p31-south, strike south in October 1941): the bar, grown by
    // the Danger line, was drawn over the sheet's Confirm order button, so no invasion could be ordered.
    const file = scenarioCopy('southern-oil-1942', FILES, 'southern-oil-play31-danger', TITLE, (s) => {
      for (const f of s.forces) if (f.id === 'kongo' || f.id === 'haruna') f.location = 'java-sea';
    });
    const player = await startLoaded(
      game.browser,
      game.server.url,
      file,
      TITLE,
      'japan',
      'play31-sheet',
      PHONE,
    );
    const { page, errors } = player;
    await expect.poll(() => visibleText(page, '#air-danger-alert')).toMatch(/^Danger: /);
    const noThanks = page.getByRole('button', { name: 'No thanks' });
    if (await noThanks.isVisible().catch(() => false)) await noThanks.tap();
    await openOrdersTab(page);
    const group = page.locator('#panel-orders [data-key="group-formosa"]');
    if (!(await group.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await group.tap();
    await page.locator('#panel-orders [data-key="pick-sixteenth-army"]').check();
    await page.locator('#panel-orders [data-key="pick-invasion-transports"]').check();
    await page.locator('[data-key="dest-borneo"]').tap();
    const confirm = page.locator('[data-key="confirm-move"]');
    await confirm.scrollIntoViewIfNeeded();
    // Nothing is drawn over the button: the element at its middle is the button.
    const onTop = await confirm.evaluate((e) => {
      const r = e.getBoundingClientRect();
      const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return at !== null && (at === e || e.contains(at));
    });
    await shot(page, 'play31-phone-sheet-danger');
    expect(onTop).toBe(true);
    // The sheet ends where the bar begins.
    const sheetBottom = await page.locator('#composer').evaluate((e) => e.getBoundingClientRect().bottom);
    const barTop = await page
      .locator('#end-turn')
      .evaluate((e) => (e.closest('.actions') as HTMLElement).getBoundingClientRect().top);
    expect(sheetBottom).toBeLessThanOrEqual(barTop + 1);
    await confirm.tap();
    await expect
      .poll(() => visibleText(page, '[aria-label="Japan\'s orders this turn"]'))
      .toContain('16th Army');
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 300_000);
});

describe('play31: a Japan that never went to war is not said to "fight on"', () => {
  const TITLE = 'The grand campaign with empty tanks (play31)';
  it('the will report says the leaders argue about accepting the American terms (1366)', async () => {
    // The grand campaign played by negotiating (seed p31-neg) ran out of oil in 1943; every month
    // the report said "Japan's leaders argue about ending the war … — they fight on" of a Japan at
    // peace. Empty tanks and a will at the peacetime doubt level (70) bring that argument on turn 1.
    const file = scenarioCopy('pacific-1941', FILES, 'pacific-play31-empty', TITLE, (s) => {
      s.sides.japan.stocks.oil = 0;
      s.sides.japan.stocks.will = 70;
    });
    const player = await startLoaded(
      game.browser,
      game.server.url,
      file,
      TITLE,
      'japan',
      'play31-peace',
      LAPTOP,
    );
    const { page, errors } = player;
    await openOrdersTab(page);
    await page.getByRole('button', { name: 'Decide: Keep negotiating', exact: true }).click();
    await endTurn(page);
    await page.getByRole('tab', { name: /Report/ }).click();
    const will = await visibleText(page, '#panel-report .report-will');
    await shot(page, 'play31-peace-will');
    expect(will).toContain("Japan's leaders argue about accepting the American terms");
    expect(will).not.toContain('argue about ending the war');
    expect(will).not.toContain('they fight on');
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 300_000);
});

describe('play31: comparing a game with a shorter one lists only the turns both played', () => {
  it('a branch beside its original: later events are counted, not listed as "only in game B" (1366)', async () => {
    // A teacher compared a grand-campaign branch (turns 10–16 played) with its 9-turn original: the
    // Doolittle raid, Midway and Guadalcanal were listed as "Only in game B", as if game A had
    // avoided them. Here: the Southern Oil Run's first turn, and its first four, by the same plans.
    const short = playedReplay(
      FILES,
      'play31-one-turn.replay.json',
      'southern-oil-1942.json',
      'play31-cmp',
      'historical',
      1,
    );
    const long = playedReplay(
      FILES,
      'play31-four-turns.replay.json',
      'southern-oil-1942.json',
      'play31-cmp',
      'historical',
      4,
    );
    const player = await openPlayer(game.browser, game.server.url, LAPTOP);
    const { page, errors } = player;
    await page.setInputFiles('#compare-replay-files', [short, long]);
    await page.locator('#compare-view .chart svg').first().waitFor();
    const onlyB = await visibleText(page, '[aria-label="Only in game B"]');
    await page.locator('[aria-label="Only in game B"]').scrollIntoViewIfNeeded();
    await shot(page, 'play31-compare-later');
    expect(await visibleText(page, '#compare-view')).toContain('One game is the beginning of the other');
    expect(onlyB).not.toMatch(/Turn [2-9]/);
    expect(onlyB).toMatch(/\d+ more after turn 1, where game A stops: not compared\./);
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 300_000);
});

describe("play31: the report's code-breaking item names the month it was read for", () => {
  it('beside the next notice, the report says which orders its reading came before (Midway, Allies, 1366)', async () => {
    // Grand campaign as the Allies (seed p31-allies): the notice above the map said "Code-breakers read
    // Japanese traffic" while the report beside it said "could not read enough … (chance 20%, rolled
    // 78)" — last month's reading, with nothing to say so.
    const player = await openPlayer(
      game.browser,
      `${game.server.url}?scenario=midway-1942&side=allies&seed=play31-intel`,
      LAPTOP,
    );
    const { page, errors } = player;
    await waitForGame(page);
    const date = await page.evaluate(() => window.__pov?.state().date);
    await endTurn(page);
    await page.getByRole('tab', { name: /Report/ }).click();
    const intel = await visibleText(page, '#panel-report .report-intelligence');
    await shot(page, 'play31-intel-month');
    // The first report's turn: the game's first week, as the report's heading names it.
    const [y, m, d] = String(date).split('-').map(Number);
    const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July'][(m ?? 1) - 1];
    expect(intel).toContain(`Before the orders of ${d} ${month} ${y}: Code-breakers`);
    expect(errors).toEqual([]);
    await closePlayer(player);
  }, 300_000);
});

describe('play31 §5.5: escorts sent to a sea area are said to guard its convoys', () => {
  it("the preview of the escorts' move says they cut what submarines sink there, not 'patrol there' (1366)", async () => {
    // Seen playing convoy-first (seed p31-conv): the escorts sent to the South China Sea were told
    // "Mission: attack the enemy in South China Sea"; a sea with no enemy read "patrol there". The
    // shipping war counts the escorts where they are (each escort ship 1% off what submarines sink on
    // the sea's lanes, at most 30%: rules.submarines), and nothing said so.
    const { page, errors } = await openGame(
      game.browser,
      `${game.server.url}?scenario=pacific-1941&side=japan&seed=play31-escorts&difficulty=easy`,
      LAPTOP,
    );
    await openOrdersTab(page);
    const group = page.locator('#panel-orders [data-key="group-home-islands"]');
    if (!(await group.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await group.click();
    await page.locator('#panel-orders [data-key="pick-jp-escorts"]').check();
    await page.locator('[data-key="dest-east-china-sea"]').click();
    const line = page.locator('#composer .preview .fact', { hasText: 'Mission' });
    await line.waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the words as a player reads them
    const words = (await line.innerText()).replace(/\s+/g, ' ');
    await page.locator('#composer .preview').scrollIntoViewIfNeeded();
    await shot(page, 'play31-escort-mission-1366');
    expect(words).toContain(
      'guard the convoys that sail through East China and Yellow Seas: escorts there cut what submarines sink on its lanes by 1% a ship, at most 30% (these 30 ships: 30%)',
    );
    expect(words).not.toContain('patrol there');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);
});
