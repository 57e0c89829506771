/**
 * The commander knows that carriers left next to an enemy port strike it each turn they stay
 * (port-strike.ts `carriersThatStay`, with the share `portStrikeShare` gives a fleet on station;
 * cmdr31). On the port-strike lab (tests/support/luzon-port.ts: US battleships and the Far East Air
 * Force's 100 aircraft at Luzon, Akagi and Kaga in the Philippine Sea next to it, at war), with the
 * armies, the transports and the ABDA squadron taken out so that the port is the only thing to do:
 * - its raid on the port counts the carriers already there, with the share they fly (before, only
 *   the carriers that sailed in, so a fleet on station made no raid);
 * - carriers left with nothing to do off a port whose guns, fighters and air groups beat their
 *   strike sail away (before, a lone Allied carrier with 36 aircraft lay off the alert Home Islands
 *   and lost the 10 it flew each month: grand campaign seed 1, 1943);
 * - the intent says both.
 */
import { describe, expect, it } from 'vitest';
import { newBook } from '../../src/ai/commander/book';
import { LEVELS } from '../../src/ai/commander/levels';
import {
  avoidSuperiorFleets,
  coverFront,
  leaveHopelessStations,
  portOutmatches,
  seekBattle,
  stationStrike,
} from '../../src/ai/commander/naval-operations';
import { readSituation } from '../../src/ai/commander/situation';
import type { GameState } from '../../src/engine';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { moveOf } from '../support/java-landing';
import { startWith } from '../support/lab';
import { LUZON_BATTLESHIPS, luzonPortWorld, STRIKE_CARRIERS } from '../support/luzon-port';

const world = luzonPortWorld({
  atWarFromTheStart: true,
  portStrike: {
    targetWeight: { carrier: 6, hulk: 6, battleship: 4, ship: 2, flotilla: 1 },
    immobileHitPercent: 130,
    immobileStrikeDays: 3,
    restrikePercent: 30,
  },
});
const OUT = ['houston', 'exeter', 'de-ruyter', 'abda-destroyers', 'invasion-transports', 'lexington'];

/**
 * The lab with the carriers of `aboard` in the Philippine Sea with those aircraft (the other carrier
 * out of play), `battleships` of the four left at Luzon and `portAir` aircraft in its air group.
 */
const position = (seed: string, aboard: Record<string, number>, battleships = 4, portAir = 100) =>
  startWith(world, seed, (s: GameState) => {
    s.forces = s.forces.filter((f) => f.type !== 'army' && !OUT.includes(f.id));
    s.forces = s.forces.filter((f) => !LUZON_BATTLESHIPS.slice(battleships).includes(f.id));
    s.forces = s.forces.filter((f) => !STRIKE_CARRIERS.includes(f.id) || f.id in aboard);
    for (const f of s.forces) {
      if (f.id === 'luzon-air' && f.type === 'air') f.aircraft = portAir;
      if (f.type !== 'ship' || !(f.id in aboard)) continue;
      f.location = 'philippine-sea';
      f.aircraft = aboard[f.id]!;
      f.airCapacity = Math.max(f.airCapacity, f.aircraft);
    }
  });

describe('the commander counts carriers on station off a port as a strike', () => {
  it('raids the port with the carriers already next to it, at the share a fleet on station flies', () => {
    const state = position('station-raid', { akagi: 200, kaga: 200 }, 1);
    const s = readSituation(world, state, 'japan', false);
    const book = newBook(world, state, 'japan');
    seekBattle(book, s, false, true, 150, true);
    const raid = book.operations.find((o) => o.kind === 'carrier-raid' && o.target === 'luzon');
    expect(raid?.forces).toEqual(['akagi', 'kaga']);
    // They stay: no order, they strike as a fleet on station, 30% of their 400 aircraft.
    expect(book.orders).toEqual([]);
    expect(raid?.numbers).toMatchObject({ stayed: 2, flew: 120, aboard: 400 });
    expect(operationSentence(intentNames(world, state), raid!)).toMatch(
      /^Carrier raid into Luzon .*: Akagi and Kaga; they stay on station off it: 120 of 400 aircraft fly against the port, about \d+ to be shot down\.$/,
    );
  });

  it('reads the strike as the rule flies it: the share, the port’s AA, and the port’s air striking back', () => {
    const state = position('station-read', { akagi: 100, kaga: 100 });
    const s = readSituation(world, state, 'japan', false);
    const both = state.forces.filter((f) => f.id === 'akagi' || f.id === 'kaga');
    const onStation = stationStrike(s, 'philippine-sea', both, [])!;
    expect(onStation).toMatchObject({ port: 'luzon', carriers: 2, stayed: 2, aboard: 200, flew: 60 });
    expect(portOutmatches(onStation)).toBe(false);
    // Sailing in, they fly all their aircraft (a fleet that came for the port).
    expect(stationStrike(s, 'philippine-sea', [], both)).toMatchObject({ stayed: 0, flew: 200 });
  });
});

describe('the commander does not leave carriers on station where the port’s air defence beats them', () => {
  it('a small group the AA shoots down sails away, and says why', () => {
    // Kaga alone with 20 aircraft: 6 fly as a fleet on station, and the port's guns and the
    // fighters of its 300 aircraft shoot down more. One battleship at Luzon: counted in guns the
    // port is no threat to Kaga (`avoidSuperiorFleets` keeps her there, as it did before).
    const state = position('station-small', { kaga: 20 }, 1, 300);
    const s = readSituation(world, state, 'japan', false);
    const r = stationStrike(s, 'philippine-sea', [state.forces.find((f) => f.id === 'kaga')!], [])!;
    expect(r).toMatchObject({ port: 'luzon', stayed: 1, aboard: 20, flew: 6, power: 0 });
    expect(r.shotDown).toBeGreaterThanOrEqual(6);
    expect(portOutmatches(r)).toBe(true);
    const kept = newBook(world, state, 'japan');
    avoidSuperiorFleets(kept, s, true);
    expect(kept.orders).toEqual([]);
    const book = newBook(world, state, 'japan');
    leaveHopelessStations(book, s);
    expect(moveOf(book.orders, 'kaga')).toBeDefined();
    expect(moveOf(book.orders, 'kaga')).not.toBe('philippine-sea');
    const away = book.operations.find((o) => o.kind === 'withdraw' && o.reason === 'port-defences');
    expect(away?.forces).toEqual(['kaga']);
    expect(operationSentence(intentNames(world, state), away!)).toMatch(
      /^Pull Kaga out of Philippine Sea and back to port: staying, it would strike the enemy port with 6 of its 20 aircraft, and the port's guns and fighters would shoot down about \d+ of them\.$/,
    );
    // Nor does the commander's raid keep it there: the strike would be shot down.
    const raid = newBook(world, state, 'japan');
    seekBattle(raid, s, false, true, 100, true);
    expect(raid.operations.some((o) => o.kind === 'carrier-raid')).toBe(false);
  });

  it('an outmatched group (the port’s air hits it harder than its strike hits the port) sails away', () => {
    const state = position('station-outmatched', { akagi: 100 }, 1);
    const s = readSituation(world, state, 'japan', false);
    const r = stationStrike(s, 'philippine-sea', [state.forces.find((f) => f.id === 'akagi')!], [])!;
    expect(r.power).toBeGreaterThan(0);
    expect(r.counter).toBeGreaterThanOrEqual(r.power);
    const book = newBook(world, state, 'japan');
    leaveHopelessStations(book, s);
    expect(moveOf(book.orders, 'akagi')).toBeDefined();
    const away = book.operations.find((o) => o.reason === 'port-defences')!;
    expect(operationSentence(intentNames(world, state), away)).toMatch(
      /^Pull Akagi out of Philippine Sea and back to port: staying, it would strike the enemy port with 30 of its 100 aircraft, and the port's air groups would hit the carriers harder \(\d+\) than the strike would hit the port \(\d+\)\.$/,
    );
  });

  it('the fleet that covers the front does not keep a carrier on a station the port outmatches', () => {
    // Luzon is the front: the Philippine Sea is next to it. Kaga (20 aircraft) lies there already.
    const state = position('station-front', { kaga: 20 }, 1, 300);
    const s = readSituation(world, state, 'japan', false);
    const kept = newBook(world, state, 'japan');
    coverFront(kept, s, 'luzon');
    expect(kept.operations.some((o) => o.kind === 'patrol' && o.forces.includes('kaga'))).toBe(true);
    const book = newBook(world, state, 'japan');
    coverFront(book, s, 'luzon', false, 0, true);
    expect(book.busy.has('kaga')).toBe(false);
    expect(book.operations.some((o) => o.forces.includes('kaga'))).toBe(false);
    // A fleet whose strike gets through is kept there.
    const strong = position('station-front', { akagi: 100, kaga: 100 });
    const held = newBook(world, strong, 'japan');
    coverFront(held, readSituation(world, strong, 'japan', false), 'luzon', false, 0, true);
    const patrol = held.operations.find((o) => o.kind === 'patrol' && o.target === 'philippine-sea');
    expect(patrol?.forces).toEqual(expect.arrayContaining(['akagi', 'kaga']));
  });

  it('a fleet on station whose strike gets through stays; easy and the carriers of an operation are left alone', () => {
    const strong = position('station-strong', { akagi: 100, kaga: 100 });
    const book = newBook(world, strong, 'japan');
    leaveHopelessStations(book, readSituation(world, strong, 'japan', false));
    expect(book.orders).toEqual([]);
    expect(book.operations).toEqual([]);
    // Carriers an operation holds there stay for its purpose.
    const small = position('station-small', { kaga: 20 }, 1, 300);
    const held = newBook(world, small, 'japan');
    held.busy.add('kaga');
    leaveHopelessStations(held, readSituation(world, small, 'japan', false));
    expect(held.orders).toEqual([]);
    expect(LEVELS.easy.readsStations).toBe(false);
    expect(LEVELS.normal.readsStations && LEVELS.hard.readsStations).toBe(true);
  });
});
