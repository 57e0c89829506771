/**
 * A play-through in Chromium as a student would play: opens a bundled
 * scenario by its class link, gives the orders a student gives (an invasion,
 * one into a sea the enemy fleet holds, an air mission), ends a few turns and
 * takes a screenshot of every screen into /work/shots/play/ (or SHOTS), to be
 * looked at. It asserts nothing: the browser tests do that.
 *
 *   npx tsx scripts/play/play.ts <scenario> <japan|allies> <width>x<height> [touch] [turns]
 *
 * Needs the production build (npm run build) and /usr/bin/chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickArea, launchChromium, serveStatic } from '../../tests/browser/harness';

const [scenario = 'southern-oil-1942', side = 'japan', size = '1366x768', ...rest] = process.argv.slice(2);
const touch = rest.includes('touch');
const turns = Number(rest.find((r) => /^\d+$/.test(r)) ?? 3);
const [width, height] = size.split('x').map(Number) as [number, number];
const SHOTS = process.env.SHOTS ?? '/work/shots/play';
mkdirSync(SHOTS, { recursive: true });
const tag = `${scenario}-${side}-${size}${touch ? '-touch' : ''}`;
const notes: string[] = [];
let n = 0;

async function shot(page: Page, what: string, full = false) {
  n += 1;
  const path = join(SHOTS, `${tag}-${String(n).padStart(2, '0')}-${what}.png`);
  await page.screenshot({ path, fullPage: full });
  notes.push(`${path}`);
}

async function text(page: Page, selector: string): Promise<string> {
  const loc = page.locator(selector);
  if ((await loc.count()) === 0) return '';
  return (
    (await loc
      .first()
      // biome-ignore lint/performance/useDomNodeTextContent: the words as a player reads them, blocks apart
      .innerText()
      .catch(() => '')) ?? ''
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The student orders tried in each scenario: forces picked in an area, sent to a destination. */
const TRIES: Record<
  string,
  Record<string, { label: string; from: string; forces: string[]; to: string }[]>
> = {
  'southern-oil-1942': {
    japan: [
      { label: 'army-alone-to-java', from: 'indochina-south', forces: ['twenty-fifth-army'], to: 'malaya' },
      {
        label: 'convoy-into-java-sea',
        from: 'formosa',
        forces: ['sixteenth-army', 'invasion-transports'],
        to: 'java',
      },
      {
        label: 'army-transports-luzon',
        from: 'formosa',
        forces: ['sixteenth-army', 'invasion-transports'],
        to: 'luzon',
      },
    ],
    allies: [
      {
        label: 'fleet-to-south-china-sea',
        from: 'java-sea',
        forces: ['houston', 'exeter'],
        to: 'south-china-sea',
      },
      { label: 'army-knil-borneo', from: 'java', forces: ['knil'], to: 'borneo' },
    ],
  },
  'oil-clock-1941': {
    japan: [
      { label: 'army-alone-luzon', from: 'formosa', forces: ['fourteenth-army'], to: 'luzon' },
      {
        label: 'army-transports-luzon',
        from: 'formosa',
        forces: ['fourteenth-army', 'formosa-transports'],
        to: 'luzon',
      },
    ],
    allies: [{ label: 'fleet-west', from: 'hawaii', forces: ['enterprise', 'lexington'], to: 'guam' }],
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
    ],
    allies: [
      {
        label: 'forager-saipan',
        from: 'marshalls',
        forces: ['v-amphibious-corps', 'forager-transports-north'],
        to: 'marianas',
      },
      { label: 'army-alone-marianas', from: 'marshalls', forces: ['v-amphibious-corps'], to: 'guam' },
    ],
  },
  'pacific-1941': {
    japan: [
      { label: 'army-alone-luzon', from: 'formosa', forces: ['fourteenth-army'], to: 'luzon' },
      {
        label: 'kido-butai-hawaii',
        from: 'home-islands',
        forces: ['akagi', 'kaga', 'soryu', 'hiryu'],
        to: 'hawaii',
      },
    ],
    allies: [{ label: 'fleet-west', from: 'hawaii', forces: ['enterprise', 'lexington'], to: 'marshalls' }],
  },
};

async function openOrdersTab(page: Page) {
  const tab = page.getByRole('tab', { name: /Orders/ });
  if (await tab.isVisible().catch(() => false)) await tab.click();
}

async function tryMove(page: Page, t: { label: string; from: string; forces: string[]; to: string }) {
  await openOrdersTab(page);
  const summary = page.locator(`[data-key="group-${t.from}"]`);
  if ((await summary.count()) === 0) {
    notes.push(`  (no group ${t.from})`);
    return;
  }
  const open = await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
  if (!open) await summary.click();
  for (const f of t.forces) {
    const box = page.locator(`[data-key="pick-${f}"]`);
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
    await page.evaluate(() => window.scrollTo(0, 0));
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

async function endTurn(page: Page): Promise<boolean> {
  const turn = await page.evaluate(() => window.__pov?.state().turn ?? 0);
  await page.locator('#end-turn').click();
  await page.waitForFunction(
    (t) => {
      const p = window.__pov;
      if (!p) return false;
      return p.phase() === 'over' || (p.state().turn > t && p.phase() === 'ordering');
    },
    turn,
    { timeout: 300_000, polling: 500 },
  );
  return (await page.evaluate(() => window.__pov?.phase())) === 'over';
}

async function main() {
  const server = await serveStatic();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width, height },
      hasTouch: touch,
      isMobile: touch,
      deviceScaleFactor: touch ? 2 : 1,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}?scenario=${scenario}&side=${side}&seed=play`);
    await page.waitForFunction(() => window.__pov?.ready === true, null, { timeout: 120_000 });
    await page.waitForTimeout(500);
    await shot(page, 'start');
    await openOrdersTab(page);
    await shot(page, 'orders-tab');
    for (const t of TRIES[scenario]?.[side] ?? []) await tryMove(page, t);
    await tryAirMission(page);
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
  } finally {
    await browser.close();
    await server.close();
    writeFileSync(join(SHOTS, `${tag}.txt`), `${notes.join('\n')}\n`);
    console.log(notes.join('\n'));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
