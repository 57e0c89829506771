/**
 * The commander's idle air groups fly forward only to a field the enemy's armies cannot reach this
 * turn (cmdr29; support-operations.ts `forwardAir`). The Allied commander sent the air of Hawaii,
 * Wake, Alaska and the West Coast to Luzon in the autumn of 1941, the airfield nearest its next
 * objective, and lost it there with the island (play24 §3, close23: "Allied air from everywhere
 * concentrates over Luzon"). On the small scenario at war: an Allied air group at a rear base
 * (Hawaii, added: 2,000 nm beyond the Philippine Sea, out of the Japanese armies' reach), Luzon
 * within reach of the 16th Army and its transports at Formosa, the Home Islands the Allies' next
 * objective. The air group may fly forward, but not into Luzon.
 */
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/ai/commander/levels';
import { objectivesToTake } from '../../src/ai/commander/objectives';
import { readSituation } from '../../src/ai/commander/situation';
import { planVariant, VARIANTS } from '../../src/ai/commander/variants';
import { atWar, moveOf } from '../support/java-landing';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const lab = () =>
  labWorld((s: RawScenario) => {
    s.areas.push({
      id: 'hawaii',
      name: 'Hawaii',
      kind: 'island',
      lon: -158,
      lat: 21.3,
      owner: 'allies',
      value: 1,
      port: true,
      airfield: true,
    });
    s.connections.push({ a: 'hawaii', b: 'philippine-sea', distance: 2000 });
    for (const f of s.forces) if (f.id === 'abda-air') Object.assign(f, { location: 'hawaii' });
  });

describe('the commander flies idle air forward only to a field the enemy cannot reach', () => {
  it('is set up as meant: Luzon within the enemy armies’ reach, Hawaii not, the Home Islands the objective', () => {
    const world = lab();
    const s = readSituation(world, startWith(world, 'forward-air', atWar), 'allies');
    expect(s.enemyReach.get('luzon') ?? 0).toBeGreaterThan(0);
    expect(s.enemyReach.get('hawaii') ?? 0).toBe(0);
    expect(objectivesToTake(s)[0]?.area).toBe('home-islands');
  });

  // (Hard also flies air in to a goal's objective the enemy can reach when its garrison is short of the
  // threat — reinforceObjectiveAir, weighed against it: Luzon is one of the lab's goals.)
  for (const level of ['easy', 'normal'] as const)
    it(`${level}: does not fly the air group from Hawaii to Luzon`, () => {
      const world = lab();
      const state = startWith(world, 'forward-air', atWar);
      const book = planVariant(readSituation(world, state, 'allies'), LEVELS[level], VARIANTS[0]!);
      const to = moveOf(book.orders, 'abda-air');
      expect(to).not.toBe('luzon');
      if (to !== undefined) expect(readSituation(world, state, 'allies').enemyReach.get(to) ?? 0).toBe(0);
    });
});
