/**
 * The production page runs under a Content-Security-Policy that allows no
 * inline script and no eval, and playing a game breaks none of its rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './built-game';
import { DIST, waitForReady } from './harness';

const game = useBuiltGame();

describe('browser security', () => {
  it('ships a Content-Security-Policy without unsafe-inline or unsafe-eval, and no inline script', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll('&#39;', "'");
    expect(csp).toBeDefined();
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('plays turns of the grand campaign without a single policy violation', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__cspViolations.push(
          `${e.violatedDirective}: ${e.blockedURI || e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      );
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${game.server.url}?scenario=pacific-1941&side=japan&seed=csp`);
    await waitForReady(page);
    for (let i = 0; i < 2; i++) {
      const turn = await page.evaluate(() => window.__pov!.state().turn);
      await page.getByRole('button', { name: 'End turn' }).click();
      await page.waitForFunction((t) => window.__pov!.state().turn > t && window.__pov!.ready, turn, {
        timeout: 120_000,
      });
    }
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
