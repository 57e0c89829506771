/**
 * The common frame of every browser test file: serve the production build
 * (dist/) and start Chromium before the file's tests, close both after.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, RESULTS, type StaticServer, serveStatic } from './harness';

export interface BuiltGame {
  readonly server: StaticServer;
  readonly browser: Browser;
}

export function useBuiltGame(): BuiltGame {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await serveStatic();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the static server is not running (beforeAll has not run)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not running (beforeAll has not run)');
      return browser;
    },
  };
}
