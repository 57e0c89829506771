/**
 * Aircraft fly the short way (`airLegs`, world.ts `airDistance`), and a land-based raid on a fleet at
 * sea needs a sighting (`rules.combat.unsightedLandAirPercent`). On the lab: Formosa to Java is
 * 1,250 nm by the map (through the South China and Java Seas), beyond the lab's mission range of 800.
 */
import { describe, expect, it } from 'vitest';
import { airDistance, type ForceState, NO_ORDERS, openDistance, resolveTurn } from '../../src/engine';
import { checkOrder } from '../../src/engine/orders';
import { seaDistance } from '../../src/engine/world';
import { loadScenarioValue } from '../../src/scenario/load';
import { refusalText } from '../../src/text/refusal-text';
import { labWorld, type RawScenario, startWith, withMissionAir } from '../support/lab';
import { labScenarioRaw } from '../support/scenarios';

const LEG = { a: 'formosa', b: 'java', distance: 700, source: 'T' };
const withLeg = (s: RawScenario) => {
  withMissionAir(s, 300);
  s.airLegs = [LEG];
};

describe('air legs', () => {
  const plain = labWorld((s) => withMissionAir(s, 300));
  const legged = labWorld(withLeg);

  it('lets an air mission fly a leg where the way by the map is beyond its range', () => {
    const strike = { type: 'air', force: 'eleventh-air-fleet', mission: 'strike', target: 'java' } as const;
    const refused = checkOrder(plain, startWith(plain, 'l'), 'japan', strike);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refusalText(refused.refusal)).toContain('beyond the reach of 11th Air Fleet');
    expect(checkOrder(legged, startWith(legged, 'l'), 'japan', strike).ok).toBe(true);
    expect(airDistance(legged, 'formosa', 'java', 10_000)).toBe(700);
    // Onward from Java by the map: the leg shortens every flight through it.
    expect(airDistance(legged, 'formosa', 'java-sea', 10_000)).toBe(850);
    // The strike is flown and fought.
    const r = resolveTurn(legged, startWith(legged, 'l'), { japan: [strike], allies: [] });
    expect(r.illegal).toEqual([]);
    expect(r.report.items.some((i) => i.kind === 'battle' && i.area === 'java')).toBe(true);
  });

  it('is no way for ships, armies or anything measured by the map', () => {
    for (const [from, to] of [
      ['formosa', 'java'],
      ['formosa', 'java-sea'],
      ['indochina-south', 'java'],
    ] as const) {
      expect(seaDistance(legged, from, to, 10_000)).toBe(seaDistance(plain, from, to, 10_000));
      expect(openDistance(legged, from, to, 10_000)).toBe(openDistance(plain, from, to, 10_000));
    }
    expect(legged.neighbours.get('formosa')?.some((n) => n.area === 'java')).toBe(false);
    expect(legged.airNeighbours.get('formosa')?.some((n) => n.area === 'java')).toBe(true);
    // The same orders of ships and armies get the same verdicts, distances and routes with the leg.
    const orders = [
      { type: 'move', force: 'sixteenth-army', to: 'java' },
      { type: 'move', force: 'southern-cruisers', to: 'java-sea' },
      { type: 'move', force: 'kongo', to: 'java-sea' },
      { type: 'move', force: 'sixteenth-army', to: 'luzon' },
    ] as const;
    for (const o of orders) {
      const a = checkOrder(plain, startWith(plain, 'l'), 'japan', o);
      const b = checkOrder(legged, startWith(legged, 'l'), 'japan', o);
      expect(b, `${o.force} → ${o.to}`).toEqual(a);
    }
    // A whole turn of moves by sea and land ends the same.
    const moves = { japan: [...orders.slice(1, 3)], allies: [] };
    const x = resolveTurn(plain, startWith(plain, 'm'), moves);
    const y = resolveTurn(legged, startWith(legged, 'm'), moves);
    expect(y.state.forces.map((f) => f.location)).toEqual(x.state.forces.map((f) => f.location));
  });

  it('names the JSON path of a bad leg', () => {
    const bad = (leg: object) => {
      const raw = labScenarioRaw();
      raw.airLegs = [leg];
      const r = loadScenarioValue(raw);
      return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
    };
    expect(bad({ ...LEG, b: 'atlantis' })).toEqual([
      expect.stringMatching(/^airLegs\[0\]\.b: unknown area "atlantis"/),
    ]);
    expect(bad({ ...LEG, b: 'java-sea' })).toEqual([
      expect.stringMatching(/^airLegs\[0\]\.b: "java-sea" is a sea area/),
    ]);
    expect(bad({ ...LEG, source: 'NOPE' })).toEqual([
      expect.stringMatching(/^airLegs\[0\]\.source: unknown source "NOPE"/),
    ]);
    expect(bad({ ...LEG, distance: 0 })[0]).toMatch(/^airLegs\[0\]\.distance/);
  });
});

describe('a land-based raid needs a sighting', () => {
  /** The ABDA cruisers in the South China Sea, 400 nm from the 11th Air Fleet at Formosa; no search finds anything. */
  const raid = (unsighted: number | undefined) => {
    const world = labWorld((s) => {
      withMissionAir(s, 300);
      s.rules.searchChance = { withAircraft: 0, without: 0 };
      if (unsighted !== undefined) s.rules.combat.unsightedLandAirPercent = unsighted;
    });
    let damage = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const state = startWith(world, `s${seed}`, (s) => {
        for (const f of s.forces)
          if (f.side === 'allies' && f.location === 'java-sea') f.location = 'south-china-sea';
      });
      const r = resolveTurn(world, state, NO_ORDERS);
      const battle = r.report.items.find((i) => i.kind === 'battle' && i.area === 'south-china-sea');
      expect(battle).toBeDefined();
      const hit = (f: ForceState) => (f.type === 'ship' ? f.damage : f.type === 'flotilla' ? f.lost * 10 : 0);
      damage += r.state.forces.filter((f) => f.side === 'allies').reduce((n, f) => n + hit(f), 0);
    }
    return damage;
  };

  it('strikes an unsighted fleet with a share of its land-based aircraft only', () => {
    const full = raid(undefined);
    const share = raid(25);
    expect(full).toBeGreaterThan(0);
    expect(share).toBeLessThan(full / 2);
  });

  it('changes nothing where the search found the enemy', () => {
    const world = (unsighted?: number) =>
      labWorld((s) => {
        withMissionAir(s, 300);
        s.rules.searchChance = { withAircraft: 100, without: 100 };
        if (unsighted !== undefined) s.rules.combat.unsightedLandAirPercent = unsighted;
      });
    const play = (w: ReturnType<typeof world>) =>
      resolveTurn(
        w,
        startWith(w, 'f', (s) => {
          for (const f of s.forces)
            if (f.side === 'allies' && f.location === 'java-sea') f.location = 'south-china-sea';
        }),
        NO_ORDERS,
      ).state.forces;
    expect(play(world(25))).toEqual(play(world()));
  });
});
