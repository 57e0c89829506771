/**
 * The danger to ships left in a port (engine/air-danger.ts `portDangerAt`), told before End turn as
 * the port-strike rule (phases/port-strike.ts) would strike them (play25: seven Japanese carriers in
 * Hawaiian waters beside Pearl Harbor's battleships, and no word of it). On the lab scenario at
 * war: the ABDA cruisers moored at Java (Surabaya), Java's air group, and Akagi and Kaga in the
 * South China Sea, 700 nautical miles from the Java Sea, which lies 150 nm off Java.
 */
import { describe, expect, it } from 'vitest';
import {
  type GameState,
  portDangerAt,
  resolveTurn,
  seenState,
  shipsInPortDanger,
  sightOf,
} from '../../src/engine';
import { portDangerHint, portDangerText } from '../../src/text/air-danger-text';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const SHIPS = ['houston', 'exeter', 'de-ruyter', 'abda-destroyers'];

const world = (edit: (s: RawScenario) => void = () => {}) =>
  labWorld((s: RawScenario) => {
    s.rules.warFlag = 'war';
    s.flags = s.flags.map((f: RawScenario) => (f.id === 'war' ? { ...f, initial: true } : f));
    edit(s);
  });

const at = (state: GameState, id: string, location: string) => {
  const f = state.forces.find((x) => x.id === id);
  if (f) f.location = location;
};

/** The cruisers in port at Java, the two carriers in the South China Sea. */
const moored = (s: GameState) => {
  for (const id of SHIPS) at(s, id, 'java');
  at(s, 'akagi', 'south-china-sea');
  at(s, 'kaga', 'south-china-sea');
};

const names: Record<string, string> = {
  java: 'Java',
  'java-sea': 'the Java Sea',
  'south-china-sea': 'the South China Sea',
};
const areaName = (id: string) => names[id] ?? id;

describe('the danger from enemy carriers to ships in a port', () => {
  it('warns of ships moored where carriers can sail in and strike, and the strike comes as warned', () => {
    const w = world();
    const state = startWith(w, 'pd1', moored);
    const d = portDangerAt(w, state, 'allies', 'java');
    expect(d).toMatchObject({
      area: 'java',
      from: 'java-sea',
      carriers: { aircraft: 66 + 72, areas: ['south-china-sea'] },
      outgunned: true,
    });
    if (!d) throw new Error('no danger');
    expect(d.shotDown).toBeGreaterThan(0);
    expect(d.shotDown).toBeLessThan(d.carriers.aircraft);
    expect(shipsInPortDanger(w, state, 'allies', new Set()).map((x) => x.force.id)).toEqual(SHIPS);
    // Japan's side has no ships in port: nothing to warn of.
    expect(shipsInPortDanger(w, state, 'japan', new Set())).toEqual([]);
    // And the rule agrees: the carriers sail into the Java Sea and strike the port.
    const { report } = resolveTurn(w, state, {
      japan: [
        { type: 'move', force: 'akagi', to: 'java-sea' },
        { type: 'move', force: 'kaga', to: 'java-sea' },
      ],
      allies: [],
    });
    expect(report.items.some((i) => i.kind === 'battle' && i.area === 'java' && i.portStrike)).toBe(true);
  });

  it('is none when the carriers cannot sail in reach of the port this turn', () => {
    // A turn's sail of 600 nm: the South China Sea is 700 nm from the Java Sea.
    const w = world((s) => {
      s.rules.rangePerTurn.ship = 600;
    });
    const state = startWith(w, 'pd2', moored);
    expect(portDangerAt(w, state, 'allies', 'java')).toBeNull();
    expect(shipsInPortDanger(w, state, 'allies', new Set())).toEqual([]);
  });

  it('counts carriers already in the sea area next door: they strike again if they stay', () => {
    // Akagi and Kaga in the Java Sea itself: with no orders they stay and strike Java (play25's seven
    // carriers in Hawaiian waters were such a fleet, and the warning said nothing while the rule let
    // them sit idle; the rule now strikes, and the warning follows it).
    const w = world();
    const state = startWith(w, 'pd7', (s) => {
      for (const id of SHIPS) at(s, id, 'java');
      at(s, 'akagi', 'java-sea');
      at(s, 'kaga', 'java-sea');
    });
    const d = portDangerAt(w, state, 'allies', 'java');
    expect(d).toMatchObject({
      area: 'java',
      from: 'java-sea',
      carriers: { aircraft: 66 + 72, areas: ['java-sea'] },
      outgunned: true,
    });
    if (!d) throw new Error('no danger');
    expect(portDangerText(d, areaName)).toContain(
      'Danger to your ships in port: enemy carriers with 138 aircraft are in the Java Sea now and can stay there and strike Java this turn.',
    );
    expect(shipsInPortDanger(w, state, 'allies', new Set()).map((x) => x.force.id)).toEqual(SHIPS);
    const { report } = resolveTurn(w, state, { japan: [], allies: [] });
    expect(report.items.some((i) => i.kind === 'battle' && i.area === 'java' && i.portStrike)).toBe(true);
    // With one carrier next door and one that can sail in, both count, and the words say both.
    const both = startWith(w, 'pd8', (s) => {
      for (const id of SHIPS) at(s, id, 'java');
      at(s, 'akagi', 'java-sea');
      at(s, 'kaga', 'south-china-sea');
    });
    const d2 = portDangerAt(w, both, 'allies', 'java');
    if (!d2) throw new Error('no danger');
    expect(d2.carriers).toMatchObject({ aircraft: 66 + 72, areas: ['java-sea', 'south-china-sea'] });
    expect(portDangerText(d2, areaName)).toContain(
      'enemy carriers with 138 aircraft, now in the Java Sea and the South China Sea, can sail to or stay in the Java Sea this turn and strike Java.',
    );
  });

  it('counts what a fleet on station would fly (restrikePercent), as the strike does', () => {
    // The same carriers in the Java Sea, with the rule that a fleet on station off a port flies only a
    // share of its aircraft against it (port-strike.ts portStrikeShare): the warning said 138 while
    // the strike flew 40 (portstay29b).
    const w = world((s) => {
      s.rules.combat.portStrike = {
        targetWeight: { carrier: 6, hulk: 6, battleship: 4, ship: 2, flotilla: 1 },
        immobileHitPercent: 130,
        restrikePercent: 30,
      };
    });
    const state = startWith(w, 'pd7', (s) => {
      for (const id of SHIPS) at(s, id, 'java');
      at(s, 'akagi', 'java-sea');
      at(s, 'kaga', 'java-sea');
    });
    const d = portDangerAt(w, state, 'allies', 'java');
    if (!d) throw new Error('no danger');
    const flying = Math.floor((66 * 30) / 100) + Math.floor((72 * 30) / 100);
    expect(d.carriers.aircraft).toBe(flying);
    expect(d.aboard).toBe(66 + 72);
    expect(portDangerText(d, areaName)).toContain(
      `enemy carriers with 138 aircraft (on station, about ${flying} of them strike a port in a turn) are in the Java Sea now`,
    );
    expect(
      portDangerHint([
        { port: 'Java', aircraft: d.carriers.aircraft, shotDown: d.shotDown, aboard: d.aboard },
      ]),
    ).toMatch(new RegExp(`^Danger: about ${flying} aircraft from enemy carriers on station can strike`));
    const { report } = resolveTurn(w, state, { japan: [], allies: [] });
    const strike = report.items.find((i) => i.kind === 'battle' && i.area === 'java' && i.portStrike);
    expect(strike?.kind === 'battle' ? strike.portStrike?.flew : null).toBe(d.carriers.aircraft);
    // One carrier on station and one that can sail in with more aircraft: the larger strike is told.
    const both = startWith(w, 'pd8', (s) => {
      for (const id of SHIPS) at(s, id, 'java');
      at(s, 'akagi', 'java-sea');
      at(s, 'kaga', 'south-china-sea');
    });
    const d2 = portDangerAt(w, both, 'allies', 'java');
    expect(d2?.carriers.aircraft).toBe(66 + 72);
    expect(d2?.aboard).toBe(66 + 72);
  });

  it('does not count carriers next door that the side does not see under the fog of war', () => {
    // The cruisers at Luzon, Akagi and Kaga lying in the Philippine Sea next to it: no Allied ship or
    // aircraft watches that sea.
    const w = world();
    const state = startWith(w, 'pd10', (s) => {
      for (const id of SHIPS) at(s, id, 'luzon');
      at(s, 'akagi', 'philippine-sea');
      at(s, 'kaga', 'philippine-sea');
    });
    expect(portDangerAt(w, state, 'allies', 'luzon')).toMatchObject({
      from: 'philippine-sea',
      carriers: { areas: ['philippine-sea'] },
    });
    const sight = sightOf(w, state, 'allies');
    expect(sight.unwatched.has('philippine-sea')).toBe(true);
    expect(portDangerAt(w, seenState(state, sight), 'allies', 'luzon')).toBeNull();
  });

  it('does not count carriers next door that must sail for the yard', () => {
    const w = world();
    const damaged = (damage: number) =>
      startWith(w, 'pd9', (s) => {
        for (const id of SHIPS) at(s, id, 'java');
        for (const id of ['akagi', 'kaga']) {
          at(s, id, 'java-sea');
          const f = s.forces.find((x) => x.id === id);
          if (f?.type === 'ship') f.damage = damage;
        }
      });
    const retire = w.scenario.rules.combat.retireDamagePercent;
    expect(portDangerAt(w, damaged(retire - 1), 'allies', 'java')?.outgunned).toBe(true);
    expect(portDangerAt(w, damaged(retire), 'allies', 'java')).toBeNull();
  });

  it('is none for ships ordered away, and the ships that stay are still warned', () => {
    const w = world();
    const state = startWith(w, 'pd3', moored);
    expect(shipsInPortDanger(w, state, 'allies', new Set(SHIPS))).toEqual([]);
    const left = shipsInPortDanger(w, state, 'allies', new Set(['houston', 'exeter']));
    expect(left.map((x) => x.force.id)).toEqual(['de-ruyter', 'abda-destroyers']);
  });

  it('does not count carriers the side does not see under the fog of war', () => {
    const w = world();
    const state = startWith(w, 'pd4', moored);
    const sight = sightOf(w, state, 'allies');
    expect(sight.unwatched.has('south-china-sea')).toBe(true);
    const seen = seenState(state, sight);
    expect(portDangerAt(w, seen, 'allies', 'java')).toBeNull();
    expect(shipsInPortDanger(w, seen, 'allies', new Set())).toEqual([]);
    // Seen from the Java Sea (a ship of the side there searches nothing, but watches it; a
    // submarine in the South China Sea watches that sea): the carriers are counted again.
    const watched = startWith(w, 'pd5', (s) => {
      moored(s);
      at(s, 'asiatic-submarines', 'south-china-sea');
    });
    const seenNow = seenState(watched, sightOf(w, watched, 'allies'));
    expect(portDangerAt(w, seenNow, 'allies', 'java')?.outgunned).toBe(true);
  });

  it('is said in plain words, with the rule’s numbers', () => {
    const w = world();
    const state = startWith(w, 'pd6', moored);
    const d = portDangerAt(w, state, 'allies', 'java');
    if (!d) throw new Error('no danger');
    const text = portDangerText(d, areaName);
    expect(text).toContain(
      `Danger to your ships in port: enemy carriers with 138 aircraft, now in the South China Sea, can sail to the Java Sea this turn and strike Java.`,
    );
    expect(text).toContain(`can shoot down about ${d.shotDown} of them`);
    expect(portDangerHint([{ port: 'Java', aircraft: 138, shotDown: 20 }])).toBe(
      'Danger: enemy carriers with 138 aircraft can strike your ships in port at Java this turn; the port’s guns and fighters stop only about 20. Move them away.',
    );
    expect(
      portDangerHint([
        { port: 'Java', aircraft: 138, shotDown: 20, fightersHelp: true },
        { port: 'Luzon', aircraft: 200, shotDown: 20, fightersHelp: true },
      ]),
    ).toBe(
      'Danger: enemy carriers with up to 200 aircraft can strike your ships in port at Java and Luzon this turn. Move them away, or base more fighters there.',
    );
    expect(portDangerHint([])).toBe('');
  });
});
