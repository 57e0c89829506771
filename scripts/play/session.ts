/**
 * The frame every play script shares: serve the built game, launch the system
 * Chromium, run the script's play, and — whatever happened — close both and
 * write what it noticed to `<shots>/<tag>.txt` and the console.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, serveStatic } from '../../tests/browser/harness';

/** Where the play scripts put their screenshots and notes: `SHOTS`, or `shots/play` in the checkout (ignored by git). */
export function shotsDir(): string {
  const dir = process.env.SHOTS ?? join('shots', 'play');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function playSession(
  shots: string,
  tag: string,
  notes: string[],
  play: (browser: Browser, url: string) => Promise<void>,
): Promise<void> {
  const server = await serveStatic();
  const browser = await launchChromium();
  try {
    await play(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
    writeFileSync(join(shots, `${tag}.txt`), `${notes.join('\n')}\n`);
    console.log(notes.join('\n'));
  }
}

/** Runs a script's main and exits non-zero on any error. */
export function runScript(main: () => Promise<void>): void {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
