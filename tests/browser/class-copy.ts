/**
 * A teacher's class copy of a bundled scenario, as the play tests make one: the bundled file edited
 * (a unit moved, a stock set) and written under `dir` with its own id and title; then loaded from
 * the start screen as a teacher's file is, with a side and a fixed seed (the computer's moves
 * depend on it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from './harness';
import { isPhone, openPlayer, type PlayerPage, type Screen, waitForGame } from './play-kit';

/** The Southern Oil Run edited by `edit`, written as `<dir>/<id>.json`; its path. */
// biome-ignore lint/suspicious/noExplicitAny: tests edit raw scenario JSON
export function southernOilCopy(dir: string, id: string, title: string, edit: (s: any) => void): string {
  return scenarioCopy('southern-oil-1942', dir, id, title, edit);
}

/** The bundled scenario `base` (e.g. `midway-1942`) edited by `edit`, written as `<dir>/<id>.json`; its path. */
export function scenarioCopy(
  base: string,
  dir: string,
  id: string,
  title: string,
  // biome-ignore lint/suspicious/noExplicitAny: tests edit raw scenario JSON
  edit: (s: any) => void,
): string {
  const s = JSON.parse(readFileSync(join(ROOT, `scenarios/${base}.json`), 'utf8'));
  s.meta.id = id;
  s.meta.title = title;
  edit(s);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${s.meta.id}.json`);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

/**
 * Loads scenario `file` (its card titled `title`) from the start screen and starts it as `side` with
 * `seed`, with the fog of war as the start screen has it (on) unless `fog` is false.
 */
export async function startLoaded(
  browser: Browser,
  url: string,
  file: string,
  title: string,
  side: 'japan' | 'allies',
  seed: string,
  screen: Screen,
  fog = true,
): Promise<PlayerPage> {
  const player = await openPlayer(browser, url, screen, isPhone(screen));
  const { page } = player;
  await page.setInputFiles('#load-scenario-file', file);
  await page.locator('.scenario-card', { hasText: title }).waitFor();
  await page.locator(`input[name="side"][value="${side}"]`).check();
  await page.locator('#seed').fill(seed);
  if (!fog) await page.locator('#fog').uncheck();
  await page.getByRole('button', { name: 'Start the game' }).click();
  await waitForGame(page);
  return player;
}
