/**
 * An army crossing the sea takes its transports along, and they burn their
 * fuel with it. Moving the army and its transports as one group (as the
 * board does) gives the transports an order of their own too: they must not
 * pay twice or sail twice. Orders are carried out in the order given, so
 * transports ordered away first are gone when the army would embark.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, type Order, type ReportItem, resolveTurn } from '../../src/engine';
import { OrderDraft } from '../../src/ui/order-draft';
import { loadScenario } from '../support/scenarios';

const world = buildWorld(loadScenario('pacific-1941.json'));
const army: Order = { type: 'move', force: 'fourteenth-army', to: 'south-china' };
const transports: Order = { type: 'move', force: 'jp-transports-formosa', to: 'south-china' };

function play(japan: Order[]) {
  const start = createGame(world, 'convoy');
  const { state, report } = resolveTurn(world, start, { japan, allies: [] });
  const oil = report.items.find(
    (i): i is Extract<ReportItem, { kind: 'economy' }> =>
      i.kind === 'economy' && i.side === 'japan' && i.resource === 'oil',
  )!;
  const at = (id: string) => state.forces.find((f) => f.id === id)!.location;
  return { state, report, oil, at };
}

describe('an army and its transports ordered together', () => {
  it('army first: the transports sail and pay once, with the army', () => {
    const together = play([army, transports]);
    // No charge for the transports' own order: the army already took them along.
    expect(together.oil.changes.filter((c) => c.cause.startsWith('Army transports'))).toEqual([]);
    expect(together.at('fourteenth-army')).toBe('south-china');
    expect(together.at('jp-transports-formosa')).toBe('south-china');
    const moves = together.report.items.filter(
      (i) => i.kind === 'move' && i.force === 'jp-transports-formosa',
    );
    expect(moves).toHaveLength(1);
    // Exactly what the army crossing alone with its transports burns.
    expect(play([army]).state.sides.japan.stocks.oil).toBe(together.state.sides.japan.stocks.oil);
  });

  it('transports first: they sail on their own, and the army, left without them, burns nothing', () => {
    const r = play([transports, army]);
    expect(r.at('jp-transports-formosa')).toBe('south-china');
    expect(r.at('fourteenth-army')).toBe('formosa');
    expect(r.report.items).toContainEqual(
      expect.objectContaining({
        kind: 'rejected',
        order: army,
        reason: expect.stringContaining('cannot embark'),
      }),
    );
    expect(r.oil.changes.some((c) => c.cause.startsWith('14th Army'))).toBe(false);
    expect(play([transports]).state.sides.japan.stocks.oil).toBe(r.state.sides.japan.stocks.oil);
  });

  it('refuses the transports an order elsewhere once they sail with the army', () => {
    const r = play([army, { type: 'move', force: 'jp-transports-formosa', to: 'ryukyus' }]);
    expect(r.at('jp-transports-formosa')).toBe('south-china');
    expect(r.report.items).toContainEqual(
      expect.objectContaining({
        kind: 'rejected',
        reason: 'Army transports (Formosa) already sails with 14th Army to South China (Canton) this turn',
      }),
    );
  });

  it('the board orders a group with its armies first, so the army takes its transports along', () => {
    const draft = new OrderDraft('japan');
    const state = createGame(world, 'group');
    draft.addMoves(
      world,
      state,
      ['jp-cruisers-formosa', 'jp-transports-formosa', 'fourteenth-army'],
      'south-china',
    );
    expect(draft.orders.map((o) => (o.type === 'move' ? o.force : o.type))).toEqual([
      'fourteenth-army',
      'jp-cruisers-formosa',
      'jp-transports-formosa',
    ]);
    const r = play([...draft.orders]);
    expect(r.at('fourteenth-army')).toBe('south-china');
    expect(r.at('jp-transports-formosa')).toBe('south-china');
  });
});
