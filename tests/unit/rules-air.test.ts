/**
 * Air power (issue 12, part 4): pilots take turns and oil to train, units below
 * strength refill from the pool and new aircraft, and green replacements lower
 * a unit's experience; land-based air groups fly missions given as orders.
 */
import { describe, expect, it } from 'vitest';
import { type ForceState, NO_ORDERS, type ReportItem, resolveTurn } from '../../src/engine';
import { refusalText } from '../../src/text/refusal-text';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const training = (initial: number, initialExperience: number) => ({
  initial,
  initialExperience,
  turns: 2,
  oilPer100: 50,
  intake: [{ from: '1942-01-01', perTurn: 40, experience: 20 }],
  note: 'Test pilots.',
  source: 'T',
});

const airRules = (s: RawScenario) => {
  s.resources.push({ id: 'aircraft', name: 'New aircraft', unit: 'aircraft', min: 0 });
  s.sides.japan.stocks.aircraft = 500;
  s.sides.allies.stocks.aircraft = 500;
  s.rules.air = {
    aircraftResource: 'aircraft',
    pilotLossPercent: 50,
    pilots: { japan: training(0, 0), allies: training(500, 50) },
    missionRange: 800,
    interceptPer100: 10,
    maxInterceptPercent: 50,
    bomberLossPercent: 10,
  };
};

const group = (state: { forces: ForceState[] }, id: string) => {
  const f = state.forces.find((x) => x.id === id);
  if (f?.type !== 'air') throw new Error(`no air group ${id}`);
  return f;
};
const item = <K extends ReportItem['kind']>(items: ReportItem[], kind: K, side: string) =>
  items.find((i): i is Extract<ReportItem, { kind: K }> => i.kind === kind && 'side' in i && i.side === side);

describe('pilots and replacements', () => {
  const world = labWorld(airRules);

  it('trains pilots for turns at a cost in oil, then refills a veteran group with them: its experience falls', () => {
    let state = startWith(world, 'p', (s) => {
      const f = group(s, 'eleventh-air-fleet');
      f.aircraft = 200; // 100 short of its 300
      f.experience = 80;
    });
    const oil = state.sides.japan.stocks.oil!;
    const first = resolveTurn(world, state, NO_ORDERS);
    // The first class starts (40 pilots, 20 thousand barrels) but no one is trained yet.
    expect(item(first.report.items, 'air-replacement', 'japan')).toMatchObject({
      intake: 40,
      oil: 20,
      aircraft: 0,
    });
    const economy = item(first.report.items, 'economy', 'japan');
    expect(first.state.sides.japan.stocks.oil).toBeLessThan(oil);
    expect(economy).toBeDefined();
    expect(group(first.state, 'eleventh-air-fleet').aircraft).toBe(200);
    state = first.state;
    state = resolveTurn(world, state, NO_ORDERS).state;
    expect(group(state, 'eleventh-air-fleet').aircraft).toBe(200);
    // Turn 3: the first class is ready and joins the group: (80 × 200 + 20 × 40) / 240 = 70.
    const third = resolveTurn(world, state, NO_ORDERS);
    expect(item(third.report.items, 'air-replacement', 'japan')).toMatchObject({
      graduated: 40,
      aircraft: 40,
    });
    const f = group(third.state, 'eleventh-air-fleet');
    expect(f.aircraft).toBe(240);
    expect(f.replaced).toBe(40);
    expect(f.experience).toBe(70);
    expect(third.state.sides.japan.stocks.aircraft).toBe(460);
  });

  it('trains no pilots without the oil to fly them', () => {
    const state = startWith(world, 'p', (s) => {
      s.sides.japan.stocks.oil = 0;
    });
    const r = resolveTurn(world, state, NO_ORDERS);
    expect(item(r.report.items, 'air-replacement', 'japan')).toMatchObject({ intake: 0, oil: 0 });
    expect(r.state.pilots.japan.training).toEqual([]);
  });

  it('replaces pilots lost in battle with greener ones', () => {
    // The 11th Air Fleet (veterans, 80) strikes the Allied air on Luzon; Japan's pool holds only
    // the green pilots of its training classes (20) and the aircrew who come back.
    let state = startWith(world, 'b', (s) => {
      group(s, 'abda-air').location = 'luzon';
    });
    const strike = resolveTurn(world, state, {
      japan: [{ type: 'air', force: 'eleventh-air-fleet', mission: 'strike', target: 'luzon' }],
      allies: [],
    });
    expect(strike.illegal).toEqual([]);
    const battle = strike.report.items.find((i) => i.kind === 'battle' && i.area === 'luzon');
    expect(battle).toBeDefined();
    const after = group(strike.state, 'eleventh-air-fleet');
    const lost = 300 - after.aircraft;
    expect(lost).toBeGreaterThan(0);
    expect(after.experience).toBe(80);
    // Half the aircrew are killed, the rest return to the pool with their unit's experience.
    const crew = item(strike.report.items, 'aircrew', 'japan');
    expect(crew).toMatchObject({ aircraftLost: lost, killed: Math.floor(lost / 2) });
    expect(strike.state.pilots.japan.ready).toBe(lost - Math.floor(lost / 2));
    state = strike.state;
    for (let t = 0; t < 3; t++) state = resolveTurn(world, state, NO_ORDERS).state;
    const rebuilt = group(state, 'eleventh-air-fleet');
    expect(rebuilt.aircraft).toBeGreaterThan(after.aircraft);
    expect(rebuilt.replaced).toBe(rebuilt.aircraft - after.aircraft);
    expect(rebuilt.experience).toBeLessThan(80);
    expect(rebuilt.experience).toBeGreaterThan(20);
  });
});

describe('land-based air missions', () => {
  const world = labWorld(airRules);

  it('refuses missions out of reach or of the wrong kind, with the reason', () => {
    const state = startWith(world, 'm');
    const r = resolveTurn(world, state, {
      japan: [
        { type: 'air', force: 'eleventh-air-fleet', mission: 'strike', target: 'java' },
        { type: 'air', force: 'eleventh-air-fleet', mission: 'patrol', target: 'luzon' },
        { type: 'air', force: 'eleventh-air-fleet', mission: 'defend', target: 'luzon' },
        { type: 'air', force: 'kongo', mission: 'strike', target: 'luzon' },
      ],
      allies: [],
    });
    expect(r.illegal.map((i) => refusalText(i.refusal))).toEqual([
      'Java is beyond the reach of 11th Air Fleet from Formosa (800 nautical miles) — move the group to an airfield nearer first',
      'Luzon is not a sea area: only lanes are patrolled',
      'Luzon is not one of your areas: a group defends your own areas',
      'Kongō is not a land-based air group',
    ]);
  });

  it('says a scenario without air missions has none, not that the target is out of reach', () => {
    const none = labWorld(() => {});
    expect(none.scenario.rules.air?.missionRange ?? 0).toBe(0);
    const r = resolveTurn(none, startWith(none, 'm'), {
      japan: [{ type: 'air', force: 'eleventh-air-fleet', mission: 'strike', target: 'luzon' }],
      allies: [],
    });
    expect(r.illegal.map((i) => refusalText(i.refusal))).toEqual([
      'this scenario has no air missions: 11th Air Fleet fights only where it is based, or move it',
    ]);
  });

  it('gives a group one order a turn: a mission or a move', () => {
    const r = resolveTurn(world, startWith(world, 'm'), {
      japan: [
        { type: 'air', force: 'eleventh-air-fleet', mission: 'defend', target: 'formosa' },
        { type: 'move', force: 'eleventh-air-fleet', to: 'indochina-south' },
      ],
      allies: [],
    });
    expect(r.illegal.map((i) => refusalText(i.refusal))).toEqual([
      '11th Air Fleet already has an order this turn',
    ]);
    expect(r.report.items).toContainEqual(
      expect.objectContaining({ kind: 'air-mission', force: 'eleventh-air-fleet', mission: 'defend' }),
    );
  });

  it('covers a landing: the group joins the battle at the target from its base', () => {
    const orders = (cover: boolean) => ({
      japan: [
        { type: 'move' as const, force: 'sixteenth-army', to: 'luzon' },
        ...(cover
          ? [
              {
                type: 'air' as const,
                force: 'eleventh-air-fleet',
                mission: 'cover' as const,
                target: 'luzon',
              },
            ]
          : []),
      ],
      allies: [],
    });
    const strength = (cover: boolean) => {
      const r = resolveTurn(world, startWith(world, 'c'), orders(cover));
      expect(r.illegal).toEqual([]);
      const b = r.report.items.find((i) => i.kind === 'battle' && i.area === 'luzon');
      return b?.kind === 'battle' ? b.strength.japan : 0;
    };
    expect(strength(true)).toBeGreaterThan(strength(false));
  });

  it('intercepts strategic bombers over the capital', () => {
    const bombing = (defend: boolean) => {
      const w = labWorld((s) => {
        airRules(s);
        s.rules.bombing = { range: 1500, industryPer100: 10, willPer100: 0 };
        delete s.rules.will;
      });
      const state = startWith(w, 'd', (s) => {
        s.control.formosa = 'allies';
        s.forces = s.forces.filter((f) => f.location !== 'formosa');
        s.forces.push(
          {
            id: 'b29',
            name: 'XX Bomber Command',
            side: 'allies',
            type: 'air',
            role: 'strategic-bomber',
            aircraft: 200,
            location: 'formosa',
            experience: 50,
            lost: 0,
            replaced: 0,
            airCapacity: 200,
            status: 'active',
          },
          {
            id: 'home-fighters',
            name: 'Home fighters',
            side: 'japan',
            type: 'air',
            role: 'fighter',
            aircraft: 200,
            location: 'home-islands',
            experience: 50,
            lost: 0,
            replaced: 0,
            airCapacity: 200,
            status: 'active',
          },
        );
      });
      return resolveTurn(w, state, {
        japan: defend
          ? [{ type: 'air', force: 'home-fighters', mission: 'defend', target: 'home-islands' }]
          : [],
        allies: [],
      }).state;
    };
    const open = bombing(false);
    const defended = bombing(true);
    // 200 bombers destroy 20 industry; 200 fighters stop 20% of it and shoot down 20 bombers.
    expect(open.sides.japan.stocks.industry).toBe(80);
    expect(defended.sides.japan.stocks.industry).toBe(84);
    expect(group(defended, 'b29').aircraft).toBe(180);
  });
});
