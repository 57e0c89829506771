/**
 * Spare air groups fly to a field from which an enemy lane is within reach (cmdr32;
 * support-operations.ts `forwardAir`, `toLane`). Since cmdr31b a base keeps the air the enemy could
 * bring against it and the rest is spare, but a spare group at a base the enemy's armies could reach
 * stayed there, and `forwardAir`'s quiet fields are only those no enemy army can reach: on the grand
 * campaign in 1942 that left the Allies' spare air in the rear, with no enemy lane in reach. On the lab
 * with the air rules (missions within 800 nm), at war: Japan's lane is the Philippine Sea (next to the
 * oil of the Home Islands), 300 nm from Luzon; two Allied groups of 100 at Hawaii, 1,500 nm from it:
 * Japan's armies can reach Hawaii, so one stays (`spareAir`), the other is spare.
 * Luzon's garrison outnumbers the small Japanese armies that could land; the 11th Air Fleet is at the
 * Home Islands, out of Luzon's reach.
 */
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/ai/commander/levels';
import { readSituation } from '../../src/ai/commander/situation';
import { planVariant, VARIANTS } from '../../src/ai/commander/variants';
import { airBaseThreat, type GameState } from '../../src/engine';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { atWar, moveOf } from '../support/java-landing';
import { labWorld, type RawScenario, startWith, withAirRules } from '../support/lab';

const world = labWorld((s: RawScenario) => {
  withAirRules(s);
  s.areas.push({
    id: 'hawaii',
    name: 'Hawaii',
    kind: 'island',
    lon: -160,
    lat: 20,
    owner: 'allies',
    value: 1,
    port: true,
    airfield: true,
  });
  s.connections.push({ a: 'hawaii', b: 'philippine-sea', distance: 1500 });
  for (const id of ['hawaii-air', 'hawaii-air-2'])
    s.forces.push({ id, name: id, side: 'allies', type: 'air', location: 'hawaii', aircraft: 100 });
});

/** At war; Japan's armies small, Luzon's garrison large; the carriers at home or (`carriers`) gone. */
const setUp = (carriers: boolean) => (s: GameState) => {
  atWar(s);
  if (!carriers) s.forces = s.forces.filter((f) => f.id !== 'akagi' && f.id !== 'kaga');
  for (const f of s.forces) {
    if (f.type === 'army' && f.side === 'japan') f.troops = 10;
    if (f.id === 'usaffe' && f.type === 'army') f.troops = 100;
    if (f.id === 'eleventh-air-fleet') f.location = 'home-islands';
  }
};

const plan = (carriers: boolean) => {
  const state = startWith(world, 'air-lanes', setUp(carriers));
  const s = readSituation(world, state, 'allies');
  return { state, s, book: planVariant(s, LEVELS.normal, VARIANTS[0]!) };
};

describe('spare air flies to a field within reach of an enemy lane', () => {
  it('is set up as meant: Luzon is reachable by Japan’s armies but held, and safe from its air', () => {
    const { state, s } = plan(false);
    expect(s.enemyReach.get('luzon') ?? 0).toBeGreaterThan(0);
    expect(s.enemyReach.get('luzon') ?? 0).toBeLessThanOrEqual(s.ground.allies.get('luzon') ?? 0);
    expect(airBaseThreat(world, state, 'allies', 'luzon')).toBe(0);
    expect(state.forces.some((f) => f.side === 'allies' && f.type === 'air' && f.location === 'luzon')).toBe(
      false,
    );
  });

  it('sends the spare group to Luzon, and says it goes to cut the enemy’s shipping', () => {
    const { state, book } = plan(false);
    // One of Hawaii's two groups flies (the base keeps the other), to Luzon.
    const flown = ['hawaii-air', 'hawaii-air-2'].filter((id) => moveOf(book.orders, id) !== undefined);
    expect(flown).toHaveLength(1);
    expect(moveOf(book.orders, flown[0]!)).toBe('luzon');
    const op = book.operations.find((o) => o.reason === 'cut-lane' && o.kind === 'reinforce');
    expect(op?.forces).toEqual(flown);
    expect(operationSentence(intentNames(world, state), op!)).toBe(
      `Move ${flown[0]} to Luzon to cut the enemy's shipping.`,
    );
  });

  it('not where the enemy can strike the field with more than the group', () => {
    const { state, book } = plan(true);
    expect(airBaseThreat(world, state, 'allies', 'luzon')).toBeGreaterThan(100);
    expect(book.orders.some((o) => o.type === 'move' && o.to === 'luzon')).toBe(false);
  });
});
