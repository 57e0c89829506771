/**
 * The commander under the fog of war (aifog25; commander.ts `believed`, engine/sight.ts): told
 * `PolicyInput.fog`, it plans on what its side sees. On the rules laboratory at war, ABDA's
 * cruisers in the Java Sea are out of Japan's sight (no Japanese ship there, no aircraft within a
 * connection: sight.test.ts), and the Japanese battle fleet sent to the Philippine Sea is out of the
 * Allies'. Each changes the enemy commander's orders when it reads the whole state; under fog its
 * orders are those it gives when the fleet is not there at all. A fleet it does see still counts.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyInput } from '../../src/ai/policy';
import { policyByName } from '../../src/ai/registry';
import { type GameState, sightOf } from '../../src/engine';
import type { SideId } from '../../src/scenario/schema';
import { answerComputer } from '../../src/ui/game/computer-worker';
import { labWorld, startWith } from '../support/lab';

const world = labWorld(() => {});
const ABDA = new Set(['houston', 'exeter', 'de-ruyter', 'abda-destroyers']);
const JAPANESE_FLEET = new Set(['akagi', 'kaga', 'kongo', 'haruna']);
const FOG: PolicyInput = { fog: { report: null } };

/** The lab at war, with `fleet` (by id) moved to `sea` if given. */
function atWar(fleet?: ReadonlySet<string>, sea?: string): GameState {
  return startWith(world, 'fog', (s) => {
    s.flags = { ...s.flags, war: true };
    if (fleet && sea) for (const f of s.forces) if (fleet.has(f.id)) f.location = sea;
  });
}
const without = (state: GameState, fleet: ReadonlySet<string>): GameState => ({
  ...state,
  forces: state.forces.filter((f) => !fleet.has(f.id)),
});
function orders(level: string, state: GameState, side: SideId, seen?: PolicyInput): string {
  const p = policyByName(`commander:${level}`);
  if (!p) throw new Error(`commander:${level}`);
  return JSON.stringify(p.orders(world, state, side, seen));
}

describe('the commander under the fog of war', () => {
  for (const level of ['easy', 'normal', 'hard']) {
    it(`Japan's ${level} commander does not plan around ABDA's cruisers it cannot see`, () => {
      const state = atWar();
      expect(sightOf(world, state, 'japan').unwatched.has('java-sea')).toBe(true);
      const gone = without(state, ABDA);
      // Reading the whole state, the cruisers change its orders...
      expect(orders(level, state, 'japan')).not.toBe(orders(level, gone, 'japan'));
      // ...under fog they do not: the same orders as with the cruisers gone.
      expect(orders(level, state, 'japan', FOG)).toBe(orders(level, gone, 'japan', FOG));
    });
  }

  it("the Allies' commander does not plan around a Japanese fleet it cannot see", () => {
    const state = atWar(JAPANESE_FLEET, 'philippine-sea');
    expect(sightOf(world, state, 'allies').unwatched.has('philippine-sea')).toBe(true);
    const gone = without(state, JAPANESE_FLEET);
    expect(orders('normal', state, 'allies')).not.toBe(orders('normal', gone, 'allies'));
    expect(orders('normal', state, 'allies', FOG)).toBe(orders('normal', gone, 'allies', FOG));
  });

  it('still plans around a fleet its side sees (the Celebes Sea, next to its air group at Java)', () => {
    const state = atWar(JAPANESE_FLEET, 'celebes-sea');
    expect(sightOf(world, state, 'allies').unwatched.has('celebes-sea')).toBe(false);
    const gone = without(state, JAPANESE_FLEET);
    expect(orders('normal', state, 'allies', FOG)).not.toBe(orders('normal', gone, 'allies', FOG));
  });

  it('knows the forces the decrypt names, seen or not (the code-breakers told where they go)', () => {
    const state = atWar(JAPANESE_FLEET, 'philippine-sea');
    const names = state.forces.filter((f) => JAPANESE_FLEET.has(f.id)).map((f) => f.name);
    const intel = {
      chance: 100,
      roll: 0,
      read: true,
      destinations: [{ area: 'philippine-sea', forces: names }],
    };
    const whole = orders('normal', state, 'allies', { intel });
    // The decrypt alone changes its orders here (without it the fleet out of sight is nothing to it)...
    expect(orders('normal', state, 'allies', { ...FOG, intel: { ...intel, read: false } })).not.toBe(whole);
    // ...and under fog it plans on the fleet the decrypt names as when it reads the whole state.
    expect(orders('normal', state, 'allies', { ...FOG, intel })).toBe(whole);
  });

  it("the browser's computer worker plans under fog when the request carries it", () => {
    const state = atWar();
    const ask = (key: string, fog?: PolicyInput['fog']) => {
      const reply = answerComputer({
        type: 'decide',
        id: 1,
        scenario: { key, value: world.scenario },
        state,
        side: 'japan',
        player: 'commander:normal',
        ...(fog ? { fog } : {}),
      });
      if (!reply.ok) throw new Error(reply.message);
      return JSON.stringify(reply.orders);
    };
    expect(ask('fog-off')).toBe(orders('normal', state, 'japan'));
    expect(ask('fog-on', { report: null })).toBe(orders('normal', without(state, ABDA), 'japan', FOG));
    expect(ask('fog-on', { report: null })).not.toBe(ask('fog-off'));
  });
});
