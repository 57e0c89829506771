/**
 * Issue 14, "orders never vanish", engine side (the lead's part): an order
 * accepted when the turn starts but refused later in the same turn (an event
 * this turn hands its destination port to the enemy) must charge no oil. The
 * economy phase re-checks the orders when an event has changed what is legal.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, type Order, type ReportItem, resolveTurn } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';
import { loadScenario } from '../support/scenarios';

function world() {
  const s: Scenario = structuredClone(loadScenario('southern-oil-1942.json'));
  // On turn 1 the port the cruisers sail for passes to the Allies before they move.
  s.events.push({
    id: 'port-lost',
    title: 'Saigon changes hands',
    trigger: { type: 'turn', turn: 1 },
    effects: [{ type: 'control', area: 'indochina-south', side: 'allies' }],
    note: 'A test event.',
    source: 'T',
  } as Scenario['events'][number]);
  return buildWorld(s);
}

const order: Order = { type: 'move', force: 'southern-cruisers', to: 'indochina-south' };

function oilCharges(items: readonly ReportItem[], force: string) {
  const oil = items.find(
    (i): i is Extract<ReportItem, { kind: 'economy' }> =>
      i.kind === 'economy' && i.side === 'japan' && i.resource === 'oil',
  );
  return (oil?.changes ?? []).filter((c) => c.cause.code === 'oil-sortie' && c.cause.force === force);
}

describe('an order refused later in the turn', () => {
  it('is refused: the cruisers stay in Formosa', () => {
    const w = world();
    const r = resolveTurn(w, createGame(w, 'refused'), { japan: [order], allies: [] });
    expect(r.illegal).toEqual([]); // legal when the turn began
    expect(r.state.forces.find((f) => f.id === 'southern-cruisers')?.location).toBe('formosa');
    expect(r.report.items.some((i) => i.kind === 'rejected')).toBe(true);
  });

  it('charges no oil for it', () => {
    const w = world();
    const r = resolveTurn(w, createGame(w, 'refused'), { japan: [order], allies: [] });
    expect(oilCharges(r.report.items, 'southern-cruisers')).toEqual([]);
  });
});
