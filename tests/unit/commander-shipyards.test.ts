/**
 * The commander and the shipyards (home-front.ts production, src/engine/shipyards.ts): it never
 * orders more ships than the yards have room for, and invests in expansion when the yards, not
 * the industry, hold the freighters back. On the lab scenario.
 */
import { describe, expect, it } from 'vitest';
import { newBook } from '../../src/ai/commander/book';
import { production } from '../../src/ai/commander/home-front';
import { readSituation } from '../../src/ai/commander/situation';
import { type GameState, resolveTurn, type World, yardRoom } from '../../src/engine';
import { yardInUse } from '../../src/engine/shipyards';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { labBuildable, labWorld, startWith, withShipyards } from '../support/lab';

const ships = (id: string, kgt: number, industry: number, turns: number, adds: Record<string, number>) =>
  labBuildable(id, id, industry, turns, adds, kgt);

const world = (capacity: number, industry: number): World =>
  labWorld((s) => {
    withShipyards(s, capacity);
    s.sides.japan.stocks.industry = industry;
    s.buildables = [
      ships('merchant-ships', 10, 5, 3, { merchant: 10 }),
      ships('tankers', 5, 3, 4, { tankers: 5 }),
      labBuildable('shipyard-expansion', 'Shipyard expansion', 40, 4, { yards: 50 }),
    ];
    s.areas.find((a: { id: string }) => a.id === 'home-islands').produces.industry = 100;
    s.production = [];
  });

const decideBook = (w: World, state: GameState) => {
  const book = newBook(w, state, 'japan');
  production(book, readSituation(w, state, 'japan', false));
  return book;
};
const decide = (w: World, state: GameState) => decideBook(w, state).orders;

describe('the commander and the shipyards', () => {
  it('orders as many freighters as the yards take, and puts the industry left into expansion', () => {
    const w = world(30, 200);
    const orders = decide(w, startWith(w, 'y'));
    const count = (item: string) =>
      orders.reduce((n, o) => n + (o.type === 'build' && o.item === item ? o.count : 0), 0);
    // 30 thousand GT of room: three freighters (nothing else fits), not the 40 the industry pays for.
    expect(count('merchant-ships')).toBe(3);
    expect(count('shipyard-expansion')).toBeGreaterThan(0);
  });

  it('says it expands the yards because they, not industry, hold the ships back', () => {
    const w = world(30, 200);
    const state = startWith(w, 'y');
    const op = decideBook(w, state).operations.find((o) => o.numbers?.yardKgt !== undefined);
    expect(op?.numbers?.yardKgt).toBe(50 * (op?.numbers?.count ?? 0));
    expect(operationSentence(intentNames(w, state), op!)).toMatch(
      /^Expand the shipyards by [\d,]+ thousand GT of room, to build more cargo ships: the yards, not industry, hold them back\.$/,
    );
  });

  it('never has more on the slips than the capacity, turn after turn', () => {
    const w = world(30, 200);
    let state = startWith(w, 'y');
    for (let t = 0; t < 5 && !state.outcome; t++) {
      const r = resolveTurn(w, state, { japan: decide(w, state), allies: [] });
      expect(r.illegal).toEqual([]);
      expect(r.report.items.filter((i) => i.kind === 'rejected')).toEqual([]);
      state = r.state;
      expect(yardInUse(w, state, 'japan')).toBeLessThanOrEqual(yardRoom(w, state, 'japan')?.capacity ?? 0);
    }
  });

  it('does not expand yards its industry could not keep busy', () => {
    // The areas make 100 industry a month: 20 freighters, 600 thousand GT on the slips for their
    // three turns. With 30 built and 550 building it orders one more expansion; with 600 building, none.
    const w = world(30, 200);
    const building = (n: number) =>
      startWith(w, 'y', (st) => {
        for (let i = 0; i < n; i++) st.queue.push({ side: 'japan', item: 'shipyard-expansion', ready: 4 });
      });
    const expansions = (state: GameState) =>
      decide(w, state).reduce(
        (n, o) => n + (o.type === 'build' && o.item === 'shipyard-expansion' ? o.count : 0),
        0,
      );
    expect(expansions(building(11))).toBe(1);
    expect(expansions(building(12))).toBe(0);
  });
});
