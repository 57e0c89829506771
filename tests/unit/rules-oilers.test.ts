/**
 * The fleet train as ships that can be sunk (issue 12 item 1): beyond its
 * radius a fleet reaches only with enough of its side's oilers with it — where
 * it sails from, or in or next to its destination — and they sail with it;
 * oilers at sea are targets, and sunk oilers shrink the fleet's reach. On the
 * small lab scenario with figures of the test's own; and the migration of the
 * old dated `fleetTrain`.
 */
import { describe, expect, it } from 'vitest';
import { fleetTrainOrders } from '../../src/ai/fleet-train';
import { checkOrder, type GameState, type Order, resolveTurn, type World } from '../../src/engine';
import { loadScenarioValue } from '../../src/scenario/load';
import { migrateScenario } from '../../src/scenario/migrate';
import { refusalText } from '../../src/text/refusal-text';
import { labWorld, type RawScenario, startWith, withOilers } from '../support/lab';
import { labScenarioRaw } from '../support/scenarios';

/**
 * Japan fuelled at home only. Its destroyers reach 1,200 nm, 2,700 with oilers, each oiler
 * fuelling 4 ships. The Java Sea is 2,200 nm from the Home Islands by sea; the 16 destroyers
 * in Formosa need 4 oilers to go there.
 */
function oilerWorld(oilers: number, where = 'formosa', edit: (s: RawScenario) => void = () => {}): World {
  return labWorld((s) => {
    s.rules.endurance = {
      radiusNm: { japan: { destroyer: 1200, cruiser: 3000, battleship: 4000, transport: 5000 }, allies: {} },
      bases: [{ side: 'japan', area: 'home-islands', note: 'Kure' }],
      oilers: { shipsPerOiler: 4, extraNm: { japan: 1500 }, note: 'the fleet train', source: 'T' },
    };
    if (oilers > 0) withOilers(s, oilers, where);
    edit(s);
  });
}

const destroyersToJava: Order = { type: 'move', force: 'southern-destroyers', to: 'java-sea' };
const oilersOf = (s: GameState) => s.forces.find((f) => f.id === 'jp-oilers')!;

describe('the fleet train', () => {
  it('refuses ships beyond their radius without oilers, and says why and what to do', () => {
    const world = oilerWorld(0);
    const v = checkOrder(world, startWith(world, 'o1'), 'japan', destroyersToJava);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.refusal).toMatchObject({
      code: 'fleet-train-short',
      shipClass: 'destroyer',
      radius: 1200,
      capacity: 0,
      ordered: 16,
    });
    expect(refusalText(v.refusal)).toMatch(
      /^Java Sea is beyond the 1,200 nautical miles .+ \(destroyers\) can steam from a fuelled port, so the ships need oilers: your fleet train has oilers for 0 ships beyond the radius there; 16 are ordered there \(an oiler fuels 4\) — send more oilers \(to where the ships sail from, or to or next to Java Sea\) or hold a base nearer$/,
    );
  });

  it('allows them with enough oilers where they sail from, and the oilers sail with them', () => {
    const world = oilerWorld(4);
    const state = startWith(world, 'o2');
    const v = checkOrder(world, state, 'japan', destroyersToJava);
    expect(v).toMatchObject({ ok: true, oilers: ['jp-oilers'] });
    const { state: next, report } = resolveTurn(world, state, { japan: [destroyersToJava], allies: [] });
    expect(report.items).toContainEqual(
      expect.objectContaining({ kind: 'move', force: 'jp-oilers', from: 'formosa', to: 'java-sea' }),
    );
    // With the fleet at sea, in the battle of the Java Sea (or sunk in it).
    const oilers = oilersOf(next);
    expect(oilers.status === 'lost' || oilers.location === 'java-sea').toBe(true);
  });

  it('counts oilers next to the destination, and not those too far away', () => {
    // The Celebes Sea is next to the Java Sea; the East China Sea is not.
    const near = oilerWorld(4, 'celebes-sea');
    expect(checkOrder(near, startWith(near, 'o3'), 'japan', destroyersToJava).ok).toBe(true);
    const far = oilerWorld(4, 'east-china-sea');
    expect(checkOrder(far, startWith(far, 'o3'), 'japan', destroyersToJava).ok).toBe(false);
  });

  it('shares the oilers among the moves of the turn, and a taken oiler has no order of its own', () => {
    // Three oilers fuel 12 ships: the 6 cruisers (radius 3,000) need none; 16 destroyers are too many.
    const three = oilerWorld(3);
    const refused = checkOrder(three, startWith(three, 'o4'), 'japan', destroyersToJava);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.refusal).toMatchObject({ capacity: 12, ordered: 16 });
    // Five oilers: the destroyers take them all (whole flotilla); a second fleet to the Java Sea
    // shares their spare room (20 - 16 = 4 ships), but the oilers cannot be sent elsewhere.
    const five = oilerWorld(5, 'formosa', (s) => {
      s.forces.push({
        id: 'dd-2',
        name: 'DesRon 2',
        side: 'japan',
        type: 'flotilla',
        class: 'destroyer',
        location: 'formosa',
        count: 4,
      });
      s.forces.push({
        id: 'dd-3',
        name: 'DesRon 3',
        side: 'japan',
        type: 'flotilla',
        class: 'destroyer',
        location: 'formosa',
        count: 1,
      });
    });
    const state = startWith(five, 'o4');
    expect(checkOrder(five, state, 'japan', destroyersToJava).ok).toBe(true);
    const second: Order = { type: 'move', force: 'dd-2', to: 'java-sea' };
    expect(checkOrder(five, state, 'japan', second, [destroyersToJava]).ok).toBe(true);
    const elsewhere: Order = { type: 'move', force: 'jp-oilers', to: 'south-china-sea' };
    const v = checkOrder(five, state, 'japan', elsewhere, [destroyersToJava]);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(refusalText(v.refusal)).toContain('already sails with your ships to Java Sea');
    // One more ship than they fuel is refused.
    const third: Order = { type: 'move', force: 'dd-3', to: 'java-sea' };
    const over = checkOrder(five, state, 'japan', third, [destroyersToJava, second]);
    expect(over.ok).toBe(false);
    if (!over.ok)
      expect(over.refusal).toMatchObject({ code: 'fleet-train-short', capacity: 20, ordered: 21 });
  });

  it('sinks oilers at sea with submarines, and the fleet is refused once too few are left', () => {
    const world = oilerWorld(4, 'celebes-sea', (s) => {
      s.rules.combat.submarineAttacks = { percentPerBoat: { allies: 100 }, hitPoints: 15 };
      // A battleship with the oilers keeps them at sea (alone they would go home to fill up).
      for (const f of s.forces) if (f.id === 'kongo') f.location = 'celebes-sea';
    });
    const state = startWith(world, 'o5');
    expect(checkOrder(world, state, 'japan', destroyersToJava).ok).toBe(true);
    // A month with the 20 boats of the Asiatic Fleet in the Celebes Sea.
    const { state: next, report } = resolveTurn(world, state, { japan: [], allies: [] });
    const torpedoed = report.items.filter(
      (i) => i.kind === 'damage' && i.force === 'jp-oilers' && i.cause.code === 'torpedoed',
    );
    expect(torpedoed.length).toBeGreaterThan(0);
    // One oiler a torpedo.
    for (const t of torpedoed) if (t.kind === 'damage') expect(t.amount).toBe(1);
    const left = oilersOf(next);
    expect(left.status === 'lost' || (left.type === 'flotilla' && left.count < 4)).toBe(true);
    const v = checkOrder(world, next, 'japan', destroyersToJava);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.refusal).toMatchObject({ code: 'fleet-train-short', ordered: 16 });
  });

  it('sends oilers left alone at sea back to the nearest fuelled port', () => {
    const world = oilerWorld(4, 'philippine-sea');
    const { state: next } = resolveTurn(world, startWith(world, 'o6'), { japan: [], allies: [] });
    expect(oilersOf(next).location).toBe('home-islands');
  });

  it('does not carry a ship beyond radius and fleet train together', () => {
    const world = oilerWorld(8, 'formosa', (s) => {
      s.rules.endurance.oilers.extraNm.japan = 500;
    });
    const v = checkOrder(world, startWith(world, 'o7'), 'japan', destroyersToJava);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.refusal).toMatchObject({ code: 'beyond-endurance', reach: 1700, fleetTrain: true });
      expect(refusalText(v.refusal!)).toContain(
        'can steam only 1,700 nautical miles from a fuelled port even with oilers',
      );
    }
  });
});

describe('the fleet train in the scenario format', () => {
  it('turns an old dated fleetTrain (version 2) into oilers and the oilers rule', () => {
    const raw = labScenarioRaw();
    raw.schemaVersion = 2;
    raw.rules.endurance.fleetTrain = [
      { side: 'japan', from: '1941-11-01', extraNm: 1000, note: 'the Combined Fleet oilers', source: 'B7' },
      { side: 'allies', from: '1941-12-01', extraNm: 500, note: 'fleet oilers', source: 'CARTER-1953' },
      { side: 'allies', from: '1943-11-01', extraNm: 1500, note: 'Service Squadrons', source: 'CARTER-1953' },
    ];
    const before = structuredClone(raw);
    const migrated = migrateScenario(raw) as RawScenario;
    expect(raw).toEqual(before);
    expect(migrated.schemaVersion).toBe(3);
    expect(migrated.rules.endurance.fleetTrain).toBeUndefined();
    expect(migrated.rules.endurance.oilers).toMatchObject({
      shipsPerOiler: 8,
      extraNm: { japan: 1000, allies: 1500 },
      source: 'B7',
    });
    // The lab starts in December 1941: both sides' oilers are there from the start, at their first fuelled port.
    const oilers = migrated.forces.filter((f: RawScenario) => f.class === 'oiler');
    expect(oilers).toEqual([
      expect.objectContaining({ side: 'japan', location: 'home-islands', count: 4 }),
      expect.objectContaining({ side: 'allies', location: 'australia', count: 4 }),
    ]);
    const loaded = loadScenarioValue(raw);
    expect(loaded.ok).toBe(true);
  });
});

describe('the fleet train for computer players', () => {
  it('sends idle oilers where the main fleet goes', () => {
    const world = oilerWorld(4, 'formosa');
    const state = startWith(world, 'o8');
    // Akagi and Kaga (Home Islands) sail to the East China Sea; Kongō and Haruna stay in Indochina.
    const fleet: Order[] = [
      { type: 'move', force: 'akagi', to: 'east-china-sea' },
      { type: 'move', force: 'kaga', to: 'east-china-sea' },
    ];
    expect(fleetTrainOrders(world, state, 'japan', fleet)).toEqual([
      { type: 'move', force: 'jp-oilers', to: 'east-china-sea' },
    ]);
    // Oilers already with the fleet, or sailing with ships, get no order.
    expect(fleetTrainOrders(world, state, 'japan', [...fleet, destroyersToJava])).toEqual([]);
  });
});
