/**
 * What-ifs as data: each change applied by a pure function, every name a
 * change uses checked when the scenario loads, and `--what-if` on the CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioValue } from '../../src/scenario/load';
import { applyWhatIf, unknownWhatIfMessage } from '../../src/scenario/what-if';
import { loadScenario, readScenarioFile } from '../support/scenarios';

const pacific = loadScenario('pacific-1941.json');

describe('applying a what-if', () => {
  it('removes an event', () => {
    const s = applyWhatIf(pacific, 'no-soviet-entry');
    expect(s.events.some((e) => e.id === 'soviet-entry')).toBe(false);
    expect(pacific.events.some((e) => e.id === 'soviet-entry')).toBe(true);
    // Nothing else changes (the grand campaign already runs to March 1946: scripts/data/surrender.py).
    expect({ ...s, events: pacific.events }).toEqual(pacific);
  });

  it('replaces a rule', () => {
    expect(pacific.rules.codebreaking.length).toBeGreaterThan(0);
    expect(applyWhatIf(pacific, 'no-codebreaking').rules.codebreaking).toEqual([]);
  });

  it("changes the historical plan's decisions and drops reinforcements", () => {
    const s = applyWhatIf(pacific, 'no-pearl-harbor');
    const choices = s.historicalPlan.flatMap((st) =>
      st.orders.flatMap((o) => (o.type === 'choose' ? [o.choice] : [])),
    );
    expect(choices).toContain('strike-south');
    expect(choices).not.toContain('strike-south-pearl-harbor');
    expect(s.reinforcements.some((r) => r.force.id === 'california-rebuilt')).toBe(false);
  });

  it('names the available what-ifs for an unknown id', () => {
    expect(() => applyWhatIf(pacific, 'no-war')).toThrow(
      /unknown what-if "no-war" \(available: no-embargo, /,
    );
    expect(unknownWhatIfMessage(loadScenario('southern-oil-1942.json'), 'x')).toMatch(/has no what-ifs/);
  });
});

describe('checking what-ifs when a scenario loads', () => {
  const problems = (whatIfs: unknown[]) => {
    const raw = JSON.parse(readScenarioFile('pacific-1941.json'));
    raw.whatIfs = whatIfs;
    const r = loadScenarioValue(raw);
    return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
  };
  const w = (changes: unknown[], id = 'test') => ({ id, title: 'Test', description: 'A test.', changes });

  it('accepts the bundled ones', () => {
    expect(problems(JSON.parse(readScenarioFile('pacific-1941.json')).whatIfs)).toEqual([]);
  });

  it('reports every unknown name with its path', () => {
    expect(
      problems([
        w([
          { op: 'remove-event', event: 'no-such-event' },
          { op: 'set-rule', rule: 'no-such-rule', value: 1 },
          {
            op: 'set-rule',
            rule: 'codebreaking',
            value: [{ from: '1942-01-01', until: '1942-02-01', percent: 150 }],
          },
          { op: 'replace-plan-choice', from: 'negotiate', to: 'strike-north' },
          { op: 'replace-plan-choice', from: 'strike-south-pearl-harbor', to: 'no-such-choice' },
          { op: 'remove-reinforcement', force: 'akagi' },
        ]),
        w([{ op: 'set-last-turn', turn: 60 }]),
      ]),
    ).toEqual([
      expect.stringMatching(
        /^whatIfs\[0\]\.changes\[0\]\.event: unknown event "no-such-event": expected one of the events \("/,
      ),
      expect.stringMatching(
        /^whatIfs\[0\]\.changes\[1\]\.rule: unknown rule "no-such-rule" \(rules: oilPerSortie, /,
      ),
      expect.stringMatching(/^whatIfs\[0\]\.changes\[2\]\.value\[0\]\.percent: /),
      'whatIfs[0].changes[3].from: the historical plan never chooses "negotiate"',
      expect.stringMatching(
        /^whatIfs\[0\]\.changes\[4\]\.to: unknown choice "no-such-choice": expected one of the choices \("/,
      ),
      expect.stringMatching(
        /^whatIfs\[0\]\.changes\[5\]\.force: no reinforcement brings "akagi": expected one of the reinforcements/,
      ),
      'whatIfs[1].id: duplicate what-if id "test": expected an id no other what-if has',
    ]);
  });
});

describe('--what-if on the command line', () => {
  const ROOT = new URL('../../', import.meta.url).pathname;
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const base = [
    '--scenario',
    'scenarios/pacific-1941.json',
    '--japan',
    'historical',
    '--allies',
    'historical',
  ];

  it('plays the counterfactual and says so', () => {
    const r = cli('simulate', ...base, '--seed', '1', '--turns', '6', '--what-if', 'no-embargo', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.whatIf).toEqual({ id: 'no-embargo', title: 'No American oil embargo (August 1941)' });
    // Negotiating, with no embargo: no war by December 1941.
    expect(out.series.at(-1).sides.japan.oil).toBeGreaterThan(40000);
  });

  it('records the what-if in the replay: verify applies it, and --what-if must agree with the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pov-what-if-'));
    const out = join(dir, 'game.json');
    const history = join(dir, 'history.json');
    const old = join(dir, 'old.json');
    try {
      const played = cli(
        'simulate',
        ...base,
        '--seed',
        '2',
        '--turns',
        '3',
        '--what-if',
        'no-codebreaking',
        '--out',
        out,
      );
      expect(played.code).toBe(0);
      expect(JSON.parse(readFileSync(out, 'utf8')).whatIf).toBe('no-codebreaking');
      // The file names its what-if: verify applies it without being told.
      const bare = cli('verify', out);
      expect(bare.code).toBe(0);
      expect(bare.stdout).toMatch(/^verified 3 turns/);
      expect(bare.stdout).toContain('(what if: No code-breaking: JN-25 is never read)');
      expect(cli('verify', out, '--what-if', 'no-codebreaking').code).toBe(0);
      // Another what-if on the command line contradicts the file: one clear paragraph, exit 1.
      const other = cli('verify', out, '--what-if', 'no-embargo');
      expect(other.code).toBe(1);
      expect(other.stderr).toMatch(
        /^error: the replay ".*game\.json" was played with the what-if "no-codebreaking" \(No code-breaking: JN-25 is never read\), but --what-if no-embargo \(No American oil embargo \(August 1941\)\) was given: .* Leave out --what-if \(the replay names its own\) or give --what-if no-codebreaking\.\n$/,
      );
      // A history replay checked with --what-if: refused, and said why.
      expect(cli('simulate', ...base, '--seed', '2', '--turns', '1', '--out', history).code).toBe(0);
      expect(readFileSync(history, 'utf8')).not.toContain('whatIf');
      const asWhatIf = cli('verify', history, '--what-if', 'no-embargo');
      expect(asWhatIf.code).toBe(1);
      expect(asWhatIf.stderr).toMatch(/was played as history, without a what-if, but --what-if no-embargo/);
      // A replay recorded before replays named their what-if: verify says which one it needs.
      const { whatIf: _w, ...older } = JSON.parse(readFileSync(out, 'utf8'));
      writeFileSync(old, JSON.stringify(older));
      const unnamed = cli('verify', old);
      expect(unnamed.code).toBe(1);
      expect(unnamed.stderr).toMatch(
        /recorded with the what-if "no-codebreaking".*--what-if no-codebreaking/,
      );
      expect(cli('verify', old, '--what-if', 'no-codebreaking').code).toBe(0);
      // A what-if the scenario file does not have.
      writeFileSync(old, JSON.stringify({ ...older, whatIf: 'no-war' }));
      const missing = cli('verify', old);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(
        /played with the what-if "no-war", which the scenario file .* does not define/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown what-if and lists the available ones', () => {
    const r = cli('batch', ...base, '--seeds', '1..2', '--what-if', 'no-war');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^error: batch: --what-if: unknown what-if "no-war" \(available: no-embargo, no-embargo-war-anyway, no-codebreaking, no-pearl-harbor, no-soviet-entry, no-atomic-bombs\)/,
    );
  });
});
