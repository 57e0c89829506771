/**
 * The Tokyo Express (rules.shipping.contestedIslands, economy/garrison-supply.ts `contestedRuns`,
 * deliveries.ts): an army fighting on an island the enemy holds is supplied by sea from its side's
 * own port across the sea area between, and on the last leg off the island the enemy's air based
 * there sinks the runs, counted in full whatever the reach of land-based air. What does not
 * arrive starves the army (`baseSupply.starvePercent`).
 */
import { describe, expect, it } from 'vitest';
import { type GameState, NO_ORDERS, type ReportItem, resolveTurn } from '../../src/engine';
import { shippingLine } from '../../src/text/report-text';
import { labWorld, type RawScenario, shippingRules, startWith, submarineRules } from '../support/lab';

/**
 * Japan's 16th Army (50 thousand men, 1 thousand GT a thousand men) lands on Luzon, held by the
 * Allies; Formosa, its port, is across the South China Sea (400 + 300 nm), the home islands across
 * the Philippine Sea (900 + 300). `airOnLuzon` US aircraft are based on Luzon.
 */
const world = (
  opts: {
    rule?: boolean;
    airOnLuzon?: number;
    reach?: number;
    reachUntil?: string;
    /** Keep USAFFE on Luzon: a ground battle there this turn. */
    defended?: boolean;
    shortFirePercent?: number;
  } = {},
) =>
  labWorld((s: RawScenario) => {
    s.rules.shipping = {
      ...shippingRules,
      sides: ['japan'],
      garrisonKgtPerThousandTroops: 1,
      baseSupply: { unshown: [], starvePercent: 30 },
      ...((opts.rule ?? true) ? { contestedIslands: { shortFirePercent: opts.shortFirePercent ?? 50 } } : {}),
    };
    s.rules.submarines = {
      ...submarineRules,
      airSinkPer100Aircraft: 100,
      airReachNm: opts.reach ?? 0,
      ...(opts.reachUntil ? { airReachUntil: opts.reachUntil } : {}),
    };
    s.production = [];
    // Nothing else of Japan's overseas needs ships; no other Allied air or boats.
    s.forces = s.forces.filter(
      (f: { id: string }) =>
        ![
          'twenty-fifth-army',
          opts.defended ? '' : 'usaffe',
          'abda-air',
          'asiatic-submarines',
          'eleventh-air-fleet',
        ].includes(f.id),
    );
    if ((opts.airOnLuzon ?? 0) > 0)
      s.forces.push({
        id: 'feaf',
        name: 'Far East Air Force',
        side: 'allies',
        type: 'air',
        location: 'luzon',
        aircraft: opts.airOnLuzon,
      });
  });

/** The 16th Army ashore on Luzon, which the Allies still hold. */
const landed = (st: GameState) => {
  st.forces = st.forces.map((f) => (f.id === 'sixteenth-army' ? { ...f, location: 'luzon' } : f));
  st.sides.japan.stocks.tankers = 0;
};

const turn = (w: ReturnType<typeof world>) => resolveTurn(w, startWith(w, 'x', landed), NO_ORDERS);

const shippingAt = (items: ReportItem[], id: string) => {
  const i = items.find((x) => x.kind === 'shipping' && x.area === id);
  return i?.kind === 'shipping' ? i : undefined;
};

const starved = (items: ReportItem[]) =>
  items.filter((i) => i.kind === 'damage' && i.cause.code === 'unsupplied' && i.force === 'sixteenth-army');

describe('the Tokyo Express: an army fighting on an enemy-held island', () => {
  it("gets its supply by sea from its base, and the enemy's air on the island sinks it there", () => {
    const { report } = turn(world({ airOnLuzon: 200 }));
    const run = shippingAt(report.items, 'luzon')!;
    expect(run.contestedIsland).toBe(true);
    // 50 thousand men need 50 thousand GT: they sail off Luzon and through the South China Sea (from Formosa).
    expect(run.trafficKgt).toBe(50);
    expect(run.aircraft).toBe(200);
    expect(run.sunkByAircraft).toBeGreaterThan(0);
    // The report says what the runs were (words in src/text).
    expect(shippingLine(run, 'Luzon')).toBe(
      `Luzon: the supply runs to Japan's army fighting there — 50 thousand gross tons sailed, ${run.sunkByAircraft} sunk by the 200 Allied aircraft based on the island`,
    );
    expect(shippingAt(report.items, 'south-china-sea')?.trafficKgt).toBe(50);
    // Not across the Philippine Sea (the home islands' longer way).
    expect(shippingAt(report.items, 'philippine-sea')).toBeUndefined();
    // Part of the supply does not arrive: the army loses men.
    const lost = starved(report.items);
    expect(lost).toHaveLength(1);
    const d = lost[0]!;
    expect(d.kind === 'damage' && d.cause.code === 'unsupplied' && d.cause.area).toBe('luzon');
    expect(d.kind === 'damage' && d.amount).toBeGreaterThan(0);
  });

  it('with no enemy air there nothing sinks and the army is supplied', () => {
    const { report } = turn(world());
    const run = shippingAt(report.items, 'luzon')!;
    expect(run.trafficKgt).toBe(50);
    expect(run.sunkByAircraft).toBe(0);
    expect(starved(report.items)).toHaveLength(0);
  });

  it("counts the island's aircraft in full over the runs, whatever the reach over the sea areas", () => {
    // A reach of 100 nm: Luzon's aircraft count 100/300 over the South China Sea, all of them off the island.
    const near = turn(world({ airOnLuzon: 200, reach: 100 })).report.items;
    expect(shippingAt(near, 'luzon')!.aircraft).toBe(200);
    expect(shippingAt(near, 'south-china-sea')!.aircraft).toBe(66);
    const full = turn(world({ airOnLuzon: 200 })).report.items;
    expect(shippingAt(near, 'luzon')!.sunkByAircraft).toBe(shippingAt(full, 'luzon')!.sunkByAircraft);
    expect(shippingAt(near, 'south-china-sea')!.sunkByAircraft).toBeLessThan(
      shippingAt(full, 'south-china-sea')!.sunkByAircraft,
    );
  });

  it('the reach holds until airReachUntil, then the sea areas count the aircraft in full again', () => {
    // The lab's first turn is January 1942.
    const before = turn(world({ airOnLuzon: 200, reach: 100, reachUntil: '1942-01-31' })).report.items;
    expect(shippingAt(before, 'south-china-sea')!.aircraft).toBe(66);
    const after = turn(world({ airOnLuzon: 200, reach: 100, reachUntil: '1941-12-31' })).report.items;
    expect(shippingAt(after, 'south-china-sea')!.aircraft).toBe(200);
  });

  it('fights weaker in the ground battle by the share of its supply sunk', () => {
    const japanese = (w: ReturnType<typeof world>) => {
      const b = turn(w).report.items.find((i) => i.kind === 'battle' && i.area === 'luzon');
      return b?.kind === 'battle' ? b.strength.japan : -1;
    };
    const fed = japanese(world({ defended: true }));
    // The runs sunk cost men (starvation) before the battle; with the fire penalty also fire.
    const starvedOnly = japanese(world({ defended: true, airOnLuzon: 200, shortFirePercent: 0 }));
    const hungry = japanese(world({ defended: true, airOnLuzon: 200 }));
    expect(fed).toBeGreaterThan(0);
    expect(starvedOnly).toBeLessThan(fed);
    expect(hungry).toBeLessThan(starvedOnly);
  });

  it('without the rule the army needs no ships and never goes short', () => {
    const { report } = turn(world({ rule: false, airOnLuzon: 200 }));
    expect(shippingAt(report.items, 'luzon')).toBeUndefined();
    expect(shippingAt(report.items, 'south-china-sea')).toBeUndefined();
    expect(starved(report.items)).toHaveLength(0);
  });
});
