/**
 * Air cover over the lanes (`rules.submarines.airCoverPercent`): the side's own land-based aircraft
 * next to a sea area cut the enemy's land-based air over its traffic, by their share of the
 * aircraft there (docs/CALIBRATION.md §1zf).
 */
import { describe, expect, it } from 'vitest';
import { NO_ORDERS, resolveTurn } from '../../src/engine';
import { airGroupState, labWorld, shippingRules, startWith, submarineRules } from '../support/lab';

/** An air group of `aircraft` on `location`. */
const group = airGroupState;

/**
 * The South China Sea's turn: Borneo's and Java's oil sails home through it (both Japan's), 400
 * Allied aircraft on Luzon 300 nm away; Japan has `formosa` aircraft on Formosa (the lab's 11th Air
 * Fleet; 0: none) and `unshown` aircraft at Borneo that the map does not show. Returns the Allied
 * aircraft counted over the sea area and what they sank.
 */
function southChinaSea(airCoverPercent: number, opts: { formosa?: number; unshown?: number } = {}) {
  const world = labWorld((s) => {
    s.rules.submarines = { ...submarineRules, airSinkPer100Aircraft: 20, airCoverPercent };
    s.rules.shipping = {
      ...shippingRules,
      baseSupply: {
        kgtPerHundredAircraft: 0,
        unshown: opts.unshown
          ? [
              {
                side: 'japan',
                area: 'borneo',
                troops: 0,
                aircraft: opts.unshown,
                note: 'A base air force the map does not show',
                source: 'T',
              },
            ]
          : [],
      },
    };
    s.production = [];
  });
  const state = startWith(world, 'c', (st) => {
    st.control.borneo = 'japan';
    st.control.java = 'japan';
    st.control.luzon = 'allies';
    st.forces = st.forces.filter(
      (f) =>
        !['borneo-garrison', 'knil', 'asiatic-submarines', 'abda-air', 'eleventh-air-fleet'].includes(f.id),
    );
    st.forces.push(group('luzon-air', 'allies', 'luzon', 400));
    if (opts.formosa) st.forces.push(group('formosa-air', 'japan', 'formosa', opts.formosa));
  });
  const item = resolveTurn(world, state, NO_ORDERS).report.items.find(
    (x) => x.kind === 'shipping' && x.area === 'south-china-sea',
  );
  if (item?.kind !== 'shipping') throw new Error('no traffic in the South China Sea');
  return { aircraft: item.aircraft, sunk: item.sunkByAircraft };
}

describe('air cover over the lanes (submarines.airCoverPercent)', () => {
  it("the side's own aircraft next to the sea area cut the enemy's land-based air over it", () => {
    const bare = southChinaSea(30);
    expect(bare.aircraft).toBe(400);
    expect(bare.sunk).toBeGreaterThan(0);
    // 400 Japanese aircraft on Formosa against Luzon's 400: half the aircraft, 30 × 1/2 = 15% cut.
    const covered = southChinaSea(30, { formosa: 400 });
    expect(covered.aircraft).toBe(340);
    expect(covered.sunk).toBeLessThan(bare.sunk);
    // The more of them, the nearer the cut comes to airCoverPercent: 1,200 against 400, 22%.
    expect(southChinaSea(30, { formosa: 1200 }).aircraft).toBe(312);
  });

  it("a base's unshown aircraft cover its sea areas as a group would", () => {
    expect(southChinaSea(30, { unshown: 400 }).aircraft).toBe(340);
  });

  it('without the rule the own aircraft change nothing', () => {
    expect(southChinaSea(0, { formosa: 400 })).toEqual(southChinaSea(0));
  });
});
