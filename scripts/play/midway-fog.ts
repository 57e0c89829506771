/**
 * Midway under the fog of war, as a student meets it: plays `side` with no orders for `turns` turns
 * and keeps, each turn, the board, the report and the notes of what the board shows of the enemy's
 * ships at sea (window.__pov.drawnForces) against where they really are (window.__pov.state()).
 * Screenshots and notes into shots/play/ (or SHOTS), to be looked at; it asserts nothing.
 *
 *   npx tsx scripts/play/midway-fog.ts [width]x[height] [japan|allies] [turns] [seed]
 *
 * Needs the production build (npm run build) and /usr/bin/chromium.
 */
import { join } from 'node:path';
import {
  closePlayer,
  endTurn,
  openPlayer,
  PHONE_WIDTH,
  parseScreen,
  visibleText,
  waitForGame,
} from '../../tests/browser/play-kit';
import { playSession, runScript, shotsDir } from './session';

const [size = '1366x768', side = 'japan', turnsArg = '6', seed = 'fog-play'] = process.argv.slice(2);
const screen = parseScreen(size);
const touch = screen.width < PHONE_WIDTH;
const SHOTS = shotsDir();
const tag = `midway-fog-${side}-${size}`;
const notes: string[] = [];

runScript(() =>
  playSession(SHOTS, tag, notes, async (browser, url) => {
    const player = await openPlayer(
      browser,
      `${url}?scenario=midway-1942&side=${side}&seed=${seed}`,
      screen,
      touch,
    );
    const { page, errors } = player;
    await waitForGame(page);
    for (let turn = 1; turn <= Number(turnsArg); turn++) {
      const seen = await page.evaluate((me) => {
        const pov = window.__pov;
        if (!pov) return null;
        const drawn = pov.drawnForces();
        const state = pov.state();
        const enemyAtSea = state.forces.filter(
          (f) => f.side !== me && f.status === 'active' && f.location.includes('-') && f.type !== 'army',
        );
        return enemyAtSea.map(
          (f) =>
            `${f.name}@${f.location}${(drawn[f.location] ?? []).includes(f.id) ? ' (shown)' : ' (hidden)'}`,
        );
      }, side);
      notes.push(`turn ${turn}: enemy away from land — ${seen?.join('; ') ?? '?'}`);
      await page.screenshot({ path: join(SHOTS, `${tag}-t${turn}-board.png`) });
      if (await endTurn(page)) break;
      await page.getByRole('tab', { name: /Report/ }).click();
      await page.screenshot({ path: join(SHOTS, `${tag}-t${turn}-report.png`) });
      notes.push(`report ${turn}: ${(await visibleText(page, '#panel-report')).slice(0, 600)}`);
    }
    if (errors.length) notes.push(`errors: ${errors.join(' | ')}`);
    await closePlayer(player);
  }),
);
