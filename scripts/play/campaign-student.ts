/**
 * The grand campaign as a student plays Japan's first months: reads the
 * Decisions, the Home front and Production; keeps negotiating, cuts rationing,
 * sends 80% of the cargo fleet, orders 5 freighters and tries 50 escorts (more
 * than the industry pays or the shipyards have room for: the panel refuses them); next turn strikes south with Pearl Harbor (the
 * Kidō Butai and its oilers to Hawaiian waters) and tries the Luzon landing the
 * same turn; the turn after, lands on Luzon and Malaya with an air strike; then
 * ends turns to `turns` and reads every report. Screenshots and notes into
 * shots/play/ (or SHOTS), to be looked at; it asserts nothing.
 *
 *   npx tsx scripts/play/campaign-student.ts [width]x[height] [turns]
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

const [size = '1366x768', turnsArg = '9'] = process.argv.slice(2);
const screen = parseScreen(size);
const touch = screen.width < PHONE_WIDTH;
const lastTurn = Number(turnsArg);
const SHOTS = shotsDir();
const tag = `campaign-student-${size}`;
const { notes, shot, section, move } = campaignKit(SHOTS, tag);

async function build(page: Page, item: string, count: number) {
  await openOrdersTab(page);
  await page.locator(`[data-key="count-${item}"]`).fill(String(count));
  const order = page.locator(`[data-key="build-${item}"]`);
  // An order the panel already refuses (the shipyards' room, the industry) has its button disabled: note why
  // and go on, as a student would, instead of waiting for a click that cannot happen.
  if (await order.isDisabled()) {
    notes.push(
      `  build ${count} ${item}: refused before ordering: ${await visibleText(page, `[data-key="note-build-${item}"]`)}`,
    );
    return;
  }
  await order.click();
  await page.waitForTimeout(200);
  notes.push(`  build ${count} ${item}: ${await visibleText(page, `[data-key="note-build-${item}"]`)}`);
}

async function main() {
  await playSession(SHOTS, tag, notes, async (browser, url) => {
    const player = await openPlayer(
      browser,
      `${url}?scenario=pacific-1941&side=japan&seed=student`,
      screen,
      touch,
    );
    const { page, errors } = player;
    await waitForGame(page);
    await shot(page, 'start');
    for (const s of ['Decisions', 'Home front', 'Production']) await section(page, s);
    await page.locator('button[data-key="choose-negotiate"]').click();
    await page.locator('#policy-rationing').selectOption('1');
    await page.locator('#policy-sailings').selectOption('80');
    await build(page, 'merchant-ships', 5);
    await build(page, 'escorts', 50);
    await section(page, 'Production');
    notes.push(
      `  industry tile: ${await visibleText(page, '.tile:has([data-testid="stock-japan-industry"])')}`,
    );
    for (let turn = 2; turn <= lastTurn; turn++) {
      if (await endTurn(page)) {
        await shot(page, 'end-screen');
        break;
      }
      await page.getByRole('tab', { name: /Report/ }).click();
      await shot(page, `turn${turn}-report`);
      notes.push(`  turn ${turn} report: ${(await visibleText(page, '#panel-report')).slice(0, 3000)}`);
      if (turn === 2) {
        await move(
          page,
          'kido-butai',
          'home-islands',
          ['akagi', 'kaga', 'soryu', 'hiryu', 'kido-butai-oilers'],
          'hawaiian-waters',
        );
        await openOrdersTab(page);
        await page.locator('button[data-key="choose-strike-south-pearl-harbor"]').click();
        // A landing the same turn as the decision: refused until next turn, as the decision's words say.
        await move(
          page,
          'luzon-same-turn',
          'formosa',
          ['fourteenth-army', 'jp-transports-formosa', 'jp-destroyers-formosa'],
          'luzon',
        );
      }
      if (turn === 3) {
        await move(
          page,
          'luzon',
          'formosa',
          ['fourteenth-army', 'jp-transports-formosa', 'jp-destroyers-formosa', 'jp-cruisers-formosa'],
          'luzon',
        );
        await move(
          page,
          'malaya',
          'indochina-south',
          ['twenty-fifth-army', 'jp-transports-indochina', 'jp-destroyers-south', 'jp-cruisers-south'],
          'malaya',
        );
        const air = page.locator('select[data-key="air-eleventh-air-fleet"]');
        if ((await air.count()) > 0) {
          const values = await air
            .locator('option')
            .evaluateAll((os) =>
              os.map((o) => ({ v: (o as HTMLOptionElement).value, t: o.textContent ?? '' })),
            );
          const strike = values.find((o) => o.t.startsWith('Strike: Luzon'));
          if (strike) await air.selectOption(strike.v);
          await page.locator('[data-key="air-order-eleventh-air-fleet"]').click();
        }
        await section(page, 'Air missions');
      }
      notes.push(
        `  turn ${turn} orders: ${JSON.stringify(await page.evaluate(() => window.__pov?.orders()))}`,
      );
    }
    notes.push(`errors: ${JSON.stringify(errors)}`);
    await closePlayer(player);
  });
}

runScript(main);
