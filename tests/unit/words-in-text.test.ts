/**
 * Words live in src/text (issue 11 item 5): the engine, the judge, the replay
 * checker and the save format give codes and numbers, and one text module words
 * each for the UI and the command line alike. These tests hold that:
 * - no sentence (a string literal of two or more words) in src/engine,
 *   src/judge, src/replay or src/save, except a programmer's error thrown;
 * - every code of the verdict, the replay problems, the loaders' problems and
 *   the save results has its words (the samples are typed by code, so a new
 *   code without words does not compile);
 * - the command line prints the end screen's words (the same function).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, type GameState, resolveTurn, type TurnReport } from '../../src/engine';
import { scoreGame } from '../../src/judge/score';
import { type AgainstHistory, judgeGame, type VerdictReason } from '../../src/judge/verdict';
import { loadReplayText } from '../../src/replay/index';
import type { ReplayProblem } from '../../src/replay/verify';
import type { DraftsNotice } from '../../src/save/drafts';
import type { WriteResult } from '../../src/save/slots';
import type { CheckCode, CheckValues } from '../../src/scenario/check-codes';
import type { ProblemWhat } from '../../src/scenario/problems';
import { FORMAT_CODES, problemMessage } from '../../src/text/problem-text';
import { replayProblemPlain, replayProblemText } from '../../src/text/replay-text';
import { draftsNoticeText, saveFailedText } from '../../src/text/save-text';
import {
  againstHistoryText,
  verdictHeadline,
  verdictReasonText,
  verdictWords,
} from '../../src/text/verdict-text';
import { loadScenario } from '../support/scenarios';

const ROOT = new URL('../../', import.meta.url).pathname;

// ---------------------------------------------------------------------------------------------
// No sentences outside the text modules.

const WORDLESS_DIRS = ['src/engine', 'src/judge', 'src/replay', 'src/save'];
/** The loaders' shared parts and the scenario's cross-checks (the rest of src/scenario still words its lint). */
const WORDLESS_FILES = [
  'src/scenario/crossref.ts',
  'src/scenario/what-if-check.ts',
  'src/scenario/lint.ts',
  'src/scenario/player-text-lint.ts',
  'src/scenario/check-codes.ts',
  'src/scenario/json-guard.ts',
  'src/scenario/load.ts',
  'src/scenario/zod-problems.ts',
  'src/scenario/primitives.ts',
];

/**
 * Files allowed to word things, and why. The invariant checker reports engine bugs to the
 * property tests and to developers; a player never reads it.
 */
const EXEMPT_FILES = new Set(['src/engine/invariants.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The source without comments (kept line for line, so a finding names its line). */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Two words of two or more letters each: a sentence, not an identifier, a code or a path. */
const SENTENCE = /[A-Za-z]{2,}[ \t\n]+[A-Za-z]{2,}/;

/** String literals that read as words, with their line, skipping a programmer's error and JSON-schema titles. */
function sentencesIn(source: string): { line: number; text: string }[] {
  const code = withoutComments(source);
  const found: { line: number; text: string }[] = [];
  const literal = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  for (let m = literal.exec(code); m; m = literal.exec(code)) {
    const text = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' ');
    if (!SENTENCE.test(text)) continue;
    const before = code.slice(Math.max(0, m.index - 300), m.index);
    // A programmer's error: thrown, for the developer who broke the engine's contract.
    if (/throw new Error\(\s*$/.test(before)) continue;
    // The generated JSON schema's title and description (`npm run schema`): documentation of the format.
    if (/\.meta\(\{[^)]*$/.test(before) && /(title|description):\s*$/.test(before)) continue;
    found.push({ line: code.slice(0, m.index).split('\n').length, text: text.trim().slice(0, 80) });
  }
  return found;
}

describe('no sentences outside src/text', () => {
  const files = [...WORDLESS_DIRS.flatMap(sourceFiles), ...WORDLESS_FILES].filter(
    (f) => !EXEMPT_FILES.has(f),
  );

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('src/engine, src/judge, src/replay, src/save and the loaders word nothing (codes and numbers; src/text words them)', () => {
    const found = files.flatMap((f) =>
      sentencesIn(readFileSync(join(ROOT, f), 'utf8')).map((s) => `${f}:${s.line}: ${s.text}`),
    );
    expect(found).toEqual([]);
  });

  it('would catch a sentence, and lets codes, comments, thrown bugs and schema titles pass', () => {
    const sample = [
      "const a = 'kept-afloat'; // a comment with words",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test, not a template.
      'const b = `${n}% of the cargo fleet sails`;',
      "const c = { message: 'is missing: this looks like a scenario' };",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test, not a template.
      'throw new Error(`unknown area ${id}`);',
      ".meta({ title: 'Price of Victory replay' })",
      "const d = 'format:sha256';",
      '/* a comment with many words */ const e = `line one\nline two`;',
    ].join('\n');
    expect(sentencesIn(sample).map((s) => s.line)).toEqual([2, 3, 7]);
  });
});

// ---------------------------------------------------------------------------------------------
// Every code has its words.

const NAMES = {
  areas: [
    { id: 'midway', name: 'Midway' },
    { id: 'aleutians', name: 'Western Aleutians' },
  ],
  sides: { japan: { name: 'Japan' }, allies: { name: 'The Allies' } },
  events: [{ id: 'surrender', title: 'Japan surrenders' }],
};

/** A sentence worded from data: not empty, no value left unworded. */
function expectWorded(text: string | null) {
  expect(text).toBeTruthy();
  expect(text).not.toMatch(/undefined|null|NaN|\[object/);
}

/** One sample of every scenario cross-check (a new check without a sample does not compile). */
const CHECKS: { [K in CheckCode]: CheckValues[K] } = {
  'stock-out-of-range': { amount: -5, resource: 'oil', min: 0, max: null },
  'capital-at-sea': { id: 'java-sea' },
  'resource-required': { id: 'oil' },
  'sea-owned': {},
  'land-unowned': {},
  'sea-with-base': {},
  'connects-itself': { a: 'midway' },
  'duplicate-connection': { a: 'midway', b: 'hawaii' },
  'strike-distance-ends': {},
  'strike-distance-too-long': { strike: 900, distance: 600 },
  'air-leg-itself': { a: 'midway' },
  'air-leg-at-sea': { id: 'java-sea' },
  'duplicate-air-leg': { a: 'midway', b: 'hawaii' },
  'area-unconnected': { id: 'midway' },
  'misplaced-ship': { name: 'Akagi', area: 'thailand' },
  'misplaced-army': { name: '25th Army', area: 'java-sea' },
  'misplaced-air': { name: '11th Air Fleet', area: 'java-sea' },
  'cargo-not-oiler': {},
  'cargo-no-figure': { side: 'allies' },
  'cargo-too-much': { cargo: 900, count: 3, most: 600 },
  'from-after-until': { from: '1943-01-01', until: '1942-01-01' },
  'rationing-initial': { levels: 3 },
  'buildable-side': { side: 'japan' },
  'adds-nothing': {},
  'base-without-port': { name: 'Thailand' },
  'floor-below-full': { full: 6000 },
  'front-only': { id: 'manchuria' },
  'intake-order': { previous: '1943-01-01' },
  'event-triggers-itself': {},
  'until-before-date': { until: '1941-01-01', date: '1942-01-01' },
  'no-rationing-rules': { side: 'allies' },
  'rationing-levels': { last: 2 },
  'unknown-policy': { choice: 'hoarding' },
  'objective-at-sea': { id: 'java-sea' },
  'held-not-objective': { id: 'midway' },
  'calendar-only-event': { event: 'potsdam' },
  'flat-shipping-loss': { resource: 'merchant' },
  'air-leg-no-shorter': { distance: 900, way: 800 },
  'player-text-file': { file: 'HISTORY.md' },
  'player-text-key': { key: 'USSBS' },
  'sources-not-listed': { key: 'USSBS' },
  'unknown-rule': { rule: 'gravity', rules: ['turnLength', 'combat'] },
  'plan-never-chooses': { choice: 'strike-north' },
  'choices-of-two-sides': { to: 'embargo', toSide: 'allies', from: 'strike-south', fromSide: 'japan' },
};

describe('every code is worded', () => {
  const reasons: Record<VerdictReason['code'], VerdictReason[]> = {
    'japan-surrendered': [{ code: 'japan-surrendered', date: '1945-08-01' }],
    'japan-collapsed': [{ code: 'japan-collapsed', date: '1945-03-01' }],
    'negotiated-peace': [{ code: 'negotiated-peace', date: '1943-06-01' }],
    'terms-accepted': [
      { code: 'terms-accepted', date: '1941-11-01', china: true },
      { code: 'terms-accepted', date: '1941-11-01', china: false },
    ],
    'objectives-held': [
      { code: 'objectives-held', held: [], objectives: ['midway', 'aleutians'], points: 0, total: 7 },
      {
        code: 'objectives-held',
        held: ['aleutians'],
        objectives: ['midway', 'aleutians'],
        points: 2,
        total: 7,
      },
    ],
    'scenario-text': [{ code: 'scenario-text', text: 'The embargo was lifted without a war.' }],
    'carriers-lost': [{ code: 'carriers-lost', japan: 4, allies: 1 }],
    'won-against-history': [
      { code: 'won-against-history', betterFor: 'even' },
      { code: 'won-against-history', betterFor: 'japan' },
      { code: 'won-against-history', betterFor: 'allies' },
    ],
  };
  it.each(Object.entries(reasons))('verdict reason %s', (_, samples) => {
    for (const r of samples) expectWorded(verdictReasonText(r, NAMES));
  });

  it('names areas and dates as people write them', () => {
    expect(
      verdictReasonText(
        {
          code: 'objectives-held',
          held: ['aleutians'],
          objectives: ['midway', 'aleutians'],
          points: 2,
          total: 7,
        },
        NAMES,
      ),
    ).toBe('Japan holds 1 of the 2 objective areas — Western Aleutians — worth 2 of their 7 victory points.');
    expect(verdictReasonText({ code: 'japan-surrendered', date: '1945-08-01' }, NAMES)).toBe(
      'Japan surrendered on 1 August 1945.',
    );
    // A game of monthly turns knows the month Japan gave up in, not a day: its turn's first day is no date.
    const monthly = { ...NAMES, calendar: { turnLength: { unit: 'month' as const, count: 1 } } };
    expect(verdictReasonText({ code: 'japan-surrendered', date: '1945-08-01' }, monthly)).toBe(
      'Japan surrendered in August 1945.',
    );
    expect(verdictReasonText({ code: 'terms-accepted', date: '1941-09-01', china: false }, monthly)).toBe(
      'Japan accepted the American terms in September 1941: out of Indochina, the embargo lifted, its aims given up.',
    );
  });

  const against: Record<AgainstHistory['code'], AgainstHistory[]> = {
    'surrender-date': [
      { code: 'surrender-date', days: 0, evenDays: 31, histDate: '1945-09-02' },
      { code: 'surrender-date', days: -280, evenDays: 31, histDate: '1945-09-02' },
      { code: 'surrender-date', days: 40, evenDays: 31, histDate: '1945-09-02' },
    ],
    'terms-accepted': [{ code: 'terms-accepted', histDate: '1945-09-02' }],
    'negotiated-peace': [{ code: 'negotiated-peace', histDate: '1945-09-02' }],
    'scenario-text': [{ code: 'scenario-text', text: 'Better for Japan than the real war.' }],
    period: [
      {
        code: 'period',
        better: 'even',
        surrenderedOn: null,
        held: ['aleutians'],
        objectives: 2,
        heldOn: '1942-07-20',
        carriersLost: { japan: 4, allies: 1 },
      },
      {
        code: 'period',
        better: 'japan',
        surrenderedOn: '1945-09-02',
        held: [],
        objectives: 5,
        heldOn: '1945-09-02',
        carriersLost: null,
      },
      {
        code: 'period',
        better: 'allies',
        surrenderedOn: null,
        held: [],
        objectives: 3,
        heldOn: '1941-12-01',
        carriersLost: { japan: 0, allies: 0 },
      },
    ],
  };
  it.each(Object.entries(against))('against history: %s', (_, samples) => {
    for (const a of samples) expectWorded(againstHistoryText(a, NAMES));
  });

  it('against history: months sooner or later, as the end screen said before', () => {
    const text = (days: number) =>
      againstHistoryText({ code: 'surrender-date', days, evenDays: 31, histDate: '1945-09-02' }, NAMES);
    expect(text(-280)).toBe(
      'Better for the Allies than the real war: Japan gave up 9 months sooner than on 2 September 1945.',
    );
    expect(text(40)).toMatch(/held out 1 month longer/);
    expect(text(20)).toMatch(/^Much as in the real war/);
  });

  it('headlines', () => {
    expect(verdictHeadline({ winner: 'allies', strength: 'decisive' })).toBe('A decisive Allied victory');
    expect(verdictHeadline({ winner: 'japan', strength: null })).toBe('A marginal Japanese victory');
    expect(verdictHeadline({ winner: 'draw', strength: null })).toBe('Neither side has reached its goal');
  });

  const move = { type: 'move', force: 'akagi', to: 'midway' } as const;
  const problems: Record<ReplayProblem['kind'], ReplayProblem[]> = {
    'scenario-mismatch': [
      {
        kind: 'scenario-mismatch',
        mismatch: {
          recorded: { id: 'midway-1942', hash: 'a', whatIf: null },
          given: { id: 'x', hash: 'b' },
          changed: false,
        },
      },
      {
        kind: 'scenario-mismatch',
        mismatch: {
          recorded: { id: 'x', hash: 'a', whatIf: 'no-embargo' },
          given: { id: 'x', hash: 'b' },
          changed: true,
        },
      },
    ],
    'turn-sequence': [
      { kind: 'turn-sequence', turn: 3, entry: 2, ended: null },
      {
        kind: 'turn-sequence',
        turn: 7,
        entry: 7,
        ended: {
          kind: 'japan-surrenders',
          winner: 'allies',
          turn: 6,
          date: '1945-08-01',
          cause: { code: 'event', event: 'surrender' },
        },
      },
    ],
    'illegal-order': [
      {
        kind: 'illegal-order',
        turn: 2,
        date: '1942-06-01',
        side: 'allies',
        index: 0,
        order: move,
        refusal: { code: 'other-side', who: 'Akagi' },
      },
    ],
    'hash-mismatch': [
      { kind: 'hash-mismatch', turn: 3, start: '1942-06-15', expected: 'f'.repeat(16), got: '0'.repeat(16) },
    ],
    'outcome-mismatch': [
      { kind: 'outcome-mismatch', turns: 6, recorded: null, replayed: { kind: 'last-turn', turn: 6 } },
      { kind: 'outcome-mismatch', turns: 6, recorded: { kind: 'last-turn', turn: 6 }, replayed: null },
    ],
  };
  it.each(Object.entries(problems))(
    'replay problem %s: the exact check and the plain sentence',
    (_, samples) => {
      for (const p of samples) {
        expectWorded(replayProblemText(p, NAMES));
        expectWorded(replayProblemPlain(p));
      }
    },
  );

  it('replay problem: the illegal order names the side in the possessive, the order and the refusal', () => {
    expect(replayProblemText(problems['illegal-order'][0]!, NAMES)).toBe(
      "turn 2 (1942-06-01), The Allies' order 1 (move akagi to midway) is illegal: Akagi belongs to the other side",
    );
    expect(replayProblemText(problems['turn-sequence'][1]!, NAMES)).toContain('(Japan surrenders)');
  });

  const what: Record<ProblemWhat['code'], ProblemWhat[]> = {
    'not-text': [{ code: 'not-text' }],
    empty: [{ code: 'empty' }],
    'not-finite': [{ code: 'not-finite' }],
    'too-large': [{ code: 'too-large', size: 3_000_000, limit: 2_000_000 }],
    'too-deep': [{ code: 'too-deep', depth: 100, limit: 32 }],
    'not-json': [
      { code: 'not-json', detail: 'Unexpected end of JSON input' },
      { code: 'not-json', detail: null },
    ],
    'key-not-allowed': [{ code: 'key-not-allowed', key: '__proto__' }],
    'not-an-object': [
      { code: 'not-an-object', format: 'scenario' },
      { code: 'not-an-object', format: 'save' },
    ],
    'version-missing': [
      { code: 'version-missing', format: 'replay', key: 'replayVersion', current: 2, looksLike: null },
      { code: 'version-missing', format: 'replay', key: 'replayVersion', current: 2, looksLike: 'scenario' },
      { code: 'version-missing', format: 'save', key: 'saveVersion', current: 3, looksLike: 'replay' },
      { code: 'version-missing', format: 'save', key: 'saveVersion', current: 3, looksLike: null },
    ],
    'version-not-whole': [
      { code: 'version-not-whole', current: 3 },
      { code: 'version-not-whole', current: null },
    ],
    'version-newer': [
      { code: 'version-newer', format: 'scenario', version: 9, current: 3 },
      { code: 'version-newer', format: 'save', version: 9, current: 3 },
    ],
    'version-too-old': [
      { code: 'version-too-old', format: 'replay', version: 0, oldest: 1, current: 2 },
      { code: 'version-too-old', format: 'save', version: 1, oldest: null, current: 3 },
    ],
    'link-no-replay': [{ code: 'link-no-replay' }],
    'link-too-long': [{ code: 'link-too-long' }],
    'link-bad-characters': [{ code: 'link-bad-characters' }],
    'link-too-much-data': [{ code: 'link-too-much-data' }],
    'link-damaged': [{ code: 'link-damaged' }],
    'unknown-fields': [
      { code: 'unknown-fields', keys: ['colour'] },
      { code: 'unknown-fields', keys: ['a', 'b'] },
    ],
    missing: [{ code: 'missing', expected: 'int' }],
    'wrong-type': [{ code: 'wrong-type', expected: 'number', got: 'text' }],
    'too-small': [
      { code: 'too-small', origin: 'number', limit: '1', inclusive: true },
      { code: 'too-small', origin: 'string', limit: '1', inclusive: true },
      { code: 'too-small', origin: 'array', limit: '2', inclusive: true },
    ],
    'too-big': [
      { code: 'too-big', origin: 'number', limit: '100', inclusive: false },
      { code: 'too-big', origin: 'string', limit: '40', inclusive: true },
      { code: 'too-big', origin: 'array', limit: '1', inclusive: true },
    ],
    'one-of': [{ code: 'one-of', values: ['"japan"', '"allies"'] }],
    format: FORMAT_CODES.map((format) => ({ code: 'format' as const, format })),
    'unknown-id': [
      { code: 'unknown-id', kind: 'area', id: 'atlantis', known: ['midway', 'aleutians'], count: 40 },
      { code: 'unknown-id', kind: 'source', id: 'nobody', known: [], count: 0 },
      { code: 'unknown-id', kind: 'ship-class', id: 'dreadnought', known: null, count: 0 },
    ],
    'duplicate-id': [
      { code: 'duplicate-id', kind: 'force', id: 'akagi' },
      { code: 'duplicate-id', kind: 'source', id: 'ussbs' },
    ],
    check: Object.entries(CHECKS).map(([check, v]) => ({ code: 'check', check, v }) as ProblemWhat),
    schema: [{ code: 'schema', text: 'must be an area id' }],
  };
  it.each(Object.entries(what))('loader problem %s', (_, samples) => {
    expect(samples.length).toBeGreaterThan(0);
    for (const w of samples) expectWorded(problemMessage(w));
  });

  it('a schema names every format it checks by a code the text module words', () => {
    const schemas = ['src/replay/schema.ts', 'src/save/schema.ts', 'src/scenario/primitives.ts'].map((f) =>
      readFileSync(join(ROOT, f), 'utf8'),
    );
    const used = schemas.flatMap((s) =>
      [...s.matchAll(/\$\{FORMAT_PREFIX\}([a-z0-9-]+)/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(3);
    for (const code of used) expect(FORMAT_CODES).toContain(code);
  });

  const notices: Record<DraftsNotice['code'], DraftsNotice> = {
    unreadable: { code: 'unreadable' },
    'other-turn': { code: 'other-turn', draftTurn: 5, gameTurn: 4 },
    dropped: {
      code: 'dropped',
      dropped: [{ side: 'japan', index: 2, refusal: { code: 'force-lost', who: 'Akagi' } }],
    },
  };
  it.each(Object.entries(notices))('drafts notice %s', (_, n) => {
    expectWorded(draftsNoticeText(n, NAMES));
  });

  it('save failures: each reason, with and without an earlier save, alone or among several games', () => {
    for (const why of ['no-storage', 'storage-full', 'refused'] as const)
      for (const hadSave of [true, false])
        for (const inLibrary of [true, false]) {
          const r: Extract<WriteResult, { ok: false }> = { ok: false, why, hadSave, inLibrary };
          expectWorded(saveFailedText(r));
        }
  });
});

// ---------------------------------------------------------------------------------------------
// The UI and the command line print the same words.

describe('the command line prints the end screen’s words', () => {
  it('simulate --json carries the verdict with the words verdictWords gives the end screen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pov-words-'));
    try {
      const out = join(dir, 'game.replay.json');
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/cli/main.ts',
          'simulate',
          '--scenario',
          'scenarios/midway-1942.json',
          '--seed',
          '5',
          '--japan',
          'historical',
          '--allies',
          'historical',
          '--json',
          '--out',
          out,
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      const printed = JSON.parse(r.stdout) as { verdict: { words: unknown } | null };
      // The same game played here, judged and worded as the end screen does it.
      const scenario = loadScenario('midway-1942.json');
      const world = buildWorld(scenario);
      const replay = loadReplayText(readFileSync(out, 'utf8'));
      if (!replay.ok) throw new Error('the replay written by simulate does not load');
      let state: GameState = createGame(world, replay.value.seed);
      const reports: TurnReport[] = [];
      for (const t of replay.value.turns) {
        const result = resolveTurn(world, state, t.orders);
        state = result.state;
        reports.push(result.report);
      }
      const verdict = judgeGame(world, state, scoreGame(world, state, reports));
      expect(verdict).not.toBeNull();
      if (!verdict) return;
      expect(printed.verdict?.words).toEqual(verdictWords(verdict, world.scenario));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the end screen, the replay viewer, the class results and the CLI read the same text modules', () => {
    const uses = (file: string, name: string) => readFileSync(join(ROOT, file), 'utf8').includes(name);
    expect(uses('src/ui/game/end-screen.ts', 'verdictWords(')).toBe(true);
    expect(uses('src/cli/simulate.ts', 'verdictWords(')).toBe(true);
    expect(uses('src/ui/replay/replay-viewer.ts', 'replayProblemText(')).toBe(true);
    expect(uses('src/ui/classroom/class-results-worker.ts', 'replayProblemText(')).toBe(true);
    expect(uses('src/cli/verify.ts', 'replayProblemText(')).toBe(true);
  });
});
