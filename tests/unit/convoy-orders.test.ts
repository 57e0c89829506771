/**
 * An army crossing the sea takes its transports along, and they burn their
 * fuel with it. Moving the army and its transports as one group (as the
 * board does) gives the transports an order of their own too: they must not
 * pay twice or sail twice. Orders are carried out in the order given, so
 * transports ordered away first are gone when the army would embark.
 */
import { describe, expect, it } from 'vitest';
import {
  buildWorld,
  checkOrder,
  createGame,
  type Order,
  type ReportItem,
  resolveTurn,
} from '../../src/engine';
import { refusalText } from '../../src/text/refusal-text';
import { checkGroup, OrderDraft, planGroup } from '../../src/ui/game/order-draft';
import { labWorld } from '../support/lab';
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
    expect(
      together.oil.changes.filter(
        (c) => c.cause.code === 'oil-sortie' && c.cause.force === 'jp-transports-formosa',
      ),
    ).toEqual([]);
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
        refusal: expect.objectContaining({
          code: 'overland-out-of-reach',
          lift: { code: 'transports-sailing', army: '14th Army', transports: ['Army transports (Formosa)'] },
        }),
      }),
    );
    expect(
      r.oil.changes.some((c) => c.cause.code === 'oil-sortie' && c.cause.force === 'fourteenth-army'),
    ).toBe(false);
    expect(play([transports]).state.sides.japan.stocks.oil).toBe(r.state.sides.japan.stocks.oil);
  });

  it('refuses the transports an order elsewhere once they sail with the army', () => {
    const r = play([army, { type: 'move', force: 'jp-transports-formosa', to: 'ryukyus' }]);
    expect(r.at('jp-transports-formosa')).toBe('south-china');
    expect(r.report.items).toContainEqual(
      expect.objectContaining({
        kind: 'rejected',
        refusal: {
          code: 'carried-elsewhere',
          who: 'Army transports (Formosa)',
          army: '14th Army',
          area: 'South China (Canton)',
        },
      }),
    );
    const item = r.report.items.find((i) => i.kind === 'rejected');
    expect(item?.kind === 'rejected' && refusalText(item.refusal)).toBe(
      'Army transports (Formosa) already sails with 14th Army to South China (Canton) this turn',
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

describe('two armies and one convoy (issue 14: orders never vanish)', () => {
  const first: Order = { type: 'move', force: 'fifteenth-army', to: 'south-china' };
  const second: Order = { type: 'move', force: 'twenty-fifth-army', to: 'formosa' };

  it('the check when the second order is given counts the transports the first one takes', () => {
    const state = createGame(world, 'two-armies');
    expect(checkOrder(world, state, 'japan', first, [])).toMatchObject({ ok: true, bySea: true });
    expect(checkOrder(world, state, 'japan', second, [])).toMatchObject({ ok: true, bySea: true });
    const verdict = checkOrder(world, state, 'japan', second, [first]);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(refusalText(verdict.refusal)).toContain('already used by your earlier orders');
    // The draft the board fills refuses it too, so it is never shown as given.
    const draft = new OrderDraft('japan');
    expect(draft.add(world, state, first).ok).toBe(true);
    expect(draft.add(world, state, second).ok).toBe(false);
    expect(draft.orders).toEqual([first]);
  });

  it('resolved anyway, the second is refused before anything moves and costs no oil', () => {
    const both = play([first, second]);
    expect(both.at('fifteenth-army')).toBe('south-china');
    expect(both.at('twenty-fifth-army')).toBe('indochina-south');
    expect(both.report.items).toContainEqual(expect.objectContaining({ kind: 'rejected', order: second }));
    expect(
      both.oil.changes.some((c) => c.cause.code === 'oil-sortie' && c.cause.force === 'twenty-fifth-army'),
    ).toBe(false);
    expect(play([first]).state.sides.japan.stocks.oil).toBe(both.state.sides.japan.stocks.oil);
  });
});

describe('invading with the whole stack (issue 14: invade as a player would)', () => {
  const small = buildWorld(loadScenario('southern-oil-1942.json'));
  const stack = [
    'southern-cruisers',
    'southern-destroyers',
    'invasion-transports',
    'sixteenth-army',
    'eleventh-air-fleet',
  ];

  it('the army invades with its transports, the warships escort it to the sea next to the target', () => {
    const state = createGame(small, 'stack');
    const plan = planGroup(small, state, 'japan', stack, 'borneo', []);
    expect(plan.orders[0]).toEqual({ type: 'move', force: 'sixteenth-army', to: 'borneo' });
    expect(plan.carried).toEqual(['invasion-transports']);
    expect(plan.escortsTo).not.toBeNull();
    expect(small.areas.get(plan.escortsTo ?? '')?.kind).toBe('sea');
    expect(
      plan.orders
        .filter((o) => o.to === plan.escortsTo)
        .map((o) => o.force)
        .sort(),
    ).toEqual(['southern-cruisers', 'southern-destroyers']);
    // The air group cannot land on an enemy airfield: it stays, and does not block the invasion.
    expect(plan.staying).toEqual(['eleventh-air-fleet']);
    const forces = state.forces.filter((f) => stack.includes(f.id));
    const verdict = checkGroup(small, state, 'japan', forces, 'borneo', []);
    expect(verdict.ok ? 'ok' : refusalText(verdict.refusal)).toBe('ok');

    const draft = new OrderDraft('japan');
    expect(draft.addMoves(small, state, stack, 'borneo').every((v) => v.ok)).toBe(true);
    const next = resolveTurn(small, state, { japan: [...draft.orders], allies: [] });
    expect(next.illegal).toEqual([]);
    const at = (id: string) => next.state.forces.find((f) => f.id === id)?.location;
    expect(at('sixteenth-army')).toBe('borneo');
    expect(at('invasion-transports')).toBe('borneo');
    expect(at('southern-cruisers')).toBe(plan.escortsTo);
  });

  it('ships alone still cannot enter land, and the refusal says what to do', () => {
    const state = createGame(small, 'stack');
    const ships = state.forces.filter((f) => f.id === 'southern-cruisers');
    const verdict = checkGroup(small, state, 'japan', ships, 'borneo', []);
    expect(verdict.ok ? 'ok' : refusalText(verdict.refusal)).toContain(
      'neither a sea area nor one of your ports',
    );
  });
});

describe('transports ticked with an army that it does not need (play24)', () => {
  // Two transport groups in Formosa: the rules load the 16th Army into the first (smallest, then by
  // id), so "spare-transports" ticked with it has nothing to carry.
  const lab = labWorld((s) => {
    s.forces.push({
      id: 'spare-transports',
      name: 'Spare transports',
      side: 'japan',
      type: 'flotilla',
      class: 'transport',
      count: 60,
      location: 'formosa',
      experience: 50,
    });
  });
  const picked = ['sixteenth-army', 'spare-transports', 'invasion-transports', 'southern-cruisers'];

  it('stay in port instead of sailing to sea as the landing’s escort', () => {
    const state = createGame(lab, 'spare');
    const plan = planGroup(lab, state, 'japan', picked, 'borneo', []);
    expect(plan.carried).toEqual(['invasion-transports']);
    expect(plan.orders.map((o) => o.force)).toEqual(['sixteenth-army', 'southern-cruisers']);
    expect(plan.spare).toEqual(['spare-transports']);
    const next = resolveTurn(lab, state, { japan: plan.orders, allies: [] });
    expect(next.illegal).toEqual([]);
    expect(next.state.forces.find((f) => f.id === 'spare-transports')?.location).toBe('formosa');
    expect(next.state.forces.find((f) => f.id === 'invasion-transports')?.location).toBe('borneo');
  });
});
