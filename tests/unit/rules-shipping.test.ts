import { describe, expect, it } from 'vitest';
import type { GameState, World } from '../../src/engine';
import { NO_ORDERS, type Order, type ReportItem, resolveTurn } from '../../src/engine';
import { airGroupState, labWorld, shippingRules, startWith, submarineRules } from '../support/lab';

function line(items: ReportItem[], side: 'japan' | 'allies', resource: string) {
  const e = items.find((i) => i.kind === 'economy' && i.side === side && i.resource === resource);
  return e?.kind === 'economy' ? e : undefined;
}

/** 500 B-29s at Malaya's airfield, in range of the lab's capital (the mines and the lifeguard boats follow them). */
const B29S_IN_MALAYA = {
  id: 'b29s',
  name: 'B-29s',
  side: 'allies',
  type: 'air',
  aircraft: 500,
  role: 'strategic-bomber',
  location: 'malaya',
  experience: 50,
  lost: 0,
  replaced: 0,
  airCapacity: 500,
  status: 'active',
} as const;

describe('captured oil is not delivered oil', () => {
  const world = labWorld((s) => {
    s.rules.shipping = shippingRules;
  });
  const borneoJapanese = (tankers: number) =>
    startWith(world, 't', (st) => {
      st.control.borneo = 'japan';
      st.control.java = 'japan';
      st.sides.japan.stocks.tankers = tankers;
    });

  it('ships home only what the tankers can carry', () => {
    // Borneo 700 + Java 500 = 1,200 a month overseas. 40 kGT of tankers × 5 = 200 a month (January: 31 days → 206).
    const few = resolveTurn(world, borneoJapanese(40), NO_ORDERS).report;
    const oil = line(few.items, 'japan', 'oil')!;
    const shipped = oil.changes.find((c) => c.cause.code === 'shipped-home');
    expect(shipped?.amount).toBe(206);
    expect(oil.changes.find((c) => c.cause.code === 'left-behind-short')?.cause).toMatchObject({
      cargo: 994,
      ships: 'tankers',
      tonnage: 40,
    });
  });

  it('delivers it all with enough tankers', () => {
    const many = resolveTurn(world, borneoJapanese(400), NO_ORDERS).report;
    const shipped = line(many.items, 'japan', 'oil')!.changes.find((c) => c.cause.code === 'shipped-home');
    expect(shipped?.amount).toBe(1200);
  });

  it('delivers nothing from an area cut off from the capital', () => {
    // With the Home Islands lost, no route leads home: nothing is produced for Japan anywhere.
    const cut = startWith(world, 't', (st) => {
      st.control['home-islands'] = 'allies';
    });
    const report = resolveTurn(world, cut, NO_ORDERS).report;
    expect(line(report.items, 'japan', 'oil')?.changes.some((c) => c.cause.code === 'produced')).toBe(false);
  });
});

describe('sabotaged oil fields', () => {
  const world = labWorld((s) => {
    s.rules.oilFields = { capturedStartPercent: 20, repairPerTurnPercent: 15 };
    s.forces = s.forces.filter((f: { id: string }) => f.id !== 'borneo-garrison');
  });

  it('restart at a fifth of their output after capture and are repaired month by month', () => {
    let state = startWith(world, 'f');
    state = resolveTurn(world, state, {
      japan: [{ type: 'move', force: 'sixteenth-army', to: 'borneo' }],
      allies: [],
    }).state;
    expect(state.control.borneo).toBe('japan');
    expect(state.oilFields.borneo).toBe(20);
    const produced: number[] = [];
    for (let t = 0; t < 4; t++) {
      const r = resolveTurn(world, state, NO_ORDERS);
      const c = line(r.report.items, 'japan', 'oil')!.changes.find(
        (x) => x.cause.code === 'produced' && x.cause.area === 'borneo',
      );
      produced.push(c?.amount ?? 0);
      state = r.state;
    }
    // 700 × 20%, then 35%, 50%, 65% (repairs are applied after each month's output).
    expect(produced).toEqual([140, 245, 350, 455]);
  });
});

describe('the submarine war on Japanese shipping follows the traffic', () => {
  const world = labWorld((s) => {
    s.rules.submarines = { ...submarineRules, halfTrafficKgt: 300, maxSunkPercent: 40 };
    s.rules.shipping = shippingRules;
    s.production = [];
  });
  type Setup = {
    boats?: number;
    date?: string;
    escorts?: number;
    escortsAt?: string;
    /** Japan holds Borneo and Java: their oil sails home through the South China Sea. */
    traffic?: boolean;
    tankers?: number;
  };
  const setUp = ({
    boats = 40,
    date,
    escorts = 0,
    escortsAt = 'south-china-sea',
    traffic = true,
    tankers = 500,
  }: Setup) =>
    startWith(world, 's', (st) => {
      if (traffic) {
        st.control.borneo = 'japan';
        st.control.java = 'japan';
      }
      st.sides.japan.stocks.tankers = tankers;
      // No Allied troops left on the islands to fight for them.
      st.forces = st.forces.filter((f) => f.id !== 'borneo-garrison' && f.id !== 'knil');
      const subs = st.forces.find((f) => f.id === 'asiatic-submarines');
      if (subs?.type === 'flotilla') {
        subs.count = boats;
        subs.location = 'south-china-sea';
      }
      if (date) st.date = date;
      if (escorts > 0) {
        st.forces.push({
          id: 'escorts',
          name: 'Convoy escorts',
          side: 'japan',
          type: 'flotilla',
          class: 'escort',
          count: escorts,
          location: escortsAt,
          experience: 50,
          lost: 0,
          replaced: 0,
          airCapacity: 0,
          status: 'active',
        });
      }
    });
  const turn = (state: ReturnType<typeof setUp>, japan: Order[] = []) =>
    resolveTurn(world, state, { japan, allies: [] }).report;
  const sunkIn = (items: ReportItem[]) =>
    ['merchant', 'tankers']
      .flatMap((r) => line(items, 'japan', r)?.changes ?? [])
      .filter((c) => c.cause.code === 'sunk' && c.cause.by === 'submarines')
      .reduce((n, c) => n - c.amount, 0);
  const sunk = (setup: Setup, japan: Order[] = []) => sunkIn(turn(setUp(setup), japan).items);

  it('sinks almost nothing on a lane where Japan ships nothing', () => {
    const items = turn(setUp({ traffic: false })).items;
    expect(sunkIn(items)).toBe(0);
    const scs = items.find((i) => i.kind === 'shipping' && i.area === 'south-china-sea');
    expect(scs).toBeUndefined();
  });

  it('reports each sea area as data: traffic, boats, escorts and what they sank', () => {
    const items = turn(setUp({})).items;
    const scs = items.find((i) => i.kind === 'shipping' && i.area === 'south-china-sea');
    expect(scs?.kind).toBe('shipping');
    if (scs?.kind !== 'shipping') return;
    expect(scs.code).toBe('sea-area-losses');
    // Borneo 700 + Java 500 = 1,200 in January (31 days) at 5 a month per thousand GT: 233 thousand GT of tankers.
    expect(scs.trafficKgt).toBe(233);
    expect(scs.boats).toBe(12);
    expect(scs.sunkBySubmarines).toBe(sunkIn(items));
  });

  it('sinks more as the boats on the lanes grow', () => {
    const losses = [20, 40, 80].map((boats) => sunk({ boats }));
    expect(losses[0]).toBeGreaterThan(0);
    expect(losses[1]).toBeGreaterThan(losses[0]!);
    expect(losses[2]).toBeGreaterThan(losses[1]!);
  });

  it('sinks more as more ships sail, and fewer when Japan holds its ships back', () => {
    // 200 thousand GT of tankers cannot carry all 1,200: every tanker sails, unless held back.
    const full = sunk({ tankers: 200 });
    const half = sunk({ tankers: 200 }, [{ type: 'choose', choice: 'sailings', level: 50 }]);
    const none = sunk({ tankers: 200 }, [{ type: 'choose', choice: 'sailings', level: 0 }]);
    expect(half).toBeLessThan(full);
    expect(half).toBeGreaterThan(0);
    expect(none).toBe(0);
    // Fewer sailings carry less cargo too.
    const oil = (japan: Order[]) =>
      line(turn(setUp({ tankers: 200 }), japan).items, 'japan', 'oil')!.changes.find(
        (c) => c.cause.code === 'shipped-home',
      )?.amount ?? 0;
    expect(oil([{ type: 'choose', choice: 'sailings', level: 50 }])).toBeLessThan(oil([]));
  });

  it('sinks about half as much with the faulty torpedoes of 1942–43 as with working ones', () => {
    const faulty = sunk({});
    const fixed = sunk({ date: '1944-01-01' });
    expect(fixed).toBeGreaterThanOrEqual(faulty * 2 - 2);
    expect(fixed).toBeLessThanOrEqual(faulty * 2 + 2);
  });

  it('counts escorts only in the sea area where they are', () => {
    const without = sunk({});
    expect(sunk({ escorts: 10, escortsAt: 'south-china-sea' })).toBeLessThan(without);
    // In port, or in a sea area the convoys and the boats do not share, they protect nothing.
    expect(sunk({ escorts: 10, escortsAt: 'formosa' })).toBe(without);
    expect(sunk({ escorts: 10, escortsAt: 'celebes-sea' })).toBe(without);
  });

  it('sinks by aircraft where carriers are and next to enemy airfields, by mines only in home waters', () => {
    const w = labWorld((x) => {
      x.rules.submarines = { ...submarineRules, airSinkPer100Aircraft: 20, minesPer100Bombers: 40 };
      x.rules.shipping = shippingRules;
      x.rules.bombing = { range: 2000, industryPer100: 0, willPer100: 0 };
      x.production = [];
    });
    const setUp = (carrier: boolean) =>
      startWith(w, 'a', (st) => {
        st.control.borneo = 'japan';
        st.control.java = 'japan';
        st.forces = st.forces.filter(
          (f) => !['borneo-garrison', 'knil', 'asiatic-submarines', 'abda-air'].includes(f.id),
        );
        st.forces.push({
          id: 'b29s',
          name: 'B-29s',
          side: 'allies',
          type: 'air',
          aircraft: 200,
          role: 'strategic-bomber',
          location: 'luzon',
          experience: 50,
          lost: 0,
          replaced: 0,
          airCapacity: 200,
          status: 'active',
        });
        const houston = st.forces.find((f) => f.id === 'houston');
        if (carrier && houston?.type === 'ship') {
          // Standing in for a carrier: a ship with aircraft in the sea area.
          houston.location = 'south-china-sea';
          houston.aircraft = 80;
        }
      });
    const area = (items: ReportItem[], id: string) => {
      const i = items.find((x) => x.kind === 'shipping' && x.area === id);
      if (i?.kind !== 'shipping') throw new Error(`no traffic reported in ${id}`);
      return i;
    };
    const items = resolveTurn(w, setUp(false), NO_ORDERS).report.items;
    // The East China Sea borders the Home Islands: mined. The South China Sea does not.
    expect(area(items, 'east-china-sea').bombers).toBe(200);
    expect(area(items, 'east-china-sea').sunkByMines).toBeGreaterThan(0);
    expect(area(items, 'south-china-sea').sunkByMines).toBe(0);
    // Strategic bombers do not hunt ships and no other Allied aircraft are near: nothing sunk by air.
    expect(area(items, 'south-china-sea').sunkByAircraft + area(items, 'east-china-sea').sunkByAircraft).toBe(
      0,
    );
    // Aircraft at sea in the South China Sea strike the traffic there.
    const carrier = resolveTurn(w, setUp(true), NO_ORDERS).report.items;
    expect(area(carrier, 'south-china-sea').sunkByAircraft).toBeGreaterThan(0);
    expect(area(carrier, 'east-china-sea').sunkByAircraft).toBe(0);
  });

  it('sinks where the boats patrol: half the boats sent to a lane without traffic sink nothing there', () => {
    // The 1942 boats were re-stationed by lane (scripts/data/subwar42.py): what a flotilla sinks
    // depends on the traffic of the sea area it patrols, and two flotillas on one lane sink what
    // one of their combined size would.
    const all = sunk({ boats: 40 });
    const split = (second: string) =>
      sunkIn(
        turn(
          (() => {
            const st = setUp({ boats: 20 });
            const subs = st.forces.find((f) => f.id === 'asiatic-submarines')!;
            st.forces.push({ ...subs, id: 'second-submarines', name: 'Second flotilla', location: second });
            return st;
          })(),
        ).items,
      );
    expect(split('south-china-sea')).toBeGreaterThanOrEqual(all - 1);
    expect(split('south-china-sea')).toBeLessThanOrEqual(all + 1);
    const offLane = split('celebes-sea');
    expect(offLane).toBeGreaterThanOrEqual(Math.floor(all / 2) - 1);
    expect(offLane).toBeLessThanOrEqual(Math.ceil(all / 2) + 1);
  });

  it('sinks nothing when the submarines stay off the lanes', () => {
    const inPort = startWith(world, 's', (st) => {
      st.control.borneo = 'japan';
      const subs = st.forces.find((f) => f.id === 'asiatic-submarines');
      if (subs) subs.location = 'australia';
    });
    expect(sunkIn(turn(inPort).items)).toBe(0);
  });

  it('cuts Japanese oil imports: fewer tankers, less oil shipped', () => {
    const w = labWorld((s) => {
      s.rules.submarines = { ...submarineRules, torpedoes: [] };
      s.rules.shipping = shippingRules;
      s.sides.japan.stocks.tankers = 240;
      s.production = [];
    });
    const run = (boats: number) => {
      let st = startWith(w, 'i', (x) => {
        x.control.borneo = 'japan';
        x.control.java = 'japan';
        // No Allied troops left on the islands to take them back.
        x.forces = x.forces.filter((f) => f.id !== 'borneo-garrison' && f.id !== 'knil');
        const subs = x.forces.find((f) => f.id === 'asiatic-submarines');
        if (subs?.type === 'flotilla') {
          subs.count = boats;
          subs.location = 'south-china-sea';
        }
      });
      const shipped: number[] = [];
      for (let t = 0; t < 5; t++) {
        const r = resolveTurn(w, st, NO_ORDERS);
        shipped.push(
          line(r.report.items, 'japan', 'oil')!.changes.find((c) => c.cause.code === 'shipped-home')
            ?.amount ?? 0,
        );
        st = r.state;
      }
      return shipped;
    };
    const none = run(1);
    const many = run(200);
    expect(many.at(-1)!).toBeLessThan(none.at(-1)!);
    // With a big submarine force, imports fall over the months as the tankers sink.
    expect(many.at(-1)!).toBeLessThan(many[0]! * 0.8);
    expect(none.at(-1)!).toBeGreaterThan(none[0]! * 0.9);
  });
});

describe("Japan's convoys keep out of the hunting grounds (shipping.closeLanePercent)", () => {
  const worldWith = (closeLanePercent: number) =>
    labWorld((s) => {
      s.rules.submarines = { ...submarineRules, halfTrafficKgt: 300, maxSunkPercent: 40 };
      s.rules.shipping = { ...shippingRules, closeLanePercent };
      s.production = [];
    });
  /** Borneo and Java Japanese; 200 boats in the South China Sea, and as many in the Philippine Sea if asked. */
  const setUp = (world: ReturnType<typeof worldWith>, philippineSea = false) =>
    startWith(world, 'c', (st) => {
      st.control.borneo = 'japan';
      st.control.java = 'japan';
      st.forces = st.forces.filter((f) => f.id !== 'borneo-garrison' && f.id !== 'knil');
      const subs = st.forces.find((f) => f.id === 'asiatic-submarines');
      if (subs?.type !== 'flotilla') throw new Error('the lab has no submarines');
      subs.count = 200;
      subs.location = 'south-china-sea';
      if (philippineSea) st.forces.push({ ...subs, id: 'more-submarines', location: 'philippine-sea' });
    });
  const sea = (items: ReportItem[], id: string) => {
    const i = items.find((x) => x.kind === 'shipping' && x.area === id);
    return i?.kind === 'shipping' ? i : undefined;
  };
  const oil = (items: ReportItem[]) => line(items, 'japan', 'oil')!.changes;
  const sunk = (items: ReportItem[]) =>
    ['merchant', 'tankers']
      .flatMap((r) => line(items, 'japan', r)?.changes ?? [])
      .filter((c) => c.cause.code === 'sunk')
      .reduce((n, c) => n - c.amount, 0);

  it('without the rule, the tankers sail through the submarines on the shortest route', () => {
    const items = resolveTurn(worldWith(0), setUp(worldWith(0)), NO_ORDERS).report.items;
    expect(sea(items, 'south-china-sea')?.sunkBySubmarines).toBeGreaterThan(0);
    expect(sea(items, 'south-china-sea')?.closedPercent).toBeUndefined();
    expect(sea(items, 'philippine-sea')).toBeUndefined();
  });

  it('routes the convoys round a sea area where they would lose more than the limit, and says so', () => {
    const world = worldWith(20);
    const items = resolveTurn(world, setUp(world), NO_ORDERS).report.items;
    const scs = sea(items, 'south-china-sea');
    // 60 boats on patrol would sink the 40% cap of the 233 thousand GT: more than 20% a month.
    expect(scs?.closedPercent).toBeGreaterThan(20);
    expect(scs?.trafficKgt).toBe(0);
    // The way round, by the Celebes Sea and the Philippine Sea, where no submarine waits.
    expect(sea(items, 'celebes-sea')?.trafficKgt).toBe(233);
    expect(sea(items, 'philippine-sea')?.trafficKgt).toBe(233);
    expect(sunk(items)).toBe(0);
    expect(oil(items).find((c) => c.cause.code === 'shipped-home')?.amount).toBe(1200);
  });

  it('leaves the oil where it is when every route crosses such an area, and sinks nothing', () => {
    const world = worldWith(20);
    const items = resolveTurn(world, setUp(world, true), NO_ORDERS).report.items;
    // The detour leads into the second patrol line: that sea area is closed in turn.
    expect(sea(items, 'south-china-sea')?.closedPercent).toBeGreaterThan(20);
    expect(sea(items, 'philippine-sea')?.closedPercent).toBeGreaterThan(20);
    expect(sunk(items)).toBe(0);
    expect(oil(items).find((c) => c.cause.code === 'shipped-home')?.amount ?? 0).toBe(0);
    expect(oil(items).find((c) => c.cause.code === 'left-behind-closed')?.cause).toMatchObject({
      cargo: 1200,
      closed: ['south-china-sea', 'philippine-sea'],
    });
  });
});

describe('the convoy routes weigh the losses met (shipping.lossRouting)', () => {
  const worldWith = (lossRouting?: {
    nmPerPercent: number;
    keepPercent: number;
    aboveLossPercent?: number;
    aircraft?: boolean;
  }) =>
    labWorld((s) => {
      s.rules.submarines = { ...submarineRules, halfTrafficKgt: 300, maxSunkPercent: 40 };
      s.rules.shipping = { ...shippingRules, ...(lossRouting ? { lossRouting } : {}) };
      s.production = [];
    });
  /** Borneo and Java Japanese; `boats` submarines in the South China Sea, on the short route home. */
  const setUp = (world: ReturnType<typeof worldWith>, boats: number) =>
    startWith(world, 'w', (st) => {
      st.control.borneo = 'japan';
      st.control.java = 'japan';
      st.forces = st.forces.filter((f) => f.id !== 'borneo-garrison' && f.id !== 'knil');
      const subs = st.forces.find((f) => f.id === 'asiatic-submarines');
      if (subs?.type !== 'flotilla') throw new Error('the lab has no submarines');
      subs.count = boats;
      subs.location = 'south-china-sea';
    });
  const traffic = (items: ReportItem[], id: string) => {
    const i = items.find((x) => x.kind === 'shipping' && x.area === id);
    return i?.kind === 'shipping' ? i.trafficKgt : 0;
  };
  /** Two turns: the second turn's report items and the losses remembered after the first. */
  const twoTurns = (world: ReturnType<typeof worldWith>, boats: number) => {
    const first = resolveTurn(world, setUp(world, boats), NO_ORDERS);
    return {
      first: first.report.items,
      remembered: first.state.laneLosses?.japan,
      second: resolveTurn(world, first.state, NO_ORDERS).report.items,
    };
  };
  const RULE = { nmPerPercent: 100, keepPercent: 50 };

  it('after a turn of losses on the short route, the convoys take the long way round', () => {
    const { first, remembered, second } = twoTurns(worldWith(RULE), 100);
    // The first turn knows of no losses: the short route, by the South China Sea, where the boats sink ships.
    expect(traffic(first, 'south-china-sea')).toBeGreaterThan(0);
    expect(traffic(first, 'celebes-sea')).toBe(0);
    expect(remembered?.['south-china-sea']).toBeGreaterThan(10);
    // The second turn weighs them: by the Celebes Sea and the Philippine Sea, where no boat waits.
    expect(traffic(second, 'south-china-sea')).toBe(0);
    expect(traffic(second, 'celebes-sea')).toBeGreaterThan(0);
    expect(traffic(second, 'philippine-sea')).toBeGreaterThan(0);
  });

  it('with no losses met, the convoys keep to the short route', () => {
    const { remembered, second } = twoTurns(worldWith(RULE), 0);
    expect(remembered).toEqual({});
    expect(traffic(second, 'south-china-sea')).toBeGreaterThan(0);
    expect(traffic(second, 'celebes-sea')).toBe(0);
  });

  it('losses no higher than aboveLossPercent are not remembered', () => {
    const first = twoTurns(worldWith(RULE), 100);
    const percent = first.remembered?.['south-china-sea'] ?? 0;
    expect(percent).toBeGreaterThan(10);
    const below = twoTurns(worldWith({ ...RULE, aboveLossPercent: percent }), 100);
    expect(below.remembered).toEqual({});
    expect(traffic(below.second, 'south-china-sea')).toBeGreaterThan(0);
    const justUnder = twoTurns(worldWith({ ...RULE, aboveLossPercent: percent - 1 }), 100);
    expect(justUnder.remembered?.['south-china-sea']).toBe(percent);
  });

  it('without the rule, the convoys sail the short route through the losses again', () => {
    const { remembered, second } = twoTurns(worldWith(), 100);
    expect(remembered).toBeUndefined();
    expect(traffic(second, 'south-china-sea')).toBeGreaterThan(0);
    expect(traffic(second, 'celebes-sea')).toBe(0);
  });

  it('a loss remembered is worth only so many miles: a small one does not send the convoys the long way', () => {
    const { remembered, second } = twoTurns(worldWith({ nmPerPercent: 1, keepPercent: 50 }), 100);
    expect(remembered?.['south-china-sea']).toBeGreaterThan(10);
    expect(traffic(second, 'south-china-sea')).toBeGreaterThan(0);
    expect(traffic(second, 'celebes-sea')).toBe(0);
  });
});

describe('the last way home stays open (shipping.keepHomeLane)', () => {
  const ECS_BOATS = 120;
  const worldWith = (keepHomeLane: boolean) =>
    labWorld((s) => {
      s.rules.submarines = { ...submarineRules, halfTrafficKgt: 300, maxSunkPercent: 40 };
      s.rules.shipping = { ...shippingRules, closeLanePercent: 20, keepHomeLane };
      s.production = [];
    });
  /** Borneo and Java Japanese; boats in both home waters, fewer of them in the East China Sea. */
  const setUp = (world: ReturnType<typeof worldWith>) =>
    startWith(world, 'h', (st) => {
      st.control.borneo = 'japan';
      st.control.java = 'japan';
      st.forces = st.forces.filter((f) => f.id !== 'borneo-garrison' && f.id !== 'knil');
      const subs = st.forces.find((f) => f.id === 'asiatic-submarines');
      if (subs?.type !== 'flotilla') throw new Error('the lab has no submarines');
      subs.count = 400;
      subs.location = 'philippine-sea';
      st.forces.push({ ...subs, id: 'more-submarines', count: ECS_BOATS, location: 'east-china-sea' });
    });
  const sea = (items: ReportItem[], id: string) => {
    const i = items.find((x) => x.kind === 'shipping' && x.area === id);
    return i?.kind === 'shipping' ? i : undefined;
  };
  const shipped = (items: ReportItem[]) =>
    line(items, 'japan', 'oil')!.changes.find((c) => c.cause.code === 'shipped-home')?.amount ?? 0;

  it('without it, every home water over the limit leaves the oil where it is', () => {
    const world = worldWith(false);
    const items = resolveTurn(world, setUp(world), NO_ORDERS).report.items;
    expect(sea(items, 'east-china-sea')?.closedPercent).toBeGreaterThan(20);
    expect(sea(items, 'philippine-sea')?.closedPercent).toBeGreaterThan(20);
    expect(shipped(items)).toBe(0);
  });

  it('with it, the convoys keep to their way home where they would lose least, and lose ships there', () => {
    const world = worldWith(true);
    const items = resolveTurn(world, setUp(world), NO_ORDERS).report.items;
    // The East China Sea, by Formosa, is over the limit but the only way home they take: it stays open.
    expect(sea(items, 'east-china-sea')?.closedPercent).toBeUndefined();
    expect(sea(items, 'east-china-sea')?.trafficKgt).toBeGreaterThan(0);
    expect(sea(items, 'east-china-sea')?.sunkBySubmarines).toBeGreaterThan(0);
    expect(shipped(items)).toBeGreaterThan(0);
    expect(shipped(items)).toBeLessThan(1200);
  });
});

describe('boats on lifeguard stations (submarines.lifeguardPercent)', () => {
  /** Oil from Borneo by the East China Sea (next to the capital), 100 boats there, B-29s in range of the capital if asked. */
  const run = (lifeguardPercent: number, bombers: boolean) => {
    const world = labWorld((s) => {
      s.rules.submarines = { ...submarineRules, halfTrafficKgt: 300, maxSunkPercent: 40, lifeguardPercent };
      s.rules.shipping = shippingRules;
      s.rules.bombing = { range: 2000, industryPer100: 0, willPer100: 0 };
      s.production = [];
    });
    const state = startWith(world, 'l', (st) => {
      st.control.borneo = 'japan';
      st.control.java = 'japan';
      st.forces = st.forces.filter((f) => f.id !== 'borneo-garrison' && f.id !== 'knil');
      const subs = st.forces.find((f) => f.id === 'asiatic-submarines');
      if (subs?.type !== 'flotilla') throw new Error('the lab has no submarines');
      subs.count = 100;
      subs.location = 'east-china-sea';
      if (bombers) st.forces.push({ ...B29S_IN_MALAYA });
    });
    const items = resolveTurn(world, state, NO_ORDERS).report.items;
    const i = items.find((x) => x.kind === 'shipping' && x.area === 'east-china-sea');
    if (i?.kind !== 'shipping') throw new Error('no traffic in the East China Sea');
    return i;
  };

  it('takes that share of the boats off the capital off the hunt while the bombers are in range', () => {
    const hunting = run(0, true);
    const half = run(50, true);
    expect(hunting.boats).toBe(30);
    expect(half.boats).toBe(15);
    expect(hunting.sunkBySubmarines).toBeGreaterThan(0);
    expect(half.sunkBySubmarines).toBeLessThan(hunting.sunkBySubmarines);
  });

  it('changes nothing without the bombers', () => {
    expect(run(50, false).boats).toBe(30);
    expect(run(50, false)).toEqual(run(0, false));
  });
});

describe('mines are laid once, shared among the home waters', () => {
  it('sinks no more in two home sea areas than the bombers could lay in one', () => {
    const world = labWorld((s) => {
      s.rules.submarines = {
        ...submarineRules,
        minesPer100Bombers: 40,
        halfTrafficKgt: 1,
        maxSunkPercent: 100,
      };
      s.rules.shipping = { ...shippingRules, garrisonKgtPerThousandTroops: 10 };
      s.rules.bombing = { range: 2000, industryPer100: 0, willPer100: 0 };
      s.production = [];
    });
    const state = startWith(world, 'm', (st) => {
      st.control.borneo = 'japan';
      st.control.java = 'japan';
      // A Japanese army on Luzon is supplied through the Philippine Sea; the oil comes by the East China Sea.
      st.control.luzon = 'japan';
      st.forces = st.forces.filter(
        (f) => !['borneo-garrison', 'knil', 'asiatic-submarines', 'abda-air', 'usaffe'].includes(f.id),
      );
      const army = st.forces.find((f) => f.id === 'sixteenth-army');
      if (army) army.location = 'luzon';
      st.forces.push({ ...B29S_IN_MALAYA });
    });
    const items = resolveTurn(world, state, NO_ORDERS).report.items;
    const mines = (id: string) => {
      const i = items.find((x) => x.kind === 'shipping' && x.area === id);
      return i?.kind === 'shipping' ? i.sunkByMines : 0;
    };
    expect(mines('east-china-sea')).toBeGreaterThan(0);
    expect(mines('philippine-sea')).toBeGreaterThan(0);
    // 500 bombers × 40 per 100 = 200 thousand GT in 30 days, 206 in January's 31 days, in all.
    expect(mines('east-china-sea') + mines('philippine-sea')).toBeLessThanOrEqual(206);
  });
});

describe('only the bombers beyond those the cities need lay mines (submarines.minesBeyondBombers)', () => {
  /** Oil from Borneo by the East China Sea (next to the capital), `bombers` B-29s in range, mines from those beyond `beyond`. */
  const mines = (bombers: number, beyond: number) => {
    const world = labWorld((s) => {
      s.rules.submarines = { ...submarineRules, minesPer100Bombers: 40, minesBeyondBombers: beyond };
      s.rules.shipping = shippingRules;
      s.rules.bombing = { range: 2000, industryPer100: 0, willPer100: 0 };
      s.production = [];
    });
    const state = startWith(world, 'n', (st) => {
      st.control.borneo = 'japan';
      st.control.java = 'japan';
      st.forces = st.forces.filter((f) => !['borneo-garrison', 'knil', 'asiatic-submarines'].includes(f.id));
      if (bombers > 0) st.forces.push({ ...B29S_IN_MALAYA, aircraft: bombers, airCapacity: bombers });
    });
    const items = resolveTurn(world, state, NO_ORDERS).report.items;
    const i = items.find((x) => x.kind === 'shipping' && x.area === 'east-china-sea');
    if (i?.kind !== 'shipping') throw new Error('no traffic in the East China Sea');
    return i;
  };

  it('lays none while the bombers in range are no more than the cities need', () => {
    expect(mines(500, 0).sunkByMines).toBeGreaterThan(0);
    expect(mines(500, 500).sunkByMines).toBe(0);
    expect(mines(300, 500).sunkByMines).toBe(0);
  });

  it('lays the mines of the bombers beyond them, as that many bombers would alone', () => {
    const beyond = mines(500, 300);
    expect(beyond.sunkByMines).toBeGreaterThan(0);
    expect(beyond.sunkByMines).toBeLessThan(mines(500, 0).sunkByMines);
    expect(beyond.sunkByMines).toBe(mines(200, 0).sunkByMines);
    // The bombers still count as in range: the rule moves the mines, not the rest (`bombers` is the minelayers).
    expect(beyond.bombers).toBe(200);
  });
});

describe('land-based air reaches the lanes within its reach (submarines.airReachNm)', () => {
  /** An Allied air group of `aircraft` on `location`. */
  const group = (id: string, location: string, aircraft: number) =>
    airGroupState(id, 'allies', location, aircraft);
  /**
   * Thousand GT the Allied air on Luzon (300 nm from the South China Sea) and Malaya (400 nm) sinks
   * there in a turn, and the aircraft that count over it.
   */
  const sunkByAir = (airReachNm: number, opts: { per100?: number; luzon?: number; malaya?: number } = {}) => {
    const world = labWorld((s) => {
      s.rules.submarines = {
        ...submarineRules,
        airSinkPer100Aircraft: 20,
        airReachNm,
        airReachNmPer100Aircraft: opts.per100 ?? 0,
      };
      s.rules.shipping = shippingRules;
      s.production = [];
    });
    const state = startWith(world, 'r', (st) => {
      st.control.borneo = 'japan';
      st.control.java = 'japan';
      st.control.luzon = 'allies';
      st.forces = st.forces.filter(
        (f) => !['borneo-garrison', 'knil', 'asiatic-submarines', 'abda-air'].includes(f.id),
      );
      st.forces.push(group('luzon-air', 'luzon', opts.luzon ?? 400));
      if (opts.malaya) st.forces.push(group('malaya-air', 'malaya', opts.malaya));
    });
    const item = resolveTurn(world, state, NO_ORDERS).report.items.find(
      (x) => x.kind === 'shipping' && x.area === 'south-china-sea',
    );
    if (item?.kind !== 'shipping') throw new Error('no traffic in the South China Sea');
    return { sunk: item.sunkByAircraft, aircraft: item.aircraft };
  };

  it('counts every aircraft over a sea area within the reach, and the share reach / distance beyond it', () => {
    const all = sunkByAir(0);
    expect(all.aircraft).toBe(400);
    expect(all.sunk).toBeGreaterThan(0);
    // The South China Sea is 300 nm from Luzon: a reach of 300 changes nothing.
    expect(sunkByAir(300)).toEqual(all);
    // A reach of 150 nm: half the aircraft reach the lane, and they sink less.
    const half = sunkByAir(150);
    expect(half.aircraft).toBe(200);
    expect(half.sunk).toBeGreaterThan(0);
    expect(half.sunk).toBeLessThan(all.sunk);
  });

  // The reach grows with the aircraft next to the sea area (`airReachNmPer100Aircraft`), no date.
  it('a few aircraft reach a short way over the sea area, a mass of them its whole width', () => {
    // 40 aircraft: 100 + 20 nm, 40 × 120 / 300 = 16 over the lane.
    const few = sunkByAir(100, { per100: 50, luzon: 40 });
    expect(few.aircraft).toBe(16);
    // 1,000 aircraft: 100 + 500 nm, beyond the 300 nm to the sea area: all of them.
    const many = sunkByAir(100, { per100: 50, luzon: 1000 });
    expect(many.aircraft).toBe(1000);
    expect(many.sunk).toBeGreaterThan(few.sunk);
    // Without the growth the mass counts 100 / 300 of its aircraft, as a few would.
    expect(sunkByAir(100, { luzon: 1000 }).aircraft).toBe(333);
    expect(sunkByAir(100, { luzon: 1000 }).sunk).toBeLessThan(many.sunk);
  });

  it("the aircraft on the other airfields next to the sea area lengthen every group's reach", () => {
    // Luzon's 40 and Malaya's 960: 1,000 next to the South China Sea, a reach of 600 nm for both.
    expect(sunkByAir(100, { per100: 50, luzon: 40, malaya: 960 }).aircraft).toBe(1000);
    // Alone at 100 nm: 40 × 100 / 300 + 960 × 100 / 400.
    expect(sunkByAir(100, { luzon: 40, malaya: 960 }).aircraft).toBe(13 + 240);
  });
});

/**
 * The lab's start for the minelayers' tests: Borneo's and Java's oil sails home through the South
 * China Sea when Japan holds them (`sailing`), and 400 Allied aircraft of `role` stand on Luzon,
 * 300 nm from it (the lab's own Allied air and boats taken out); with `stock`, the Allies hold
 * that many mines.
 */
function luzonMinelayers(
  world: World,
  {
    sailing = true,
    role = 'mixed',
    stock,
  }: { sailing?: boolean; role?: 'mixed' | 'fighter'; stock?: { resource: string; mines: number } },
): GameState {
  return startWith(world, 'm', (st) => {
    if (sailing) {
      st.control.borneo = 'japan';
      st.control.java = 'japan';
    }
    st.control.luzon = 'allies';
    if (stock) st.sides.allies.stocks[stock.resource] = stock.mines;
    st.forces = st.forces.filter(
      (f) => !['borneo-garrison', 'knil', 'asiatic-submarines', 'abda-air'].includes(f.id),
    );
    st.forces.push({
      id: 'luzon-air',
      name: 'Far East Air Force',
      side: 'allies',
      type: 'air',
      aircraft: 400,
      role,
      location: 'luzon',
      experience: 50,
      lost: 0,
      replaced: 0,
      airCapacity: 400,
      status: 'active',
    });
  });
}

/** Thousand GT of Japan's ships the mines sank in a turn's report. */
function sunkByMines(items: readonly ReportItem[]): number {
  return items
    .filter((x) => x.kind === 'shipping' && x.side === 'japan')
    .reduce((n, x) => n + (x.kind === 'shipping' ? x.sunkByMines : 0), 0);
}

describe('land-based aircraft lay mines where ships sail within their reach (submarines.aerialMines)', () => {
  /**
   * The South China Sea's item in a turn: Borneo's and Java's oil sails home through it when Japan
   * holds them (`sailing`), and 400 Allied aircraft of `role` on Luzon (300 nm from it) lay mines
   * within `reachNm`. The lab's submarines sink nothing (no boats) and its air sinks nothing.
   */
  const southChinaSea = (
    reachNm: number,
    {
      role = 'mixed',
      sailing = true,
      mining = true,
    }: { role?: 'mixed' | 'fighter'; sailing?: boolean; mining?: boolean } = {},
  ) => {
    const world = labWorld((s) => {
      s.rules.submarines = {
        ...submarineRules,
        ...(mining ? { aerialMines: { reachNm, sinkPer1000Aircraft: 200 } } : {}),
      };
      s.rules.shipping = shippingRules;
      s.production = [];
    });
    const state = luzonMinelayers(world, { sailing, role });
    const items = resolveTurn(world, state, NO_ORDERS).report.items;
    const item = items.find((x) => x.kind === 'shipping' && x.area === 'south-china-sea');
    const minesSunk = sunkByMines(items);
    return { item: item?.kind === 'shipping' ? item : undefined, minesSunk };
  };

  it('sinks ships by the mines of the aircraft in reach of a lane where ships sail', () => {
    const mined = southChinaSea(300);
    expect(mined.item?.trafficKgt ?? 0).toBeGreaterThan(0);
    expect(mined.item?.sunkByMines ?? 0).toBeGreaterThan(0);
    // Without the rule, the same lane loses nothing to mines (the lab has no bombers in range).
    expect(southChinaSea(300, { mining: false }).item?.sunkByMines).toBe(0);
  });

  it('needs the minelayers within reach: a reach shorter than the way to the lane lays none there', () => {
    const short = southChinaSea(200);
    expect(short.item?.trafficKgt ?? 0).toBeGreaterThan(0);
    expect(short.item?.sunkByMines).toBe(0);
  });

  it('needs the traffic: when nothing sails, nothing is sunk', () => {
    const idle = southChinaSea(300, { sailing: false });
    expect(idle.item?.trafficKgt ?? 0).toBe(0);
    expect(idle.minesSunk).toBe(0);
  });

  it('is laid by bombers and mixed groups, not fighters', () => {
    const fighters = southChinaSea(300, { role: 'fighter' });
    expect(fighters.item?.trafficKgt ?? 0).toBeGreaterThan(0);
    expect(fighters.item?.sunkByMines).toBe(0);
  });
});

describe('the mines come from a stock the laying spends (submarines.aerialMines.stock)', () => {
  /**
   * The South China Sea's traffic (Borneo's and Java's oil, when Japan holds them) and 400 Allied
   * aircraft on Luzon, 300 nm away, that can lay 500 mines a 1,000 aircraft in 30 days (206 in the
   * lab's 31-day January): the Allies hold `mines` in their stock. The lab's boats and air sink nothing.
   */
  const RESOURCE = 'aerial-mines';
  const mined = (
    mines: number,
    {
      reachNm = 400,
      sailing = true,
      keepPercent = 50,
    }: { reachNm?: number; sailing?: boolean; keepPercent?: number } = {},
  ) => {
    const world = labWorld((s) => {
      s.resources.push({ id: RESOURCE, name: 'Aerial mines', unit: 'mines', min: 0 });
      s.rules.submarines = {
        ...submarineRules,
        aerialMines: {
          reachNm,
          sinkPer1000Aircraft: 200,
          stock: {
            resource: RESOURCE,
            minesPer1000Aircraft: 500,
            minesPerBoat: 0,
            sinkPer1000Mines: 200,
            keepPercent,
          },
        },
      };
      s.rules.shipping = shippingRules;
      s.production = [];
    });
    const state = luzonMinelayers(world, { sailing, stock: { resource: RESOURCE, mines } });
    const turn = resolveTurn(world, state, NO_ORDERS);
    const laid = line(turn.report.items, 'allies', RESOURCE)?.changes.find(
      (c) => c.cause.code === 'mines-laid',
    );
    return { world, turn, laid, sunk: sunkByMines(turn.report.items) };
  };

  it('lays no mines and sinks nothing by them when the stock is empty', () => {
    const none = mined(0);
    expect(
      none.turn.report.items.some(
        (x) => x.kind === 'shipping' && x.area === 'south-china-sea' && x.trafficKgt > 0,
      ),
    ).toBe(true);
    expect(none.laid).toBeUndefined();
    expect(none.sunk).toBe(0);
    expect(none.turn.state.sides.allies.stocks[RESOURCE]).toBe(0);
  });

  it('spends what it lays: the stock falls by the mines laid, up to what the aircraft can lay', () => {
    // 400 aircraft × 500 / 1,000 = 200 in 30 days, 206 in 31 days: a stock of 1,000 keeps 794.
    const many = mined(1000);
    expect(many.laid).toMatchObject({
      amount: -206,
      cause: { code: 'mines-laid', areas: [{ area: 'south-china-sea', mines: 206 }] },
    });
    expect(many.turn.state.sides.allies.stocks[RESOURCE]).toBe(794);
    expect(many.sunk).toBeGreaterThan(0);
    // A stock of 50 is laid whole, and sinks less.
    const few = mined(50);
    expect(few.laid?.amount).toBe(-50);
    expect(few.turn.state.sides.allies.stocks[RESOURCE]).toBe(0);
    expect(few.sunk).toBeGreaterThan(0);
    expect(few.sunk).toBeLessThan(many.sunk);
  });

  it('needs minelayers in reach and ships sailing: otherwise the stock is kept', () => {
    const short = mined(1000, { reachNm: 200 });
    expect(short.laid).toBeUndefined();
    expect(short.sunk).toBe(0);
    expect(short.turn.state.sides.allies.stocks[RESOURCE]).toBe(1000);
    const idle = mined(1000, { sailing: false });
    expect(idle.laid).toBeUndefined();
    expect(idle.turn.state.sides.allies.stocks[RESOURCE]).toBe(1000);
  });

  it('leaves fields that lie on into the next turn (keepPercent)', () => {
    const laid = mined(206);
    expect(laid.turn.state.mineFields?.japan).toEqual({ 'south-china-sea': 103 });
    // The next turn has no mines in the stock, and the field still sinks ships.
    const next = resolveTurn(laid.world, laid.turn.state, NO_ORDERS);
    expect(next.state.sides.allies.stocks[RESOURCE]).toBe(0);
    expect(sunkByMines(next.report.items)).toBeGreaterThan(0);
    expect(next.state.mineFields?.japan).toEqual({ 'south-china-sea': 51 });
    // Without keepPercent a mine acts in its own turn only.
    const once = mined(206, { keepPercent: 0 });
    expect(once.turn.state.mineFields?.japan ?? {}).toEqual({});
    expect(sunkByMines(resolveTurn(once.world, once.turn.state, NO_ORDERS).report.items)).toBe(0);
  });

  it("lets the fields decay in a turn when none of the side's ships sail", () => {
    const laid = mined(206);
    expect(laid.turn.state.mineFields?.japan).toEqual({ 'south-china-sea': 103 });
    // The next turn Borneo and Java are the Allies' again: no cargo sails anywhere.
    const idle = JSON.parse(JSON.stringify(laid.turn.state)) as GameState;
    idle.control.borneo = 'allies';
    idle.control.java = 'allies';
    const next = resolveTurn(laid.world, idle, NO_ORDERS);
    expect(
      next.report.items.some((x) => x.kind === 'shipping' && x.side === 'japan' && x.trafficKgt > 0),
    ).toBe(false);
    expect(sunkByMines(next.report.items)).toBe(0);
    expect(next.state.mineFields?.japan).toEqual({ 'south-china-sea': 51 });
  });
});

describe('each kind of ship sunk gives its own sea areas (play29)', () => {
  // Java's raw materials sail in freighters and Borneo's and Java's oil in tankers, through the same
  // sea areas: each ledger line lists where its own kind went down, with its own tonnage.
  const world = labWorld((s) => {
    s.rules.submarines = { ...submarineRules, halfTrafficKgt: 300, maxSunkPercent: 40 };
    s.rules.shipping = { ...shippingRules, industryLiftPerKgt: 2 };
    s.areas.find((a: { id: string }) => a.id === 'java').produces.industry = 400;
    s.production = [];
  });
  const state = startWith(world, 's', (st) => {
    st.control.borneo = 'japan';
    st.control.java = 'japan';
    st.forces = st.forces.filter((f) => f.id !== 'borneo-garrison' && f.id !== 'knil');
    const subs = st.forces.find((f) => f.id === 'asiatic-submarines');
    if (subs?.type === 'flotilla') {
      subs.count = 60;
      subs.location = 'south-china-sea';
    }
  });

  it('lists for the freighters and for the tankers only their own tonnage', () => {
    const items = resolveTurn(world, state, NO_ORDERS).report.items;
    const sunk = (resource: string) =>
      (line(items, 'japan', resource)?.changes ?? []).find(
        (c) => c.cause.code === 'sunk' && c.cause.by === 'submarines',
      );
    const freighters = sunk('merchant');
    const tankers = sunk('tankers');
    expect(freighters?.amount).toBeLessThan(0);
    expect(tankers?.amount).toBeLessThan(0);
    for (const c of [freighters!, tankers!]) {
      if (c.cause.code !== 'sunk') throw new Error('not a sinking');
      expect(c.cause.areas.reduce((n, a) => n + a.kgt, 0)).toBe(-c.amount);
    }
  });
});
