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
});
