/**
 * The commander weighs the enemy's air at a battle before it flies air groups to it (cmdr32;
 * support-operations.ts `supportBattles`). In play31's branch of the grand campaign (April 1942) the
 * Allied commander:normal sent one group of 200 aircraft to a contested Luzon, where 1,023 Japanese
 * aircraft could strike it (engine/air-danger.ts `airBaseThreat`): it was destroyed that turn.
 *
 * The lab (as commander-spare-air.test.ts): Luzon contested (the 16th Army beside a garrison of 20
 * thousand), Allied rear bases at Hawaii and Alaska beyond the enemy's reach with spare groups. Akagi
 * and Kaga can strike Luzon from the Philippine Sea (138 aircraft); with `landAirReach` 800 the 11th
 * Air Fleet at Formosa (300, 700 nm away by air) can strike it too.
 */
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/ai/commander/levels';
import { readSituation } from '../../src/ai/commander/situation';
import { planVariant, VARIANTS } from '../../src/ai/commander/variants';
import { airBaseThreat, type GameState } from '../../src/engine';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { atWar, moveOf } from '../support/java-landing';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const lab = (reach: number, aircraft: number) =>
  labWorld((s: RawScenario) => {
    s.rules.combat.supportMaxPercent = 50;
    s.rules.landAirReach = reach;
    for (const [id, distance] of Object.entries({ hawaii: 2000, alaska: 1500 })) {
      s.areas.push({
        id,
        name: id,
        kind: 'island',
        lon: -160,
        lat: 30,
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
        aircraft,
      });
    }
  });

const setUp = (s: GameState) => {
  atWar(s);
  for (const f of s.forces) {
    if (f.id === 'sixteenth-army') f.location = 'luzon';
    if (f.id === 'usaffe' && f.type === 'army') f.troops = 20;
  }
};

const plan = (reach: number, aircraft: number) => {
  const world = lab(reach, aircraft);
  const state = startWith(world, 'battle-air-danger', setUp);
  const book = planVariant(readSituation(world, state, 'allies'), LEVELS.normal, VARIANTS[0]!);
  const toLuzon = ['hawaii-air', 'alaska-air', 'abda-air'].filter(
    (id) => moveOf(book.orders, id) === 'luzon',
  );
  return { world, state, book, toLuzon };
};

describe('the commander does not fly air groups to a battle the enemy can strike with more', () => {
  it('is set up as meant: the 11th Air Fleet reaches Luzon only with the longer reach', () => {
    const near = lab(480, 200);
    const far = lab(800, 200);
    const threat = (w: typeof near) =>
      airBaseThreat(w, startWith(w, 'battle-air-danger', setUp), 'allies', 'luzon');
    expect(threat(near)).toBeGreaterThan(0);
    expect(threat(near)).toBeLessThan(200);
    expect(threat(far)).toBeGreaterThanOrEqual(threat(near) + 300);
  });

  it('sends one group of 200 where the enemy can bring 138', () => {
    const { toLuzon, book } = plan(480, 200);
    expect(toLuzon).toHaveLength(1);
    expect(book.operations.some((o) => o.reason === 'air-danger')).toBe(false);
  });

  it('holds the groups back where the enemy can bring more than they, and says why', () => {
    const { world, state, book, toLuzon } = plan(800, 200);
    const threat = airBaseThreat(world, state, 'allies', 'luzon');
    expect(toLuzon).toEqual([]);
    const op = book.operations.find((o) => o.kind === 'hold' && o.reason === 'air-danger');
    expect(op?.target).toBe('luzon');
    // Alaska's group covers Malaya Command's push into Thailand (planned before the battles' air):
    // Hawaii's is the one the battle would have counted.
    expect(op?.forces).toEqual(['hawaii-air']);
    expect(op?.numbers).toEqual({ threat, aircraft: 200 });
    expect(operationSentence(intentNames(world, state), op!)).toBe(
      `Keep hawaii air at its base rather than send it to the battle for Luzon: ${threat} enemy aircraft can strike there, against at most 200 of ours.`,
    );
    // The groups held back stay at their bases and are not lost to the battle's count: no move at all.
    for (const id of op!.forces) expect(moveOf(book.orders, id)).toBeUndefined();
  });

  it('sends a group large enough to match the enemy there', () => {
    const { toLuzon, book } = plan(800, 600);
    expect(toLuzon).toHaveLength(1);
    expect(book.operations.some((o) => o.reason === 'air-danger')).toBe(false);
  });
});
