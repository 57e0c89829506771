/**
 * The supply of bases overseas sails as traffic (rules.shipping.baseSupply,
 * economy/garrison-supply.ts): air groups, warships and the garrisons the map does not show
 * need freighters on the base's route; nothing sails to an area the side does not hold; aircraft
 * in reach sink those ships; an army whose supply does not arrive wastes away.
 */
import { describe, expect, it } from 'vitest';
import { type GameState, NO_ORDERS, type ReportItem, resolveTurn } from '../../src/engine';
import { labWorld, type RawScenario, shippingRules, startWith, submarineRules } from '../support/lab';

const baseSupply = {
  kgtPerHundredAircraft: 10,
  kgtPerTenWarships: 10,
  unshown: [
    {
      side: 'japan',
      area: 'borneo',
      troops: 20,
      aircraft: 100,
      note: 'a garrison not on the map',
      source: 'T',
    },
  ],
  starvePercent: 30,
};

const world = (edit: (s: RawScenario) => void = () => {}) =>
  labWorld((s) => {
    // 1 thousand GT per thousand men; no tanker traffic (no tankers), so the base's ships are all that sail south.
    // Japan's shipping is counted; the Allies' economy is abstract (as in the grand campaign).
    s.rules.shipping = { ...shippingRules, sides: ['japan'], garrisonKgtPerThousandTroops: 1, baseSupply };
    s.rules.submarines = {
      ...submarineRules,
      airSinkPer100Aircraft: 100,
      halfTrafficKgt: 100,
      maxSunkPercent: 40,
    };
    s.production = [];
    // Nothing else of Japan's sails through the South China Sea (the army and battleships in Indochina).
    s.forces = s.forces.filter(
      (f: { id: string }) => !['twenty-fifth-army', 'kongo', 'haruna'].includes(f.id),
    );
    edit(s);
  });

/** Japan holds Borneo with the 11th Air Fleet (300 aircraft) and the southern cruisers (6) there. */
const borneoBase = (st: GameState, merchant = 6000) => {
  st.control.borneo = 'japan';
  st.sides.japan.stocks.tankers = 0;
  st.sides.japan.stocks.merchant = merchant;
  st.forces = st.forces.filter((f) => !['borneo-garrison', 'asiatic-submarines'].includes(f.id));
  for (const f of st.forces)
    if (f.id === 'eleventh-air-fleet' || f.id === 'southern-cruisers') f.location = 'borneo';
};

const seaItem = (items: ReportItem[], id: string) => {
  const i = items.find((x) => x.kind === 'shipping' && x.code === 'sea-area-losses' && x.area === id);
  return i?.kind === 'shipping' ? i : undefined;
};

describe('the supply of bases overseas is traffic', () => {
  it('sails for the air groups, warships and unshown garrison kept at a base, on its route', () => {
    const w = world((s) => {
      s.forces = s.forces.filter((f: { id: string }) => f.id !== 'abda-air');
    });
    const items = resolveTurn(
      w,
      startWith(w, 'g', (st) => borneoBase(st)),
      NO_ORDERS,
    ).report.items;
    // 300 aircraft × 10 / 100 = 30, 6 cruisers × 10 / 10 = 6, 20 thousand men × 1 + 100 aircraft × 10 / 100 = 30:
    // 66 thousand GT through the South China Sea (Borneo's shortest way home, by Formosa).
    expect(seaItem(items, 'south-china-sea')?.trafficKgt).toBe(66);
    expect(seaItem(items, 'south-china-sea')?.sunkByAircraft).toBe(0);
  });

  it('sails nothing to an area the side does not hold', () => {
    const w = world((s) => {
      s.forces = s.forces.filter((f: { id: string }) => f.id !== 'abda-air');
    });
    const items = resolveTurn(
      w,
      startWith(w, 'g', (st) => {
        st.sides.japan.stocks.tankers = 0;
      }),
      NO_ORDERS,
    ).report.items;
    expect(seaItem(items, 'south-china-sea')).toBeUndefined();
    expect(seaItem(items, 'java-sea')).toBeUndefined();
  });

  it('is sunk by the enemy aircraft within reach of its route', () => {
    // ABDA's 120 aircraft flown to Malaya reach the South China Sea.
    const w = world();
    const state = startWith(w, 'g', (st) => {
      borneoBase(st);
      for (const f of st.forces) if (f.id === 'abda-air') f.location = 'malaya';
    });
    const items = resolveTurn(w, state, NO_ORDERS).report.items;
    const sea = seaItem(items, 'south-china-sea')!;
    expect(sea.aircraft).toBe(120);
    // 120 × 100 / 100 = 120 thousand GT of attack, 66 / (66 + 100) of it finds ships, capped at 40%: 26, 31 days → 26.
    expect(sea.sunkByAircraft).toBeGreaterThanOrEqual(20);
    expect(sea.sunkByAircraft).toBeLessThanOrEqual(27);
  });
});

describe('a garrison whose supply does not arrive wastes away', () => {
  const w = world((s) => {
    s.forces = s.forces.filter((f: { id: string }) => f.id !== 'abda-air');
  });
  const withArmy = (merchant: number) =>
    startWith(w, 'g', (st) => {
      borneoBase(st, merchant);
      for (const f of st.forces) if (f.id === 'sixteenth-army') f.location = 'borneo';
    });
  const troops = (s: GameState) => {
    const f = s.forces.find((x) => x.id === 'sixteenth-army');
    return f?.type === 'army' ? f.troops : 0;
  };

  it('loses nothing while its freighters sail', () => {
    const { state, report } = resolveTurn(w, withArmy(6000), NO_ORDERS);
    expect(troops(state)).toBe(50);
    expect(report.items.some((i) => i.kind === 'damage' && i.cause.code === 'unsupplied')).toBe(false);
  });

  it('loses starvePercent of its men in 30 days with no freighters to sail', () => {
    const { state, report } = resolveTurn(w, withArmy(0), NO_ORDERS);
    // 50 thousand men × 30% × 31/30 = 15.5: 15 or 16.
    expect(troops(state)).toBeGreaterThanOrEqual(34);
    expect(troops(state)).toBeLessThanOrEqual(35);
    const item = report.items.find((i) => i.kind === 'damage' && i.force === 'sixteenth-army');
    expect(item?.kind === 'damage' && item.cause).toEqual({
      code: 'unsupplied',
      area: 'borneo',
      shortPercent: 100,
    });
  });

  it('loses in proportion to the share short when the fleet can send only part of it', () => {
    // Borneo needs 50 + 30 + 6 + 30 = 116 thousand GT, the destroyers at Formosa 16: with 66 half sails, 7 or 8 thousand men lost.
    const { state } = resolveTurn(w, withArmy(66), NO_ORDERS);
    expect(troops(state)).toBeGreaterThanOrEqual(42);
    expect(troops(state)).toBeLessThanOrEqual(43);
  });
});

describe('a base whose sea lanes the enemy holds', () => {
  const battleships = (sea: string) =>
    [1, 2, 3].map((n) => ({
      id: `bb-${sea}-${n}`,
      name: `BB ${n}`,
      side: 'allies',
      type: 'ship',
      class: 'battleship',
      location: sea,
    }));
  const w = world((s) => {
    s.rules.supply = { sources: [{ side: 'japan', area: 'home-islands', note: 'home' }] };
    s.forces = s.forces.filter((f: { id: string }) => f.id !== 'abda-air');
    // Allied battle squadrons in every sea round Borneo.
    s.forces.push(
      ...battleships('south-china-sea'),
      ...battleships('celebes-sea'),
      ...battleships('java-sea'),
    );
  });
  const cutOff = startWith(w, 'c', (st) => {
    st.control.borneo = 'japan';
    st.sides.japan.stocks.tankers = 0;
    st.forces = st.forces.filter((f) => !['borneo-garrison', 'asiatic-submarines'].includes(f.id));
    for (const f of st.forces) {
      if (f.id === 'sixteenth-army') f.location = 'borneo';
      // The Formosa squadron goes home: nothing covers the South China Sea.
      if (['southern-cruisers', 'southern-destroyers', 'eleventh-air-fleet'].includes(f.id))
        f.location = 'home-islands';
    }
  });

  it('gets no convoy, and its garrison wastes away', () => {
    const { state, report } = resolveTurn(w, cutOff, NO_ORDERS);
    expect(seaItem(report.items, 'south-china-sea')).toBeUndefined();
    const f = state.forces.find((x) => x.id === 'sixteenth-army');
    expect(f?.type === 'army' ? f.troops : 0).toBeLessThanOrEqual(35);
    const item = report.items.find((i) => i.kind === 'damage' && i.force === 'sixteenth-army');
    expect(item?.kind === 'damage' && item.cause).toEqual({
      code: 'unsupplied',
      area: 'borneo',
      shortPercent: 100,
    });
  });
});

describe('garrisons the map does not show', () => {
  it('are supplied only between their dates', () => {
    const dated = (until: string) =>
      world((s) => {
        s.forces = s.forces.filter((f: { id: string }) => f.id !== 'abda-air');
        s.rules.shipping.baseSupply = { ...baseSupply, unshown: [{ ...baseSupply.unshown[0], until }] };
      });
    const traffic = (w: ReturnType<typeof world>) =>
      seaItem(
        resolveTurn(
          w,
          startWith(w, 'g', (st) => borneoBase(st)),
          NO_ORDERS,
        ).report.items,
        'south-china-sea',
      )?.trafficKgt;
    // The lab's first turn is January 1942: 66 thousand GT with the unshown garrison, 36 after its date.
    expect(traffic(dated('1942-12-31'))).toBe(66);
    expect(traffic(dated('1941-12-31'))).toBe(36);
  });
});
