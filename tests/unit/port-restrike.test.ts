/**
 * Carriers that stay next to an enemy port strike it again (port-strike.ts `carriersThatStay`):
 * Task Force 58 over Truk two days running, the fast carriers off Japan for weeks in July–August
 * 1945 (B17 B18 B19). Before, only carriers that sailed in struck, and a fleet kept off the port
 * did nothing (play25). A small purpose-built scenario at war: an American battle line at anchor
 * in Luzon with its air group, Akagi and Kaga (100 aircraft each) lying in the Philippine Sea, 300
 * nautical miles off Luzon, when the turn begins.
 */
import { describe, expect, it } from 'vitest';
import {
  type GameState,
  idleOil,
  type ReportItem,
  resolveTurn,
  sortieOil,
  type TurnOrders,
} from '../../src/engine';
import { battleSummary, restrikeNoOilText } from '../../src/text/battle-text';
import { type RawScenario, startWith } from '../support/lab';
import { LUZON_BATTLESHIPS, luzonPortWorld, STRIKE_CARRIERS } from '../support/luzon-port';

const BATTLESHIPS = LUZON_BATTLESHIPS;
const CARRIERS = STRIKE_CARRIERS;

const world = (atWarFromTheStart = true, portStrike?: RawScenario) =>
  luzonPortWorld({ atWarFromTheStart, portStrike });

const at = (state: GameState, id: string, location: string) => {
  const f = state.forces.find((x) => x.id === id);
  if (f) f.location = location;
};

/** Akagi and Kaga in the Philippine Sea, next to Luzon, when the turn begins. */
const offLuzon = (s: GameState) => {
  for (const id of CARRIERS) at(s, id, 'philippine-sea');
};

const NO_ORDERS: TurnOrders = { japan: [], allies: [] };

type Battle = Extract<ReportItem, { kind: 'battle' }>;
const portBattle = (items: ReportItem[]) =>
  items.find((i): i is Battle => i.kind === 'battle' && i.area === 'luzon');
const restrikeLines = (items: ReportItem[]) =>
  items.flatMap((i) =>
    i.kind === 'economy' && i.side === 'japan' && i.resource === 'oil'
      ? i.changes.filter((c) => c.cause.code === 'oil-restrike')
      : [],
  );

describe('carriers that stay next to an enemy port strike it again', () => {
  it('strike the ships in port with no order, and pay a sortie’s oil for it', () => {
    const w = world();
    const state = startWith(w, 'stay-1', offLuzon);
    const { state: after, report } = resolveTurn(w, state, NO_ORDERS);
    const b = portBattle(report.items);
    expect(b?.portStrike).toMatchObject({ side: 'japan', from: 'philippine-sea', carriers: 2, stayed: 2 });
    expect(b?.portStrike?.aircraft).toBe(200);
    expect(b?.losses.some((l) => l.side === 'allies' && BATTLESHIPS.includes(l.force))).toBe(true);
    // Still there: staying is not a move.
    for (const id of CARRIERS) expect(after.forces.find((f) => f.id === id)?.location).toBe('philippine-sea');
    // Each carrier burned a sortie's oil: the idle oil of the economy phase and the rest for the strike.
    const akagi = state.forces.find((f) => f.id === 'akagi')!;
    const extra = sortieOil(w, akagi) - idleOil(w, akagi);
    expect(extra).toBeGreaterThan(0);
    const lines = restrikeLines(report.items);
    expect(lines.map((c) => c.cause)).toEqual([
      { code: 'oil-restrike', force: 'akagi', from: 'philippine-sea', port: 'luzon' },
      { code: 'oil-restrike', force: 'kaga', from: 'philippine-sea', port: 'luzon' },
    ]);
    expect(lines.map((c) => c.amount)).toEqual([-extra, -extra]);
    // In words: the strike says the carriers stayed and struck again.
    expect(b && battleSummary(b, (id) => w.areas.get(id)?.name ?? id)).toMatch(
      /^Carrier air strike on Luzon from Philippine Sea: 200 aircraft aboard 2 carriers \(they stayed off the port from last turn and struck again\); the port was alert/,
    );
  });

  it('do not strike without the oil, and the report says so', () => {
    const w = world();
    const state = startWith(w, 'stay-2', (s) => {
      offLuzon(s);
      s.sides.japan.stocks.oil = 0;
    });
    const { report } = resolveTurn(w, state, NO_ORDERS);
    expect(portBattle(report.items)).toBeUndefined();
    expect(restrikeLines(report.items)).toEqual([]);
    const short = report.items.find(
      (i): i is Extract<ReportItem, { kind: 'restrike-no-oil' }> => i.kind === 'restrike-no-oil',
    );
    expect(short).toMatchObject({ side: 'japan', area: 'luzon', from: 'philippine-sea', forces: CARRIERS });
    if (!short) throw new Error('no notice');
    expect(restrikeNoOilText(short, (id) => w.areas.get(id)?.name ?? id)).toBe(
      `Akagi and Kaga stayed in Philippine Sea off Luzon but had no oil to strike it again: they needed ${short.need} thousand barrels and 0 were left`,
    );
  });

  it('oil for one carrier only: that one strikes alone', () => {
    const w = world();
    // The economy's burn and the idle burn come first (oil-forecast.ts); then one restrike's worth.
    const probe = resolveTurn(w, startWith(w, 'stay-3', offLuzon), NO_ORDERS).report.items;
    const ledger = probe.find((i) => i.kind === 'economy' && i.side === 'japan' && i.resource === 'oil');
    if (ledger?.kind !== 'economy') throw new Error('no oil ledger');
    const beforeStrike = ledger.changes
      .filter((c) => c.cause.code !== 'oil-restrike')
      .reduce((n, c) => n + c.amount, 0);
    const one = -(restrikeLines(probe)[0]?.amount ?? 0);
    const state = startWith(w, 'stay-3', (s) => {
      offLuzon(s);
      s.sides.japan.stocks.oil = -beforeStrike + one;
    });
    const { report } = resolveTurn(w, state, NO_ORDERS);
    expect(portBattle(report.items)?.portStrike).toMatchObject({ carriers: 1, stayed: 1 });
    expect(report.items.find((i) => i.kind === 'restrike-no-oil')).toMatchObject({ forces: ['kaga'] });
  });

  it('do not strike when they sail away; one that stays strikes alone', () => {
    const w = world();
    const state = startWith(w, 'stay-4', offLuzon);
    // The East China Sea does not touch Luzon.
    const away = resolveTurn(w, state, {
      japan: CARRIERS.map((force) => ({ type: 'move' as const, force, to: 'east-china-sea' })),
      allies: [],
    });
    expect(away.state.forces.find((f) => f.id === 'akagi')?.location).toBe('east-china-sea');
    expect(portBattle(away.report.items)).toBeUndefined();
    expect(restrikeLines(away.report.items)).toEqual([]);
    const one = resolveTurn(w, state, {
      japan: [{ type: 'move', force: 'kaga', to: 'east-china-sea' }],
      allies: [],
    });
    expect(portBattle(one.report.items)?.portStrike).toMatchObject({ carriers: 1, stayed: 1, aircraft: 100 });
    expect(battleSummary(portBattle(one.report.items)!, (id) => w.areas.get(id)?.name ?? id)).toContain(
      '100 aircraft aboard 1 carrier (it stayed off the port from last turn and struck again)',
    );
  });

  it('do not strike when an enemy fleet at sea meets them first: that battle is fought instead', () => {
    const w = world();
    // Without her, the same carriers strike Luzon.
    expect(
      portBattle(resolveTurn(w, startWith(w, 'stay-5', offLuzon), NO_ORDERS).report.items),
    ).toBeDefined();
    // Lexington already in the Philippine Sea with them.
    const there = resolveTurn(
      w,
      startWith(w, 'stay-5', (s) => {
        offLuzon(s);
        at(s, 'lexington', 'philippine-sea');
      }),
      NO_ORDERS,
    );
    expect(portBattle(there.report.items)).toBeUndefined();
    expect(restrikeLines(there.report.items)).toEqual([]);
    // Lexington sails in this turn.
    const sails = resolveTurn(w, startWith(w, 'stay-6', offLuzon), {
      japan: [],
      allies: [{ type: 'move', force: 'lexington', to: 'philippine-sea' }],
    });
    expect(sails.state.forces.find((f) => f.id === 'lexington')?.status).toBeDefined();
    expect(portBattle(sails.report.items)).toBeUndefined();
    expect(sails.report.items.some((i) => i.kind === 'battle' && i.area === 'philippine-sea')).toBe(true);
  });

  it('get no surprise bonus: the port is alert, and a port the war reaches only this turn is struck by those that sail in', () => {
    const w = world();
    let strikes = 0;
    for (let seed = 0; seed < 10; seed++) {
      const b = portBattle(resolveTurn(w, startWith(w, `stay-s${seed}`, offLuzon), NO_ORDERS).report.items);
      if (!b) continue;
      strikes++;
      expect(b.firstStrike).toBeNull();
      expect(b.portStrike?.surprise).toBe(false);
    }
    expect(strikes).toBe(10);
    // At peace when the turn begins, war decided this turn: carriers lying off the port do not
    // strike (the surprise is the approach's); carriers that sail in do, by surprise.
    const peace = world(false);
    const lying = resolveTurn(peace, startWith(peace, 'stay-p', offLuzon), {
      japan: [{ type: 'choose', choice: 'strike' }],
      allies: [],
    });
    expect(lying.state.flags.war).toBe(true);
    expect(portBattle(lying.report.items)).toBeUndefined();
    const sailing = resolveTurn(peace, startWith(peace, 'stay-p'), {
      japan: [
        { type: 'choose', choice: 'strike' },
        ...CARRIERS.map((force) => ({ type: 'move' as const, force, to: 'philippine-sea' })),
      ],
      allies: [],
    });
    expect(portBattle(sailing.report.items)?.portStrike).toMatchObject({ surprise: true, carriers: 2 });
    expect(portBattle(sailing.report.items)?.portStrike?.stayed).toBeUndefined();
  });

  it('do not strike when they are damaged enough to need the yard', () => {
    const w = world();
    const damaged = (damage: number) =>
      startWith(w, 'stay-8', (s) => {
        offLuzon(s);
        for (const f of s.forces) if (CARRIERS.includes(f.id) && f.type === 'ship') f.damage = damage;
      });
    const retire = w.scenario.rules.combat.retireDamagePercent;
    expect(portBattle(resolveTurn(w, damaged(retire - 1), NO_ORDERS).report.items)).toBeDefined();
    expect(portBattle(resolveTurn(w, damaged(retire), NO_ORDERS).report.items)).toBeUndefined();
  });

  it('strike together with carriers that sail in, as one strike', () => {
    const w = world();
    const state = startWith(w, 'stay-7', (s) => at(s, 'akagi', 'philippine-sea'));
    const { report } = resolveTurn(w, state, {
      japan: [{ type: 'move', force: 'kaga', to: 'philippine-sea' }],
      allies: [],
    });
    const strikes = report.items.filter((i) => i.kind === 'battle' && i.area === 'luzon');
    expect(strikes).toHaveLength(1);
    expect(portBattle(report.items)?.portStrike).toMatchObject({ carriers: 2, stayed: 1, aircraft: 200 });
    expect(battleSummary(portBattle(report.items)!, (id) => w.areas.get(id)?.name ?? id)).toContain(
      '2 carriers (1 of them stayed off the port from last turn and struck again)',
    );
  });
});

/**
 * An air strike the port's side ordered on the carriers' sea area is flown (port-strike.ts
 * `runPortStrikes`): the port's air groups meet the raid over the port by their counter-strike,
 * and when they were also sent out to strike the carriers at sea, that mission's battle is fought
 * by the battle rules. Before, the sea area was taken out of the turn's fights whenever its only
 * enemy were the port's own groups, and the ordered strike was swallowed (portstay29).
 */
describe('an ordered air strike on carriers off the port is not swallowed by their strike', () => {
  const withMissions = () => luzonPortWorld({ atWarFromTheStart: true, airMissions: true });
  const seaBattle = (items: ReportItem[]) =>
    items.find((i): i is Battle => i.kind === 'battle' && i.area === 'philippine-sea');
  const strikeTheCarriers: TurnOrders = {
    japan: [],
    allies: [{ type: 'air', force: 'luzon-air', mission: 'strike', target: 'philippine-sea' }],
  };

  it('carriers that stay: the port is struck, and the strike on the carriers is fought in their sea area', () => {
    const w = withMissions();
    const ordered = resolveTurn(w, startWith(w, 'swallow-1', offLuzon), strikeTheCarriers);
    expect(ordered.report.items.some((i) => i.kind === 'rejected')).toBe(false);
    expect(portBattle(ordered.report.items)?.portStrike).toMatchObject({ carriers: 2, stayed: 2 });
    const b = seaBattle(ordered.report.items);
    expect(b).toBeDefined();
    expect(b?.strength.allies).toBeGreaterThan(0);
    expect(b?.strength.japan).toBeGreaterThan(0);
    // Without the order, the port's air fought only over the port (its counter-strike).
    const quiet = resolveTurn(w, startWith(w, 'swallow-1', offLuzon), NO_ORDERS);
    expect(portBattle(quiet.report.items)).toBeDefined();
    expect(seaBattle(quiet.report.items)).toBeUndefined();
  });

  it('carriers that sail in: the same', () => {
    const w = withMissions();
    const sailIn: TurnOrders = {
      japan: CARRIERS.map((force) => ({ type: 'move' as const, force, to: 'philippine-sea' })),
      allies: strikeTheCarriers.allies,
    };
    // A stronger Far East Air Force, so that some of it is left after the full strike of carriers
    // that came for the port (45% of it flown against the airfields).
    const { report } = resolveTurn(
      w,
      startWith(w, 'swallow-2', (s) => {
        for (const f of s.forces) if (f.id === 'luzon-air' && f.type === 'air') f.aircraft = 300;
      }),
      sailIn,
    );
    expect(portBattle(report.items)?.portStrike).toMatchObject({ carriers: 2 });
    expect(seaBattle(report.items)?.strength.allies).toBeGreaterThan(0);
  });
});

/**
 * A fleet on station off a port (some of its carriers stayed there from the turn before) flies a
 * share of its aircraft against it, on one day (`rules.combat.portStrike.restrikePercent`): Task
 * Force 58 sent 321 of its aircraft against Kure on 19 March 1945 and sank nothing (B17 B20).
 */
describe('a fleet on station flies a share of its aircraft against the port', () => {
  const weights = { carrier: 6, hulk: 6, battleship: 4, ship: 2, flotilla: 1 };
  const rules = (restrikePercent?: number) => ({
    targetWeight: weights,
    immobileHitPercent: 130,
    immobileStrikeDays: 3,
    ...(restrikePercent === undefined ? {} : { restrikePercent }),
  });
  const power = (b: Battle | undefined) => b?.strength.japan ?? 0;

  it('sends restrikePercent of the aircraft aboard, and says so', () => {
    const all = world(true, rules());
    const share = world(true, rules(30));
    const full = portBattle(resolveTurn(all, startWith(all, 'stay-9', offLuzon), NO_ORDERS).report.items);
    const b = portBattle(resolveTurn(share, startWith(share, 'stay-9', offLuzon), NO_ORDERS).report.items);
    expect(full?.portStrike?.flew).toBeUndefined();
    expect(b?.portStrike).toMatchObject({ carriers: 2, stayed: 2, aircraft: 200, flew: 60 });
    expect(power(b)).toBeGreaterThan(0);
    expect(power(b) * 100).toBeLessThanOrEqual(power(full) * 35);
    expect(battleSummary(b!, (id) => share.areas.get(id)?.name ?? id)).toContain(
      '200 aircraft aboard 2 carriers (they stayed off the port from last turn and struck again), 60 of them flew against the port',
    );
  });

  it('strikes ships that cannot sail on one day, where a fleet that came for them strikes on immobileStrikeDays', () => {
    const noOil = (s: GameState) => {
      offLuzon(s);
      s.sides.allies.stocks.oil = 0;
    };
    // The Allies' ships at Luzon have no oil to sail: none in stock, and the month's oil from
    // Borneo and Java (1,155) is far below ten sorties of theirs.
    const days = world(true, { ...rules(), steamOilPercent: 1000 });
    const oneDay = world(true, { ...rules(100), steamOilPercent: 1000 });
    const threeDays = portBattle(
      resolveTurn(days, startWith(days, 'stay-10', noOil), NO_ORDERS).report.items,
    );
    const b = portBattle(resolveTurn(oneDay, startWith(oneDay, 'stay-10', noOil), NO_ORDERS).report.items);
    expect(b?.portStrike).toMatchObject({ carriers: 2, stayed: 2, aircraft: 200 });
    expect(b?.portStrike?.flew).toBeUndefined();
    // The same first day (same seed), then two more for the fleet without the rule.
    expect(power(b)).toBeGreaterThan(0);
    expect(power(b) * 2).toBeLessThan(power(threeDays));
  });

  it('counts a few carriers that join the fleet on station in its routine; a fleet that mostly sailed in sends them all', () => {
    const w = world(true, rules(30));
    const aboard = (akagi: number, kaga: number) => (s: GameState) => {
      at(s, 'akagi', 'philippine-sea');
      for (const f of s.forces)
        if (f.type === 'ship' && CARRIERS.includes(f.id)) f.aircraft = f.id === 'akagi' ? akagi : kaga;
    };
    const kagaSailsIn: TurnOrders = {
      japan: [{ type: 'move', force: 'kaga', to: 'philippine-sea' }],
      allies: [],
    };
    // Akagi's 100 aircraft were there; Kaga's 50 join them: the fleet on station's routine.
    const joined = resolveTurn(w, startWith(w, 'stay-11', aboard(100, 50)), kagaSailsIn);
    expect(portBattle(joined.report.items)?.portStrike).toMatchObject({
      carriers: 2,
      stayed: 1,
      aircraft: 150,
      flew: 45,
    });
    // Akagi's 40 were there, Kaga's 100 came for the port: all fly.
    const came = portBattle(
      resolveTurn(w, startWith(w, 'stay-11', aboard(40, 100)), kagaSailsIn).report.items,
    );
    expect(came?.portStrike).toMatchObject({ carriers: 2, stayed: 1, aircraft: 140 });
    expect(came?.portStrike?.flew).toBeUndefined();
    const sailedIn = resolveTurn(w, startWith(w, 'stay-11'), {
      japan: CARRIERS.map((force) => ({ type: 'move' as const, force, to: 'philippine-sea' })),
      allies: [],
    });
    const b = portBattle(sailedIn.report.items);
    expect(b?.portStrike).toMatchObject({ carriers: 2, aircraft: 200 });
    expect(b?.portStrike?.stayed).toBeUndefined();
    expect(b?.portStrike?.flew).toBeUndefined();
  });
});
