/**
 * The frame every play script shares: serve the built game, launch the system
 * Chromium, run the script's play, and — whatever happened — close both and
 * write what it noticed to `<shots>/<tag>.txt` and the console.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, serveStatic } from '../../tests/browser/harness';
import { PHONE_WIDTH, parseScreen, type Screen } from '../../tests/browser/play-kit';

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

/**
 * The command line most play scripts take: `[width]x[height]` (1366x768 unless told), then words —
 * `touch` (a screen narrower than a phone's is touch anyway), the `flags` the script names, and the
 * rest in order (the seed first, 'play' unless told).
 */
export function playArgs(flags: readonly string[] = []): {
  size: string;
  screen: Screen;
  touch: boolean;
  flags: Set<string>;
  seed: string;
  rest: string[];
} {
  const [size = '1366x768', ...words] = process.argv.slice(2);
  const screen = parseScreen(size);
  const rest = words.filter((w) => w !== 'touch' && !flags.includes(w));
  return {
    size,
    screen,
    touch: words.includes('touch') || screen.width < PHONE_WIDTH,
    flags: new Set(words.filter((w) => flags.includes(w))),
    seed: rest[0] ?? 'play',
    rest: rest.slice(1),
  };
}
