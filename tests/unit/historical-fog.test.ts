/**
 * The historical player plays fair (historical-sight.ts): the two decisions it takes from the state
 * that read enemy fleets at sea — the idle land-based air groups' strikes (air-orders.ts) and the
 * carrier raid on a fleet in port (historical.ts `raidFleetInPort`) — read only what its side sees
 * (engine/sight.ts), and, for the Allies, the Japanese forces the decrypt names. Small purpose-built
 * scenarios (the lab): a fleet in a sea the side does not watch is not known to it.
 */
import { describe, expect, it } from 'vitest';
import { historicalPolicy } from '../../src/ai/historical';
import type { PolicyInput } from '../../src/ai/policy';
import type { GameState, Order } from '../../src/engine';
import { labWorld, type RawScenario, startWith, withAirRules } from '../support/lab';

const move = (s: GameState, id: string, to: string) => {
  for (const f of s.forces) if (f.id === id) f.location = to;
};

describe('the historical player under the fog of war', () => {
  // Land-based air missions within 1,000 nm: the 11th Air Fleet at Formosa reaches the Philippine
  // Sea (by the East China Sea, 300 + 600 nm), two connections away, beyond its search (one).
  const world = labWorld((s: RawScenario) => {
    withAirRules(s);
    s.rules.air.missionRange = 1000;
  });
  const strikes = (orders: Order[]) =>
    orders.flatMap((o) =>
      o.type === 'air' && o.force === 'eleventh-air-fleet' ? [`${o.mission} ${o.target}`] : [],
    );
  /** The ABDA cruisers in the Philippine Sea; Japan's carriers at `carriers` (their aircraft search next to them). */
  const at = (carriers: string) =>
    startWith(world, 'fog', (s) => {
      for (const id of ['houston', 'exeter', 'de-ruyter', 'abda-destroyers']) move(s, id, 'philippine-sea');
      for (const id of ['akagi', 'kaga']) move(s, id, carriers);
    });

  it("does not strike an enemy fleet at sea that its side does not see; strikes it once its carriers' search finds it", () => {
    // The carriers at Southern Indochina search the South China Sea: the Philippine Sea is not watched.
    const unseen = at('indochina-south');
    expect(strikes(historicalPolicy.orders(world, unseen, 'japan'))).not.toContain('strike philippine-sea');
    expect(strikes(historicalPolicy.decide(world, unseen, 'japan').orders)).not.toContain(
      'strike philippine-sea',
    );
    // The carriers in the Home Islands search the Philippine Sea, next to them: the fleet is seen and struck.
    const seen = at('home-islands');
    expect(strikes(historicalPolicy.orders(world, seen, 'japan'))).toContain('strike philippine-sea');
    expect(strikes(historicalPolicy.decide(world, seen, 'japan').orders)).toContain('strike philippine-sea');
  });

  it('strikes a fleet found by the last turn’s search (the fog’s report), not before', () => {
    const unseen = at('indochina-south');
    const report = {
      turn: unseen.turn - 1,
      items: [{ kind: 'detection', side: 'japan', area: 'philippine-sea', spotted: true }],
    } as unknown as NonNullable<NonNullable<PolicyInput['fog']>['report']>;
    expect(strikes(historicalPolicy.orders(world, unseen, 'japan', { fog: { report: null } }))).not.toContain(
      'strike philippine-sea',
    );
    expect(strikes(historicalPolicy.orders(world, unseen, 'japan', { fog: { report } }))).toContain(
      'strike philippine-sea',
    );
  });
});

describe('the carrier raid on a fleet in port under the fog of war', () => {
  const CARRIERS = ['essex', 'yorktown', 'intrepid'];
  // The fleet in port (as rules-port-strike-kure.test.ts): Japan's battleships in the Home Islands,
  // within reach of the Philippine Sea, and three American carriers at Luzon next to it.
  const world = labWorld((s: RawScenario) => {
    s.connections.find(
      (x: RawScenario) => x.a === 'home-islands' && x.b === 'philippine-sea',
    ).strikeDistance = 200;
    for (const f of s.forces) {
      if (f.id === 'kongo' || f.id === 'haruna' || f.id === 'eleventh-air-fleet') f.location = 'home-islands';
    }
    for (const id of CARRIERS)
      s.forces.push({
        id,
        name: `USS ${id}`,
        side: 'allies',
        type: 'ship',
        class: 'fleet-carrier',
        location: 'luzon',
        aircraft: 90,
        experience: 60,
      });
  });
  /** Japan's carriers (72 + 66 aircraft against the raiders' 270: not three to one) at `sea`. */
  const carriersAt = (sea: string) =>
    startWith(world, 'raid', (s) => {
      for (const id of ['akagi', 'kaga']) move(s, id, sea);
    });
  const raids = (state: GameState, seen?: PolicyInput) =>
    historicalPolicy
      .decide(world, state, 'allies', seen)
      .intent.operations.some((o) => o.detail === 'raid-fleet-in-port');

  it("weighs the enemy's carriers it sees, and those the decrypt names, not those hidden at sea", () => {
    // In the South China Sea, searched from Luzon: seen, and too strong for a raid.
    expect(raids(carriersAt('south-china-sea'))).toBe(false);
    // In the East China Sea, which no Allied force watches: not known, the raid goes.
    const hidden = carriersAt('east-china-sea');
    expect(raids(hidden)).toBe(true);
    // The decrypt names them (JN-25): known where they are, no raid.
    const intel = {
      chance: 100,
      roll: 0,
      read: true,
      destinations: [{ area: 'east-china-sea', forces: ['Akagi', 'Kaga'] }],
    };
    expect(raids(hidden, { intel })).toBe(false);
  });
});
