import { describe, expect, it } from 'vitest';
import { createGame, NO_ORDERS, type ReportItem, resolveTurn, type TurnOrders } from '../../src/engine';
import { refusalText } from '../../src/text/refusal-text';
import { labWorld, startWith } from '../support/lab';

const battles = (items: ReportItem[]) => items.filter((i) => i.kind === 'battle');

describe('code-breaking and the ambush', () => {
  // Kaga sails into the Philippine Sea, where an Allied carrier group waits.
  const setup = (percent: number) =>
    labWorld((s) => {
      s.rules.codebreaking = percent > 0 ? [{ from: '1942-01-01', until: '1942-12-31', percent }] : [];
      s.forces.push({
        id: 'enterprise',
        name: 'USS Enterprise',
        side: 'allies',
        type: 'ship',
        class: 'fleet-carrier',
        location: 'philippine-sea',
        aircraft: 72,
        experience: 60,
      });
    });
  const orders: TurnOrders = { japan: [{ type: 'move', force: 'kaga', to: 'philippine-sea' }], allies: [] };
  const alliedFirst = (percent: number) => {
    const world = setup(percent);
    let first = 0;
    for (let seed = 0; seed < 200; seed++) {
      const b = battles(resolveTurn(world, createGame(world, `cb-${seed}`), orders).report.items)[0];
      if (b?.kind === 'battle' && b.firstStrike === 'allies') first++;
    }
    return first;
  };

  it('tells the Allied player where the Japanese are going when the codes are read', () => {
    const world = setup(100);
    const { items } = resolveTurn(world, createGame(world, 'x'), orders).report;
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'intelligence',
        side: 'allies',
        read: true,
        destinations: [{ area: 'philippine-sea', forces: ['Kaga'] }],
      }),
    );
    // The Allies find the enemy without searching; the Japanese search at half the usual chance.
    expect(items).toContainEqual(
      expect.objectContaining({ kind: 'detection', side: 'allies', spotted: true, chance: 100 }),
    );
    expect(items).toContainEqual(expect.objectContaining({ kind: 'detection', side: 'japan', chance: 35 }));
  });

  it('makes an Allied first strike far more likely', () => {
    const without = alliedFirst(0);
    const withCodes = alliedFirst(70);
    // Without intelligence both sides search at 70%: the Allies strike first 0.7 × 0.3 = 21% of the time.
    // With the codes read 70% of the time: 0.7 × (1 − 0.35) + 0.3 × 0.21 ≈ 52%.
    expect(without).toBeGreaterThan(25);
    expect(without).toBeLessThan(65);
    expect(withCodes).toBeGreaterThan(80);
    expect(withCodes).toBeGreaterThan(without * 1.6);
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
      location: 'philippine-sea',
      aircraft: 72,
      experience: 60,
    });
  });
  it('hits harder for the side that struck first, and counts aircraft and pilots lost', () => {
    let japanFirst = 0;
    let japanFirstAlliedCarrierSunk = 0;
    let noFirst = 0;
    let noFirstAlliedCarrierSunk = 0;
    for (let seed = 0; seed < 300; seed++) {
      const r = resolveTurn(world, createGame(world, `cv-${seed}`), {
        japan: [{ type: 'move', force: 'kaga', to: 'philippine-sea' }],
        allies: [],
      });
      const b = battles(r.report.items)[0];
      if (b?.kind !== 'battle') continue;
      expect(b.stages[0]).toBe('air');
      expect(b.pilotsLost.japan).toBe(b.aircraftLost.japan);
      const sunk = r.state.forces.find((f) => f.id === 'enterprise')?.status === 'lost';
      if (b.firstStrike === 'japan') {
        japanFirst++;
        if (sunk) japanFirstAlliedCarrierSunk++;
      } else if (b.firstStrike === null) {
        noFirst++;
        if (sunk) noFirstAlliedCarrierSunk++;
      }
    }
    expect(japanFirst).toBeGreaterThan(20);
    expect(noFirst).toBeGreaterThan(20);
    expect(japanFirstAlliedCarrierSunk / japanFirst).toBeGreaterThan(noFirstAlliedCarrierSunk / noFirst);
  });
});

describe('scripted strikes and delayed consequences', () => {
  const world = labWorld((s) => {
    s.flags.push({
      id: 'withdrawn',
      name: 'Withdrawal from Indochina',
      initial: false,
      description: 'Japan pulls out.',
    });
    s.choices.push({
      id: 'withdraw',
      side: 'japan',
      label: 'Withdraw',
      description: 'Pull out of Indochina.',
    });
    s.events.push(
      {
        id: 'raid',
        title: 'Raid on the Java Sea',
        trigger: { type: 'turn', turn: 1 },
        effects: [{ type: 'damage', force: 'houston', percent: 100, why: 'sunk in a surprise raid' }],
        note: 'A test strike.',
        source: 'T',
      },
      {
        id: 'eased',
        title: 'The embargo eases',
        trigger: { type: 'choice', choice: 'withdraw', after: 2 },
        effects: [{ type: 'flag', flag: 'withdrawn', value: true }],
        note: 'Two turns after the decision.',
        source: 'T',
      },
    );
  });

  it('sinks a named ship and says why', () => {
    const r = resolveTurn(world, createGame(world, 'r'), NO_ORDERS);
    expect(r.report.items).toContainEqual(
      expect.objectContaining({
        kind: 'damage',
        name: 'USS Houston',
        destroyed: true,
        cause: { code: 'event', text: 'sunk in a surprise raid' },
      }),
    );
    expect(r.state.forces.find((f) => f.id === 'houston')?.status).toBe('lost');
  });

  it('fires a choice-triggered event only after the stated delay', () => {
    let state = createGame(world, 'w');
    const flags: boolean[] = [];
    for (let t = 0; t < 4; t++) {
      const orders: TurnOrders =
        t === 0 ? { japan: [{ type: 'choose', choice: 'withdraw' }], allies: [] } : NO_ORDERS;
      state = resolveTurn(world, state, orders).state;
      flags.push(state.flags.withdrawn ?? false);
    }
    expect(state.choices).toEqual({ withdraw: 1 });
    expect(flags).toEqual([false, false, true, true]);
  });
});

describe('production queues, aircraft and pilots', () => {
  const world = labWorld((s) => {
    s.resources.push({ id: 'aircraft', name: 'Aircraft', unit: 'aircraft', min: 0 });
    s.sides.japan.stocks.aircraft = 50;
    s.rules.air = {
      aircraftResource: 'aircraft',
      pilotLossPercent: 70,
      pilots: {
        japan: {
          initial: 20,
          initialExperience: 30,
          turns: 3,
          oilPer100: 0,
          note: 'Test pilots.',
          source: 'T',
        },
      },
    };
    s.buildables = [
      {
        id: 'fleet-carrier',
        side: 'japan',
        name: 'Fleet carrier',
        cost: { industry: 60 },
        turns: 3,
        force: {
          id: 'new-carrier',
          name: 'New carrier',
          side: 'japan',
          type: 'ship',
          class: 'fleet-carrier',
          location: 'home-islands',
          aircraft: 0,
          experience: 40,
        },
        note: 'A test build.',
      },
    ];
  });

  it('charges the cost when ordered and delivers the ship after its build time', () => {
    let state = createGame(world, 'b');
    const first = resolveTurn(world, state, {
      japan: [{ type: 'build', item: 'fleet-carrier', count: 1 }],
      allies: [],
    });
    expect(first.state.sides.japan.stocks.industry).toBe(40);
    expect(first.state.queue).toEqual([{ side: 'japan', item: 'fleet-carrier', ready: 4 }]);
    state = first.state;
    for (let t = 2; t <= 4; t++) {
      const r = resolveTurn(world, state, NO_ORDERS);
      state = r.state;
      const built = r.report.items.find((i) => i.kind === 'built');
      expect(Boolean(built), `turn ${t}`).toBe(t === 4);
    }
    expect(state.forces.some((f) => f.id === 'new-carrier-1' && f.location === 'home-islands')).toBe(true);
  });

  it('refuses a build it cannot pay for, with the reason', () => {
    const r = resolveTurn(world, createGame(world, 'b'), {
      japan: [{ type: 'build', item: 'fleet-carrier', count: 2 }],
      allies: [],
    });
    const refused = r.report.items.find((i) => i.kind === 'rejected');
    expect(refused).toMatchObject({
      refusal: {
        code: 'cannot-afford',
        item: 'Fleet carrier',
        count: 2,
        resource: 'industry',
        need: 120,
        have: 100,
      },
    });
    expect(refused?.kind === 'rejected' && refusalText(refused.refusal)).toBe(
      "2 × Fleet carrier needs 120 industry and you have 100 now — builds are paid from what you have when you order; this month's industry comes in as the month is played: order 1 now, or the rest next turn",
    );
  });

  it('refills a carrier in port with green pilots while they last', () => {
    const state = startWith(world, 'a', (s) => {
      const akagi = s.forces.find((f) => f.id === 'akagi');
      if (akagi?.type === 'ship') akagi.aircraft = 36; // 30 short of 66
    });
    const next = resolveTurn(world, state, NO_ORDERS).state;
    const akagi = next.forces.find((f) => f.id === 'akagi');
    // Only 20 trained pilots are in reserve: 56 aircraft, experience (85×36 + 30×20) / 56 = 65.
    expect(akagi?.type === 'ship' && akagi.aircraft).toBe(56);
    expect(akagi?.experience).toBe(65);
    expect(next.pilots.japan.ready).toBe(0);
    expect(next.sides.japan.stocks.aircraft).toBe(30);
  });
});

describe('strategic bombing', () => {
  const world = labWorld((s) => {
    s.rules.bombing = { range: 1500, industryPer100: 10, willPer100: 2 };
    // Only the bombing here: losing Formosa would also weigh on will (rules-will.test.ts).
    delete s.rules.will;
  });

  it('bombs Japan only from bases within range', () => {
    const bombers = (location: string) =>
      startWith(world, 'b', (s) => {
        s.control.formosa = 'allies';
        s.forces = s.forces.filter((f) => f.location !== 'formosa');
        s.forces.push({
          id: 'b29',
          name: 'XX Bomber Command',
          side: 'allies',
          type: 'air',
          role: 'strategic-bomber',
          aircraft: 200,
          location,
          experience: 50,
          lost: 0,
          replaced: 0,
          airCapacity: 200,
          status: 'active',
        });
      });
    const near = resolveTurn(world, bombers('formosa'), NO_ORDERS).state;
    expect(near.sides.japan.stocks.industry).toBe(80);
    expect(near.sides.japan.stocks.will).toBe(76);
    const far = resolveTurn(world, bombers('australia'), NO_ORDERS).state;
    expect(far.sides.japan.stocks.industry).toBe(100);
  });
});

describe('an event that changes a stock twice is reported once, with the sum', () => {
  // As the Oil Clock's Pearl Harbor: the war begun (+5, +8) and the strike (+3, +20), oil between.
  const world = labWorld((s) => {
    s.events.push({
      id: 'war-and-strike',
      title: 'War and a strike',
      trigger: { type: 'turn', turn: 1 },
      effects: [
        { type: 'resource', side: 'japan', resource: 'will', amount: 5 },
        { type: 'resource', side: 'allies', resource: 'will', amount: 8 },
        { type: 'resource', side: 'japan', resource: 'oil', amount: -700 },
        { type: 'resource', side: 'japan', resource: 'will', amount: 3 },
        { type: 'resource', side: 'allies', resource: 'will', amount: 20 },
      ],
      note: 'A test event.',
      source: 'T',
    });
  });

  it('one will line per side in the event and in the ledger, each the sum; the stock moved by both', () => {
    const start = startWith(world, 'w', (st) => {
      st.sides.japan.stocks.will = 50;
      st.sides.allies.stocks.will = 50;
    });
    const r = resolveTurn(world, start, NO_ORDERS);
    const ev = r.report.items.find((i) => i.kind === 'event' && i.event === 'war-and-strike');
    expect(ev?.kind === 'event' && ev.effects).toEqual([
      { code: 'resource', side: 'japan', resource: 'will', amount: 8 },
      { code: 'resource', side: 'allies', resource: 'will', amount: 28 },
      { code: 'resource', side: 'japan', resource: 'oil', amount: -700 },
    ]);
    for (const [side, sum] of [
      ['japan', 8],
      ['allies', 28],
    ] as const) {
      const ledger = r.report.items.find(
        (i) => i.kind === 'economy' && i.side === side && i.resource === 'will',
      );
      const fromEvent =
        ledger?.kind === 'economy'
          ? ledger.changes.filter((c) => c.cause.code === 'event' && c.cause.event === 'war-and-strike')
          : [];
      expect(fromEvent.map((c) => c.amount)).toEqual([sum]);
    }
    // The will pressures of the turn come on top; the event's part is the whole 8 and 28.
    const will = (side: 'japan' | 'allies') => {
      const l = r.report.items.find((i) => i.kind === 'economy' && i.side === side && i.resource === 'will');
      return l?.kind === 'economy' ? l.before + l.changes.reduce((n, c) => n + c.amount, 0) : NaN;
    };
    expect(will('japan')).toBe(r.state.sides.japan.stocks.will);
    expect(will('allies')).toBe(r.state.sides.allies.stocks.will);
  });
});
