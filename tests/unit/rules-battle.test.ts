/**
 * One battle model (issue 12): the same forces meet with the same odds
 * whatever the scenario around them, and fleets do not stay to be finished
 * off. Built on the small lab scenario (tests/support/lab.ts), never on the
 * bundled data.
 */
import { describe, expect, it } from 'vitest';
import {
  checkOrder,
  createGame,
  type GameState,
  NO_ORDERS,
  type ReportItem,
  resolveTurn,
  type TurnOrders,
  type World,
} from '../../src/engine';
import { gunfire } from '../../src/engine/combat-values';
import type { BattleLoss } from '../../src/engine/report';
import { refusalText } from '../../src/text/refusal-text';
import {
  labWorld,
  type RawScenario,
  startWith,
  withBoatsAndBattleship,
  withCarriersAtSea,
  withMissionAir,
  withNoWarshipsOnTheSouthChinaSea,
} from '../support/lab';
import { readScenarioFile } from '../support/scenarios';

const battles = (items: ReportItem[]) => items.filter((i) => i.kind === 'battle');

/** Every battle loss of 40 strikes of the 11th Air Fleet from Formosa on the South China Sea (seeds `<tag>-<i>`). */
function raidLosses(world: World, tag: string): BattleLoss[] {
  const out: BattleLoss[] = [];
  for (let i = 0; i < 40; i++) {
    const r = resolveTurn(world, startWith(world, `${tag}-${i}`), {
      japan: [{ type: 'air', force: 'eleventh-air-fleet', mission: 'strike', target: 'south-china-sea' }],
      allies: [],
    });
    expect(r.illegal).toEqual([]);
    for (const b of battles(r.report.items)) if (b.kind === 'battle') out.push(...b.losses);
  }
  return out;
}

/** Midway's forces on 4 June 1942 (the midway-1942 scenario, B9), placed on the lab map. */
function midwayForces(s: RawScenario): void {
  const ship = (side: string, id: string, cls: string, at: string, experience: number, extra = {}) => ({
    id,
    name: id,
    side,
    type: 'ship',
    class: cls,
    location: at,
    experience,
    ...extra,
  });
  const flotilla = (
    side: string,
    id: string,
    cls: string,
    count: number,
    at: string,
    experience: number,
  ) => ({
    id,
    name: id,
    side,
    type: 'flotilla',
    class: cls,
    count,
    location: at,
    experience,
  });
  // Kidō Butai sails from the East China Sea into the Philippine Sea, where the US carriers wait
  // and the atoll's aircraft (here on Luzon, 300 nm away) are in reach.
  const kb = 'east-china-sea';
  const waiting = 'philippine-sea';
  s.forces = [
    ship('japan', 'akagi', 'fleet-carrier', kb, 85, { aircraft: 60 }),
    ship('japan', 'kaga', 'fleet-carrier', kb, 85, { aircraft: 72 }),
    ship('japan', 'soryu', 'fleet-carrier', kb, 85, { aircraft: 59 }),
    ship('japan', 'hiryu', 'fleet-carrier', kb, 85, { aircraft: 57 }),
    ship('japan', 'haruna', 'battleship', kb, 75),
    ship('japan', 'kirishima', 'battleship', kb, 75),
    ship('japan', 'tone', 'heavy-cruiser', kb, 75),
    ship('japan', 'chikuma', 'heavy-cruiser', kb, 75),
    ship('japan', 'nagara', 'light-cruiser', kb, 75),
    flotilla('japan', 'kido-butai-destroyers', 'destroyer', 12, kb, 75),
    ship('allies', 'enterprise', 'fleet-carrier', waiting, 70, { aircraft: 79 }),
    ship('allies', 'hornet', 'fleet-carrier', waiting, 45, { aircraft: 77 }),
    ship('allies', 'yorktown', 'fleet-carrier', waiting, 65, { aircraft: 77, damage: 19 }),
    flotilla('allies', 'tf-cruisers', 'cruiser', 8, waiting, 60),
    flotilla('allies', 'tf-destroyers', 'destroyer', 17, waiting, 60),
    {
      id: 'atoll-air',
      name: 'Atoll air group',
      side: 'allies',
      type: 'air',
      aircraft: 127,
      role: 'mixed',
      location: 'luzon',
      experience: 40,
    },
  ];
}

const KB_MOVES: TurnOrders = {
  japan: [
    'akagi',
    'kaga',
    'soryu',
    'hiryu',
    'haruna',
    'kirishima',
    'tone',
    'chikuma',
    'nagara',
    'kido-butai-destroyers',
  ].map((force) => ({ type: 'move' as const, force, to: 'philippine-sea' })),
  allies: [],
};

/** The battle rules of a bundled scenario: what decides a battle, whatever else the scenario is about. */
const BATTLE_RULES = [
  'searchChance',
  'landAirReach',
  'portStrikeReach',
  'shipRepairPercent',
  'combat',
  'codebreaking',
];

/**
 * The same battle built two ways: in week-long turns under the Midway
 * scenario's battle rules, as the Midway scenario has it, and in month-long
 * turns under the grand campaign's, as its June 1942 turn has it. The forces
 * and the map are the same; only the scenario around them differs.
 */
function midwayWorld(
  as: 'midway-1942' | 'pacific-1941',
  codes: boolean,
  onDeck?: { ambush: number; firstStrike: number },
): World {
  const { rules, meta } = JSON.parse(readScenarioFile(`${as}.json`));
  return labWorld((s) => {
    midwayForces(s);
    for (const key of BATTLE_RULES) s.rules[key] = rules[key];
    // The sources the copied rules cite (damage control's, for one).
    for (const src of meta.sources)
      if (!s.meta.sources.some((k: { key: string }) => k.key === src.key)) s.meta.sources.push(src);
    if (onDeck) s.rules.combat = { ...s.rules.combat, aircraftOnDeckHitPercent: onDeck };
    s.calendar =
      as === 'midway-1942'
        ? { start: '1942-05-25', turnLength: { unit: 'week', count: 1 }, lastTurn: 6 }
        : { start: '1942-06-01', turnLength: { unit: 'month', count: 1 }, lastTurn: 6 };
    if (!codes) s.rules.codebreaking = [];
  });
}

interface Tally {
  games: number;
  japaneseCarriersSunk: number;
  usCarriersSunk: number;
  /** Games with 0, 1, 2, 3 or 4 Japanese fleet carriers sunk. */
  japaneseSpread: number[];
}

/** The battle turn and the turn after it (no new orders), over `seeds` seeds. */
function fight(world: World, seeds: number): Tally {
  const tally: Tally = {
    games: seeds,
    japaneseCarriersSunk: 0,
    usCarriersSunk: 0,
    japaneseSpread: [0, 0, 0, 0, 0],
  };
  for (let seed = 0; seed < seeds; seed++) {
    let state: GameState = createGame(world, `battle-${seed}`);
    state = resolveTurn(world, state, KB_MOVES).state;
    state = resolveTurn(world, state, NO_ORDERS).state;
    const sunk = (side: string) =>
      state.forces.filter(
        (f) => f.side === side && f.type === 'ship' && f.class === 'fleet-carrier' && f.status === 'lost',
      ).length;
    tally.japaneseCarriersSunk += sunk('japan');
    tally.usCarriersSunk += sunk('allies');
    tally.japaneseSpread[sunk('japan')]!++;
  }
  return tally;
}

const within = (a: number, b: number, percent: number) => Math.abs(a - b) <= (Math.max(a, b) * percent) / 100;

describe('one battle model: the same forces, built as the Midway scenario and as the grand campaign', () => {
  // The two scenarios' own battle rules are read (that is what is compared); the forces are the test's.
  const seeds = 200;
  const weekly = fight(midwayWorld('midway-1942', true), seeds);
  const monthly = fight(midwayWorld('pacific-1941', true), seeds);

  it('fights a carrier battle and sinks carriers on both sides', () => {
    for (const t of [weekly, monthly]) {
      expect(t.japaneseCarriersSunk).toBeGreaterThan(seeds * 0.3);
      expect(t.usCarriersSunk).toBeGreaterThan(seeds * 0.2);
    }
  });

  it('gives the same losses within 25% under the rules and turn length of either scenario', () => {
    expect(within(weekly.japaneseCarriersSunk, monthly.japaneseCarriersSunk, 25)).toBe(true);
    expect(within(weekly.usCarriersSunk, monthly.usCarriersSunk, 25)).toBe(true);
    // The shape too: the share of games where Japan loses at most one carrier.
    const atMostOne = (t: Tally) => t.japaneseSpread[0]! + t.japaneseSpread[1]!;
    expect(within(atMostOne(weekly), atMostOne(monthly), 25)).toBe(true);
  });

  it('costs Japan more and the US less when the codes are read and the US carriers wait in position', () => {
    const blind = fight(midwayWorld('pacific-1941', false), seeds);
    expect(monthly.japaneseCarriersSunk).toBeGreaterThan(blind.japaneseCarriersSunk);
    expect(monthly.usCarriersSunk).toBeLessThan(blind.usCarriersSunk);
  });
});

describe('carriers caught with their aircraft on deck', () => {
  const seeds = 100;
  const plain = { ambush: 100, firstStrike: 100 };

  it('lose more to an ambush: the first strike of the decrypt sinks carriers that have not launched', () => {
    const without = fight(midwayWorld('pacific-1941', true, plain), seeds);
    const withDeck = fight(midwayWorld('pacific-1941', true, { ambush: 300, firstStrike: 100 }), seeds);
    expect(withDeck.japaneseCarriersSunk).toBeGreaterThan(without.japaneseCarriersSunk * 2);
    // The carriers sunk before they launched strike no blow back.
    expect(withDeck.usCarriersSunk).toBeLessThanOrEqual(without.usCarriersSunk);
  });

  it('changes nothing through the ambush value without the decrypt; a first strike found by search has its own value', () => {
    const blindPlain = fight(midwayWorld('pacific-1941', false, plain), seeds);
    const blindAmbush = fight(midwayWorld('pacific-1941', false, { ambush: 300, firstStrike: 100 }), seeds);
    expect(blindAmbush).toEqual(blindPlain);
    // A first strike found by search catches the decks too, when the rule says so.
    const blindSearch = fight(midwayWorld('pacific-1941', false, { ambush: 100, firstStrike: 300 }), seeds);
    expect(blindSearch.japaneseCarriersSunk + blindSearch.usCarriersSunk).toBeGreaterThan(
      blindPlain.japaneseCarriersSunk + blindPlain.usCarriersSunk,
    );
  });

  it('says so in the report', () => {
    const world = midwayWorld('pacific-1941', true, { ambush: 300, firstStrike: 300 });
    const caught: boolean[] = [];
    for (let seed = 0; seed < 20; seed++) {
      const { report } = resolveTurn(world, createGame(world, `deck-${seed}`), KB_MOVES);
      for (const b of battles(report.items))
        if (b.kind === 'battle')
          caught.push(...b.losses.map((l) => l.cause.code === 'fire' && l.cause.onDeck === true));
    }
    expect(caught.some(Boolean)).toBe(true);
  });
});

describe('after the battle', () => {
  // No dockyards on this map: a ship that must leave goes to the nearest port.
  const world = labWorld((s) => {
    midwayForces(s);
    for (const a of s.areas) a.yard = false;
  });

  it('sends badly damaged ships and carriers without aircraft to the nearest port of their side', () => {
    const state = startWith(world, 'retire', (st) => {
      for (const f of st.forces) {
        if (f.id === 'haruna' && f.type === 'ship') f.damage = 60;
        if (f.id === 'akagi' && f.type === 'ship') f.aircraft = 0;
        if (f.id === 'kaga' && f.type === 'ship') f.damage = 20;
      }
    });
    const { state: after, report } = resolveTurn(world, state, NO_ORDERS);
    const where = (id: string) => after.forces.find((f) => f.id === id)?.location;
    // The East China Sea is 300 nm from Formosa and 400 from the Home Islands.
    expect(where('haruna')).toBe('formosa');
    expect(where('akagi')).toBe('formosa');
    expect(where('kaga')).toBe('east-china-sea');
    expect(report.items).toContainEqual(
      expect.objectContaining({ kind: 'retired', force: 'haruna', from: 'east-china-sea', to: 'formosa' }),
    );
  });

  it('sends them to the nearest dockyard of their side rather than a nearer port without one', () => {
    const withYard = labWorld((s) => {
      midwayForces(s);
      for (const a of s.areas) a.yard = a.id === 'home-islands';
    });
    const state = startWith(withYard, 'retire-yard', (st) => {
      for (const f of st.forces) {
        if (f.id === 'haruna' && f.type === 'ship') f.damage = 60;
        if (f.id === 'akagi' && f.type === 'ship') f.aircraft = 0;
      }
    });
    const { state: after, report } = resolveTurn(withYard, state, NO_ORDERS);
    const where = (id: string) => after.forces.find((f) => f.id === id)?.location;
    // Formosa (300 nm) is nearer than the Home Islands (400 nm), but only the Home Islands have a yard.
    expect(where('haruna')).toBe('home-islands');
    expect(where('akagi')).toBe('home-islands');
    expect(report.items).toContainEqual(
      expect.objectContaining({
        kind: 'retired',
        force: 'haruna',
        from: 'east-china-sea',
        to: 'home-islands',
      }),
    );
  });

  it('keeps a badly damaged ship in the yard: she may sail only to another port of her side', () => {
    const state = startWith(world, 'yard', (st) => {
      for (const f of st.forces)
        if (f.id === 'haruna' && f.type === 'ship') {
          f.damage = 60;
          f.location = 'formosa';
        }
    });
    const out = checkOrder(world, state, 'japan', { type: 'move', force: 'haruna', to: 'philippine-sea' });
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(refusalText(out.refusal)).toContain(
        'can only sail to one of your ports until repaired below 50%',
      );
    expect(checkOrder(world, state, 'japan', { type: 'move', force: 'haruna', to: 'home-islands' }).ok).toBe(
      true,
    );
  });

  it('has a fleet without air cover turn away from carriers instead of closing to gun range', () => {
    // Japan's battleships alone meet the US carriers: struck from the air, no surface action.
    const state = startWith(world, 'no-cover', (st) => {
      st.forces = st.forces.filter(
        (f) => !(f.side === 'japan' && f.type === 'ship' && f.class === 'fleet-carrier'),
      );
    });
    for (let seed = 0; seed < 20; seed++) {
      const s0 = { ...state, seed: `nc-${seed}` };
      const moves: TurnOrders = {
        japan: ['haruna', 'kirishima', 'tone', 'chikuma', 'nagara', 'kido-butai-destroyers'].map((force) => ({
          type: 'move' as const,
          force,
          to: 'philippine-sea',
        })),
        allies: [],
      };
      for (const b of battles(resolveTurn(world, s0, moves).report.items)) {
        if (b.kind === 'battle' && b.area === 'philippine-sea') expect(b.stages).not.toContain('surface');
      }
    }
  });

  it('has a damaged ship fire in proportion to what is left of her', () => {
    const bb = {
      id: 'b',
      name: 'b',
      side: 'japan',
      type: 'ship',
      class: 'battleship',
      location: 'x',
      experience: 50,
      aircraft: 0,
      lost: 0,
      status: 'active',
    } as const;
    expect(gunfire({ ...bb, damage: 0 } as never)).toBe(12);
    expect(gunfire({ ...bb, damage: 50 } as never)).toBe(6);
  });
});

describe('radar-directed fighter cover (rules.combat.fighterCover)', () => {
  // US carriers in the South China Sea; the 11th Air Fleet, a few hundred aircraft, strikes them from Formosa.
  const raid = (cover: { side: 'japan' | 'allies'; from: string; percent: number }[]) =>
    labWorld((s) => {
      s.rules.combat = { ...s.rules.combat, fighterCover: cover };
      withMissionAir(s, 240);
      withCarriersAtSea(s, 80);
    });
  const damage = (world: World) => {
    let total = 0;
    for (const l of raidLosses(world, 'raid'))
      if (l.force === 'cv-1' || l.force === 'cv-2') total += l.amount;
    return total;
  };

  it('cuts what a land-based mass raid does to a carrier fleet from its date, and not before', () => {
    const none = damage(raid([]));
    const radar = damage(raid([{ side: 'allies', from: '1900-01-01', percent: 2000 }]));
    const notYet = damage(raid([{ side: 'allies', from: '2100-01-01', percent: 2000 }]));
    const theirs = damage(raid([{ side: 'japan', from: '1900-01-01', percent: 2000 }]));
    expect(none).toBeGreaterThan(0);
    expect(radar * 2).toBeLessThan(none);
    expect(notYet).toBe(none);
    expect(theirs).toBe(none);
  });
});

describe('carrier doctrine: strikes go for the flight decks, not the battleships beside them', () => {
  // Allied battleships and cruisers with one carrier in the South China Sea; the 11th Air Fleet strikes them from Formosa.
  const fleet = (carrierAircraft: number) =>
    labWorld((s) => {
      s.rules.combat = { ...s.rules.combat, fighterCover: [] };
      withMissionAir(s, 240);
      withNoWarshipsOnTheSouthChinaSea(s);
      const ship = (id: string, cls: string, aircraft = 0) =>
        s.forces.push({
          id,
          name: id,
          side: 'allies',
          type: 'ship',
          class: cls,
          location: 'south-china-sea',
          experience: 65,
          ...(cls.endsWith('carrier') ? { aircraft } : {}),
        });
      ship('bb-1', 'battleship');
      ship('bb-2', 'battleship');
      ship('ca-1', 'heavy-cruiser');
      ship('ca-2', 'heavy-cruiser');
      ship('cv-1', 'fleet-carrier', carrierAircraft);
    });
  /** Damage points the battleships and the cruisers took over 60 strikes. */
  const hits = (world: World) => {
    const points = { battleships: 0, cruisers: 0 };
    for (let i = 0; i < 60; i++) {
      const r = resolveTurn(world, startWith(world, `doctrine-${i}`), {
        japan: [{ type: 'air', force: 'eleventh-air-fleet', mission: 'strike', target: 'south-china-sea' }],
        allies: [],
      });
      expect(r.illegal).toEqual([]);
      for (const b of battles(r.report.items))
        if (b.kind === 'battle')
          for (const l of b.losses) {
            const n = l.cause.code === 'fire' ? l.cause.points : 0;
            if (l.force.startsWith('bb-')) points.battleships += n;
            if (l.force.startsWith('ca-')) points.cruisers += n;
          }
    }
    return points;
  };

  it('spares the battleships while the carrier flies, and makes them the target when she does not', () => {
    const flying = hits(fleet(60));
    const noAirGroup = hits(fleet(0));
    expect(flying.cruisers).toBeGreaterThan(0);
    expect(noAirGroup.battleships).toBeGreaterThan(0);
    // The battleships take less than 60% of what they take when the carrier has no aircraft…
    expect(flying.battleships * 10).toBeLessThan(noAirGroup.battleships * 6);
    // …and, against the cruisers beside them, about half the share (armour makes them last longer, not a lesser target).
    expect((flying.battleships / flying.cruisers) * 10).toBeLessThan(
      (noAirGroup.battleships / noAirGroup.cruisers) * 6,
    );
  });
});

describe('submarines against warships (rules.combat.submarineAttacks)', () => {
  // A Japanese submarine flotilla and a US battleship in the same sea area (or the battleship in port);
  // no aircraft anywhere, so that no battle is fought.
  const world = (
    rule: { percentPerBoat: { japan?: number; allies?: number }; hitPoints: number } | null,
    at: string,
  ) =>
    labWorld((s) => {
      if (rule) s.rules.combat = { ...s.rules.combat, submarineAttacks: rule };
      else delete s.rules.combat.submarineAttacks;
      withBoatsAndBattleship(s, at);
    });
  const torpedoed = (w: World) => {
    const r = resolveTurn(w, startWith(w, 'subs'), NO_ORDERS);
    return {
      hits: r.report.items.filter(
        (i) => i.kind === 'damage' && i.force === 'bb-1' && i.cause.code === 'torpedoed',
      ),
      ship: r.state.forces.find((f) => f.id === 'bb-1')!,
      next: resolveTurn(w, r.state, NO_ORDERS).state.forces.find((f) => f.id === 'bb-1')!,
    };
  };

  it('torpedoes the enemy warships in the sea area at the rule rate, and the hits count as battle damage', () => {
    const { hits, ship, next } = torpedoed(
      world({ percentPerBoat: { japan: 100 }, hitPoints: 15 }, 'south-china-sea'),
    );
    // Two boats at 100% a month: two attacks, each 15 points × 60–140% on a 50-point battleship.
    expect(hits).toHaveLength(2);
    expect(ship.type === 'ship' && ship.damage).toBeGreaterThanOrEqual(36);
    // Damaged badly enough (the lab's retireDamagePercent, 50), she leaves for a yard at the next
    // retreat, like any ship hit in battle; less damaged, she stays at sea.
    expect(next.location === 'south-china-sea').toBe(ship.type === 'ship' && ship.damage < 50);
  });

  it('does nothing without the rule, at a rate of 0 for the side, or to a ship in port', () => {
    expect(torpedoed(world(null, 'south-china-sea')).hits).toHaveLength(0);
    expect(
      torpedoed(world({ percentPerBoat: { allies: 100 }, hitPoints: 15 }, 'south-china-sea')).hits,
    ).toHaveLength(0);
    expect(torpedoed(world({ percentPerBoat: { japan: 100 }, hitPoints: 15 }, 'java')).hits).toHaveLength(0);
  });
});

describe('the price of a strike: fighters and guns over the target (rules.combat.strikeLosses)', () => {
  // The 11th Air Fleet (240 aircraft) strikes from Formosa at what the Allies have in the South China Sea.
  const PRICE = { fighterPercent: 80, gunsPer100: 10, maxPercent: 70 };
  const raid = (
    target: 'carriers' | 'battleships',
    price: typeof PRICE | null,
    cover: { side: 'japan' | 'allies'; from: string; percent: number }[] = [],
  ) =>
    labWorld((s) => {
      s.rules.combat = { ...s.rules.combat, fighterCover: cover };
      if (price) s.rules.combat.strikeLosses = price;
      withMissionAir(s, 240);
      if (target === 'carriers') withCarriersAtSea(s, 90);
      else
        for (const id of ['bb-1', 'bb-2', 'bb-3'])
          s.forces.push({
            id,
            name: id,
            side: 'allies',
            type: 'ship',
            class: 'battleship',
            location: 'south-china-sea',
            experience: 65,
          });
    });
  /** Over 40 raids: the 11th Air Fleet's aircraft shot down striking, and all it lost. */
  const flown = (world: World) => {
    let shot = 0;
    let lost = 0;
    for (const l of raidLosses(world, 'price')) {
      if (l.force !== 'eleventh-air-fleet') continue;
      lost += l.aircraft;
      // Shot down alone (`aa`, no points), or beside a hit by the carriers' own strikes (`shotDown`).
      if (l.cause.code === 'fire' && l.cause.shooter === 'allies')
        shot += l.cause.fire === 'aa' && l.cause.points === 0 ? l.aircraft : (l.cause.shotDown ?? 0);
    }
    return { shot, lost };
  };

  it('costs a strike nothing over the target without the rule', () => {
    expect(flown(raid('carriers', null)).shot).toBe(0);
    expect(flown(raid('battleships', null)).lost).toBe(0);
  });

  it('shoots down strikers by the defenders’ fighters and guns, more where fighters fly than where guns alone fire', () => {
    const carriers = flown(raid('carriers', PRICE));
    const guns = flown(raid('battleships', PRICE));
    expect(carriers.shot).toBeGreaterThan(0);
    expect(guns.shot).toBeGreaterThan(0);
    // Three battleships (36 points of gunfire): about 4 a raid; two carriers' 60 fighters against 240: about 38.
    expect(guns.shot).toBeLessThan(40 * 12);
    expect(carriers.shot).toBeGreaterThan(guns.shot * 3);
  });

  it('lets radar-directed fighters shoot down more from their date, never more than maxPercent of a strike', () => {
    const before = flown(raid('carriers', PRICE));
    const radar = flown(raid('carriers', PRICE, [{ side: 'allies', from: '1900-01-01', percent: 2000 }]));
    const notYet = flown(raid('carriers', PRICE, [{ side: 'allies', from: '2100-01-01', percent: 2000 }]));
    expect(radar.shot).toBeGreaterThan(before.shot * 2);
    expect(radar.shot).toBeLessThanOrEqual(40 * Math.floor((240 * PRICE.maxPercent) / 100));
    expect(notYet.shot).toBe(before.shot);
  });
});

describe('a battle reports air strikes only where a strike found something to hit', () => {
  it('calls a fight of aircraft over an army alone ground fighting, with no first strike', () => {
    // The 16th Army ashore on Java against the KNIL, under the ABDA air forces; no Japanese ship or aircraft there.
    const world = labWorld(() => {});
    let seen = 0;
    for (let i = 0; i < 10; i++) {
      const state = startWith(world, `ground-${i}`, (st) => {
        st.forces = st.forces.filter((f) => f.id !== 'eleventh-air-fleet');
        const army = st.forces.find((f) => f.id === 'sixteenth-army')!;
        st.forces[st.forces.indexOf(army)] = { ...army, location: 'java' };
      });
      const r = resolveTurn(world, state, NO_ORDERS);
      for (const b of battles(r.report.items)) {
        if (b.kind !== 'battle' || b.area !== 'java') continue;
        seen++;
        expect(b.stages).toEqual(['ground']);
        expect(b.firstStrike).toBeNull();
        expect(b.aircraftLost).toEqual({ japan: 0, allies: 0 });
      }
    }
    expect(seen).toBe(10);
  });
});

describe('fire support helps troops ashore, it does not replace them (rules.combat.supportMaxPercent)', () => {
  // A Japanese landing force ashore on Java against the KNIL (40,000 men), with or without Kongō,
  // Haruna, Akagi, Kaga and the Southern Force's cruisers and destroyers in the Java Sea next to it
  // (the Allied ships and every air group taken away, so the fleet bombards unopposed).
  const FLEET = ['kongo', 'haruna', 'akagi', 'kaga', 'southern-cruisers', 'southern-destroyers'];
  const world = (maxPercent: number | null, troops: number, fleet: boolean) =>
    labWorld((s) => {
      if (maxPercent !== null) s.rules.combat.supportMaxPercent = maxPercent;
      s.forces = s.forces.filter(
        (f: { side: string; type: string; location: string }) =>
          f.type !== 'air' && !(f.side === 'allies' && f.location === 'java-sea'),
      );
      if (fleet) for (const f of s.forces) if (FLEET.includes(f.id)) f.location = 'java-sea';
      s.forces.push({
        id: 'landing',
        name: 'landing',
        side: 'japan',
        type: 'army',
        troops,
        location: 'java',
        experience: 70,
      });
    });
  /** Over 20 games of three turns each: the games the Allies still hold Java, and the KNIL's men left a game. */
  const fight = (w: World) => {
    let held = 0;
    let knil = 0;
    for (let i = 0; i < 20; i++) {
      let state = startWith(w, `support-${i}`);
      for (let t = 0; t < 3; t++) {
        const r = resolveTurn(w, state, NO_ORDERS);
        expect(r.illegal).toEqual([]);
        state = r.state;
      }
      if ((state.control.java ?? 'allies') === 'allies') held++;
      const army = state.forces.find((f) => f.id === 'knil');
      if (army?.type === 'army' && army.status === 'active') knil += army.troops;
    }
    return { held, knil: knil / 20 };
  };

  it('keeps a fleet offshore from making a division beat an army four times its size', () => {
    // 10,000 men and the fleet (some 10 points of bombardment and carrier aircraft) against 40,000
    // dug in: at 50% the support adds half a division, and the KNIL holds every game.
    expect(fight(world(50, 10, true)).held).toBe(20);
  });

  it('lets the fleet win it alone without the rule, as before', () => {
    expect(fight(world(null, 10, true)).held).toBeLessThanOrEqual(5);
  });

  it('still helps troops ashore, up to the cap: the defenders lose more, and hold', () => {
    // 30,000 men: the fleet's support counts for 15,000 more; with it the KNIL loses more men, but
    // the landing is still short of the 40,000 dug in (without the rule it takes Java).
    const supported = fight(world(50, 30, true));
    const alone = fight(world(50, 30, false));
    expect(supported.knil).toBeLessThan(alone.knil - 2);
    expect(supported.held).toBe(20);
  });
});

describe('ground fire falls on the armies in proportion to their men', () => {
  // On Java the KNIL (40,000) and a detachment of 4,000 beside it; 60,000 Japanese ashore, no ships or aircraft.
  const world = labWorld((s) => {
    s.forces = s.forces.filter(
      (f: { side: string; type: string; location: string }) =>
        f.type !== 'air' && !(f.side === 'allies' && f.location === 'java-sea'),
    );
    s.forces.push(
      {
        id: 'landing',
        name: 'landing',
        side: 'japan',
        type: 'army',
        troops: 60,
        location: 'java',
        experience: 70,
      },
      {
        id: 'detachment',
        name: 'detachment',
        side: 'allies',
        type: 'army',
        troops: 4,
        location: 'java',
        experience: 50,
      },
    );
  });
  const lost = (state: GameState, id: string, from: number) => {
    const army = state.forces.find((f) => f.id === id);
    return army?.type === 'army' ? from - army.troops : from;
  };

  it('hits the army ten times the size about ten times as hard, not as hard as the detachment', () => {
    let knil = 0;
    let detachment = 0;
    for (let i = 0; i < 20; i++) {
      const start = startWith(world, `share-${i}`);
      const knilAtStart = start.forces.find((f) => f.id === 'knil');
      const r = resolveTurn(world, start, NO_ORDERS);
      expect(r.illegal).toEqual([]);
      knil += lost(r.state, 'knil', knilAtStart?.type === 'army' ? knilAtStart.troops : 0);
      detachment += lost(r.state, 'detachment', 4);
    }
    expect(knil).toBeGreaterThan(0);
    expect(knil).toBeGreaterThan(4 * detachment);
  });
});

/**
 * Java held by an Allied garrison of `allied` thousand against `japanese` thousand Japanese ashore, the lab's
 * other armies (and the KNIL) and every ship and air group taken away; `edit` sets the rules under test.
 */
const javaGarrison = (allied: number, japanese: number, edit: (s: RawScenario) => void) =>
  labWorld((s) => {
    s.forces = s.forces.filter((f: { type: string; id: string }) => f.type === 'army' && f.id !== 'knil');
    s.forces.push(
      {
        id: 'garrison',
        name: 'garrison',
        side: 'allies',
        type: 'army',
        troops: allied,
        location: 'java',
        experience: 50,
      },
      {
        id: 'assault',
        name: 'assault',
        side: 'japan',
        type: 'army',
        troops: japanese,
        location: 'java',
        experience: 50,
      },
    );
    edit(s);
  });

/**
 * Over 20 seeds of one turn (`tag`-0…19): the games in which the garrison surrendered and Java passed to Japan;
 * with `cutOff`, only those whose report says it gave up cut off from supply (true) or not (false).
 */
const javaSurrenders = (w: World, tag: string, cutOff?: boolean) => {
  let n = 0;
  for (let i = 0; i < 20; i++) {
    const r = resolveTurn(w, startWith(w, `${tag}-${i}`), NO_ORDERS);
    expect(r.illegal).toEqual([]);
    const loss = battles(r.report.items)
      .flatMap((b) => (b.kind === 'battle' ? b.losses : []))
      .find((l) => l.force === 'garrison');
    const cause = loss?.cause;
    const gaveUp =
      (cause?.code === 'surrendered' || (cause?.code === 'fire' && cause.surrendered !== undefined)) &&
      (cutOff === undefined || (cause.cutOff === true) === cutOff);
    if (loss?.destroyed && gaveUp && r.state.control.java === 'japan') n++;
  }
  return n;
};

describe('an army outnumbered several times over is overwhelmed within the month (rules.combat.overwhelmOdds)', () => {
  // Formosa held by a Japanese garrison of 5,000 (fire 5 tenths, 6 with the defender's advantage) against
  // 30,000 Allied troops already ashore (30 tenths): odds of 5 to 1. No ships or aircraft anywhere.
  const world = (odds: number | undefined) =>
    labWorld((s) => {
      s.forces = s.forces.filter(
        (f: { type: string; id: string }) => f.type === 'army' && f.id !== 'sixteenth-army',
      );
      s.forces.push(
        {
          id: 'garrison',
          name: 'garrison',
          side: 'japan',
          type: 'army',
          troops: 5,
          location: 'formosa',
          experience: 50,
        },
        {
          id: 'assault',
          name: 'assault',
          side: 'allies',
          type: 'army',
          troops: 30,
          location: 'formosa',
          experience: 50,
        },
      );
      if (odds === undefined) delete s.rules.combat.overwhelmOdds;
      else s.rules.combat.overwhelmOdds = odds;
    });
  const fight = (w: World) => {
    let taken = 0;
    let overwhelmed = 0;
    for (let i = 0; i < 20; i++) {
      const r = resolveTurn(w, startWith(w, `odds-${i}`), NO_ORDERS);
      expect(r.illegal).toEqual([]);
      if (r.state.control.formosa === 'allies') taken++;
      const loss = battles(r.report.items)
        .flatMap((b) => (b.kind === 'battle' ? b.losses : []))
        .find((l) => l.force === 'garrison');
      if (
        loss?.cause.code === 'overwhelmed' ||
        (loss?.cause.code === 'fire' && loss.cause.overwhelmed !== undefined)
      )
        overwhelmed++;
    }
    return { taken, overwhelmed };
  };

  it('takes the island in the month at odds of 4 to 1, where fire alone leaves the garrison holding', () => {
    expect(fight(world(4))).toEqual({ taken: 20, overwhelmed: 20 });
    const fireAlone = fight(world(undefined));
    expect(fireAlone.overwhelmed).toBe(0);
    expect(fireAlone.taken).toBeLessThan(5);
  });

  it('does not overwhelm below the odds: at 6 to 1 the 5-to-1 garrison is only worn down', () => {
    expect(fight(world(6)).overwhelmed).toBe(0);
  });

  it('makes a side that surrenders surrender: an Allied garrison outnumbered on Java is taken prisoner', () => {
    // 10,000 Allied (12 tenths with the defender's advantage) against 50,000 Japanese ashore (50): 4.2 to 1.
    const java = (odds: number | undefined) =>
      javaGarrison(10, 50, (s) => {
        if (odds !== undefined) s.rules.combat.overwhelmOdds = odds;
      });
    const prisoners = (w: World) => javaSurrenders(w, 'odds-java');
    expect(prisoners(java(4))).toBe(20);
    // Without the rule only a lucky month's fire brings it below half its men, when it surrenders.
    expect(prisoners(java(undefined))).toBeLessThan(15);
  });
});

describe('a beaten garrison cut off from supply surrenders sooner (rules.combat.cutOffSurrenderPercent)', () => {
  // Java held by 20,000 Allied troops (25 tenths with the defender's advantage) against 60,000 Japanese
  // ashore (60; odds under 4, `overwhelmOdds` in the lab): the garrison loses the month's fight but keeps well over half its men, so it fights on
  // at `surrenderPercent` 50 (the lab's). Supply: the Allies' only source is Java itself (supplied), or
  // they have none (cut off). No ships or aircraft anywhere.
  const world = (cutOff: number | undefined, supplied: boolean) =>
    javaGarrison(20, 60, (s) => {
      s.rules.combat.surrenderPercent = { allies: 50 };
      if (cutOff !== undefined) s.rules.combat.cutOffSurrenderPercent = { allies: cutOff };
      s.rules.supply = {
        sources: [
          { side: 'japan', area: 'home-islands', note: 'home' },
          ...(supplied ? [{ side: 'allies', area: 'java', note: 'the garrison’s own depots' }] : []),
        ],
      };
    });
  /** The games the garrison surrendered (cut off, as the report says, when `cutOff`). */
  const surrenders = (w: World, cutOff: boolean) => javaSurrenders(w, 'cut-off', cutOff);

  it('makes a cut-off garrison that lost the fight give up with most of its men, as Singapore and Java did', () => {
    expect(surrenders(world(90, false), true)).toBeGreaterThanOrEqual(15);
  });

  it('leaves a supplied garrison, or one without the rule, fighting on at surrenderPercent', () => {
    expect(surrenders(world(90, true), false)).toBe(0);
    expect(surrenders(world(undefined, false), false)).toBe(0);
  });
});
