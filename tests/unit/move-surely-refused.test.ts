/**
 * `moveSurelyRefused` (engine/orders.ts): the cheap test the historical bot asks before a move's
 * legality check where it reads only whether the move is allowed (PERFORMANCE.md, pass 30). It must
 * never say "refused" of a move the check allows, and it says so of the moves it is for: a force
 * that is not there, the other side's, lost, or already where the order sends it. On the lab
 * scenario: every force ordered to every area, by each side, at the start and with one army lost.
 */
import { describe, expect, it } from 'vitest';
import { checkOrder, type GameState, moveSurelyRefused, type Order, type World } from '../../src/engine';
import { labWorld, startWith } from '../support/lab';

type Move = Extract<Order, { type: 'move' }>;

/** Every move of every force (and one that does not exist) to every area, whole and (armies) in part. */
function allMoves(world: World, state: GameState): Move[] {
  const moves: Move[] = [];
  for (const id of [...state.forces.map((f) => f.id), 'no-such-force'])
    for (const to of world.areas.keys()) {
      moves.push({ type: 'move', force: id, to });
      const f = state.forces.find((g) => g.id === id);
      if (f?.type === 'army' && f.troops > 2) moves.push({ type: 'move', force: id, to, men: 1 });
    }
  return moves;
}

/** For each side and move: whether the cheap test said refused, and whether the check allowed it. */
function verdicts(world: World, state: GameState) {
  const out: { side: 'japan' | 'allies'; move: Move; surely: boolean; ok: boolean }[] = [];
  for (const side of ['japan', 'allies'] as const)
    for (const move of allMoves(world, state))
      out.push({
        side,
        move,
        surely: moveSurelyRefused(state, side, move),
        ok: checkOrder(world, state, side, move, []).ok,
      });
  return out;
}

describe('moveSurelyRefused', () => {
  const world = labWorld(() => {});

  it('never says refused of a move the check allows (the start, and with an army lost)', () => {
    const start = startWith(world, 'surely');
    const army = start.forces.find((f) => f.type === 'army' && f.side === 'japan');
    if (!army) throw new Error('the lab has a Japanese army');
    const lost = startWith(world, 'surely', (s) => {
      const i = s.forces.findIndex((f) => f.id === army.id);
      s.forces[i] = { ...s.forces[i]!, status: 'lost' };
    });
    for (const state of [start, lost]) {
      const all = verdicts(world, state);
      // Some moves are allowed, so the test means something.
      expect(all.some((v) => v.ok)).toBe(true);
      expect(all.filter((v) => v.surely && v.ok)).toEqual([]);
    }
  });

  it('says refused of a force not there, the other side’s, lost, or already where it is sent', () => {
    const state = startWith(world, 'surely');
    const ship = state.forces.find((f) => f.type === 'ship' && f.side === 'japan' && f.status === 'active');
    if (!ship) throw new Error('the lab has a Japanese ship');
    const elsewhere = [...world.areas.keys()].find((a) => a !== ship.location)!;
    expect(moveSurelyRefused(state, 'japan', { type: 'move', force: 'no-such-force', to: elsewhere })).toBe(
      true,
    );
    expect(moveSurelyRefused(state, 'allies', { type: 'move', force: ship.id, to: elsewhere })).toBe(true);
    expect(moveSurelyRefused(state, 'japan', { type: 'move', force: ship.id, to: ship.location })).toBe(true);
    expect(moveSurelyRefused(state, 'japan', { type: 'move', force: ship.id, to: elsewhere })).toBe(false);
    const lost = startWith(world, 'surely', (s) => {
      const i = s.forces.findIndex((f) => f.id === ship.id);
      s.forces[i] = { ...s.forces[i]!, status: 'lost' };
    });
    expect(moveSurelyRefused(lost, 'japan', { type: 'move', force: ship.id, to: elsewhere })).toBe(true);
    // Each of these the check refuses too.
    for (const [s, side, to] of [
      [state, 'allies', elsewhere],
      [state, 'japan', ship.location],
      [lost, 'japan', elsewhere],
    ] as const)
      expect(checkOrder(world, s, side, { type: 'move', force: ship.id, to }, []).ok).toBe(false);
  });
});
