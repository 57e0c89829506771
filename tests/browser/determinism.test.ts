/**
 * Determinism across runtimes: the golden replays of every bundled scenario,
 * replayed by the engine inside headless Chromium, must give the same state
 * hash on every turn as Node does (integers, a seeded generator with its state
 * in the game, and no clock are what make this hold).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayHashes } from '../../src/replay/replay-hashes';
import { buildEntryPage, launchChromium, ROOT, type StaticServer, serveStatic } from './harness';

const scenarioDir = join(ROOT, 'scenarios');
const goldenDir = join(ROOT, 'tests/golden');
const cases = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.replay.json'))
  .map((f) => {
    const id = f.replace('.replay.json', '');
    return {
      id,
      scenario: readFileSync(join(scenarioDir, `${id}.json`), 'utf8'),
      replay: readFileSync(join(goldenDir, f), 'utf8'),
    };
  });

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = await buildEntryPage('tests/browser/determinism-entry.ts', 'determinism.js', 'pov-determinism-');
  server = await serveStatic(dir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the same replay gives the same game in Node and in Chromium', () => {
  it('has golden replays to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${c.id}: every turn's hash matches`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url);
      await page.waitForFunction(() => typeof window.replayHashes === 'function');
      const inBrowser = await page.evaluate(([s, r]) => window.replayHashes(s!, r!), [c.scenario, c.replay]);
      const inNode = replayHashes(c.scenario, c.replay);
      const recorded = (JSON.parse(c.replay) as { turns: { hash: string }[] }).turns.map((t) => t.hash);
      expect(errors).toEqual([]);
      expect(inNode).toEqual(recorded);
      const firstDifference = inBrowser.findIndex((h, i) => h !== inNode[i]);
      expect(firstDifference, `first turn that differs: ${firstDifference + 1}`).toBe(-1);
      expect(inBrowser).toHaveLength(inNode.length);
      await page.close();
    });
  }
});
