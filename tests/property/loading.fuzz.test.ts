/**
 * Hostile files: whatever bytes arrive as a scenario or a replay, loading ends
 * in a value or in problems that each name a path and say what is wrong —
 * never an exception, never a hang, never a polluted prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/engine';
import { loadReplayText } from '../../src/replay/load';
import { createRecorder } from '../../src/replay/recorder';
import { loadSaveText } from '../../src/save/index';
import { loadScenarioText } from '../../src/scenario/load';
import type { LoadResult } from '../../src/scenario/problems';
import { readScenarioFile } from '../support/scenarios';

const baseText = readScenarioFile('southern-oil-1942.json');
const base = JSON.parse(baseText);
const world = buildWorld(
  (() => {
    const r = loadScenarioText(baseText);
    if (!r.ok) throw new Error('base scenario invalid');
    return r.value;
  })(),
);

function replayText(): string {
  const rec = createRecorder(world, 'fuzz', { japan: 'pass', allies: 'pass' });
  rec.play({ japan: [{ type: 'move', force: 'kaga', to: 'east-china-sea' }], allies: [] });
  rec.play({ japan: [], allies: [] });
  return JSON.stringify(rec.replay);
}
const baseReplay = JSON.parse(replayText());

function expectCleanResult(r: LoadResult<unknown>): void {
  if (r.ok) return;
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) {
    expect(typeof p.path).toBe('string');
    expect(p.path.length).toBeGreaterThan(0);
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    expect(p.message).not.toMatch(/\n\s+at /); // no stack traces in messages
  }
}

function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'x']) expect(probe[key]).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
}

/** A JSON value anywhere: the fuzzer's replacement for any node. */
const anyJson = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1e308,
    -1e308,
    2 ** 53,
    0.5,
    '',
    'x'.repeat(5000),
    '__proto__',
    [],
    {},
  ),
  fc.jsonValue({ maxDepth: 4 }),
  fc.constant({ __proto__: { polluted: true } }),
);

/** Every path (array of keys) in a JSON value, to pick one to mutate. */
function paths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...prefix, i], out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function mutate(
  doc: unknown,
  path: (string | number)[],
  replacement: unknown,
  mode: 'replace' | 'delete' | 'duplicate',
): unknown {
  const copy = structuredClone(doc);
  if (path.length === 0) return replacement;
  let node = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (mode === 'delete') {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else if (mode === 'duplicate' && Array.isArray(node)) {
    node.push(structuredClone(node[Number(last)]));
  } else {
    node[last] = replacement;
  }
  return copy;
}

function mutationOf(doc: unknown) {
  const all = paths(doc);
  return fc.record({
    path: fc.constantFrom(...all),
    replacement: anyJson,
    mode: fc.constantFrom('replace', 'delete', 'duplicate' as const),
  });
}

describe('fuzzing the scenario loader', () => {
  it('survives single mutations anywhere in a valid scenario', () => {
    fc.assert(
      fc.property(mutationOf(base), ({ path, replacement, mode }) => {
        const text = JSON.stringify(mutate(base, path, replacement, mode));
        expectCleanResult(loadScenarioText(text));
        expectNoPollution();
      }),
      { numRuns: 1500 },
    );
  });

  it('survives truncation at any byte', () => {
    fc.assert(
      fc.property(fc.nat({ max: baseText.trimEnd().length - 1 }), (cut) => {
        const r = loadScenarioText(baseText.slice(0, cut));
        expect(r.ok).toBe(false);
        expectCleanResult(r);
      }),
      { numRuns: 400 },
    );
  });

  it('survives arbitrary text and arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
        ),
        (text) => {
          expectCleanResult(loadScenarioText(text));
          expectNoPollution();
        },
      ),
      { numRuns: 800 },
    );
  });

  it('refuses huge and deeply nested documents quickly and clearly', () => {
    const deep = `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const r = loadScenarioText(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/nested too deeply/);
    const huge = JSON.stringify({ ...base, padding: 'x'.repeat(3_000_000) });
    const h = loadScenarioText(huge);
    expect(h.ok).toBe(false);
    if (!h.ok) expect(h.problems[0]?.message).toMatch(/too large/);
  });

  it('reports dangling and duplicate ids with their paths', () => {
    fc.assert(
      fc.property(fc.constantFrom('areas', 'forces', 'events', 'resources'), fc.nat(), (list, n) => {
        const doc = structuredClone(base);
        const items = doc[list] as { id: string }[];
        const i = n % items.length;
        items.push(structuredClone(items[i]!));
        const r = loadScenarioText(JSON.stringify(doc));
        expect(r.ok).toBe(false);
        if (!r.ok)
          expect(
            r.problems.some(
              (p) => p.path === `${list}[${items.length - 1}].id` && /duplicate/.test(p.message),
            ),
          ).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('fuzzing the replay loader', () => {
  it('survives single mutations anywhere in a valid replay', () => {
    fc.assert(
      fc.property(mutationOf(baseReplay), ({ path, replacement, mode }) => {
        expectCleanResult(loadReplayText(JSON.stringify(mutate(baseReplay, path, replacement, mode))));
        expectNoPollution();
      }),
      { numRuns: 800 },
    );
  });

  it('survives truncation and arbitrary input', () => {
    const text = JSON.stringify(baseReplay);
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.string({ maxLength: 200 }), (cut, junk) => {
        expectCleanResult(loadReplayText(text.slice(0, cut)));
        expectCleanResult(loadReplayText(junk));
      }),
      { numRuns: 300 },
    );
  });
});

describe('fuzzing the save loader', () => {
  const save = {
    saveVersion: 2,
    scenario: { id: 'southern-oil-1942', hash: 'a'.repeat(64) },
    seed: 'fuzz',
    players: { japan: 'human', allies: 'adaptive:hard' },
    launch: { side: 'japan', difficulty: 'normal' },
    label: 'Turn 3',
    savedAt: '2026-11-25T10:00:00.000Z',
    turns: baseReplay.turns.map((t: { orders: unknown; hash: string }) => ({
      orders: t.orders,
      hash: t.hash,
    })),
  };

  it('loads the unmutated save (the fuzzer starts from a valid file)', () => {
    expect(loadSaveText(JSON.stringify(save)).ok).toBe(true);
  });

  it('survives single mutations anywhere in a valid save', () => {
    fc.assert(
      fc.property(mutationOf(save), ({ path, replacement, mode }) => {
        expectCleanResult(loadSaveText(JSON.stringify(mutate(save, path, replacement, mode))));
        expectNoPollution();
      }),
      { numRuns: 800 },
    );
  });

  it('survives truncation and arbitrary input', () => {
    const text = JSON.stringify(save);
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.string({ maxLength: 200 }), (cut, junk) => {
        expect(loadSaveText(text.slice(0, cut)).ok).toBe(false);
        expectCleanResult(loadSaveText(junk));
      }),
      { numRuns: 300 },
    );
  });
});
