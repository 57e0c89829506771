/**
 * Rules added while calibrating the grand campaign against history (issue 4):
 * areas overrun, small garrisons, screened carriers, surrender, contested
 * seas, and the tanker war. Each runs in the small laboratory scenario.
 */
import { describe, expect, it } from 'vitest';
import { NO_ORDERS, type Order, type ReportItem, resolveTurn, type TurnOrders } from '../../src/engine';
import { labWorld, shippingRules, startWith, submarineRules } from '../support/lab';

const battleAt = (items: ReportItem[], area: string) =>
  items.find((i): i is Extract<ReportItem, { kind: 'battle' }> => i.kind === 'battle' && i.area === area);

function line(items: ReportItem[], side: 'japan' | 'allies', resource: string) {
  const e = items.find((i) => i.kind === 'economy' && i.side === side && i.resource === resource);
  return e?.kind === 'economy' ? e : undefined;
}

const invadeBorneo: TurnOrders = {
  japan: [{ type: 'move', force: 'sixteenth-army', to: 'borneo' }],
  allies: [],
};

/** The ABDA cruisers in the Java Sea would support Borneo's garrison: these tests leave them out. */
const NO_ABDA_CRUISERS = ['houston', 'exeter', 'de-ruyter'];

describe('an overrun area', () => {
  const world = labWorld((s) => {
    s.forces = s.forces.filter((f: { id: string }) => !NO_ABDA_CRUISERS.includes(f.id));
    s.forces.find((f: { id: string }) => f.id === 'borneo-garrison').troops = 1;
    s.forces.push(
      {
        id: 'borneo-air',
        name: 'Borneo air group',
        side: 'allies',
        type: 'air',
        aircraft: 30,
        location: 'borneo',
        experience: 40,
      },
      {
        id: 'borneo-sloop',
        name: 'Borneo sloop',
        side: 'allies',
        type: 'ship',
        class: 'light-cruiser',
        location: 'borneo',
        experience: 40,
      },
    );
  });

  it("sends the loser's air groups and ships to its nearest airfield and port", () => {
    const r = resolveTurn(world, startWith(world, 'o'), invadeBorneo);
    expect(r.state.control.borneo).toBe('japan');
    const at = (id: string) => r.state.forces.find((f) => f.id === id);
    // Borneo → Java Sea 250 → Java 150: Java is the nearest Allied airfield and port.
    expect(at('borneo-air')?.location).toBe('java');
    expect(at('borneo-sloop')?.location).toBe('java');
    expect(r.report.items).toContainEqual(
      expect.objectContaining({ kind: 'move', force: 'borneo-air', from: 'borneo', to: 'java', oil: 0 }),
    );
  });

  it('loses them when the side has no airfield or port within reach', () => {
    const cornered = startWith(world, 'o', (st) => {
      for (const id of ['java', 'malaya', 'luzon', 'australia']) st.control[id] = 'japan';
      st.forces = st.forces.filter((f) => !['usaffe', 'malaya-command', 'knil'].includes(f.id));
    });
    const r = resolveTurn(world, cornered, invadeBorneo);
    expect(r.state.control.borneo).toBe('japan');
    expect(r.state.forces.find((f) => f.id === 'borneo-air')?.status).toBe('lost');
    expect(r.report.items).toContainEqual(
      expect.objectContaining({ kind: 'damage', force: 'borneo-air', destroyed: true }),
    );
  });
});

describe('small garrisons', () => {
  // 4,000 men against 1,000: rounded down to whole points neither side ever fired.
  const world = labWorld((s) => {
    s.forces = s.forces.filter(
      (f: { id: string }) => f.id !== 'sixteenth-army' && !NO_ABDA_CRUISERS.includes(f.id),
    );
    s.forces.push({
      id: 'landing-force',
      name: 'Naval landing force',
      side: 'japan',
      type: 'army',
      troops: 4,
      location: 'formosa',
      experience: 60,
    });
    const garrison = s.forces.find((f: { id: string }) => f.id === 'borneo-garrison');
    garrison.troops = 1;
  });

  it('can take an island held by a quarter of their number', () => {
    let taken = 0;
    for (let seed = 0; seed < 20; seed++) {
      let st = startWith(world, `g-${seed}`);
      st = resolveTurn(world, st, {
        japan: [{ type: 'move', force: 'landing-force', to: 'borneo' }],
        allies: [],
      }).state;
      for (let t = 0; t < 3 && st.control.borneo !== 'japan'; t++)
        st = resolveTurn(world, st, NO_ORDERS).state;
      if (st.control.borneo === 'japan') taken++;
    }
    expect(taken).toBeGreaterThan(10);
  });
});

describe('surface actions', () => {
  // No aircraft on either side: only the guns fight.
  const world = labWorld((s) => {
    const kaga = s.forces.find((f: { id: string }) => f.id === 'kaga');
    kaga.aircraft = 0;
    s.forces = s.forces.filter((f: { id: string }) => f.id !== 'abda-air');
  });
  const pointsOn = (items: ReportItem[], force: string) => {
    const loss = battleAt(items, 'java-sea')?.losses.find((l) => l.force === force);
    return loss?.cause.code === 'fire' ? loss.cause.points : 0;
  };

  it('put the screen between the guns and the carriers', () => {
    let onCarrier = 0;
    let onBattleship = 0;
    for (let seed = 0; seed < 60; seed++) {
      const r = resolveTurn(world, startWith(world, `s-${seed}`), {
        japan: [
          { type: 'move', force: 'kaga', to: 'java-sea' },
          { type: 'move', force: 'kongo', to: 'java-sea' },
        ],
        allies: [],
      });
      onCarrier += pointsOn(r.report.items, 'kaga');
      onBattleship += pointsOn(r.report.items, 'kongo');
    }
    // Weights 1 : 3 — the carrier draws about a quarter of the gunfire.
    expect(onBattleship).toBeGreaterThan(0);
    expect(onCarrier * 2).toBeLessThan(onBattleship);
  });
});

describe('carrier battles', () => {
  const world = labWorld((s) => {
    s.forces.push({
      id: 'enterprise',
      name: 'USS Enterprise',
      side: 'allies',
      type: 'ship',
      class: 'fleet-carrier',
      location: 'java-sea',
      aircraft: 30,
      experience: 60,
    });
  });

  it('are fought by the aircraft alone while both sides still have carriers flying', () => {
    let surface = 0;
    let withCarriersLeft = 0;
    for (let seed = 0; seed < 40; seed++) {
      const r = resolveTurn(world, startWith(world, `c-${seed}`), {
        japan: [
          { type: 'move', force: 'kaga', to: 'java-sea' },
          { type: 'move', force: 'kongo', to: 'java-sea' },
        ],
        allies: [],
      });
      const b = battleAt(r.report.items, 'java-sea');
      const flying = (id: string) => {
        const f = r.state.forces.find((x) => x.id === id);
        return f?.status === 'active' && f.type === 'ship' && f.aircraft > 0;
      };
      if (flying('kaga') && flying('enterprise')) {
        withCarriersLeft++;
        if (b?.stages.includes('surface')) surface++;
      }
    }
    expect(withCarriersLeft).toBeGreaterThan(5);
    expect(surface).toBe(0);
  });
});

describe('surrender', () => {
  const setup = (surrenderPercent: Record<string, number>) =>
    labWorld((s) => {
      s.rules.combat = { defenderBonusPercent: 50, amphibiousPenaltyPercent: 30, surrenderPercent };
    });
  const worn = (world: ReturnType<typeof setup>, seed: string) =>
    startWith(world, seed, (st) => {
      // USAFFE after months on Bataan: a quarter of its men left.
      const usaffe = st.forces.find((f) => f.id === 'usaffe');
      if (usaffe?.type === 'army') {
        usaffe.troops = 30;
        usaffe.lost = 90;
      }
    });
  const landing: TurnOrders = { japan: [{ type: 'move', force: 'sixteenth-army', to: 'luzon' }], allies: [] };
  const gaveUp = (surrenderPercent: Record<string, number>) => {
    const world = setup(surrenderPercent);
    let count = 0;
    for (let seed = 0; seed < 30; seed++) {
      const r = resolveTurn(world, worn(world, `b-${seed}`), landing);
      const loss = battleAt(r.report.items, 'luzon')?.losses.find((l) => l.force === 'usaffe');
      if (
        loss?.destroyed &&
        (loss.cause.code === 'surrendered' ||
          (loss.cause.code === 'fire' && loss.cause.surrendered !== undefined))
      )
        count++;
    }
    return count;
  };

  it('takes a beaten army that is down to a quarter of its strength into captivity', () => {
    expect(gaveUp({ allies: 50 })).toBeGreaterThan(3);
  });

  it('never happens to a side that fights to the last', () => {
    expect(gaveUp({ japan: 50 })).toBe(0);
    expect(gaveUp({})).toBe(0);
  });
});

describe('naval support', () => {
  const world = labWorld(() => {});
  const japaneseStrength = (sea: string) => {
    const r = resolveTurn(world, startWith(world, 'n'), {
      japan: [
        { type: 'move', force: 'sixteenth-army', to: 'borneo' },
        { type: 'move', force: 'kongo', to: sea },
        { type: 'move', force: 'haruna', to: sea },
      ],
      allies: [],
    });
    return battleAt(r.report.items, 'borneo')?.strength.japan ?? 0;
  };

  it('comes from a sea the fleet holds, not from one where it must fight the enemy fleet', () => {
    // Both seas border Borneo; the ABDA cruisers wait in the Java Sea.
    expect(japaneseStrength('celebes-sea')).toBeGreaterThan(japaneseStrength('java-sea') + 5);
  });
});

describe('the tanker war', () => {
  const world = (subs: Record<string, unknown>, shipping: Record<string, unknown> = {}) =>
    labWorld((s) => {
      s.rules.submarines = { ...submarineRules, torpedoes: [], ...subs };
      s.rules.shipping = { ...shippingRules, freighterKgtPerIndustry: 10, ...shipping };
      s.sides.japan.stocks.tankers = 200;
      // Borneo's raw materials put freighters on the same lane as the tankers.
      s.areas.find((a: { id: string }) => a.id === 'borneo').produces.industry = 40;
      s.production = [];
    });
  const onLanes = (w: ReturnType<typeof world>) =>
    startWith(w, 't', (st) => {
      st.control.borneo = 'japan';
      st.control.java = 'japan';
      st.forces = st.forces.filter((f) => f.id !== 'borneo-garrison' && f.id !== 'knil');
      const subs = st.forces.find((f) => f.id === 'asiatic-submarines');
      if (subs?.type === 'flotilla') {
        subs.count = 60;
        subs.location = 'south-china-sea';
      }
    });
  const sunk = (w: ReturnType<typeof world>, resource: string) => {
    const r = resolveTurn(w, onLanes(w), NO_ORDERS).report;
    return -(line(r.items, 'japan', resource)?.changes ?? [])
      .filter((c) => c.cause.code === 'sunk')
      .reduce((n, c) => n + c.amount, 0);
  };

  it('sinks tankers first when the submarines are ordered to', () => {
    const proportional = sunk(world({}), 'tankers');
    const targeted = sunk(world({ tankerTargeting: [{ until: '1945-12-31', percent: 300 }] }), 'tankers');
    expect(proportional).toBeGreaterThan(0);
    expect(targeted).toBeGreaterThan(proportional * 2);
  });

  it('finds fewer ships when fewer ships sail', () => {
    const total = (w: ReturnType<typeof world>, japan: Order[] = []) => {
      const r = resolveTurn(w, onLanes(w), { japan, allies: [] }).report;
      return -['merchant', 'tankers']
        .flatMap((res) => line(r.items, 'japan', res)?.changes ?? [])
        .filter((c) => c.cause.code === 'sunk')
        .reduce((n, c) => n + c.amount, 0);
    };
    const w = world({});
    const full = total(w);
    const quarter = total(w, [{ type: 'choose', choice: 'sailings', level: 25 }]);
    expect(full).toBeGreaterThan(0);
    // The tankers are short and all sail; held back to a quarter, fewer sail (the freighters are plenty: all still sail).
    expect(quarter).toBeLessThan(full);
    expect(quarter).toBeGreaterThan(0);
  });

  it('costs convoys cargo as well as ships', () => {
    const shipped = (w: ReturnType<typeof world>) =>
      line(resolveTurn(w, onLanes(w), NO_ORDERS).report.items, 'japan', 'oil')!.changes.find(
        (c) => c.cause.code === 'shipped-home',
      )?.amount ?? 0;
    const targeting = { tankerTargeting: [{ until: '1945-12-31', percent: 300 }] };
    const undisturbed = shipped(world(targeting));
    const disrupted = shipped(world(targeting, { convoyDisruptionPercent: 5 }));
    expect(disrupted).toBeLessThan(undisturbed);
    expect(disrupted).toBeGreaterThan(0);
  });
});
