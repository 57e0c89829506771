/**
 * Range and supply (issue 12 item 1): ships sail only as far from a fuelled
 * port as their class's endurance allows (beyond it only with oilers: rules-oilers.test.ts),
 * forward bases extend that reach, and an army cut off from supply cannot
 * attack. Each rule on the small lab scenario with values of the test's own.
 */
import { describe, expect, it } from 'vitest';
import {
  checkOrder,
  type ForceState,
  type GameState,
  handedOut,
  type Order,
  resolveTurn,
  type World,
} from '../../src/engine';
import { fuelledPorts } from '../../src/engine/endurance';
import { lanePower, powerTable } from '../../src/engine/sea-control';
import { isSupplied, unsuppliedAreas } from '../../src/engine/supply';
import { refusalText } from '../../src/text/refusal-text';
import { labWorld, type RawScenario, startWith } from '../support/lab';

/**
 * The lab with Japan fuelled at home only; its destroyers reach 1,200 nm and
 * its cruisers 3,000. By sea, the Home Islands are 2,200 nm from the Java
 * Sea (round by the Philippine and Celebes Seas); Formosa is 1,100 nm from it.
 */
function rangeWorld(edit: (s: RawScenario) => void = () => {}): World {
  return labWorld((s) => {
    s.rules.endurance = {
      radiusNm: { japan: { destroyer: 1200, cruiser: 3000, transport: 5000 }, allies: {} },
      bases: [{ side: 'japan', area: 'home-islands', note: 'Kure' }],
    };
    edit(s);
  });
}

const destroyersToJava: Order = { type: 'move', force: 'southern-destroyers', to: 'java-sea' };

describe('endurance', () => {
  it('refuses a move beyond a class reach from the nearest fuelled port, and says what to do', () => {
    const world = rangeWorld();
    const state = startWith(world, 'r1');
    const v = checkOrder(world, state, 'japan', destroyersToJava);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.refusal).toMatchObject({
      code: 'beyond-endurance',
      shipClass: 'destroyer',
      port: 'Home Islands',
      distance: 2200,
      reach: 1200,
    });
    expect(refusalText(v.refusal)).toMatch(
      /^Java Sea is 2,200 nautical miles from your nearest fuelled port \(Home Islands\), and .+ \(destroyers\) can steam only 1,200 nautical miles from a fuelled port: take or hold a base nearer first$/,
    );
    // The cruisers of the same port reach it.
    expect(
      checkOrder(world, state, 'japan', { type: 'move', force: 'southern-cruisers', to: 'java-sea' }).ok,
    ).toBe(true);
  });

  it('is allowed when staged through a forward base the side holds (and only once it is open)', () => {
    const world = rangeWorld((s) => {
      s.rules.endurance.bases.push({ side: 'japan', area: 'formosa', from: '1942-02-01', note: 'Takao' });
    });
    const january = startWith(world, 'r2');
    expect(checkOrder(world, january, 'japan', destroyersToJava).ok).toBe(false);
    const february = startWith(world, 'r2', (s) => {
      s.date = '1942-02-01';
    });
    expect(checkOrder(world, february, 'japan', destroyersToJava)).toMatchObject({ ok: true });
    // A base the enemy has taken fuels nobody.
    const lost = startWith(world, 'r2', (s) => {
      s.date = '1942-02-01';
      s.control.formosa = 'allies';
    });
    expect(checkOrder(world, lost, 'japan', destroyersToJava).ok).toBe(false);
  });

  it('finds the fuelled ports of the record of control as it is now, kept or not (endurance.ts fuelReach)', () => {
    const world = rangeWorld((s) => {
      s.rules.endurance.bases.push({ side: 'japan', area: 'formosa', from: '1942-02-01', note: 'Takao' });
    });
    // A record of control that may still change (a turn under way): asked again after a change.
    const state = startWith(world, 'r5', (s) => {
      s.date = '1942-02-01';
    });
    expect(Object.isFrozen(state.control)).toBe(false);
    expect(fuelledPorts(world, state, 'japan')).toEqual(['home-islands', 'formosa']);
    expect(checkOrder(world, state, 'japan', destroyersToJava)).toMatchObject({ ok: true });
    state.control.formosa = 'allies';
    expect(fuelledPorts(world, state, 'japan')).toEqual(['home-islands']);
    expect(checkOrder(world, state, 'japan', destroyersToJava).ok).toBe(false);
    state.control.formosa = 'japan';
    expect(checkOrder(world, state, 'japan', destroyersToJava)).toMatchObject({ ok: true });
    // A frozen record, kept with its date: another date (before the base opens) is asked anew.
    const frozen: GameState = { ...state, control: Object.freeze({ ...state.control }) };
    expect(fuelledPorts(world, frozen, 'japan')).toEqual(['home-islands', 'formosa']);
    expect(fuelledPorts(world, { ...frozen, date: '1942-01-15' }, 'japan')).toEqual(['home-islands']);
    expect(fuelledPorts(world, frozen, 'allies')).toEqual([]);
    // More bases than the bits of a number (the list is then found by its names): the same answers.
    const many = rangeWorld((s) => {
      for (let i = 0; i < 32; i++)
        s.rules.endurance.bases.push({ side: 'allies', area: 'home-islands', note: `${i}` });
      s.rules.endurance.bases.push({ side: 'japan', area: 'formosa', from: '1942-02-01', note: 'Takao' });
    });
    const late = startWith(many, 'r5', (s) => {
      s.date = '1942-02-01';
    });
    expect(fuelledPorts(many, late, 'japan')).toEqual(['home-islands', 'formosa']);
    late.control.formosa = 'allies';
    expect(fuelledPorts(many, late, 'japan')).toEqual(['home-islands']);
  });

  it("limits an invasion convoy by its escorts' reach", () => {
    const world = rangeWorld((s) => {
      s.rules.invasion = { escortsPer100Transports: 20, superiorityPercent: 100 };
      s.rules.endurance.radiusNm.japan.destroyer = 500;
    });
    // Luzon is 1,200 nm from the Home Islands by sea (the Philippine Sea): the destroyers sailing with the convoy fall short.
    const state = startWith(world, 'r4');
    const v = checkOrder(world, state, 'japan', { type: 'move', force: 'sixteenth-army', to: 'luzon' });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.refusal).toMatchObject({
      code: 'beyond-endurance',
      shipClass: 'destroyer',
      who: "16th Army's convoy",
    });
    const wider = rangeWorld((s) => {
      s.rules.invasion = { escortsPer100Transports: 20, superiorityPercent: 100 };
    });
    expect(
      checkOrder(wider, startWith(wider, 'r4'), 'japan', {
        type: 'move',
        force: 'sixteenth-army',
        to: 'luzon',
      }).ok,
    ).toBe(true);
  });

  it('does not limit a side or class without figures, nor anyone without the rule', () => {
    const world = rangeWorld();
    const state = startWith(world, 'r5');
    expect(
      checkOrder(world, state, 'allies', { type: 'move', force: 'houston', to: 'philippine-sea' }).ok,
    ).toBe(true);
    const plain = labWorld(() => {});
    expect(checkOrder(plain, startWith(plain, 'r5'), 'japan', destroyersToJava).ok).toBe(true);
  });
});

describe('land supply', () => {
  /** Japan supplied from the Home Islands; the 25th Army stands in Thailand, next to Malaya. */
  function supplyWorld(): World {
    return labWorld((s) => {
      s.rules.supply = { sources: [{ side: 'japan', area: 'home-islands', note: 'home' }] };
      s.forces.push(
        {
          id: 'bb-1',
          name: 'BB 1',
          side: 'allies',
          type: 'ship',
          class: 'battleship',
          location: 'south-china-sea',
        },
        {
          id: 'bb-2',
          name: 'BB 2',
          side: 'allies',
          type: 'ship',
          class: 'battleship',
          location: 'south-china-sea',
        },
        {
          id: 'bb-3',
          name: 'BB 3',
          side: 'allies',
          type: 'ship',
          class: 'battleship',
          location: 'south-china-sea',
        },
      );
    });
  }
  const attackMalaya: Order = { type: 'move', force: 'twenty-fifth-army', to: 'malaya' };
  /** The 25th Army to Thailand; the 11th Air Fleet home, out of reach of the South China Sea. */
  const inThailand = (s: GameState) => {
    for (const f of s.forces) if (f.id === 'twenty-fifth-army') f.location = 'thailand';
    for (const f of s.forces) if (f.id === 'eleventh-air-fleet') f.location = 'home-islands';
  };

  it('an army whose only sea lane the enemy holds cannot attack, and is told why and what to do', () => {
    const world = supplyWorld();
    // The Allied battleships outgun the Japanese in the South China Sea, Indochina's only sea.
    const state = startWith(world, 's1', (s) => {
      inThailand(s);
      // Kongō and Haruna, and the Formosa cruisers and destroyers, are away in the Home Islands.
      const away = ['kongo', 'haruna', 'southern-cruisers', 'southern-destroyers'];
      for (const f of s.forces) if (away.includes(f.id)) f.location = 'home-islands';
    });
    expect(isSupplied(world, state, 'japan', 'thailand')).toBe(false);
    const v = checkOrder(world, state, 'japan', attackMalaya);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.refusal).toEqual({ code: 'unsupplied', army: '25th Army', area: 'Thailand' });
    expect(refusalText(v.refusal)).toContain('can defend but not attack: clear the sea lane');
    // It may still move within its own land (towards its port).
    expect(
      checkOrder(world, state, 'japan', { type: 'move', force: 'twenty-fifth-army', to: 'indochina-south' })
        .ok,
    ).toBe(true);
  });

  it("is covered by its side's warships in a port on the lane", () => {
    const world = supplyWorld();
    // The Formosa cruisers and destroyers stay in port on the South China Sea, with the Kongō group.
    const state = startWith(world, 's3', inThailand);
    expect(isSupplied(world, state, 'japan', 'thailand')).toBe(true);
  });

  it('is supplied again when its own fleet contests the lane', () => {
    const world = supplyWorld();
    // The battleships and carriers sail into the lane.
    const state = startWith(world, 's2', (s) => {
      inThailand(s);
      for (const f of s.forces) if (f.id === 'kongo' || f.id === 'haruna') f.location = 'south-china-sea';
      for (const f of s.forces) if (f.id === 'akagi' || f.id === 'kaga') f.location = 'south-china-sea';
    });
    expect(isSupplied(world, state, 'japan', 'thailand')).toBe(true);
    expect(checkOrder(world, state, 'japan', attackMalaya).ok).toBe(true);
  });

  it('finds the same cut-off areas asked all at once (the bases’ supply) as one by one', () => {
    const world = supplyWorld();
    const cutState = startWith(world, 's4', (s) => {
      inThailand(s);
      const away = ['kongo', 'haruna', 'southern-cruisers', 'southern-destroyers'];
      for (const f of s.forces) if (away.includes(f.id)) f.location = 'home-islands';
    });
    const coveredState = startWith(world, 's5', inThailand);
    const ids = world.scenario.areas.map((a) => a.id);
    for (const state of [cutState, coveredState])
      for (const side of ['japan', 'allies'] as const) {
        const oneByOne = ids.filter((id) => !isSupplied(world, state, side, id));
        // Asked as a map's keys (an iterator, read once), every area and a few.
        expect([...unsuppliedAreas(world, state, side, new Map(ids.map((id) => [id, 1])).keys())]).toEqual(
          oneByOne,
        );
        const few = ['thailand', 'home-islands', 'malaya'];
        expect([...unsuppliedAreas(world, state, side, few)]).toEqual(
          few.filter((id) => oneByOne.includes(id)),
        );
      }
    expect([...unsuppliedAreas(world, cutState, 'japan', ['thailand'])]).toEqual(['thailand']);
    expect([...unsuppliedAreas(world, coveredState, 'japan', ['thailand'])]).toEqual([]);
  });
});

describe('the power of a state being resolved (sea-control.ts lanePower)', () => {
  it('is what a count of every force gives, worked out from the last state handed out', () => {
    const world = labWorld(() => {});
    const played = resolveTurn(world, startWith(world, 'p1'), { japan: [], allies: [] }).state;
    expect(handedOut(world, played.forces)).toBe(true);
    // The bots ask the table of the state they play: the next turn's power starts from it.
    const before = powerTable(world, played);
    // A turn under way: a copy of the list, a few forces changed (moved, damaged, lost) and one added.
    const forces = played.forces.slice();
    const at = (id: string) => forces.findIndex((f) => f.id === id);
    forces[at('kongo')] = { ...forces[at('kongo')]!, location: 'south-china-sea', damage: 40 } as ForceState;
    forces[at('akagi')] = { ...forces[at('akagi')]!, status: 'lost' };
    forces[at('eleventh-air-fleet')] = { ...forces[at('eleventh-air-fleet')]!, location: 'home-islands' };
    forces.push({ ...forces[at('haruna')]!, id: 'haruna-2', location: 'south-china-sea' });
    const resolving: GameState = { ...played, forces };
    const counted = powerTable(world, resolving);
    const power = lanePower(world, resolving);
    expect(power.fleet).toEqual(counted.fleet);
    expect(power.air).toEqual(counted.air);
    // The changes show (so the two agree on a table that is not the last one's).
    expect(power.fleet).not.toEqual(before.fleet);
    expect(power.air).not.toEqual(before.air);
    // The last table is left as it was.
    expect(powerTable(world, played)).toBe(before);
  });
});

describe('a move beyond this turn’s range', () => {
  it('says how far the area really is by sea, so a player can go part of the way', () => {
    const world = labWorld((s) => {
      s.rules.rangePerTurn.ship = 300;
    });
    const v = checkOrder(world, startWith(world, 'far'), 'japan', {
      type: 'move',
      force: 'akagi',
      to: 'java-sea',
    });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    // Home Islands → Java Sea by sea is 2,200 nm (round by the Philippine and Celebes Seas).
    expect(v.refusal).toMatchObject({ code: 'out-of-reach', range: 300, way: 2200 });
    expect(refusalText(v.refusal)).toContain('2,200 nautical miles away, range 300 a turn');
  });
});
