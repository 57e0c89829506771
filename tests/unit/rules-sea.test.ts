/**
 * Invasions and movement that respect the sea (issue 12): escorts, local
 * control of the way and the target, interception of forces crossing the
 * same sea area, and no march into neutral countries. Each rule on the small
 * lab scenario, switched on with values of the test's own.
 */
import { describe, expect, it } from 'vitest';
import { checkOrder, type GameState, type Order, resolveTurn, type World } from '../../src/engine';
import { refusalText } from '../../src/text/refusal-text';
import { labWorld, type RawScenario, startWith } from '../support/lab';

/** The lab with the invasion rule at one escort per five transports. */
function seaWorld(edit: (s: RawScenario) => void = () => {}): World {
  return labWorld((s) => {
    s.rules.invasion = { escortsPer100Transports: 20, superiorityPercent: 100 };
    edit(s);
  });
}

const invadeLuzon: Order = { type: 'move', force: 'sixteenth-army', to: 'luzon' };

/** Puts forces of the lab elsewhere (a force is moved by id). */
function moveForces(state: GameState, where: Record<string, string>): void {
  for (const f of state.forces) if (where[f.id]) f.location = where[f.id]!;
}

function battleship(id: string, location: string) {
  return { id, name: id, side: 'allies', type: 'ship', class: 'battleship', location, experience: 60 };
}

describe('an invasion needs escorts', () => {
  it('is refused without warships in its port or on the way, and says what to do', () => {
    const world = seaWorld();
    const state = startWith(world, 'esc', (s) =>
      moveForces(s, { 'southern-cruisers': 'home-islands', 'southern-destroyers': 'home-islands' }),
    );
    const v = checkOrder(world, state, 'japan', invadeLuzon);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    // 50,000 men need 50 transports, and one escort per five transports: 10.
    expect(v.refusal).toMatchObject({ code: 'needs-escorts', need: 10, have: 0, transports: 50 });
    expect(refusalText(v.refusal)).toBe(
      "the landing needs 10 escorts for 16th Army's 50 transports and none is ready: add destroyers or cruisers in Formosa (they sail with the convoy), or send warships to South China Sea first",
    );
  });

  it('sails with the escorts from its port: they fight for the convoy on the way and are back in port', () => {
    const world = seaWorld((s) => {
      s.rules.searchChance = { withAircraft: 100, without: 100 };
      s.forces.push(battleship('bb-0', 'java-sea'));
    });
    const state = startWith(world, 'esc2');
    const v = checkOrder(world, state, 'japan', invadeLuzon);
    expect(v).toMatchObject({ ok: true, bySea: true, escorts: ['southern-cruisers', 'southern-destroyers'] });
    // A battleship sailing for Manila crosses the South China Sea with the convoy.
    const { state: next, report } = resolveTurn(world, state, {
      japan: [invadeLuzon],
      allies: [{ type: 'move', force: 'bb-0', to: 'luzon' }],
    });
    const battle = report.items.find((i) => i.kind === 'battle' && i.area === 'south-china-sea');
    expect(battle?.kind === 'battle' && battle.strength.japan).toBeGreaterThan(0);
    const at = (id: string) => next.forces.find((f) => f.id === id)?.location;
    expect(at('southern-destroyers')).toBe('formosa');
  });

  it('counts warships ordered earlier to a sea area on the way', () => {
    const world = seaWorld();
    const state = startWith(world, 'esc3', (s) =>
      moveForces(s, { 'southern-cruisers': 'home-islands', 'southern-destroyers': 'indochina-south' }),
    );
    const cover: Order = { type: 'move', force: 'southern-destroyers', to: 'south-china-sea' };
    expect(checkOrder(world, state, 'japan', invadeLuzon).ok).toBe(false);
    expect(checkOrder(world, state, 'japan', invadeLuzon, [cover]).ok).toBe(true);
  });
});

describe('an invasion needs local control of the sea', () => {
  // A short range leaves one way from Formosa to Luzon: through the South China Sea.
  // Land-based air out of it (the lab's own scenario may give it a reach): these tests weigh fleets.
  const shortRange = (s: RawScenario) => {
    s.rules.rangePerTurn.ship = 1000;
    s.rules.landAirReach = 0;
  };

  it('is refused when a superior enemy fleet holds a sea area on the way', () => {
    const world = seaWorld((s) => {
      shortRange(s);
      for (let i = 0; i < 8; i++) s.forces.push(battleship(`bb-${i}`, 'south-china-sea'));
    });
    const v = checkOrder(world, startWith(world, 'held'), 'japan', invadeLuzon);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.refusal).toMatchObject({
      code: 'sea-held',
      area: 'South China Sea',
      enemy: 'allies',
      what: 'fleet',
    });
    expect(refusalText(v.refusal)).toMatch(
      /^the Allied fleet holds South China Sea \(power \d+ against your \d+\): fight it first, or cover the convoy with a stronger fleet or land-based aircraft in reach$/,
    );
  });

  it('is refused when the enemy is superior at the target', () => {
    const world = seaWorld((s) => {
      shortRange(s);
      for (let i = 0; i < 8; i++) s.forces.push(battleship(`bb-${i}`, 'luzon'));
    });
    const v = checkOrder(world, startWith(world, 'target'), 'japan', invadeLuzon);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.refusal).toMatchObject({ code: 'sea-held', area: 'Luzon', areaIsSea: false });
    expect(refusalText(v.refusal)).toContain('strike the ships and airfields there first');
  });

  it('goes ahead against a weaker enemy', () => {
    const world = seaWorld((s) => {
      shortRange(s);
      s.forces.push(battleship('bb-0', 'south-china-sea'));
    });
    expect(checkOrder(world, startWith(world, 'weak'), 'japan', invadeLuzon).ok).toBe(true);
  });

  it('takes a way round an enemy fleet when there is one within range', () => {
    const world = seaWorld((s) => {
      for (let i = 0; i < 8; i++) s.forces.push(battleship(`bb-${i}`, 'south-china-sea'));
    });
    const v = checkOrder(world, startWith(world, 'round'), 'japan', invadeLuzon);
    expect(v).toMatchObject({ ok: true, route: ['formosa', 'east-china-sea', 'philippine-sea', 'luzon'] });
  });
});

describe('forces crossing the same sea area', () => {
  // Kongo sails from Saigon to Formosa and Houston from the Java Sea to Manila: both pass the South China Sea.
  const crossing: { japan: Order[]; allies: Order[] } = {
    japan: [{ type: 'move', force: 'kongo', to: 'formosa' }],
    allies: [{ type: 'move', force: 'houston', to: 'luzon' }],
  };
  const world = (search: number) =>
    seaWorld((s) => {
      s.rules.searchChance = { withAircraft: search, without: search };
    });

  it('meet there when either side finds the other', () => {
    const w = world(100);
    const { items } = resolveTurn(w, startWith(w, 'meet'), crossing).report;
    expect(items).toContainEqual(expect.objectContaining({ kind: 'battle', area: 'south-china-sea' }));
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'detection',
        area: 'south-china-sea',
        cause: { code: 'crossing', aircraft: expect.any(Boolean) },
      }),
    );
  });

  it('pass each other when neither finds the other', () => {
    const w = world(0);
    const { items } = resolveTurn(w, startWith(w, 'pass'), crossing).report;
    expect(items.filter((i) => i.kind === 'battle' && i.area === 'south-china-sea')).toEqual([]);
  });

  it('turn an invasion back when its convoy is beaten on the way', () => {
    // A 5,000-man landing with one light cruiser meets six battleships sailing for Manila.
    const w = seaWorld((s) => {
      s.rules.searchChance = { withAircraft: 100, without: 100 };
      s.rules.rangePerTurn.ship = 1000;
      for (const f of s.forces) if (f.id === 'sixteenth-army') f.troops = 5;
      s.forces = s.forces.filter(
        (f: { id: string }) => f.id !== 'southern-destroyers' && f.id !== 'southern-cruisers',
      );
      s.forces.push({
        id: 'jintsu',
        name: 'Jintsu',
        side: 'japan',
        type: 'ship',
        class: 'light-cruiser',
        location: 'formosa',
        experience: 50,
      });
      for (let i = 0; i < 6; i++) s.forces.push(battleship(`bb-${i}`, 'java-sea'));
    });
    let turnedBack = 0;
    for (let seed = 0; seed < 20; seed++) {
      const state = startWith(w, `back-${seed}`);
      const orders = {
        japan: [invadeLuzon],
        allies: Array.from({ length: 6 }, (_, i): Order => ({ type: 'move', force: `bb-${i}`, to: 'luzon' })),
      };
      const { state: next, report } = resolveTurn(w, state, orders);
      const army = next.forces.find((f) => f.id === 'sixteenth-army')!;
      const back = report.items.some(
        (i) => i.kind === 'damage' && i.cause.code === 'convoy-beaten' && i.cause.to === 'formosa',
      );
      if (back) {
        turnedBack++;
        expect(army.location).toBe('formosa');
        expect(next.control.luzon ?? 'allies').toBe('allies');
      }
    }
    expect(turnedBack).toBeGreaterThan(10);
  });
});

describe('land moves', () => {
  const world = seaWorld((s) => {
    s.areas.find((a: { id: string }) => a.id === 'thailand').owner = 'neutral';
    s.rules.neutralEntry = ['japan'];
  });

  it('are refused into a neutral country for a side that does not invade neutrals', () => {
    const v = checkOrder(world, startWith(world, 'n'), 'allies', {
      type: 'move',
      force: 'malaya-command',
      to: 'thailand',
    });
    expect(v).toMatchObject({ ok: false, refusal: { code: 'neutral-closed' } });
    if (!v.ok)
      expect(refusalText(v.refusal)).toBe(
        'Thailand is neutral, and your side does not invade neutral countries',
      );
  });

  it('stay open to the side the scenario lets in (Japan into Thailand, December 1941)', () => {
    const v = checkOrder(world, startWith(world, 'n2'), 'japan', {
      type: 'move',
      force: 'twenty-fifth-army',
      to: 'thailand',
    });
    expect(v.ok).toBe(true);
  });
});

describe('the refusal words', () => {
  it('tell a student what to do, in plain sentences', () => {
    expect(
      refusalText({
        code: 'needs-escorts',
        army: '25th Army',
        port: 'Saigon',
        need: 6,
        have: 1,
        transports: 40,
        sea: 'South China Sea',
      }),
    ).toBe(
      "the landing needs 6 escorts for 25th Army's 40 transports and only 1 is ready: add destroyers or cruisers in Saigon (they sail with the convoy), or send warships to South China Sea first",
    );
    expect(
      refusalText({
        code: 'sea-held',
        area: 'Coral Sea',
        areaIsSea: true,
        enemy: 'allies',
        what: 'fleet-and-air',
        theirs: 1200,
        ours: 400,
      }),
    ).toBe(
      'the Allied fleet and air power hold Coral Sea (power 1,200 against your 400): fight it first, or cover the convoy with a stronger fleet or land-based aircraft in reach',
    );
  });
});
