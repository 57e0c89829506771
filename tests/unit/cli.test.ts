/**
 * The CLI as a teacher uses it: each test spawns the real program and checks
 * the exit code and what it says. Every error must be a readable message on
 * stderr — never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCENARIO = 'scenarios/southern-oil-1942.json';
const scenarioText = readFileSync(join(ROOT, SCENARIO), 'utf8');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A failure: the exit code, the phrase, one `error:` message and no stack trace. */
function expectError(r: ReturnType<typeof cli>, code: number, phrase: string | RegExp) {
  expect(r.stderr).toMatch(phrase);
  expect(r.stderr).toMatch(/^error: /);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.code).toBe(code);
}

/** Parsed JSON documents that tests edit freely. */
// biome-ignore lint/suspicious/noExplicitAny: test fixtures are edited as untyped JSON on purpose.
type Doc = Record<string, any>;

let dir: string;
const file = (name: string) => join(dir, name);
const scenarioWith = (edit: (s: Doc) => void) => {
  const s = JSON.parse(scenarioText);
  edit(s);
  return JSON.stringify(s);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pov-cli-'));
  mkdirSync(file('a-folder.json'));
  writeFileSync(file('empty.json'), '');
  writeFileSync(file('not-json.json'), '{"schemaVersion": 1,');
  writeFileSync(
    file('newer.json'),
    scenarioWith((s) => (s.schemaVersion = 4)),
  );
  writeFileSync(
    file('wrong-version.json'),
    scenarioWith((s) => (s.schemaVersion = 'one')),
  );
  writeFileSync(file('huge.json'), `{"pad": "${'x'.repeat(2_100_000)}"}`);
  writeFileSync(file('deep.json'), `${'['.repeat(100)}${']'.repeat(100)}`);
  writeFileSync(
    file('infinite.json'),
    scenarioWith((s) => (s.sides.japan.baseOilPerTurn = 'INF')).replace('"INF"', '1e999'),
  );
  writeFileSync(
    file('two-problems.json'),
    scenarioWith((s) => {
      s.calendar.lastTurn = 0;
      s.areas[0].id = 'Home Islands';
    }),
  );
  // The same scenario under another id: a replay recorded with it belongs to another scenario.
  writeFileSync(
    file('other.json'),
    scenarioWith((s) => (s.meta.id = 'other-scenario')),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('help and command line mistakes', () => {
  it('--help prints the usage of every command', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    for (const c of ['validate', 'simulate', 'verify', 'batch', 'tournament', 'easy, normal, hard'])
      expect(r.stdout).toContain(c);
  });

  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['simulate', '--scenario', SCENARIO, '--seed', '1', '--fast'], 'unknown option "--fast"'],
    [['simulate', '--scenario', SCENARIO], '--seed is required'],
    [
      ['simulate', '--scenario', SCENARIO, '--seed', '1', '--japan', 'smart'],
      'unknown policy "smart" (available: pass, random, historical',
    ],
    [['simulate', '--scenario', SCENARIO, '--seed', '1', '--turns', '0'], '--turns must be a whole number'],
    [['simulate', '--scenario', SCENARIO, '--seed', '1', '--turns', 'ten'], '--turns must be a whole number'],
    [['simulate', '--scenario', SCENARIO, '--seed', '1', '--turns', '2.5'], '--turns must be a whole number'],
    [['batch', '--scenario', SCENARIO, '--seeds', '9..1'], '--seeds must be a range'],
    [['batch', '--scenario', SCENARIO, '--seeds', 'lots'], '--seeds must be a range'],
    [['validate'], 'missing <scenario.json>'],
    [['tournament', '--scenario', SCENARIO], '--games is required'],
    [
      ['tournament', '--scenario', SCENARIO, '--games', '1', '--policies', 'pass,smart'],
      'unknown policy "smart" (available: pass, random, historical',
    ],
    [['tournament', '--scenario', SCENARIO, '--games', '1', '--policies', 'pass'], 'at least two players'],
    [['tournament', '--scenario', SCENARIO, '--games', '1', '--policies', 'pass,pass'], 'names "pass" twice'],
    [
      ['tournament', '--scenario', SCENARIO, '--games', '1', '--judge', 'elo'],
      '--judge must be goals, history or a list of them',
    ],
  ])('%j is a usage error', (args, phrase) => {
    expectError(cli(...args), 2, phrase);
  });
});

describe('validate', () => {
  it('summarises a good scenario in one line', () => {
    const r = cli('validate', SCENARIO);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^OK: "The Southern Oil Run, 1942" \(southern-oil-1942\): 6 turns .* 15 areas, \d+ forces, \d+ events\n$/,
    );
  });

  it.each([
    ['missing.json', 'there is no such file'],
    ['a-folder.json', 'is a folder, not a scenario file'],
    ['empty.json', 'the file is empty'],
    ['not-json.json', 'is not valid JSON'],
    ['newer.json', 'made by a newer version of the game'],
    ['wrong-version.json', 'schemaVersion: must be a whole number'],
    ['huge.json', 'is too large'],
    ['deep.json', 'nested too deeply'],
    ['infinite.json', 'sides.japan.baseOilPerTurn: is not a finite number'],
  ])('refuses %s', (name, phrase) => {
    expectError(cli('validate', file(name)), 1, phrase);
  });

  it('lists every problem as path: message (found: the bad value)', () => {
    const r = cli('validate', file('two-problems.json'));
    expectError(r, 1, '(2 problems)');
    expect(r.stderr).toContain('  calendar.lastTurn: must be at least 1 (found: 0)');
    expect(r.stderr).toMatch(/ {2}areas\[0\]\.id: must be .* \(found: "Home Islands"\)/);
  });
});

describe('simulate', () => {
  const simulateJson = (seed: string) => {
    const r = cli('simulate', '--scenario', SCENARIO, '--seed', seed, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout);
  };

  it('--json prints one object with the series of every turn; the same seed gives the same game', () => {
    const a = simulateJson('42');
    for (const key of ['scenario', 'seed', 'turns', 'endDate', 'outcome', 'finalHash', 'series'])
      expect(a).toHaveProperty(key);
    expect(a.scenario).toBe('southern-oil-1942');
    expect(a.seed).toBe('42');
    expect(a.turns).toBe(6);
    expect(a.outcome).toBe('last-turn');
    expect(a.endDate).toBe('1942-07-01');
    expect(a.finalHash).toMatch(/^[0-9a-f]{16}$/);
    expect(a.series).toHaveLength(a.turns);
    expect(a.series[0]).toMatchObject({ turn: 1, date: '1942-02-01' });
    // The tankers and the southern stock since the Southern Oil Run plays the shipping war (sor32).
    expect(Object.keys(a.series[0].sides.japan).sort()).toEqual([
      'aircraft',
      'merchant',
      'oil',
      'oil-south',
      'tankers',
      'will',
    ]);
    expect(simulateJson('42').finalHash).toBe(a.finalHash);
    expect(simulateJson('43').finalHash).not.toBe(a.finalHash);
  });

  it('--turns stops early, and the chronicle says the game has not ended', () => {
    const r = cli('simulate', '--scenario', SCENARIO, '--seed', '1', '--turns', '2');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Turn 2, 1942-02-01');
    expect(r.stdout).not.toContain('Turn 3');
    expect(r.stdout).toContain('the game has not ended');
  });

  it('refuses to write the replay over the scenario', () => {
    expectError(
      cli('simulate', '--scenario', SCENARIO, '--seed', '1', '--out', SCENARIO),
      1,
      'is the scenario file itself',
    );
    expect(readFileSync(join(ROOT, SCENARIO), 'utf8')).toBe(scenarioText);
  });
});

describe('verify', () => {
  let replayPath: string;
  beforeAll(() => {
    replayPath = file('game.json');
    const r = cli('simulate', '--scenario', SCENARIO, '--seed', 'v', '--allies', 'pass', '--out', replayPath);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Replay written to ${replayPath}`);
  });
  const tampered = (name: string, edit: (r: Doc) => void) => {
    const r = JSON.parse(readFileSync(replayPath, 'utf8'));
    edit(r);
    writeFileSync(file(name), JSON.stringify(r));
    return file(name);
  };

  it('verifies a recorded game, finding the scenario by id', () => {
    const r = cli('verify', replayPath);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^verified 6 turns, final hash [0-9a-f]{16}/);
    expect(JSON.parse(readFileSync(replayPath, 'utf8')).players).toEqual({ japan: 'random', allies: 'pass' });
  });

  it('names the first turn whose hash differs', () => {
    const path = tampered('bad-hash.json', (r) => (r.turns[3].hash = 'a'.repeat(16)));
    expectError(cli('verify', path), 1, /turn 4 .*does not replay the same/);
  });

  it('names the turn and side of an illegal order, with the engine’s reason', () => {
    const path = tampered('illegal.json', (r) =>
      r.turns[1].orders.allies.push({ type: 'move', force: 'akagi', to: 'java-sea' }),
    );
    expectError(
      cli('verify', path),
      1,
      /turn 2 .*Allies' order 1 \(move akagi to java-sea\) is illegal: Akagi belongs to the other side/,
    );
  });

  it('refuses a replay of another scenario', () => {
    const other = file('other-game.json');
    expect(
      cli('simulate', '--scenario', file('other.json'), '--seed', '1', '--turns', '1', '--out', other).code,
    ).toBe(0);
    expectError(
      cli('verify', other, '--scenario', SCENARIO),
      1,
      'this replay was recorded with scenario other-scenario',
    );
    expectError(cli('verify', other), 1, 'there is no');
  });

  it.each([
    ['newer-replay.json', (r: Doc) => (r.replayVersion = 3), 'made by a newer version of the game'],
    ['infinite-replay.json', (r: Doc) => (r.turns[0].turn = 'INF'), 'is not a finite number'],
  ])('refuses %s', (name, edit, phrase) => {
    const path = tampered(name, edit);
    // JSON cannot hold Infinity: write the literal 1e999 in place of the marker.
    writeFileSync(path, readFileSync(path, 'utf8').replace('"INF"', '1e999'));
    expectError(cli('verify', path), 1, phrase);
  });

  it('refuses a scenario given as the replay', () => {
    expectError(cli('verify', SCENARIO), 1, 'looks like a scenario file, not a replay');
  });
});

describe('batch', () => {
  it('plays one game per seed on worker threads and reports statistics', () => {
    const r = cli('batch', '--scenario', SCENARIO, '--seeds', '1..8', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.runs).toBe(8);
    expect(Object.values(out.outcomes as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(8);
    expect(out.endDate).toEqual({
      p10: expect.any(String),
      p50: expect.any(String),
      p90: expect.any(String),
    });
    expect(out.stocks.japan.oil).toEqual({
      p10: expect.any(Number),
      p50: expect.any(Number),
      p90: expect.any(Number),
    });
    // The small scenario starts on 1942-01-01 with 38,200 thousand barrels: every game has that year start.
    expect(out.yearStart['1942'].japan.oil).toEqual({ p10: 38200, p50: 38200, p90: 38200 });
    expect(Object.keys(out.yearStart)).toEqual(['1942']);
    // The embargo reminder fires on turn 1 of every game.
    expect(out.events['embargo-reminder']).toBe(1);
  });

  it('gives the same statistics whatever the number of workers', () => {
    const one = JSON.parse(
      cli('batch', '--scenario', SCENARIO, '--seeds', '3..6', '--workers', '1', '--json').stdout,
    );
    const two = JSON.parse(
      cli('batch', '--scenario', SCENARIO, '--seeds', '3..6', '--workers', '2', '--json').stdout,
    );
    expect({ ...one, workers: 0 }).toEqual({ ...two, workers: 0 });
  });

  it('plays with the computer sides under the fog of war when asked (--fog), and says so', () => {
    const args = ['batch', '--scenario', SCENARIO, '--seeds', '1..2', '--workers', '1', '--json'];
    const fogged = cli(...args, '--fog');
    expect(fogged.stderr).toBe('');
    expect(JSON.parse(fogged.stdout).fog).toBe(true);
    // Without it the summary is as before: no fog key at all.
    expect(JSON.parse(cli(...args).stdout)).not.toHaveProperty('fog');
    const game = cli('simulate', '--scenario', SCENARIO, '--seed', '1', '--turns', '1', '--fog', '--json');
    expect(game.stderr).toBe('');
    expect(JSON.parse(game.stdout).fog).toBe(true);
  });

  it('records the fog in the replay simulate writes (--fog --out), which verifies; none without it', () => {
    const fogged = file('fogged.json');
    const plain = file('plain.json');
    const base = ['simulate', '--scenario', SCENARIO, '--seed', '1', '--turns', '2', '--out'];
    expect(cli(...base, fogged, '--fog').code).toBe(0);
    expect(cli(...base, plain).code).toBe(0);
    const replay = JSON.parse(readFileSync(fogged, 'utf8'));
    expect(replay.fog).toBe(true);
    // Where the browser writes it: after the scenario (and a what-if), before the seed.
    expect(Object.keys(replay).slice(0, 4)).toEqual(['replayVersion', 'scenario', 'fog', 'seed']);
    expect(JSON.parse(readFileSync(plain, 'utf8'))).not.toHaveProperty('fog');
    const verified = cli('verify', fogged);
    expect(verified.stderr).toBe('');
    expect(verified.code).toBe(0);
  });

  it('prints a readable table by default', () => {
    const r = cli('batch', '--scenario', SCENARIO, '--seeds', '1..2', '--workers', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('How the games ended:');
    expect(r.stdout).toContain('Final stocks (10th / 50th / 90th percentile):');
  });

  it('leaves nothing in the temporary directory: the bundle the workers ran is removed at exit', () => {
    // Under tsx the workers run an esbuild bundle written to the system's temporary directory (spawn-worker.ts).
    const tmp = mkdtempSync(join(tmpdir(), 'cli-batch-tmp-'));
    try {
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'batch', '--scenario', SCENARIO, '--seeds', '1..2', '--json'],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } },
      );
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).runs).toBe(2);
      // tsx keeps its own cache there too; only the workers' directory is this program's.
      expect(readdirSync(tmp).filter((name) => name.startsWith('pov-worker-'))).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('tournament', () => {
  it('--json: every policy with its score (wins + half the draws), Elo and record over both sides', () => {
    const r = cli(
      'tournament',
      '--scenario',
      SCENARIO,
      '--games',
      '2',
      '--policies',
      'pass,random,historical',
      '--jobs',
      '1',
      '--json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['scenario', 'games', 'players']);
    expect(out.scenario).toBe('southern-oil-1942');
    expect(out.games).toBe(2);
    expect(out.players.map((p: Doc) => p.policy).sort()).toEqual(['historical', 'pass', 'random']);
    for (const p of out.players) {
      expect(Object.keys(p)).toEqual(['policy', 'score', 'elo', 'wins', 'draws', 'losses']);
      // Each plays the two others, 2 games with each side: 8 games.
      expect(p.wins + p.draws + p.losses).toBe(8);
      expect(p.score).toBe(p.wins + p.draws / 2);
      expect(Number.isInteger(p.elo)).toBe(true);
    }
    const sum = (k: string) => out.players.reduce((n: number, p: Doc) => n + p[k], 0);
    expect(sum('wins')).toBe(sum('losses'));
    expect(sum('score')).toBe(12); // 3 matches × 2 sides × 2 games, one point each
    // The same tournament on two workers gives the same table.
    const again = cli(
      'tournament',
      '--scenario',
      SCENARIO,
      '--games',
      '2',
      '--policies',
      'pass,random,historical',
      '--jobs',
      '2',
      '--json',
    );
    expect(JSON.parse(again.stdout)).toEqual(out);
  });

  it('prints a readable table by default', () => {
    const r = cli(
      'tournament',
      '--scenario',
      SCENARIO,
      '--games',
      '1',
      '--policies',
      'pass,random',
      '--jobs',
      '1',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/policy\s+score\s+elo\s+wins\s+draws\s+losses/);
    expect(r.stdout).toContain('2 players, 1 game a match on each side');
    expect(r.stdout).toContain("Judged on the scenario's goals");
  });

  it('--judge history keeps the JSON shape and judges against the real war', () => {
    const r = cli(
      'tournament',
      '--scenario',
      SCENARIO,
      '--games',
      '1',
      '--policies',
      'pass,random',
      '--judge',
      'history',
      '--jobs',
      '1',
      '--json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['scenario', 'games', 'players']);
    const sum = (k: string) => out.players.reduce((n: number, p: Doc) => n + p[k], 0);
    expect(sum('score')).toBe(2);
  });

  it('--judge goals,history plays the games once and prints a table for each judge', () => {
    const args = ['--games', '1', '--policies', 'pass,random', '--jobs', '1'];
    const r = cli('tournament', '--scenario', SCENARIO, ...args, '--judge', 'goals,history');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Judged on the scenario's goals");
    expect(r.stdout).toContain('Judged against history');
    expect(r.stdout.match(/policy\s+score\s+elo/g)).toHaveLength(2);
    const json = cli('tournament', '--scenario', SCENARIO, ...args, '--judge', 'goals,history', '--json');
    const out = JSON.parse(json.stdout);
    expect(out.judge).toBe('goals');
    expect(Object.keys(out.byJudge)).toEqual(['goals', 'history']);
    // The first judge's standings are the issue's `players`; each judge scores the same two games.
    expect(out.byJudge.goals).toEqual(out.players);
    for (const t of Object.values(out.byJudge) as Doc[][])
      expect(t.reduce((n: number, p: Doc) => n + p.score, 0)).toBe(2);
  });
});
