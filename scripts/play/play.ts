/**
 * A play-through in Chromium as a student would play: opens a bundled
 * scenario by its class link, gives the orders a student gives (an invasion,
 * one into a sea the enemy fleet holds, an air mission), ends a few turns and
 * takes a screenshot of every screen into shots/play/ (or SHOTS), to be
 * looked at. It asserts nothing: the browser tests do that.
 *
 *   npx tsx scripts/play/play.ts <scenario> <japan|allies> <width>x<height> [touch] [turns] [decide=<choice>] [difficulty=<level>]
 *
 * `decide=` takes one of the scenario's decisions on the first turn (e.g. the Oil Clock's
 * `decide=strike-south-pearl-harbor`), as a student would under Orders → Decisions.
 *
 * Needs the production build (npm run build) and /usr/bin/chromium.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickArea } from '../../tests/browser/harness';
import {
  closePlayer,
  endTurn,
  openOrdersTab,
  openPlayer,
  PHONE_WIDTH,
  parseScreen,
  visibleText as text,
  waitForGame,
} from '../../tests/browser/play-kit';
import { playSession, runScript, shotsDir } from './session';

const [scenario = 'southern-oil-1942', side = 'japan', size = '1366x768', ...rest] = process.argv.slice(2);
const screen = parseScreen(size);
const touch = rest.includes('touch') || screen.width < PHONE_WIDTH;
const turns = Number(rest.find((r) => /^\d+$/.test(r)) ?? 3);
const decide = rest.find((r) => r.startsWith('decide='))?.slice('decide='.length);
// The computer's level (the class link's `difficulty`): normal unless said, `history` for the real war's plan.
const difficulty = rest.find((r) => r.startsWith('difficulty='))?.slice('difficulty='.length);
const SHOTS = shotsDir();
const tag = `${scenario}-${side}-${size}${touch ? '-touch' : ''}${decide ? `-${decide}` : ''}${difficulty ? `-${difficulty}` : ''}`;
const notes: string[] = [];
let n = 0;

async function shot(page: Page, what: string, full = false) {
  n += 1;
  const path = join(SHOTS, `${tag}-${String(n).padStart(2, '0')}-${what}.png`);
  await page.screenshot({ path, fullPage: full });
  notes.push(`${path}`);
}

/**
 * The student orders tried in each scenario: forces picked in an area, sent to
 * a destination — an invasion too far away, one through or into a sea the
 * enemy fleet holds, an ordinary one. A force `all ships` presses Pick all ships.
 */
type Try = { label: string; from: string; forces: string[]; to: string };
const TRIES: Record<string, Record<string, Try[]>> = {
  'southern-oil-1942': {
    japan: [
      // The cruisers sail north, so the destroyers alone would escort the convoy through the Java Sea.
      { label: 'cruisers-north', from: 'formosa', forces: ['southern-cruisers'], to: 'east-china-sea' },
      {
        label: 'sea-held-java',
        from: 'formosa',
        forces: ['sixteenth-army', 'invasion-transports'],
        to: 'java',
      },
      {
        label: 'too-far-australia',
        from: 'formosa',
        forces: ['sixteenth-army', 'invasion-transports'],
        to: 'australia',
      },
      {
        label: 'into-java-sea',
        from: 'formosa',
        forces: ['sixteenth-army', 'invasion-transports'],
        to: 'java',
      },
      { label: 'carriers-far', from: 'home-islands', forces: ['akagi', 'kaga'], to: 'timor-sea' },
      { label: 'army-malaya-on', from: 'malaya', forces: ['twenty-fifth-army'], to: 'borneo' },
    ],
    allies: [
      { label: 'fleet-north', from: 'java-sea', forces: ['houston', 'exeter'], to: 'south-china-sea' },
      { label: 'knil-borneo', from: 'java', forces: ['knil'], to: 'borneo' },
      { label: 'usaffe-formosa', from: 'luzon', forces: ['usaffe'], to: 'formosa' },
    ],
  },
  'oil-clock-1941': {
    japan: [
      {
        label: 'army-luzon-peace',
        from: 'formosa',
        forces: ['fourteenth-army', 'formosa-transports'],
        to: 'luzon',
      },
      {
        label: 'too-far-java',
        from: 'indochina-north',
        forces: ['twenty-fifth-army', 'indochina-transports'],
        to: 'java',
      },
      {
        label: 'kido-butai-hawaii',
        from: 'home-islands',
        forces: ['akagi', 'kaga', 'soryu', 'hiryu'],
        to: 'hawaii',
      },
    ],
    allies: [
      { label: 'fleet-west', from: 'hawaii', forces: ['enterprise', 'lexington'], to: 'guam' },
      { label: 'army-formosa', from: 'luzon', forces: ['usaffe'], to: 'formosa' },
    ],
  },
  'midway-1942': {
    japan: [
      {
        label: 'landing-midway',
        from: 'marianas',
        forces: ['midway-landing-force', 'transport-group'],
        to: 'midway',
      },
      {
        label: 'too-far-hawaii',
        from: 'marianas',
        forces: ['midway-landing-force', 'transport-group'],
        to: 'hawaii',
      },
      {
        label: 'kido-butai',
        from: 'home-islands',
        forces: ['akagi', 'kaga', 'soryu', 'hiryu'],
        to: 'midway-approaches',
      },
    ],
    allies: [
      {
        label: 'carriers-midway',
        from: 'hawaii',
        forces: ['enterprise', 'hornet', 'yorktown'],
        to: 'midway-approaches',
      },
      { label: 'army-far', from: 'hawaii', forces: ['hawaiian-department'], to: 'marianas' },
    ],
  },
  'road-to-tokyo-1944': {
    japan: [
      {
        label: 'mobile-fleet',
        from: 'singapore',
        forces: ['taiho', 'shokaku', 'zuikaku'],
        to: 'philippine-sea',
      },
      {
        label: 'counter-landing',
        from: 'home-islands',
        forces: ['home-defence', 'reinforcement-transports'],
        to: 'marianas',
      },
    ],
    allies: [
      {
        label: 'forager-saipan',
        from: 'marshalls',
        forces: ['v-amphibious-corps', 'forager-transports-north'],
        to: 'marianas',
      },
      { label: 'army-alone-marianas', from: 'marshalls', forces: ['v-amphibious-corps'], to: 'guam' },
      {
        label: 'too-far-home',
        from: 'marshalls',
        forces: ['v-amphibious-corps', 'forager-transports-north'],
        to: 'home-islands',
      },
    ],
  },
  'pacific-1941': {
    japan: [
      { label: 'army-alone-luzon', from: 'formosa', forces: ['fourteenth-army'], to: 'luzon' },
      // More ships beyond their radius than the Kidō Butai's oilers fuel: the fleet train's refusal.
      { label: 'fleet-train-hawaii', from: 'home-islands', forces: ['all ships'], to: 'hawaiian-waters' },
      {
        label: 'kido-butai-hawaii',
        from: 'home-islands',
        forces: ['akagi', 'kaga', 'soryu', 'hiryu'],
        to: 'hawaii',
      },
      {
        label: 'too-far-australia',
        from: 'indochina-south',
        forces: ['twenty-fifth-army', 'jp-transports-indochina'],
        to: 'northern-australia',
      },
    ],
    allies: [
      { label: 'fleet-west', from: 'hawaii', forces: ['enterprise', 'lexington'], to: 'marshalls' },
      { label: 'army-far', from: 'hawaii', forces: ['hawaiian-department'], to: 'marianas' },
    ],
  },
};

/** One of the scenario's decisions, with what the Decisions section says of it before and after. */
async function takeDecision(page: Page, choice: string) {
  await openOrdersTab(page);
  const section = page.getByRole('region', { name: 'Decisions' });
  notes.push(`  decisions: ${await text(page, '[aria-label="Decisions"]')}`);
  const button = page.locator(`button[data-key="choose-${choice}"]`);
  if ((await button.count()) === 0) {
    notes.push(`  (no decision ${choice} to take now)`);
    return;
  }
  await button.scrollIntoViewIfNeeded();
  await shot(page, `decide-${choice}-before`);
  await button.click();
  await page.waitForTimeout(200);
  await section.scrollIntoViewIfNeeded();
  notes.push(`  decided ${choice}: ${await text(page, '[aria-label="Decisions"]')}`);
  notes.push(`  end-turn hint: ${await text(page, '#end-turn-hint')}`);
  await shot(page, `decide-${choice}-after`);
}

/** The Convoys policy, where a scenario has it: fewer ships at sea, fewer sunk, less carried. */
async function tryConvoys(page: Page) {
  await openOrdersTab(page);
  const select = page.locator('#policy-sailings');
  if ((await select.count()) === 0) {
    notes.push('  no Convoys policy here');
    return;
  }
  const options = await select.locator('option').allInnerTexts();
  notes.push(`  convoys options: ${options.join(' | ')}`);
  await select.scrollIntoViewIfNeeded();
  const values = await select
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await select.selectOption(values[values.length - 1] ?? '');
  await page.waitForTimeout(200);
  notes.push(`  home front: ${await text(page, '.home-front')}`);
  await shot(page, 'convoys');
}

async function tryMove(page: Page, t: Try) {
  await openOrdersTab(page);
  const summary = page.locator(`#panel-orders [data-key="group-${t.from}"]`);
  if ((await summary.count()) === 0) {
    notes.push(`  (no group ${t.from})`);
    return;
  }
  const open = await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
  if (!open) await summary.click();
  for (const f of t.forces) {
    if (f === 'all ships') {
      // The fleet in port at once, as a player presses Pick all ships.
      await page.locator(`#panel-orders [data-key="pick-all ships-${t.from}"]`).click();
      continue;
    }
    const box = page.locator(`#panel-orders [data-key="pick-${f}"]`);
    if ((await box.count()) === 0 || !(await box.isVisible())) notes.push(`  (no force ${f} to pick)`);
    else {
      // On a phone the move sheet covers the lower half: a player scrolls the box above it first.
      if (touch) await box.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await box.check();
    }
  }
  await shot(page, `${t.label}-picked`);
  const dest = page.locator(`[data-key="dest-${t.to}"]`);
  if ((await dest.count()) > 0) {
    if (touch) await dest.evaluate((e) => e.scrollIntoView({ block: 'nearest' }));
    await dest.click();
  } else if (touch) {
    // Not in the list: the player scrolls up to the map and taps the area.
    await page.locator('#board').evaluate((b) => b.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    const p = await page.evaluate((id) => window.__pov?.areaOnScreen(id) ?? null, t.to);
    if (p) await page.touchscreen.tap(p.x, p.y);
    else notes.push(`  ${t.to} not on the board`);
  } else await clickArea(page, t.to).catch((e) => notes.push(`  ${String(e)}`));
  await page.waitForTimeout(300);
  notes.push(`  ${t.label}: composer: ${await text(page, '#composer')}`);
  await shot(page, `${t.label}-composer`);
  const confirm = page.locator('[data-key="confirm-move"]');
  if ((await confirm.count()) > 0 && (await confirm.isEnabled())) {
    await confirm.click();
    notes.push(`  ${t.label}: confirmed`);
  } else {
    const clear = page.locator('[data-key="composer-clear"]');
    if ((await clear.count()) > 0) await clear.click();
  }
}

async function tryAirMission(page: Page) {
  await openOrdersTab(page);
  const selects = page.locator('select[data-key^="air-"]');
  const count = await selects.count();
  if (count === 0) {
    notes.push('  no air missions offered');
    return;
  }
  const sel = selects.first();
  const options = await sel.locator('option').allInnerTexts();
  notes.push(`  air mission options (${options.length}): ${options.slice(0, 8).join(' | ')}`);
  await sel.scrollIntoViewIfNeeded();
  await shot(page, 'air-missions');
  const key = (await sel.getAttribute('data-key')) ?? '';
  await page.locator(`[data-key="air-order-${key.slice(4)}"]`).click();
  await page.waitForTimeout(200);
  notes.push(`  orders now: ${JSON.stringify(await page.evaluate(() => window.__pov?.orders()))}`);
}

async function main() {
  await playSession(SHOTS, tag, notes, async (browser, url) => {
    const player = await openPlayer(
      browser,
      `${url}?scenario=${scenario}&side=${side}&seed=play${difficulty ? `&difficulty=${difficulty}` : ''}`,
      screen,
      touch,
    );
    const { page, errors } = player;
    await waitForGame(page);
    await page.waitForTimeout(500);
    await shot(page, 'start');
    await openOrdersTab(page);
    await shot(page, 'orders-tab');
    for (const t of TRIES[scenario]?.[side] ?? []) await tryMove(page, t);
    await tryAirMission(page);
    await tryConvoys(page);
    if (decide) await takeDecision(page, decide);
    notes.push(`  end-turn hint: ${await text(page, '#end-turn-hint')}`);
    await shot(page, 'before-end-turn');
    for (let i = 0; i < turns; i += 1) {
      const over = await endTurn(page);
      await page.waitForTimeout(500);
      if (over) {
        await shot(page, 'end-screen');
        await shot(page, 'end-screen-full', true);
        notes.push(`  end: ${(await text(page, 'body')).slice(0, 1500)}`);
        break;
      }
      const intel = await text(page, '#intel');
      if (intel && (await page.locator('#intel').isVisible()))
        notes.push(`  turn ${i + 2} intelligence: ${intel}`);
      const report = page.getByRole('tab', { name: /Report/ });
      if (await report.isVisible().catch(() => false)) await report.click();
      await shot(page, `turn${i + 2}-report`);
      notes.push(
        `  turn ${i + 2} report: ${(await text(page, '[role="tabpanel"]:not([hidden])')).slice(0, 2500)}`,
      );
      const intents = page.locator('.intents');
      if ((await intents.count()) > 0 && (await intents.first().isVisible())) {
        await intents.first().scrollIntoViewIfNeeded();
        await shot(page, `turn${i + 2}-intents`);
        // biome-ignore lint/performance/useDomNodeTextContent: the words as a player reads them
        notes.push(`  intents: ${(await intents.first().innerText()).replace(/\s+/g, ' ').slice(0, 1500)}`);
      }
      if (i === 0) for (const t of TRIES[scenario]?.[side] ?? []) await tryMove(page, t);
    }
    notes.push(`errors: ${JSON.stringify(errors)}`);
    await closePlayer(player);
  });
}

runScript(main);
