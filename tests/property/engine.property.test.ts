/**
 * Property tests: whatever orders the players give — legal or not — the
 * engine keeps its invariants. Orders are drawn at random from the scenario's
 * forces, areas and choices; illegal ones must be refused, never crash.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createGame,
  type GameState,
  type Order,
  resolveTurn,
  SIDE_IDS,
  stateHash,
  strengthOf,
  type TurnOrders,
} from '../../src/engine';
import type { ForceDef } from '../../src/scenario/schema';
import { smallWorld } from '../support/scenarios';

const world = smallWorld();
const s = world.scenario;
const forceIds = s.forces
  .map((f) => f.id)
  .concat(
    s.reinforcements.map((r) => r.force.id),
    ['ghost'],
  );
const areaIds = s.areas.map((a) => a.id).concat(['atlantis']);

const order: fc.Arbitrary<Order> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc.record({
      type: fc.constant('move' as const),
      force: fc.constantFrom(...forceIds),
      to: fc.constantFrom(...areaIds),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('choose' as const),
      choice: fc.constantFrom('negotiate', 'strike-south'),
    }),
  },
);
const turnOrders: fc.Arbitrary<TurnOrders> = fc.record({
  japan: fc.array(order, { maxLength: 8 }),
  allies: fc.array(order, { maxLength: 8 }),
});
const game = fc.record({
  seed: fc.string({ maxLength: 12 }),
  turns: fc.array(turnOrders, { minLength: 1, maxLength: 6 }),
});

function originalStrength(): Map<string, number> {
  const defs: ForceDef[] = [...s.forces, ...s.reinforcements.map((r) => r.force)];
  return new Map(defs.map((f) => [f.id, strengthOf(f)]));
}

function playAll(
  seed: string,
  turns: TurnOrders[],
  check?: (before: GameState, after: GameState, r: ReturnType<typeof resolveTurn>) => void,
) {
  let state = createGame(world, seed);
  for (const orders of turns) {
    if (state.outcome) break;
    const result = resolveTurn(world, state, orders);
    check?.(state, result.state, result);
    state = result.state;
  }
  return state;
}

describe('engine invariants under random orders', () => {
  const original = originalStrength();

  it('keeps every stock inside its bounds and explains every change', () => {
    fc.assert(
      fc.property(game, ({ seed, turns }) => {
        playAll(seed, turns, (before, after, { report }) => {
          for (const side of SIDE_IDS) {
            for (const res of s.resources) {
              const v = after.sides[side].stocks[res.id];
              if (v === undefined) continue;
              expect(Number.isSafeInteger(v)).toBe(true);
              expect(v).toBeGreaterThanOrEqual(res.min);
              if (res.max !== undefined) expect(v).toBeLessThanOrEqual(res.max);
              const line = report.items.find(
                (i) => i.kind === 'economy' && i.side === side && i.resource === res.id,
              );
              const was = before.sides[side].stocks[res.id];
              if (was !== v) expect(line, `${side} ${res.id} changed without a report line`).toBeDefined();
              if (line?.kind === 'economy') {
                expect(line.before).toBe(was);
                expect(line.after).toBe(v);
                expect(line.changes.reduce((sum, c) => sum + c.amount, 0)).toBe(v! - was!);
              }
            }
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('conserves forces: what was built is alive or lost', () => {
    fc.assert(
      fc.property(game, ({ seed, turns }) => {
        const end = playAll(seed, turns);
        expect(end.forces.length).toBe(s.forces.length + end.arrived.length);
        for (const f of end.forces) {
          expect(f.lost).toBeGreaterThanOrEqual(0);
          const now = f.status === 'lost' && f.type === 'ship' ? 0 : strengthOf(f);
          expect(now + f.lost, f.id).toBe(original.get(f.id));
          if (f.status === 'lost')
            expect(f.type === 'ship' ? f.damage : strengthOf(f)).toBe(f.type === 'ship' ? 100 : 0);
          expect(world.areas.has(f.location)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and survives a save and reload at any turn', () => {
    fc.assert(
      fc.property(game, fc.nat(), ({ seed, turns }, cut) => {
        const direct = playAll(seed, turns);
        const at = cut % turns.length;
        const saved = JSON.parse(JSON.stringify(playAll(seed, turns.slice(0, at)))) as GameState;
        let state = saved;
        for (const orders of turns.slice(at)) {
          if (state.outcome) break;
          state = resolveTurn(world, state, orders).state;
        }
        expect(stateHash(state)).toBe(stateHash(direct));
      }),
      { numRuns: 100 },
    );
  });

  it('only moves forces along legal orders (or a damaged ship home to port after a battle)', () => {
    fc.assert(
      fc.property(game, ({ seed, turns }) => {
        playAll(seed, turns, (before, after, { report }) => {
          for (const f of after.forces) {
            const was = before.forces.find((b) => b.id === f.id);
            if (!was || was.location === f.location) continue;
            const retired = report.items.some(
              (i) => i.kind === 'retired' && i.force === f.id && i.to === f.location,
            );
            if (retired) continue;
            expect(report.items).toContainEqual(
              expect.objectContaining({ kind: 'move', force: f.id, to: f.location }),
            );
          }
        });
      }),
      { numRuns: 100 },
    );
  });
});
