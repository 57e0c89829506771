/**
 * Golden replays pin the rules: each bundled scenario has one recorded game
 * in tests/golden/. If a rules or scenario change alters any turn, this fails
 * and names the turn; regenerate with `npx tsx scripts/make-golden.ts` on
 * purpose and describe the change of outcome in the commit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/engine';
import { loadReplayText, verifyReplay } from '../../src/replay/index';
import { loadScenarioText } from '../../src/scenario/load';
import { replayProblemText } from '../../src/text/replay-text';

const goldenDir = new URL('../golden/', import.meta.url);
const scenarioDir = new URL('../../scenarios/', import.meta.url);
const scenarios = readdirSync(scenarioDir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

describe('golden replays', () => {
  it('exist for every bundled scenario', () => {
    const golden = readdirSync(goldenDir).filter((f) => f.endsWith('.replay.json'));
    const ids = scenarios.map(
      (f) => JSON.parse(readFileSync(new URL(f, scenarioDir), 'utf8')).meta.id as string,
    );
    expect(golden.map((f) => f.replace('.replay.json', '')).sort()).toEqual(ids.sort());
  });

  for (const file of scenarios) {
    it(`${file} replays to the recorded hash on every turn`, () => {
      const scenario = loadScenarioText(readFileSync(new URL(file, scenarioDir), 'utf8'));
      if (!scenario.ok) throw new Error(`${file} does not load`);
      const replay = loadReplayText(
        readFileSync(new URL(`${scenario.value.meta.id}.replay.json`, goldenDir), 'utf8'),
      );
      if (!replay.ok) throw new Error('golden replay does not load');
      const result = verifyReplay(buildWorld(scenario.value), replay.value);
      expect(result.ok ? 'ok' : replayProblemText(result.problem, scenario.value)).toBe('ok');
    });
  }
});
