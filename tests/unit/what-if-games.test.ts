/**
 * What-ifs played as games: the replay and the save record the what-if and
 * the hash of the scenario actually played, both survive a round trip (file,
 * link, autosave), and resuming or verifying applies the same what-if again.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import { buildWorld, stateHash } from '../../src/engine/index';
import {
  buildAfterAction,
  createRecorder,
  loadReplayText,
  loadReplayValue,
  replayFromFragment,
  replayToFragment,
  scenarioHash,
  verifyReplay,
} from '../../src/replay/index';
import { loadSaveText, SAVE_VERSION } from '../../src/save/index';
import { applyWhatIf } from '../../src/scenario/what-if';
import { replayProblemText } from '../../src/text/replay-text';
import { saveOf } from '../../src/ui/app/autosave';
import { type LaunchOptions, linkFor, optionsFromUrl } from '../../src/ui/app/launch';
import { resume } from '../../src/ui/app/resume';
import { GameSession } from '../../src/ui/game/session';
import { replayOf } from '../../src/ui/game/session-replay';
import { scenarioFor } from '../../src/ui/scenarios/custom-scenarios';
import { fetchBundled } from '../support/bundled-fetch';
import { loadScenario } from '../support/scenarios';

const base = loadScenario('pacific-1941.json');
const noEmbargo = applyWhatIf(base, 'no-embargo');
const world = buildWorld(noEmbargo);
const historical = policyByName('historical')!;
const policies = { japan: historical, allies: historical };
const game = autoplay(world, 'what-if', policies, { maxTurns: 3, whatIf: 'no-embargo' });

describe('a what-if game as a replay', () => {
  it('records the what-if and the hash of the scenario played, not of the scenario file', () => {
    expect(game.replay.whatIf).toBe('no-embargo');
    expect(game.replay.scenario).toEqual({ id: 'pacific-1941', hash: scenarioHash(noEmbargo) });
    expect(game.replay.scenario.hash).not.toBe(scenarioHash(base));
  });

  it('survives a file round trip and verifies against the what-if, not against history', () => {
    const loaded = loadReplayText(JSON.stringify(game.replay, null, 1));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.whatIf).toBe('no-embargo');
    expect(verifyReplay(world, loaded.value)).toMatchObject({ ok: true, turns: 3 });
    const asHistory = verifyReplay(buildWorld(base), loaded.value);
    expect(asHistory.ok).toBe(false);
    if (!asHistory.ok) {
      expect(asHistory.problem.kind).toBe('scenario-mismatch');
      expect(replayProblemText(asHistory.problem, base)).toContain('the what-if "no-embargo"');
    }
  });

  it('travels inside a replay link', () => {
    const packed = replayToFragment(game.replay);
    expect(packed.ok).toBe(true);
    if (!packed.ok) return;
    const back = replayFromFragment(`#${packed.fragment}`);
    expect(back.ok && back.value.whatIf).toBe('no-embargo');
    if (back.ok) expect(verifyReplay(world, back.value).ok).toBe(true);
  });

  it('is named in the after-action report; a history game names none', () => {
    const report = buildAfterAction(noEmbargo, game.replay);
    expect(report.whatIf).toEqual({
      id: 'no-embargo',
      title: 'No American oil embargo (August 1941)',
      description: expect.stringContaining('does not freeze Japanese assets'),
    });
    const history = autoplay(buildWorld(base), 'what-if', policies, { maxTurns: 1 });
    expect(buildAfterAction(base, history.replay).whatIf).toBeNull();
  });

  it('leaves history replays as they were: no whatIf key, and version-1 files still load', () => {
    const history = autoplay(buildWorld(base), 'what-if', policies, { maxTurns: 1 });
    expect('whatIf' in history.replay).toBe(false);
    expect(JSON.stringify(history.replay)).not.toContain('whatIf');
    const golden = readFileSync(new URL('../golden/pacific-1941.replay.json', import.meta.url), 'utf8');
    const loaded = loadReplayText(golden);
    expect(loaded.ok && loaded.value.whatIf).toBeUndefined();
  });

  it('refuses an unknown or malformed what-if', () => {
    expect(() => createRecorder(world, 's', { japan: 'pass', allies: 'pass' }, 'no-war')).toThrow(
      /unknown what-if "no-war" \(available: no-embargo, /,
    );
    const bad = loadReplayValue({ ...game.replay, whatIf: 'No Embargo!' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]?.path).toBe('whatIf');
  });
});

describe('a what-if game in the browser session, saved and resumed', () => {
  // The page fetches the bundled scenario before it opens a replay or a save of it (main.ts).
  beforeAll(() => fetchBundled('pacific-1941'));
  const launch: LaunchOptions = {
    scenario: 'pacific-1941',
    side: 'japan',
    difficulty: 'history',
    seed: 'saved',
    whatIf: 'no-embargo',
  };
  const players = { japan: 'human', allies: 'historical' };
  const played = () => {
    const session = new GameSession(base, 'saved', players, 'no-embargo');
    session.endTurn({});
    session.endTurn({});
    return session;
  };

  it('plays on the what-if scenario and exports a replay that verifies', () => {
    const session = played();
    expect(session.whatIf?.id).toBe('no-embargo');
    expect(session.base).toBe(base);
    expect(session.world.scenario.events.length).toBeLessThan(base.events.length);
    const replay = replayOf(session);
    expect(replay.whatIf).toBe('no-embargo');
    expect(replay.scenario.hash).toBe(scenarioHash(noEmbargo));
    expect(verifyReplay(buildWorld(noEmbargo), replay).ok).toBe(true);
    // The viewer's lookup finds the bundled scenario and applies the replay's what-if.
    const found = scenarioFor(replay.scenario.id, replay.scenario.hash, undefined, replay.whatIf);
    expect(found.ok).toBe(true);
    if (found.ok) {
      expect(found.base.meta.id).toBe('pacific-1941');
      expect(scenarioHash(found.scenario)).toBe(replay.scenario.hash);
    }
  });

  it('saves the what-if (format 3) and Continue resumes the same counterfactual', () => {
    const session = played();
    const save = saveOf(session, launch, 'label');
    expect(save).toMatchObject({ saveVersion: SAVE_VERSION, whatIf: 'no-embargo' });
    // Format 4 added the fog of war option (launch.fog); the what-if is as format 3 wrote it.
    expect(SAVE_VERSION).toBe(4);
    expect(save.scenario.hash).toBe(scenarioHash(noEmbargo));
    const loaded = loadSaveText(JSON.stringify(save));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const resumed = resume(loaded.value);
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    expect(resumed.session.whatIf?.id).toBe('no-embargo');
    expect(resumed.launch.whatIf).toBe('no-embargo');
    expect(stateHash(resumed.session.state)).toBe(stateHash(session.state));
  });

  it('keeps the fog of war option in a save; a version-3 save (before it) resumes with it off', () => {
    const session = played();
    const foggy = saveOf(session, { ...launch, fog: true }, 'label');
    expect(foggy.launch.fog).toBe(true);
    const back = loadSaveText(JSON.stringify(foggy));
    expect(back.ok && resume(back.value)).toMatchObject({ ok: true, launch: { fog: true } });
    const { fog: _fog, ...oldLaunch } = foggy.launch;
    const v3 = { ...foggy, saveVersion: 3, launch: oldLaunch };
    const loaded = loadSaveText(JSON.stringify(v3));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.saveVersion).toBe(SAVE_VERSION);
    const resumed = resume(loaded.value);
    expect(resumed).toMatchObject({ ok: true, launch: { fog: false } });
    expect(resumed.ok && stateHash(resumed.session.state)).toBe(stateHash(session.state));
  });

  it('loads a version-2 save (no what-if) as history', () => {
    const session = new GameSession(base, 'old', players);
    session.endTurn({});
    const { whatIf: _none, ...v3 } = saveOf(session, { ...launch, whatIf: undefined }, 'old');
    const v2 = { ...v3, saveVersion: 2 };
    const loaded = loadSaveText(JSON.stringify(v2));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.saveVersion).toBe(SAVE_VERSION);
    expect(loaded.value.whatIf).toBeUndefined();
    const resumed = resume(loaded.value);
    expect(resumed.ok && resumed.session.whatIf).toBeNull();
    expect(resumed.ok && resumed.launch.whatIf).toBeUndefined();
  });

  it('refuses, in words, a save whose what-if was removed or is not in the scenario', () => {
    const save = saveOf(played(), launch, 'label');
    const { whatIf: _dropped, ...withoutWhatIf } = save;
    const dropped = resume(withoutWhatIf);
    expect(dropped).toMatchObject({ ok: false, message: expect.stringContaining('another version') });
    const unknown = resume({ ...save, whatIf: 'no-war' });
    expect(unknown).toMatchObject({
      ok: false,
      message: expect.stringContaining('unknown what-if "no-war" (available: no-embargo'),
    });
  });

  it('refuses an unknown what-if when a game starts', () => {
    expect(() => new GameSession(base, 's', players, 'no-war')).toThrow(/unknown what-if "no-war"/);
  });
});

describe('start links with a what-if', () => {
  it('round-trip the what-if id; a link without one is history', () => {
    const link = linkFor(
      { scenario: 'pacific-1941', side: 'japan', difficulty: 'normal', seed: 'c', whatIf: 'no-embargo' },
      'http://x/',
    );
    expect(link).toBe('http://x/?scenario=pacific-1941&side=japan&seed=c&whatIf=no-embargo');
    expect(optionsFromUrl(new URL(link).search).options?.whatIf).toBe('no-embargo');
    expect(optionsFromUrl('?scenario=pacific-1941&side=japan&seed=c').options).not.toHaveProperty('whatIf');
  });
});
