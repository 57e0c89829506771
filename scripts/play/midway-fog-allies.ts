/**
 * Midway as the Allies under the fog of war (playfog26): every turn ended as it is; each turn the
 * board, the code-breakers' notice and what the board draws of Japan's ships are kept. Asserts nothing.
 *
 *   npx tsx scripts/play/midway-fog-allies.ts [width]x[height] [touch] [seed] [turns]
 */
import { join } from 'node:path';
import { closePlayer, endTurn, openPlayer, visibleText, waitForGame } from '../../tests/browser/play-kit';
import { playArgs, playSession, runScript, shotsDir } from './session';

const { size, screen, touch, seed, rest } = playArgs();
const turns = Number(rest[0] ?? 12);
const SHOTS = shotsDir();
const tag = `midway-fog-allies-${size}-${seed}`;
const notes: string[] = [];

runScript(() =>
  playSession(SHOTS, tag, notes, async (browser, url) => {
    const player = await openPlayer(
      browser,
      `${url}?scenario=midway-1942&side=allies&seed=${seed}`,
      screen,
      touch,
    );
    const { page, errors } = player;
    await waitForGame(page);
    for (let turn = 1; turn <= turns; turn++) {
      await page.waitForTimeout(1500);
      notes.push(`turn ${turn}: intel: ${await visibleText(page, '#intel')}`);
      notes.push(
        `turn ${turn}: drawn japan: ${await page.evaluate(() => {
          const d = window.__pov?.drawnForces() ?? {};
          const s = window.__pov?.state();
          return Object.entries(d)
            .map(([a, ids]) => [
              a,
              (ids ?? []).filter(
                (id) =>
                  s?.forces.find((f) => f.id === id)?.side === 'japan' &&
                  ['akagi', 'kaga', 'soryu', 'hiryu'].includes(id),
              ),
            ])
            .filter(([, ids]) => (ids?.length ?? 0) > 0)
            .map(([a, ids]) => `${a}:${(ids as string[]).join('+')}`)
            .join(' ');
        })}; true akagi at ${await page.evaluate(() => window.__pov?.state().forces.find((f) => f.id === 'akagi')?.location)}`,
      );
      await page.screenshot({ path: join(SHOTS, `${tag}-t${turn}-board.png`) });
      if (await endTurn(page)) {
        notes.push(`over after turn ${turn}`);
        break;
      }
    }
    await page.screenshot({ path: join(SHOTS, `${tag}-end.png`) });
    if (errors.length) notes.push(`errors: ${errors.join(' | ')}`);
    await closePlayer(player);
  }),
);
