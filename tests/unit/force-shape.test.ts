/**
 * Every force has one object shape (state.ts `shapeForce`): every key of `FORCE_KEYS`, in that
 * order, whatever the force's type, and nothing else — what the engine's loops over forces rely on
 * for their speed, and what a field added to a force type must join (PERFORMANCE.md, pass 19).
 */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine';
import { copyForce, FORCE_KEYS } from '../../src/engine/state';
import { labWorld } from '../support/lab';

describe('the shape of a force', () => {
  const world = labWorld(() => {});
  const state = createGame(world, 'force-shape');

  it('has every key, in FORCE_KEYS order, for a force of every type in the game', () => {
    const types = new Set(state.forces.map((f) => f.type));
    expect([...types].sort()).toEqual(['air', 'army', 'flotilla', 'ship']);
    for (const f of state.forces) expect(Object.keys(f)).toEqual([...FORCE_KEYS]);
  });

  it('is kept by a copy, which is a plain object equal to the force it copies', () => {
    for (const f of state.forces) {
      const copy = copyForce(f);
      expect(Object.keys(copy)).toEqual([...FORCE_KEYS]);
      expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
      expect(copy).not.toBe(f);
      expect(copy).toStrictEqual({ ...f });
      expect(JSON.stringify(copy)).toBe(JSON.stringify(f));
    }
  });
});
