/**
 * A ship's own damage points (`toughness`, combat-values.ts shipToughness): the Yamato class took
 * several times the hits of an older battleship before she sank (YAMATO-CLASS). The same blows
 * leave a ship with twice the class's figure half as damaged; without the field a ship has her
 * class's; the scenario loader takes the field and refuses nonsense.
 */
import { describe, expect, it } from 'vitest';
import { applyHits, pointsForPercent } from '../../src/engine/combat/hits';
import { SHIP_TOUGHNESS, shipToughness } from '../../src/engine/combat-values';
import type { ForceState } from '../../src/engine/state';
import { loadScenarioValue } from '../../src/scenario/load';
import { labWorld, type RawScenario, startWith } from '../support/lab';
import { labScenarioRaw } from '../support/scenarios';

const world = labWorld((s: RawScenario) => {
  for (const f of s.forces) if (f.id === 'kongo') f.toughness = 2 * 50;
});
const ship = (id: string) => startWith(world, 't').forces.find((f) => f.id === id) as ForceState;

describe("a ship's own toughness", () => {
  it('is her class figure unless the scenario gives her one', () => {
    expect(shipToughness(ship('haruna') as never)).toBe(SHIP_TOUGHNESS.battleship);
    expect(shipToughness(ship('kongo') as never)).toBe(100);
  });

  it('the same hits do half the damage to a ship twice as tough, and twice the points sink her', () => {
    const tough = ship('kongo');
    const plain = ship('haruna');
    applyHits(tough, 30);
    applyHits(plain, 30);
    expect(plain.type === 'ship' && plain.damage).toBe(60);
    expect(tough.type === 'ship' && tough.damage).toBe(30);
    expect(pointsForPercent(tough, 100)).toBe(2 * pointsForPercent(plain, 100));
    applyHits(plain, 30);
    expect(plain.status).toBe('lost');
    expect(tough.status).toBe('active');
  });

  it('is checked by the loader', () => {
    const raw = labScenarioRaw();
    raw.forces.find((f: RawScenario) => f.id === 'kongo').toughness = 0;
    const r = loadScenarioValue(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.some((p) => p.path.includes('toughness'))).toBe(true);
  });
});
