/**
 * Carriers that stay off an enemy port with no oil to strike it again (phases/port-strike.ts,
 * report item `restrike-no-oil`): the report's Battles section says so, in the words the CLI
 * prints (src/text/battle-text.ts `restrikeNoOilText`). Without it the player saw the fleet sit
 * next to the port and nothing happen. Midway as Japan, Kidō Butai's four carriers lying in
 * Hawaiian waters beside Pearl Harbor when the game begins, and both sides' oil at 0. Screenshot at
 * 1366×768 in test-results/portstay29-no-oil-1366.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { startLoaded } from './class-copy';
import { RESULTS, ROOT } from './harness';
import { closePlayer, endTurn, LAPTOP, shot, visibleText } from './play-kit';

const game = useBuiltGame();
const KIDO_BUTAI = ['akagi', 'kaga', 'soryu', 'hiryu'];

describe('portstay29: carriers off a port with no oil to strike it again', () => {
  it('the report says why they did not strike', async () => {
    const s = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'midway-1942.json'), 'utf8'));
    const title = 'Midway, Kido Butai off Pearl Harbor without oil';
    s.meta.id = 'midway-portstay29';
    s.meta.title = title;
    for (const f of s.forces) if (KIDO_BUTAI.includes(f.id)) f.location = 'hawaiian-waters';
    s.sides.japan.stocks.oil = 0;
    // The Allies' fleet at Pearl Harbor cannot sortie to fight them at sea first (a battle at sea
    // comes before a port strike): no oil either.
    s.sides.allies.stocks.oil = 0;
    const dir = join(RESULTS, 'portstay29-files');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'no-oil.json');
    writeFileSync(file, JSON.stringify(s));
    const player = await startLoaded(game.browser, game.server.url, file, title, 'japan', 'ps29', LAPTOP);
    const { page, errors } = player;
    await endTurn(page);
    await page.getByRole('tab', { name: /Report/ }).click();
    const line = page.locator('.report-list li', { hasText: 'had no oil to strike it again' });
    await expect.poll(() => line.count()).toBe(1);
    const words = ((await line.first().textContent()) ?? '').replace(/\s+/g, ' ');
    expect(words).toContain('No strike');
    expect(words).toMatch(
      /Akagi, Kaga, Sōryū and Hiryū stayed in Hawaiian waters off Hawaii \(Pearl Harbor\) but had no oil to strike it again: they needed [\d,]+ thousand barrels and 0 were left\./,
    );
    expect(await visibleText(page, '#panel-report')).toContain('Battles');
    await line.first().scrollIntoViewIfNeeded();
    await shot(page, 'portstay29-no-oil-1366');
    expect(errors).toEqual([]);
    await closePlayer(player);
  });
});
