/**
 * The commander flies to a battle on its own ground only the air the battle counts, and only from
 * bases that can spare it (cmdr31b; support-operations.ts `supportBattles`, `spareAir`). In April 1942
 * on the grand campaign (play31 §5.2) the Allied commander:normal flew the air groups of Hawaii,
 * Midway, Alaska, India and eastern and northern Australia, 930 aircraft, to Luzon, where 36
 * thousand men fought and the battle counted about 50 of them; Hawaii, Midway and Alaska were left
 * with no air against Japan's carriers. On the lab at war: Luzon contested (the 16th Army landed
 * beside a small garrison), three Allied rear bases with 200 aircraft each — Hawaii and Alaska far
 * beyond the reach of Japan's carriers and air, Midway next to the Philippine Sea, into which Akagi
 * and Kaga can sail from the Home Islands this turn (engine/air-danger.ts `airBaseThreat`).
 */
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/ai/commander/levels';
import { readSituation } from '../../src/ai/commander/situation';
import { planVariant, VARIANTS } from '../../src/ai/commander/variants';
import { airBaseThreat, type GameState } from '../../src/engine';
import { atWar, moveOf } from '../support/java-landing';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const BASES = { hawaii: 2000, alaska: 1500, midway: 300 } as const;

const lab = () =>
  labWorld((s: RawScenario) => {
    // Support counts for at most half the troops' fire, as on the grand campaign.
    s.rules.combat.supportMaxPercent = 50;
    const [lon, lat] = [-160, 30];
    for (const [id, distance] of Object.entries(BASES)) {
      s.areas.push({
        id,
        name: id,
        kind: 'island',
        lon,
        lat,
        owner: 'allies',
        value: 1,
        port: true,
        airfield: true,
      });
      s.connections.push({ a: id, b: 'philippine-sea', distance });
      s.forces.push({
        id: `${id}-air`,
        name: `${id} air`,
        side: 'allies',
        type: 'air',
        location: id,
        // More than the 138 of Akagi and Kaga, which can strike Luzon too: a group flown there is not
        // outnumbered (cmdr32 weighs that; commander-battle-air-danger.test.ts).
        aircraft: 200,
      });
    }
  });

const setUp = (s: GameState) => {
  atWar(s);
  // The 16th Army has landed on Luzon beside a garrison of 20 thousand: a battle on the Allies' ground.
  for (const f of s.forces) {
    if (f.id === 'sixteenth-army') f.location = 'luzon';
    if (f.id === 'usaffe' && f.type === 'army') f.troops = 20;
  }
};

describe('the commander sends to a battle only the air it counts, from bases that can spare it', () => {
  it('is set up as meant: Midway can be struck by the carriers, Hawaii and Alaska cannot; Luzon is contested', () => {
    const world = lab();
    const state = startWith(world, 'spare-air', setUp);
    expect(airBaseThreat(world, state, 'allies', 'midway')).toBeGreaterThan(0);
    expect(airBaseThreat(world, state, 'allies', 'hawaii')).toBe(0);
    expect(airBaseThreat(world, state, 'allies', 'alaska')).toBe(0);
    const s = readSituation(world, state, 'allies');
    expect(s.enemyReach.get('hawaii') ?? 0).toBe(0);
    expect(s.enemyReach.get('alaska') ?? 0).toBe(0);
    expect(s.ground.japan.get('luzon') ?? 0).toBeGreaterThan(0);
    expect(s.ground.allies.get('luzon') ?? 0).toBeGreaterThan(0);
  });

  for (const level of ['normal', 'hard'] as const)
    it(`${level}: Midway keeps its air; one group from the safe bases flies to Luzon, not all`, () => {
      const world = lab();
      const state = startWith(world, 'spare-air', setUp);
      const book = planVariant(readSituation(world, state, 'allies'), LEVELS[level], VARIANTS[0]!);
      expect(moveOf(book.orders, 'midway-air')).toBeUndefined();
      const toLuzon = ['hawaii-air', 'alaska-air', 'midway-air', 'abda-air'].filter(
        (id) => moveOf(book.orders, id) === 'luzon',
      );
      // 20 thousand men's fire counts at most half as much again in support (supportMaxPercent):
      // one group of 200 aircraft gives the battle all it counts.
      expect(toLuzon).toHaveLength(1);
      const op = book.operations.find((o) => o.kind === 'reinforce' && o.target === 'luzon');
      expect(op?.forces).toEqual(toLuzon);
    });
});
