/**
 * The fleet in port, 1945 (port-strike.ts, historical.ts `raidFleetInPort`): a port is struck
 * from a sea area whose nearest waters are within reach (`strikeDistance`), ships with no oil
 * where they lie are hit as ships at anchor, the port's air groups strike back only where they
 * would fight in a battle, the historical bot raids heavy ships in port once it holds the air at sea
 * and has no landing to cover, the bombs go
 * for what the scenario's `rules.combat.portStrike` weights (battleships before carrier hulks) and
 * ships with no oil left badly damaged settle on the bottom. A small
 * purpose-built scenario: Japanese battleships in the Home Islands, 900 nm from the Philippine
 * Sea's centre, and three American carriers at Luzon next to it.
 */
import { describe, expect, it } from 'vitest';
import { historicalPolicy } from '../../src/ai/historical';
import {
  economyOil,
  type GameState,
  oilToSail,
  type ReportItem,
  resolveTurn,
  type TurnOrders,
} from '../../src/engine';
import { labWorld, type RawScenario, startWith } from '../support/lab';
import { labScenarioRaw } from '../support/scenarios';

const CARRIERS = ['essex', 'yorktown', 'intrepid'];
const BATTLESHIPS = ['kongo', 'haruna'];

function world(strikeDistance?: number, edit: (s: RawScenario) => void = () => {}) {
  return labWorld((s: RawScenario) => {
    edit(s);
    s.rules.warFlag = 'war';
    s.flags = s.flags.map((f: RawScenario) => (f.id === 'war' ? { ...f, initial: true } : f));
    const c = s.connections.find((x: RawScenario) => x.a === 'home-islands' && x.b === 'philippine-sea');
    if (strikeDistance !== undefined) c.strikeDistance = strikeDistance;
    for (const f of s.forces) {
      if (BATTLESHIPS.includes(f.id)) f.location = 'home-islands';
      if (f.id === 'eleventh-air-fleet') f.location = 'home-islands';
      // Japan's carriers away, so that the battleships are what the strike finds (unless a test keeps one home).
      if ((f.id === 'akagi' && !s.keepAkagiHome) || f.id === 'kaga') f.location = 'formosa';
      if (f.id === 'akagi' && s.keepAkagiHome) f.location = 'home-islands';
    }
    for (const id of CARRIERS)
      s.forces.push({
        id,
        name: `USS ${id}`,
        side: 'allies',
        type: 'ship',
        class: 'fleet-carrier',
        location: 'luzon',
        aircraft: 90,
        experience: 60,
      });
    delete s.keepAkagiHome;
  });
}

/** Japan's carriers (at Formosa in this lab) sunk: the Allied carriers hold the air at sea. */
const sinkJapansCarriers = (s: GameState) => {
  s.forces = s.forces.map((f) =>
    f.id === 'akagi' || f.id === 'kaga' ? { ...f, status: 'lost' as const } : f,
  );
};

/** July 1945 at Kure (B17 B18): the battleships before the carrier hulks, ships with no oil settle. */
const KURE_1945 = {
  targetWeight: { carrier: 6, hulk: 1, battleship: 4, ship: 2, flotilla: 1 },
  immobileHitPercent: 130,
};

/** The lab's world with Akagi in port beside the battleships, and the port-strike rules given. */
function withCarrierHome(portStrike?: object) {
  return world(200, (s) => {
    s.keepAkagiHome = true;
    if (portStrike) s.rules.combat.portStrike = portStrike;
  });
}

/**
 * Points of the strikes on the Home Islands that fell on each Japanese ship, summed over `seeds`
 * raids by small air groups (15 aircraft a carrier), too weak to sink anything: where the bombs fall.
 */
function pointsOn(w: ReturnType<typeof world>, japanOil: number, seeds: number) {
  const points = new Map<string, number>();
  for (let seed = 0; seed < seeds; seed++) {
    const start = startWith(w, `kure-${seed}`, (s) => {
      s.sides.japan.stocks = { ...s.sides.japan.stocks, oil: japanOil };
      for (const f of s.forces) if (CARRIERS.includes(f.id) && f.type === 'ship') f.aircraft = 15;
    });
    for (const l of homeStrike(resolveTurn(w, start, raid).report.items)?.losses ?? [])
      if (l.side === 'japan' && l.cause.code === 'fire')
        points.set(l.force, (points.get(l.force) ?? 0) + l.cause.points);
  }
  return points;
}

const raid: TurnOrders = {
  japan: [],
  allies: CARRIERS.map((force) => ({ type: 'move' as const, force, to: 'philippine-sea' })),
};

const homeStrike = (items: ReportItem[]) =>
  items.find(
    (i): i is Extract<ReportItem, { kind: 'battle' }> => i.kind === 'battle' && i.area === 'home-islands',
  );

function play(w: ReturnType<typeof world>, japanOil: number, seeds: number) {
  const tally = { strikes: 0, sunk: 0, carrierDamage: 0 };
  for (let seed = 0; seed < seeds; seed++) {
    const start = startWith(w, `kure-${seed}`, (s) => {
      s.sides.japan.stocks = { ...s.sides.japan.stocks, oil: japanOil };
    });
    const r = resolveTurn(w, start, raid);
    if (!homeStrike(r.report.items)) continue;
    tally.strikes++;
    for (const id of BATTLESHIPS)
      if (r.state.forces.find((f) => f.id === id)?.status === 'lost') tally.sunk++;
    for (const id of CARRIERS) {
      const f = r.state.forces.find((x) => x.id === id);
      if (f?.type === 'ship') tally.carrierDamage += f.damage;
    }
  }
  return tally;
}

describe('the fleet in port, 1945', () => {
  it('strikes a port from the nearest waters of a large sea area, not from its centre', () => {
    expect(play(world(), 0, 10).strikes).toBe(0);
    expect(play(world(200), 0, 10).strikes).toBe(10);
  });

  it('hits ships with no oil where they lie as ships at anchor, ships with fuel as ships under way', () => {
    const w = world(200);
    const dry = play(w, 0, 40);
    const fuelled = play(w, 38200, 40);
    expect(dry.strikes).toBe(40);
    expect(fuelled.strikes).toBe(40);
    expect(dry.sunk).toBeGreaterThan(fuelled.sunk * 1.5);
  });

  it("leaves the carriers alone when the port's air groups do not reach their sea area", () => {
    // 900 nm between the Home Islands and the Philippine Sea's centre, beyond landAirReach (480):
    // the air fleet at the Home Islands fights the strike with its fighters (AA), not its bombers.
    expect(play(world(200), 0, 20).carrierDamage).toBe(0);
  });

  it('the historical bot raids the heavy ships in a port within reach, oil or no oil, once it holds the air at sea', () => {
    const w = world(200);
    const decide = (oil: number, edit: (s: GameState) => void = sinkJapansCarriers) =>
      historicalPolicy.decide!(
        w,
        startWith(w, 'bot', (s) => {
          s.sides.japan.stocks = { ...s.sides.japan.stocks, oil };
          edit(s);
        }),
        'allies',
      );
    const raiders = (d: ReturnType<typeof decide>) =>
      d.orders.flatMap((o) => (o.type === 'move' && o.to === 'philippine-sea' ? [o.force] : [])).sort();
    const dry = decide(0);
    expect(raiders(dry)).toEqual([...CARRIERS].sort());
    expect(dry.intent.operations.find((o) => o.detail === 'raid-fleet-in-port')).toMatchObject({
      kind: 'replan',
      target: 'home-islands',
      numbers: { ships: 2, noOil: 1 },
    });
    // The fleet has fuel (Kure, 19 March 1945): it is struck all the same, and the intent does not say "no oil".
    const fuelled = decide(38200);
    expect(raiders(fuelled)).toEqual([...CARRIERS].sort());
    expect(fuelled.intent.operations.find((o) => o.detail === 'raid-fleet-in-port')?.numbers).toEqual({
      ships: 2,
    });
    // Japan's carriers still have their air groups (72 + 66 aircraft against 270: not three to one): no raid.
    expect(raiders(decide(0, () => {}))).toEqual([]);
    // Only cruisers and destroyers in port: nothing worth a raid.
    expect(
      raiders(
        decide(0, (s) => {
          sinkJapansCarriers(s);
          for (const f of s.forces) if (BATTLESHIPS.includes(f.id)) f.location = 'indochina-south';
          for (const f of s.forces) if (f.id === 'southern-cruisers') f.location = 'home-islands';
        }),
      ),
    ).toEqual([]);
    // Without a strike distance the port is out of reach: no raid either.
    const far = world();
    const none = historicalPolicy.decide!(
      far,
      startWith(far, 'bot', (s) => {
        s.sides.japan.stocks = { ...s.sides.japan.stocks, oil: 0 };
        sinkJapansCarriers(s);
      }),
      'allies',
    );
    expect(none.intent.operations.some((o) => o.detail === 'raid-fleet-in-port')).toBe(false);
  });

  it('flies a raid only from a sea that a fuelled base of the side borders (the Marianas, Ulithi, Okinawa)', () => {
    const withBases = (allied: string[]) =>
      world(200, (s) => {
        s.rules.endurance = structuredClone(labScenarioRaw().rules.endurance);
        s.rules.endurance.bases = s.rules.endurance.bases.filter(
          (b: RawScenario) => b.side === 'japan' || allied.includes(b.area),
        );
      });
    const raids = (w: ReturnType<typeof world>) =>
      historicalPolicy.decide!(w, startWith(w, 'bot', sinkJapansCarriers), 'allies').orders.some(
        (o) => o.type === 'move' && o.to === 'philippine-sea',
      );
    // Luzon, on the Philippine Sea, is a base: the raid goes. Only Australia and Java (within the
    // carriers' endurance, but not on the sea): no raid.
    expect(raids(withBases(['luzon', 'australia']))).toBe(true);
    expect(raids(withBases(['australia', 'java']))).toBe(false);
  });

  it('keeps the carriers for a landing: no raid in a turn the plan lands an army, nor the turn before', () => {
    const landing = (date: string) =>
      world(200, (s) => {
        s.historicalPlan = [
          {
            date,
            side: 'allies',
            orders: [{ type: 'move', force: 'usaffe', to: 'formosa' }],
            note: 'A landing.',
          },
        ];
      });
    const raids = (w: ReturnType<typeof world>) =>
      historicalPolicy.decide!(w, startWith(w, 'bot', sinkJapansCarriers), 'allies').orders.some(
        (o) => o.type === 'move' && o.to === 'philippine-sea',
      );
    // Next turn (1942-02-01): the carriers stay for it; two turns ahead, or a landing long past: they raid.
    expect(raids(landing('1942-02-01'))).toBe(false);
    expect(raids(landing('1942-03-01'))).toBe(true);
    expect(raids(world(200))).toBe(true);
  });

  it("goes for the battleships before a carrier that cannot sail, by the scenario's weights", () => {
    // Without the rule a carrier draws the most bombs, aircraft aboard or not (Pearl Harbor's weights).
    const before = pointsOn(withCarrierHome(), 0, 30);
    const perBattleship = (p: Map<string, number>) =>
      BATTLESHIPS.reduce((n, id) => n + (p.get(id) ?? 0), 0) / 2;
    expect(before.get('akagi') ?? 0).toBeGreaterThan(perBattleship(before));
    // With no oil to sail she is a hulk (weight 1 against 4): the battleships draw the strike.
    const after = pointsOn(withCarrierHome(KURE_1945), 0, 30);
    expect(perBattleship(after)).toBeGreaterThan(2 * (after.get('akagi') ?? 0));
    // With oil she is a carrier ready for sea, and the prize again.
    const fuelled = pointsOn(withCarrierHome(KURE_1945), 38200, 30);
    expect(fuelled.get('akagi') ?? 0).toBeGreaterThan(perBattleship(fuelled));
  });

  it('ships with no oil that a strike leaves badly damaged settle on the bottom; ships with fuel do not', () => {
    const settling = withCarrierHome({ ...KURE_1945, settleDamagePercent: 60 });
    const afloat = withCarrierHome(KURE_1945);
    let settled = 0;
    for (let seed = 0; seed < 30; seed++) {
      const start = (w: ReturnType<typeof world>, oil: number) =>
        startWith(w, `settle-${seed}`, (s) => {
          s.sides.japan.stocks = { ...s.sides.japan.stocks, oil };
        });
      const dry = resolveTurn(settling, start(settling, 0), raid).state;
      const dryWithout = resolveTurn(afloat, start(afloat, 0), raid).state;
      for (const id of [...BATTLESHIPS, 'akagi']) {
        const f = dry.forces.find((x) => x.id === id)!;
        const g = dryWithout.forces.find((x) => x.id === id)!;
        // Every ship left at 60% or worse went down; the others are as they would have been.
        if (f.type === 'ship') expect(f.status === 'lost' || f.damage < 60).toBe(true);
        if (f.status === 'lost' && g.status === 'active') settled++;
        if (f.status === 'active') expect(f).toEqual(g);
      }
      // A fleet with fuel raises steam: the rule does not apply.
      const wet = resolveTurn(settling, start(settling, 38200), raid).state;
      const wetWithout = resolveTurn(afloat, start(afloat, 38200), raid).state;
      expect(wet.forces).toEqual(wetWithout.forces);
    }
    expect(settled).toBeGreaterThan(0);
  });
  it('keeps the ships moored when the oil left does not cover their sorties (steamOilPercent)', () => {
    // A little oil after the month's economy: enough for the rule of any oil at all, not for the
    // two battleships' sorties (60 each in the lab). With the rule they are hit as with none.
    const low = 1600;
    const anyOil = world(200, (s) => {
      s.rules.combat.portStrike = KURE_1945;
    });
    const steam = world(200, (s) => {
      s.rules.combat.portStrike = { ...KURE_1945, steamOilPercent: 100 };
    });
    let differs = 0;
    for (let seed = 0; seed < 20; seed++) {
      const start = (w: ReturnType<typeof world>, oil: number) =>
        startWith(w, `steam-${seed}`, (s) => {
          s.sides.japan.stocks = { ...s.sides.japan.stocks, oil };
        });
      const lowOil = resolveTurn(steam, start(steam, low), raid).state;
      const left = lowOil.sides.japan.stocks.oil ?? 0;
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThan(120);
      const ships = (s: GameState) => s.forces.filter((f) => BATTLESHIPS.includes(f.id));
      // The same strike as on a fleet with no oil at all...
      expect(ships(lowOil)).toEqual(ships(resolveTurn(steam, start(steam, 0), raid).state));
      // ...where the rule of any oil at all has them raise steam.
      const sailing = resolveTurn(anyOil, start(anyOil, low), raid).state;
      if (JSON.stringify(ships(sailing)) !== JSON.stringify(ships(lowOil))) differs++;
      // With oil for their sorties they raise steam under either rule.
      expect(ships(resolveTurn(steam, start(steam, 38200), raid).state)).toEqual(
        ships(resolveTurn(anyOil, start(anyOil, 38200), raid).state),
      );
    }
    expect(differs).toBeGreaterThan(10);
  });

  it('holds the oil the economy will burn in the next turns back from the fleet (steamReserveTurns)', () => {
    const steam = world(200, (s) => {
      s.rules.combat.portStrike = { ...KURE_1945, steamOilPercent: 100 };
    });
    const reserve = world(200, (s) => {
      s.rules.combat.portStrike = { ...KURE_1945, steamOilPercent: 100, steamReserveTurns: 1 };
    });
    const at = (w: ReturnType<typeof world>, seed: string, oil: number) =>
      startWith(w, seed, (s) => {
        s.sides.japan.stocks = { ...s.sides.japan.stocks, oil };
      });
    const burn = economyOil(reserve, at(reserve, 'burn', 0), 'japan');
    expect(burn).toBeGreaterThan(200);
    // The two battleships' sorties need 120 in the lab: 200 covers them, but not on top of a turn's burn.
    expect(oilToSail(steam, at(steam, 'x', 200), 'japan', 'home-islands')).toBe(true);
    expect(oilToSail(reserve, at(reserve, 'x', 200), 'japan', 'home-islands')).toBe(false);
    expect(oilToSail(reserve, at(reserve, 'x', burn + 200), 'japan', 'home-islands')).toBe(true);
    // In play: the turn's economy leaves 1,000 — oil to sail without the reserve, none with it.
    let differs = 0;
    for (let seed = 0; seed < 20; seed++) {
      const left = resolveTurn(reserve, at(reserve, `reserve-${seed}`, burn + 1000), raid).state;
      expect(left.sides.japan.stocks.oil ?? 0).toBeGreaterThan(120);
      expect(left.sides.japan.stocks.oil ?? 0).toBeLessThan(burn);
      const ships = (s: GameState) => s.forces.filter((f) => BATTLESHIPS.includes(f.id));
      // Moored and struck as a fleet with no oil at all...
      expect(ships(left)).toEqual(ships(resolveTurn(reserve, at(reserve, `reserve-${seed}`, 0), raid).state));
      // ...where without the reserve the same oil raises steam.
      const sailing = resolveTurn(steam, at(steam, `reserve-${seed}`, burn + 1000), raid).state;
      if (JSON.stringify(ships(sailing)) !== JSON.stringify(ships(left))) differs++;
      // With oil for the economy and the sorties both, the reserve changes nothing.
      expect(ships(resolveTurn(reserve, at(reserve, `reserve-${seed}`, 38200), raid).state)).toEqual(
        ships(resolveTurn(steam, at(steam, `reserve-${seed}`, 38200), raid).state),
      );
    }
    expect(differs).toBeGreaterThan(10);
  });

  it('strikes ships that cannot sail again the next day (immobileStrikeDays); a fleet with fuel once', () => {
    const once = world(200, (s) => {
      s.rules.combat.portStrike = { ...KURE_1945, settleDamagePercent: 60 };
    });
    const twice = world(200, (s) => {
      s.rules.combat.portStrike = { ...KURE_1945, settleDamagePercent: 60, immobileStrikeDays: 2 };
    });
    const tally = (w: ReturnType<typeof world>, oil: number) => {
      let sunk = 0;
      let damage = 0;
      const states: GameState[] = [];
      for (let seed = 0; seed < 30; seed++) {
        const start = startWith(w, `days-${seed}`, (s) => {
          s.sides.japan.stocks = { ...s.sides.japan.stocks, oil };
        });
        const after = resolveTurn(w, start, raid).state;
        states.push(after);
        for (const f of after.forces) {
          if (!BATTLESHIPS.includes(f.id) || f.type !== 'ship') continue;
          if (f.status === 'lost') sunk++;
          else damage += f.damage;
        }
      }
      return { sunk, damage, states };
    };
    const dryOnce = tally(once, 0);
    const dryTwice = tally(twice, 0);
    expect(dryTwice.sunk).toBeGreaterThan(dryOnce.sunk * 1.3);
    // A fleet with fuel disperses after the first strike: the second day's rule does nothing.
    expect(tally(twice, 38200).states).toEqual(tally(once, 38200).states);
  });
});
