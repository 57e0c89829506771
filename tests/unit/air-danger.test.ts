/**
 * The danger from the air to ships left in a sea area (engine/air-danger.ts), told to the player
 * before End turn (play22: carriers sunk "with no warning"). On the lab scenario: the ABDA
 * cruisers in the Java Sea, the ABDA air group on Java, and Japan's 11th Air Fleet (300 aircraft)
 * at Formosa — out of reach — or moved to Borneo, 250 nautical miles from the Java Sea.
 */
import { describe, expect, it } from 'vitest';
import { airDangerAt, type GameState, resolveTurn, shipsInAirDanger } from '../../src/engine';
import { airDangerHint, airDangerText } from '../../src/text/air-danger-text';
import { labWorld, startWith } from '../support/lab';

const world = labWorld(() => {});
const at = (state: GameState, id: string, location: string) => {
  const f = state.forces.find((x) => x.id === id);
  if (f) f.location = location;
};
const names: Record<string, string> = {
  'java-sea': 'the Java Sea',
  borneo: 'Borneo',
  'south-china-sea': 'the South China Sea',
};
const areaName = (id: string) => names[id] ?? id;

describe('the danger from the air to ships in a sea area', () => {
  it('is none when no enemy aircraft can reach, and then no battle is fought there', () => {
    const state = startWith(world, 'ad1');
    expect(airDangerAt(world, state, 'allies', 'java-sea')).toBeNull();
    expect(shipsInAirDanger(world, state, 'allies', new Set())).toEqual([]);
    const { report } = resolveTurn(world, state, { japan: [], allies: [] });
    expect(report.items.some((i) => i.kind === 'battle' && i.area === 'java-sea')).toBe(false);
  });

  it('counts land-based air within reach as the battle rules do: the ships are attacked though no one orders it', () => {
    const state = startWith(world, 'ad2', (s) => at(s, 'eleventh-air-fleet', 'borneo'));
    const d = airDangerAt(world, state, 'allies', 'java-sea');
    const fleet = state.forces.find((f) => f.id === 'eleventh-air-fleet');
    const abda = state.forces.find((f) => f.id === 'abda-air');
    if (fleet?.type !== 'air' || abda?.type !== 'air') throw new Error('lab changed');
    // The battle's power: a third of the aircraft, scaled by experience (battles.ts powerOf).
    expect(d).toMatchObject({
      landAir: { aircraft: 300, power: Math.floor((100 * (50 + fleet.experience)) / 100), areas: ['borneo'] },
      carriers: { aircraft: 0, power: 0, areas: [] },
      own: Math.floor((40 * (50 + abda.experience)) / 100),
      outgunned: true,
    });
    // Every Allied warship there is listed, not the submarines in the Celebes Sea, nor a ship ordered away.
    const left = shipsInAirDanger(world, state, 'allies', new Set(['houston'])).map((x) => x.force.id);
    expect(left).toEqual(['exeter', 'de-ruyter', 'abda-destroyers']);
    // And the rules agree: with no orders at all, there is a battle in the Java Sea.
    const { report } = resolveTurn(world, state, { japan: [], allies: [] });
    expect(report.items.some((i) => i.kind === 'battle' && i.area === 'java-sea')).toBe(true);
  });

  it('counts enemy carriers next door, and the side’s own carriers in the area against them', () => {
    const state = startWith(world, 'ad3', (s) => at(s, 'akagi', 'south-china-sea'));
    const d = airDangerAt(world, state, 'allies', 'java-sea');
    expect(d).toMatchObject({
      landAir: { aircraft: 0 },
      carriers: { aircraft: 66, areas: ['south-china-sea'] },
    });
    // Seen from Japan's side, its carrier has no enemy carriers or air next to it: only Java's air group.
    const jp = airDangerAt(world, state, 'japan', 'south-china-sea');
    expect(jp).toBeNull();
  });

  it('counts enemy carriers in a port next door (they sortie from it), and an even fight as a danger', () => {
    // A US carrier in port at Java, beside the Java Sea; Japan's cruisers in the Java Sea.
    const w = labWorld((s) => {
      const akagi = s.forces.find((f: { id: string }) => f.id === 'akagi');
      s.forces.push({ ...akagi, id: 'lexington', name: 'USS Lexington', side: 'allies', location: 'java' });
    });
    const state = startWith(w, 'ad5', (s) => at(s, 'southern-cruisers', 'java-sea'));
    const d = airDangerAt(w, state, 'japan', 'java-sea');
    expect(d).toMatchObject({ carriers: { aircraft: 66, areas: ['java'] }, own: 0, outgunned: true });
    expect(shipsInAirDanger(w, state, 'japan', new Set()).map((x) => x.force.id)).toEqual([
      'southern-cruisers',
    ]);
    // Akagi beside them, as strong as Lexington: an even fight is still a danger.
    const even = startWith(w, 'ad6', (s) => {
      at(s, 'southern-cruisers', 'java-sea');
      at(s, 'akagi', 'java-sea');
    });
    const e = airDangerAt(w, even, 'japan', 'java-sea');
    expect(e?.own).toBe(e?.carriers.power);
    expect(e?.outgunned).toBe(true);
  });

  it('does not count the side’s own carriers ordered away as covering the ships left behind', () => {
    // Japan's cruisers in the Java Sea with Akagi and Kaga, which outgun the ABDA air group on
    // Java — until both carriers are ordered away (play25: the escorts left behind had no warning
    // because the departing carriers' aircraft still counted as theirs).
    const w = world;
    const state = startWith(w, 'ad7', (s) => {
      for (const id of ['southern-cruisers', 'akagi', 'kaga']) at(s, id, 'java-sea');
    });
    expect(airDangerAt(w, state, 'japan', 'java-sea')?.outgunned).toBe(false);
    expect(shipsInAirDanger(w, state, 'japan', new Set())).toEqual([]);
    const away = new Set(['akagi', 'kaga']);
    expect(airDangerAt(w, state, 'japan', 'java-sea', away)).toMatchObject({ own: 0, outgunned: true });
    expect(shipsInAirDanger(w, state, 'japan', away).map((x) => x.force.id)).toEqual(['southern-cruisers']);
  });

  it('is said in plain words, with the engine’s numbers', () => {
    const state = startWith(world, 'ad4', (s) => {
      at(s, 'eleventh-air-fleet', 'borneo');
      at(s, 'akagi', 'south-china-sea');
    });
    const d = airDangerAt(world, state, 'allies', 'java-sea');
    if (!d) throw new Error('no danger');
    const text = airDangerText(d, areaName);
    expect(text).toContain(
      'Danger from the air: 300 enemy aircraft can attack your ships in the Java Sea every turn they stay there, from Borneo.',
    );
    expect(text).toContain(
      'Enemy carriers with 66 aircraft could sail in to attack from next door, in the South China Sea.',
    );
    expect(text).toContain(
      `Their strike power is ${d.landAir.power + d.carriers.power}, yours here ${d.own}`,
    );
    expect(airDangerHint([{ name: 'Exeter', area: 'Java Sea' }])).toBe(
      'Danger: enemy aircraft outgun Exeter in Java Sea.',
    );
    expect(
      airDangerHint([
        { name: 'Exeter', area: 'Java Sea' },
        { name: 'Houston', area: 'Java Sea' },
        { name: 'Repulse', area: 'South China Sea' },
        { name: 'Prince of Wales', area: 'South China Sea' },
      ]),
    ).toBe(
      'Danger: enemy aircraft outgun Exeter, Houston, Repulse and 1 more in Java Sea and South China Sea.',
    );
    expect(airDangerHint([])).toBe('');
  });
});
