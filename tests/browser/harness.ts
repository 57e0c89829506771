/**
 * Browser test harness: serves the production build (dist/) from a tiny static
 * server and drives the system Chromium with playwright-core. No browser is
 * ever downloaded; `scripts/ensure-chromium.mjs` explains how to get one.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const RESULTS = join(ROOT, 'test-results');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a free port. Only files inside `dir`; anything else is a 404. */
export async function serveStatic(dir: string = DIST): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: build the game first (npx vite build)`);
  }
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath}: run "node scripts/ensure-chromium.mjs" or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A page that records every console error and uncaught exception, for tests to assert on. */
export interface WatchedPage {
  page: Page;
  errors: string[];
}

export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 720 },
): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport });
  // The machine is shared: under load a step can take far longer than on a quiet one.
  page.setDefaultTimeout(60_000);
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) =>
    errors.push(`request failed: ${req.url()} (${req.failure()?.errorText})`),
  );
  await page.goto(url);
  return { page, errors };
}

/** Waits until the game says its board is drawn and the End turn button works. */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__pov?.ready === true, null, { timeout: 60_000 });
}

export function screenshotPath(name: string): string {
  return join(RESULTS, `${name}.png`);
}

/** Hot-seat: waits for the hand-over screen, says the named side's player is ready, and waits out the turn's playback. */
export async function takeOver(page: Page, side: 'Japan' | 'Allies'): Promise<void> {
  const who = side === 'Japan' ? 'Japanese' : 'Allied';
  await page.getByRole('button', { name: `I am the ${who} player — show my turn` }).click();
  // The turn just played is shown first, in this player's own view (ui29); their orders come after it.
  await page.waitForFunction(
    () => {
      const phase = window.__pov?.phase();
      return phase === 'ordering' || phase === 'over';
    },
    null,
    { timeout: 300_000, polling: 250 },
  );
}

/** Clicks an area of the board where the game says it is drawn (the test hook's `areaOnScreen`). */
export async function clickArea(page: Page, id: string): Promise<void> {
  const p = await page.evaluate((area) => window.__pov?.areaOnScreen(area) ?? null, id);
  if (!p) throw new Error(`area ${id} is not on the board`);
  await page.mouse.click(p.x, p.y);
}

/** Opens the Orders panel's group of forces in `area`, if it is closed. */
export async function openGroup(page: Page, area: string): Promise<void> {
  const summary = page.locator(`[data-key="group-${area}"]`);
  const open = await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open);
  if (!open) await summary.click();
}

/**
 * A page of its own for a module of the project (`entry`, from the repository's root), bundled by
 * Vite in library mode as `file` into a new temporary directory with an index.html that loads it:
 * the engine in a real browser (tests/browser/determinism.test.ts, bench/browser.ts). Returns the
 * directory (serve it with serveStatic; the caller removes it).
 */
export async function buildEntryPage(entry: string, file: string, prefix = 'pov-entry-'): Promise<string> {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), prefix));
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: false,
      lib: { entry: join(ROOT, entry), formats: ['es'], fileName: () => file },
    },
  });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><meta charset="utf-8"><script type="module" src="./${file}"></script>`,
  );
  return dir;
}
