/**
 * The engine must give the same game everywhere: no clock, no Math.random, no
 * DOM, no Phaser, no storage or network. Biome's lint rules forbid most of this
 * too (see biome.json); this test also catches what a lint override could miss.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PURE_DIRS = ['src/engine', 'src/scenario'];
const FORBIDDEN: [RegExp, string][] = [
  [/Math\.random/, 'Math.random (use the seeded generator in state.rng)'],
  [/\bDate\b/, 'Date (use src/engine/calendar.ts)'],
  [/performance\.now/, 'performance.now'],
  [/from ['"]phaser['"]/, 'an import of phaser'],
  [/from ['"](node:)?(fs|path|crypto|os|child_process|worker_threads)['"]/, 'a Node built-in'],
  [/\b(window|document|localStorage|sessionStorage|navigator|fetch|XMLHttpRequest)\b/, 'a browser API'],
  [/from ['"]\.\.\/(ui|cli)\//, 'an import from ui or cli'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Source without comments, so a comment may mention Date or window. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('engine purity', () => {
  const files = PURE_DIRS.flatMap(sourceFiles);
  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });
  for (const file of files) {
    it(`${file} uses nothing that could differ between runs or runtimes`, () => {
      const text = code(file);
      const found = FORBIDDEN.filter(([re]) => re.test(text)).map(([, what]) => what);
      expect(found).toEqual([]);
    });
  }

  it('words nothing: no engine file imports the text modules (reports and refusals are data, src/text words them)', () => {
    const wording = files.filter(
      (f) => f.startsWith('src/engine') && /from ['"](\.\.\/)+text\//.test(code(f)),
    );
    expect(wording).toEqual([]);
  });

  it('would catch a forbidden call (the check itself works)', () => {
    const sample = 'const x = Math.random();\nimport Phaser from "phaser";';
    expect(FORBIDDEN.filter(([re]) => re.test(sample)).length).toBe(2);
  });
});
