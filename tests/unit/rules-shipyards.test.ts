/**
 * Shipyard capacity (src/engine/shipyards.ts): ships hold room in the yards from the order until
 * they are delivered, at most the side's capacity at once, and only an expansion raises it.
 */
import { describe, expect, it } from 'vitest';
import { checkOrder, type GameState, type Order, resolveTurn, yardRoom } from '../../src/engine';
import { refusalText } from '../../src/text/refusal-text';
import { labBuildable, labWorld, startWith, withShipyards } from '../support/lab';

const freighters = labBuildable('freighters', 'Standard freighters (10,000 GT)', 5, 2, { merchant: 10 }, 10);
const expansion = labBuildable('yard-expansion', 'Shipyard expansion', 20, 3, { yards: 20 });

const world = labWorld((s) => {
  withShipyards(s, 30);
  s.sides.japan.stocks.industry = 200;
  s.buildables = [freighters, expansion];
  s.production = [];
});

const build = (item: string, count: number): Order => ({ type: 'build', item, count });
const turn = (state: GameState, ...orders: Order[]) =>
  resolveTurn(world, state, { japan: orders, allies: [] });

describe('the shipyards have a capacity', () => {
  it('refuses ships over the room left, saying the capacity and how to raise it; the payment agrees', () => {
    const start = startWith(world, 'y');
    expect(yardRoom(world, start, 'japan')).toEqual({ capacity: 30, free: 30 });
    expect(checkOrder(world, start, 'japan', build('freighters', 3), []).ok).toBe(true);
    const over = checkOrder(world, start, 'japan', build('freighters', 4), []);
    expect(over.ok).toBe(false);
    if (over.ok) return;
    expect(over.refusal).toMatchObject({ code: 'yards-full', need: 40, free: 30, capacity: 30 });
    const words = refusalText(over.refusal);
    expect(words).toContain('30 thousand GT are free');
    expect(words).toContain('order 3 now');
    expect(words).toContain('order Shipyard expansion to raise the capacity');
    // Earlier builds of the turn take their room: the check counts them…
    const second = checkOrder(world, start, 'japan', build('freighters', 2), [build('freighters', 2)]);
    expect(second.ok).toBe(false);
    // …and the turn: the order the check refused is not paid, the one it accepted is.
    const r = turn(start, build('freighters', 2), build('freighters', 2));
    expect(r.illegal.map((i) => i.refusal.code)).toEqual(['yards-full']);
    expect(r.state.queue).toHaveLength(2);
    expect(r.state.sides.japan.stocks.industry).toBe(200 - 10);
    expect(yardRoom(world, r.state, 'japan')).toEqual({ capacity: 30, free: 10 });
  });

  it('frees the room when the ships are delivered', () => {
    let state = startWith(world, 'y');
    state = turn(state, build('freighters', 3)).state;
    expect(yardRoom(world, state, 'japan')?.free).toBe(0);
    expect(checkOrder(world, state, 'japan', build('freighters', 1), []).ok).toBe(false);
    state = turn(state).state;
    const before = state.sides.japan.stocks.merchant ?? 0;
    // Two turns to build: delivered as the second turn after the order is played, so the room is
    // free for that turn's orders (a keel is laid on the slip the ship leaves that month).
    expect(yardRoom(world, state, 'japan')?.free).toBe(30);
    const r = turn(state, build('freighters', 3));
    expect(r.illegal).toEqual([]);
    expect(r.state.sides.japan.stocks.merchant).toBe(before + 30);
    expect(yardRoom(world, r.state, 'japan')).toEqual({ capacity: 30, free: 0 });
  });

  it('rises only when an expansion is completed, not by itself', () => {
    let state = startWith(world, 'y');
    const r = turn(state, build('yard-expansion', 1));
    expect(r.illegal).toEqual([]);
    state = r.state;
    for (let i = 0; i < 3; i++) {
      expect(yardRoom(world, state, 'japan')?.capacity).toBe(30);
      expect(checkOrder(world, state, 'japan', build('freighters', 4), []).ok).toBe(false);
      state = turn(state).state;
    }
    expect(yardRoom(world, state, 'japan')?.capacity).toBe(50);
    expect(checkOrder(world, state, 'japan', build('freighters', 5), []).ok).toBe(true);
    // Without an expansion, to the scenario's end it is the same.
    let idle = startWith(world, 'y');
    for (let i = 0; i < 5; i++) idle = turn(idle).state;
    expect(yardRoom(world, idle, 'japan')?.capacity).toBe(30);
  });

  it('limits nothing in a scenario without the rule', () => {
    const free = labWorld((s) => {
      s.sides.japan.stocks.industry = 200;
      s.buildables = [freighters];
      s.production = [];
    });
    const start = startWith(free, 'y');
    expect(yardRoom(free, start, 'japan')).toBeNull();
    expect(checkOrder(free, start, 'japan', build('freighters', 30), []).ok).toBe(true);
  });
});
