/**
 * A flotilla is many hulls: the points of every hit that fall on it in one battle add up, so light
 * hits sink ships as a heavy one would (src/engine/combat/hits.ts, `LossBook.hitFlotilla`). Before,
 * each hit was applied alone and a hit smaller than one ship's toughness sank nothing: 24 points
 * of fire in two hits of 4 sank no transport (toughness 5).
 */
import { describe, expect, it } from 'vitest';
import { fireSalvos, LossBook } from '../../src/engine/combat/hits';
import { FLOTILLA_TOUGHNESS } from '../../src/engine/combat-values';
import { restoreRng, seedRng } from '../../src/engine/rng';
import { type ForceState, newForce } from '../../src/engine/state';
import type { FlotillaClass } from '../../src/scenario/schema';

const flotilla = (id: string, cls: FlotillaClass, count: number): ForceState =>
  newForce({
    id,
    name: id,
    side: 'allies',
    type: 'flotilla',
    class: cls,
    count,
    location: 'sea',
    experience: 50,
  });

/** `fire` points in salvos on `targets` (equal weights) in one battle; what each lost. */
function battle(fire: number, targets: ForceState[], seed = 'hits') {
  const book = new LossBook();
  fireSalvos(restoreRng(seedRng(seed)), fire, targets, () => 1, book, 'air-strikes', 'japan');
  return { book, sunk: targets.map((t) => (t.type === 'flotilla' ? t.lost : 0)) };
}

describe('a flotilla under many light hits (one battle)', () => {
  it('loses a ship for every toughness of points that fell on it in all', () => {
    // 9 points in two salvos (5 then 4) on ten transports of toughness 5: one sunk either way.
    const transports = flotilla('tp', 'transport', 10);
    expect(battle(9, [transports]).sunk).toEqual([1]);
    // 8 points in two hits of 4: each too light alone, one ship together.
    const more = flotilla('tp2', 'transport', 10);
    expect(battle(8, [more]).sunk).toEqual([Math.floor(8 / FLOTILLA_TOUGHNESS.transport)]);
  });

  it('carries the points over within the battle only: a second battle starts from nothing', () => {
    const transports = flotilla('tp', 'transport', 10);
    battle(4, [transports]);
    battle(4, [transports]);
    expect(transports.type === 'flotilla' && transports.count).toBe(10);
  });

  it('keeps each flotilla its own account, and the report its fire points and ships', () => {
    const cruisers = flotilla('ca', 'cruiser', 4);
    const destroyers = flotilla('dd', 'destroyer', 8);
    const { book } = battle(48, [cruisers, destroyers], 'two');
    const losses = book.losses();
    for (const l of losses) {
      const f = l.force === 'ca' ? cruisers : destroyers;
      if (f.type !== 'flotilla' || l.cause.code !== 'fire') throw new Error('a flotilla hit by fire');
      // The ships sunk are the whole toughnesses of the points that fell on it, never more.
      expect(l.amount).toBe(
        Math.min(f.count + l.amount, Math.floor(l.cause.points / FLOTILLA_TOUGHNESS[f.class])),
      );
    }
    expect(losses.reduce((n, l) => n + (l.cause.code === 'fire' ? l.cause.points : 0), 0)).toBe(48);
  });

  it('does not sink more ships than the flotilla has', () => {
    const transports = flotilla('tp', 'transport', 2);
    const { sunk } = battle(60, [transports]);
    expect(sunk).toEqual([2]);
    expect(transports.status).toBe('lost');
  });
});
