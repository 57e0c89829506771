/**
 * What the grand-campaign play scripts share (campaign-student.ts as Japan, campaign-allies.ts as the
 * Allies): numbered screenshots into SHOTS, the notes to print, an Orders section kept as a screenshot and
 * its words, and a move ordered through the Orders panel as a student would.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openOrdersTab, visibleText } from '../../tests/browser/play-kit';

export interface CampaignKit {
  notes: string[];
  shot(page: Page, what: string): Promise<void>;
  /** A section of the Orders tab, scrolled to, kept as a screenshot and its words. */
  section(page: Page, name: string): Promise<void>;
  /** Ticks `forces` in `from` under Orders, sends them to `to` and confirms if the panel lets it (else clears). */
  move(page: Page, label: string, from: string, forces: readonly string[], to: string): Promise<void>;
}

export function campaignKit(shots: string, tag: string): CampaignKit {
  const notes: string[] = [];
  let n = 0;
  const shot = async (page: Page, what: string) => {
    n += 1;
    const path = join(shots, `${tag}-${String(n).padStart(2, '0')}-${what}.png`);
    await page.screenshot({ path });
    notes.push(path);
  };
  const section = async (page: Page, name: string) => {
    await openOrdersTab(page);
    const region = page.getByRole('region', { name });
    if ((await region.count()) === 0) {
      notes.push(`  (no ${name} section)`);
      return;
    }
    await region.scrollIntoViewIfNeeded();
    await shot(page, name.toLowerCase().replace(/ /g, '-'));
    notes.push(`  ${name}: ${await visibleText(page, `[aria-label="${name}"]`)}`);
  };
  const move = async (page: Page, label: string, from: string, forces: readonly string[], to: string) => {
    await openOrdersTab(page);
    const summary = page.locator(`#panel-orders [data-key="group-${from}"]`);
    if ((await summary.count()) === 0) {
      notes.push(`  ${label}: no forces in ${from}`);
      return;
    }
    if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
    for (const f of forces) {
      const box = page.locator(`#panel-orders [data-key="pick-${f}"]`);
      if ((await box.count()) > 0) await box.check();
      else notes.push(`  ${label}: no ${f} to pick`);
    }
    const listed = page.locator(`[data-key="dest-${to}"]`);
    const why = page.locator(`[data-key="why-not-${to}"]`);
    if ((await listed.count()) > 0) await listed.click();
    else if ((await why.count()) > 0) {
      await why
        .locator('xpath=ancestor::details')
        .first()
        .evaluate((d) => {
          (d as HTMLDetailsElement).open = true;
        });
      await why.click();
    }
    await page.waitForTimeout(300);
    notes.push(`  ${label}: ${await visibleText(page, '#composer')}`);
    await shot(page, label);
    const confirm = page.locator('[data-key="confirm-move"]');
    if ((await confirm.count()) > 0 && (await confirm.isEnabled())) {
      await confirm.click();
      notes.push(`  ${label}: confirmed`);
    } else {
      const clear = page.locator('[data-key="composer-clear"]');
      if ((await clear.count()) > 0) await clear.click();
    }
  };
  return { notes, shot, section, move };
}
