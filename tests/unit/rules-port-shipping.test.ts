/**
 * Ships at anchor (rules.shipping.inPort, economy/shipping-losses.ts `portLosses`): a share of
 * the freighters serving a port overseas lies in it, and the enemy's carriers next to the port
 * and land-based groups on a strike mission against it sink them there — shared among the
 * ports on that sea by their tonnage, at most `maxSunkPercent` of them.
 */
import { describe, expect, it } from 'vitest';
import { type GameState, NO_ORDERS, type ReportItem, resolveTurn, type TurnOrders } from '../../src/engine';
import {
  labWorld,
  type RawScenario,
  shippingRules,
  startWith,
  submarineRules,
  withAirRules,
} from '../support/lab';

const inPort = { percent: 50, sinkPer100Aircraft: 100, maxSunkPercent: 50 };

/** 30 thousand GT serve Borneo (300 aircraft the map does not show, 10 thousand GT per 100; troops need none here). */
const world = (edit: (s: RawScenario) => void = () => {}) =>
  labWorld((s) => {
    s.rules.shipping = {
      ...shippingRules,
      sides: ['japan'],
      baseSupply: {
        kgtPerHundredAircraft: 10,
        unshown: [{ side: 'japan', area: 'borneo', troops: 0, aircraft: 300, note: 'a base', source: 'T' }],
      },
      inPort,
    };
    s.rules.submarines = { ...submarineRules, airSinkPer100Aircraft: 0 };
    s.production = [];
    // Nothing else of Japan's is overseas; no Allied land-based air but ABDA's (left at Java, unless a test sends it).
    s.forces = s.forces.filter(
      (f: { id: string }) =>
        !['twenty-fifth-army', 'kongo', 'haruna', 'southern-destroyers', 'southern-cruisers'].includes(f.id),
    );
    edit(s);
  });

/** A US carrier with `aircraft` aboard in `sea`. */
const carrier = (sea: string, aircraft: number) => (s: RawScenario) =>
  s.forces.push({
    id: 'cv-raid',
    name: 'cv-raid',
    side: 'allies',
    type: 'ship',
    class: 'fleet-carrier',
    location: sea,
    experience: 65,
    aircraft,
  });

const japanHoldsBorneo = (st: GameState) => {
  st.control.borneo = 'japan';
  st.sides.japan.stocks.tankers = 0;
  st.sides.japan.stocks.merchant = 6000;
  st.forces = st.forces.filter((f) => !['borneo-garrison', 'asiatic-submarines'].includes(f.id));
};

const portItem = (items: ReportItem[], id: string) => {
  const i = items.find((x) => x.kind === 'shipping' && x.area === id && x.inPortKgt !== undefined);
  return i?.kind === 'shipping' ? i : undefined;
};

const turn = (w: ReturnType<typeof world>, orders: TurnOrders = NO_ORDERS) =>
  resolveTurn(w, startWith(w, 'p', japanHoldsBorneo), orders);

describe('ships at anchor', () => {
  it("are sunk by a carrier's aircraft in a sea area next to their port, up to maxSunkPercent", () => {
    // Celebes Sea: next to Borneo, off the convoys' route (the South China Sea).
    const { state, report } = turn(world(carrier('celebes-sea', 80)));
    const port = portItem(report.items, 'borneo')!;
    // 30 serve Borneo, 50% at anchor: 15; 80 aircraft could sink 82 in 31 days; at most 50% of 15: 7.
    expect(port.inPortKgt).toBe(15);
    expect(port.aircraft).toBe(80);
    expect(port.sunkByAircraft).toBe(7);
    expect(state.sides.japan.stocks.merchant).toBe(6000 - 7);
    // At sea in the South China Sea nothing attacks them.
    const sea = report.items.find((i) => i.kind === 'shipping' && i.area === 'south-china-sea');
    expect(sea?.kind === 'shipping' && sea.sunkByAircraft).toBe(0);
  });

  it('are sunk at sinkPer100Aircraft when the raid is small', () => {
    // 5 aircraft × 100 / 100 = 5 thousand GT in 30 days; 31 days: 5.
    const port = portItem(turn(world(carrier('celebes-sea', 5))).report.items, 'borneo')!;
    expect(port.sunkByAircraft).toBe(5);
  });

  it('are left alone without the rule, by carriers in a sea area not next to the port, and when nothing serves it', () => {
    const without = world((s) => {
      carrier('celebes-sea', 80)(s);
      delete s.rules.shipping.inPort;
    });
    const a = turn(without);
    expect(portItem(a.report.items, 'borneo')).toBeUndefined();
    expect(a.state.sides.japan.stocks.merchant).toBe(6000);
    // The Philippine Sea does not touch Borneo.
    const far = turn(world(carrier('philippine-sea', 80)));
    expect(portItem(far.report.items, 'borneo')).toBeUndefined();
    expect(far.state.sides.japan.stocks.merchant).toBe(6000);
    // Borneo in Allied hands: nothing serves it, nothing lies there.
    const w = world(carrier('celebes-sea', 80));
    const allied = resolveTurn(
      w,
      startWith(w, 'p', (st) => {
        japanHoldsBorneo(st);
        st.control.borneo = 'allies';
      }),
      NO_ORDERS,
    );
    expect(portItem(allied.report.items, 'borneo')).toBeUndefined();
  });

  it('are sunk by land-based groups on a strike mission against the port', () => {
    const w = world((s) => {
      withAirRules(s);
      const abda = s.forces.find((f: { id: string }) => f.id === 'abda-air');
      abda.aircraft = 6;
    });
    const r = turn(w, {
      japan: [],
      allies: [{ type: 'air', force: 'abda-air', mission: 'strike', target: 'borneo' }],
    });
    expect(r.illegal).toEqual([]);
    const port = portItem(r.report.items, 'borneo')!;
    expect(port.aircraft).toBe(6);
    expect(port.sunkByAircraft).toBe(6);
    // The same group left at its base strikes no port.
    expect(portItem(turn(w).report.items, 'borneo')).toBeUndefined();
  });

  it("shares a carrier raid's aircraft among the ports on its sea by the tonnage at anchor in each", () => {
    // Formosa and Borneo both touch the South China Sea; Formosa serves 40 (the 11th Air Fleet's 300 aircraft and 100 more).
    const w = world((s) => {
      carrier('south-china-sea', 14)(s);
      s.rules.shipping.baseSupply.unshown.push({
        side: 'japan',
        area: 'formosa',
        troops: 0,
        aircraft: 100,
        note: 'another base',
        source: 'T',
      });
    });
    const items = turn(w).report.items;
    const borneo = portItem(items, 'borneo');
    const formosa = portItem(items, 'formosa');
    expect(borneo?.inPortKgt).toBe(15);
    expect(formosa?.inPortKgt).toBe(20);
    // 14 aircraft: 15/35 of them over Borneo (6), 20/35 over Formosa (8).
    expect(borneo?.aircraft).toBe(6);
    expect(formosa?.aircraft).toBe(8);
    expect(borneo?.sunkByAircraft).toBe(6);
    expect(formosa?.sunkByAircraft).toBe(8);
  });
});
