/**
 * The grand campaign as a student plays the ALLIES (play21): reads the Decisions, the Home front
 * and Production; sends the Pacific Fleet's and the Asiatic Fleet's submarines to the sea lanes,
 * the Far East Air Force to defend Luzon, the carriers to sea; after the war begins lands the
 * Hawaiian Department at Wake, reinforces Luzon, sends the RAF to strike and the submarines on;
 * ends turns to `turns` and reads every report. Screenshots and notes into shots/play/ (or SHOTS),
 * to be looked at; it asserts nothing.
 *
 *   npx tsx scripts/play/campaign-allies.ts [width]x[height] [turns]
 *
 * Needs the production build (npm run build) and /usr/bin/chromium.
 */
import type { Page } from 'playwright-core';
import {
  closePlayer,
  endTurn,
  openOrdersTab,
  openPlayer,
  PHONE_WIDTH,
  parseScreen,
  visibleText,
  waitForGame,
} from '../../tests/browser/play-kit';
import { campaignKit } from './campaign-kit';
import { playSession, runScript, shotsDir } from './session';

const [size = '1366x768', turnsArg = '11'] = process.argv.slice(2);
const screen = parseScreen(size);
const touch = screen.width < PHONE_WIDTH;
const lastTurn = Number(turnsArg);
const SHOTS = shotsDir();
const tag = `campaign-allies-${size}`;
const { notes, shot, section, move } = campaignKit(SHOTS, tag);

/** Orders an air group's mission: the first option starting with `prefix`, or the group's default. */
async function air(page: Page, force: string, prefix: string) {
  await openOrdersTab(page);
  const select = page.locator(`select[data-key="air-${force}"]`);
  if ((await select.count()) === 0) {
    notes.push(`  air ${force}: no mission offered`);
    return;
  }
  const options = await select
    .locator('option')
    .evaluateAll((os) => os.map((o) => ({ v: (o as HTMLOptionElement).value, t: o.textContent ?? '' })));
  notes.push(`  air ${force} options: ${options.map((o) => o.t).join(' | ')}`);
  const pick = options.find((o) => o.t.startsWith(prefix));
  if (pick) await select.selectOption(pick.v);
  await page.locator(`[data-key="air-order-${force}"]`).click();
  await page.waitForTimeout(200);
  notes.push(`  air ${force}: ${await visibleText(page, `[data-key="note-air-order-${force}"]`)}`);
}

/** The orders of a turn, by turn number. */
const PLAN: Record<number, (page: Page) => Promise<void>> = {
  1: async (page) => {
    await move(page, 'subs-pacific', 'hawaii', ['us-pacific-submarines'], 'central-pacific');
    await move(page, 'subs-asiatic', 'luzon', ['asiatic-submarines'], 'south-china-sea');
    await air(page, 'feaf', 'Defend');
  },
  3: async (page) => {
    await move(
      page,
      'carriers-out',
      'hawaii',
      ['lexington', 'enterprise', 'us-pacific-cruisers'],
      'hawaiian-waters',
    );
    await move(
      page,
      'west-coast-to-hawaii',
      'us-west-coast',
      ['western-defense', 'us-transports-west-coast'],
      'hawaii',
    );
    await air(page, 'raf-malaya', 'Strike');
  },
  5: async (page) => {
    await move(
      page,
      'landing-wake',
      'hawaii',
      ['hawaiian-department', 'us-transports-hawaii', 'us-pacific-destroyers'],
      'wake',
    );
    await move(page, 'subs-on', 'central-pacific', ['us-pacific-submarines'], 'philippine-sea');
    await air(page, 'hawaiian-air', 'Cover');
  },
  7: async (page) => {
    await move(
      page,
      'landing-gilberts',
      'hawaii',
      ['western-defense', 'us-transports-west-coast'],
      'gilberts',
    );
    await move(
      page,
      'landing-solomons',
      'eastern-australia',
      ['australian-home-forces', 'allied-transports-australia', 'ran-cruisers'],
      'solomons',
    );
  },
};

async function main() {
  await playSession(SHOTS, tag, notes, async (browser, url) => {
    const player = await openPlayer(
      browser,
      `${url}?scenario=pacific-1941&side=allies&seed=student-allies`,
      screen,
      touch,
    );
    const { page, errors } = player;
    await waitForGame(page);
    await shot(page, 'start');
    for (const s of ['Decisions', 'Home front', 'Production', 'Air missions']) await section(page, s);
    for (let turn = 1; turn <= lastTurn; turn++) {
      await PLAN[turn]?.(page);
      notes.push(
        `  turn ${turn} orders: ${JSON.stringify(await page.evaluate(() => window.__pov?.orders()))}`,
      );
      notes.push(`  turn ${turn} hint: ${await visibleText(page, '#end-turn-hint')}`);
      if (await endTurn(page)) {
        await page.waitForTimeout(500);
        await shot(page, 'end-screen');
        notes.push(`  end: ${(await visibleText(page, 'body')).slice(0, 2500)}`);
        break;
      }
      await page.getByRole('tab', { name: /Report/ }).click();
      await shot(page, `turn${turn + 1}-report`);
      notes.push(`  turn ${turn + 1} report: ${(await visibleText(page, '#panel-report')).slice(0, 4000)}`);
      notes.push(`  hud: ${await visibleText(page, '#hud')}`);
    }
    notes.push(`errors: ${JSON.stringify(errors)}`);
    await closePlayer(player);
  });
}

runScript(main);
