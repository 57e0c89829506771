/**
 * Sources live inside the project: every source key a bundled scenario or a
 * source comment cites has its full reference in docs/SOURCES.md, and nothing
 * a player or reader sees points outside the repository (no notes files that
 * only the developers have, no seed-file names, no absolute paths).
 *
 * A key is cited in a comment of src/ when it appears as one of the tokens of
 * `KEY_IN_COMMENT`: a letter series and a number (O4, S3, B9, C1, AF2…), a
 * USSBS report (USSBS-OIL), an author and year (PARILLO-1993,
 * PARSHALL-TULLY-2005), or one of the bare keys (SEED, ASADA, DOWNFALL). The
 * timeline key T is too short to find in prose; it is checked in scenarios only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(new URL(dir, ROOT)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(new URL(path, ROOT)).isDirectory() ? files(path, ext) : ext.test(path) ? [path] : [];
  });
}

/** The keys of docs/SOURCES.md: the first cell of each table row that is a key and has a reference. */
function sourceKeys(markdown: string): Set<string> {
  const keys = new Set<string>();
  for (const line of markdown.split('\n')) {
    const m = /^\| ([A-Z][A-Z0-9-]*) \| (.+) \|$/.exec(line);
    if (m && m[2]!.trim().length > 10) keys.add(m[1]!);
  }
  return keys;
}

const KEY_IN_COMMENT =
  /\b(?:(?:AF|O|S|I|B|A|C|J|L|M)\d{1,2}|USSBS-[A-Z]+|[A-Z]{2,}(?:-[A-Z]{2,})*-\d{4}|SEED|ASADA|DOWNFALL)\b/g;

/** The comments of a TypeScript file (block and line comments; `://` in a URL is not a comment). */
function comments(text: string): string {
  const block = text.match(/\/\*[\s\S]*?\*\//g) ?? [];
  const line = [...text.matchAll(/(?:^|[^:])(\/\/.*)$/gm)].map((m) => m[1]!);
  return [...block, ...line].join('\n');
}

function keysCitedInComments(text: string): string[] {
  return [...new Set(comments(text).match(KEY_IN_COMMENT) ?? [])];
}

/** Every `source` field of a scenario, anywhere in it, and the keys of `meta.sources`. */
function scenarioKeys(scenario: unknown): string[] {
  const keys = new Set<string>();
  const walk = (value: unknown, field: string) => {
    if (Array.isArray(value)) for (const v of value) walk(v, field);
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, k);
    else if (field === 'source' && typeof value === 'string') keys.add(value);
  };
  walk(scenario, '');
  const meta = (scenario as { meta?: { sources?: { key: string }[] } }).meta;
  for (const s of meta?.sources ?? []) keys.add(s.key);
  return [...keys];
}

/** What a player, a teacher or a reader must never be pointed to. */
const OUTSIDE: [RegExp, string][] = [
  [/HISTORY\.md/, 'HISTORY.md (cite a key of docs/SOURCES.md)'],
  [/DESIGN\.md/, 'DESIGN.md'],
  [/seeds\//, 'a seed-file path'],
  [/\.txt\b/, 'a .txt file'],
  [/seed essay|seed text/i, '"seed essay/text" (say "the essay this game began from", key SEED)'],
  [/\.\.\/shared/, '../shared'],
  [/\/work\//, 'an absolute /work/ path'],
];
const outside = (text: string) => OUTSIDE.filter(([re]) => re.test(text)).map(([, what]) => what);

/** Paths only: code may not reach outside the repository. */
const PATHS_OUTSIDE: [RegExp, string][] = OUTSIDE.filter(([, what]) => /shared|work/.test(what));
const pathsOutside = (text: string) => PATHS_OUTSIDE.filter(([re]) => re.test(text)).map(([, what]) => what);

const known = sourceKeys(read('docs/SOURCES.md'));
const scenarioFiles = files('scenarios', /\.json$/).filter((f) => !f.endsWith('.schema.json'));
const srcFiles = files('src', /\.[a-z]+$/);

describe('docs/SOURCES.md', () => {
  it('lists the keys of the data, the standard works, the timeline and the essay', () => {
    for (const key of ['O4', 'S3', 'B7', 'C5', 'A3', 'I1', 'T', 'SEED', 'DESIGN'])
      expect(known).toContain(key);
    for (const key of [
      'USSBS-OIL',
      'USSBS-TRANSPORT',
      'USSBS-END',
      'PARILLO-1993',
      'COHEN-1949',
      'PARSHALL-TULLY-2005',
      'EVANS-PEATTIE-1997',
      'GLANTZ-2003',
      'HASEGAWA-2005',
      'FRANK-1999',
      'ASADA',
      'GENTILE-2001',
      'DOWNFALL',
    ])
      expect(known).toContain(key);
  });
});

describe('source keys', () => {
  it('finds the bundled scenarios and the sources', () => {
    expect(scenarioFiles.length).toBeGreaterThanOrEqual(5);
    expect(srcFiles.length).toBeGreaterThan(20);
  });

  for (const file of scenarioFiles) {
    it(`${file}: every source key is in docs/SOURCES.md`, () => {
      const missing = scenarioKeys(JSON.parse(read(file))).filter((k) => !known.has(k));
      expect(missing).toEqual([]);
    });
  }

  it('every key cited in a comment of src/ is in docs/SOURCES.md', () => {
    const missing = srcFiles
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        keysCitedInComments(read(f))
          .filter((k) => !known.has(k))
          .map((k) => `${f}: ${k}`),
      );
    expect(missing).toEqual([]);
  });

  it('would catch an unknown key (the checks themselves work)', () => {
    const code =
      "/** Oil stocks (O4, O99; USSBS-OIL, NOBODY-2020). */\nconst url = 'https://x.org/B98';\n// S3 and Q7";
    expect(keysCitedInComments(code).filter((k) => !known.has(k))).toEqual(['O99', 'NOBODY-2020']);
    const scenario = { meta: { sources: [{ key: 'O4' }, { key: 'X1' }] }, events: [{ source: 'ZZ' }] };
    expect(scenarioKeys(scenario).filter((k) => !known.has(k))).toEqual(['ZZ', 'X1']);
  });
});

describe('nothing points outside the repository', () => {
  for (const file of scenarioFiles) {
    it(`${file}: no text (notes, messages, teacher notes, prompts, citations) names a file outside`, () => {
      expect(outside(read(file))).toEqual([]);
    });
  }

  it('the UI, the command line and the replays show no such names', () => {
    // student-text.ts is the filter that keeps such names off the screen for a teacher's own
    // scenario: it has to name what it removes.
    const shown = srcFiles.filter(
      (f) => /^src[\\/](ui|cli|replay)[\\/]/.test(f) && !/student-text\.ts$/.test(f),
    );
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.flatMap((f) => outside(read(f)).map((what) => `${f}: ${what}`))).toEqual([]);
  });

  it('no file in src/, scenarios/, tests/, bench/ or scripts/ reaches ../shared or /work/', () => {
    // A clone must stand alone: a test, a bench or a script that reads a path on the machine it was
    // written on fails (or silently changes what it does) anywhere else. This file names the patterns.
    const code = /\.(ts|mjs|js|py|sh|json)$/;
    const all = [
      ...srcFiles,
      ...files('scenarios', /./),
      ...files('tests', code).filter((f) => !/sources\.test\.ts$/.test(f)),
      ...files('bench', code),
      ...files('scripts', code),
    ];
    expect(all.flatMap((f) => pathsOutside(read(f)).map((what) => `${f}: ${what}`))).toEqual([]);
  });

  it('the README and docs/ point to docs/SOURCES.md, not outside', () => {
    const docs = ['README.md', ...files('docs', /\.md$/)];
    expect(docs.flatMap((f) => outside(read(f)).map((what) => `${f}: ${what}`))).toEqual([]);
  });

  it('would catch a pointer outside (the check itself works)', () => {
    expect(outside('The seed essay says so (HISTORY.md §4, seeds/000.txt).')).toHaveLength(4);
    expect(pathsOutside("readFileSync('/work/main/x.json'); import '../shared/y'")).toHaveLength(2);
  });
});
