import { describe, expect, it } from 'vitest';
import {
  checkOrder,
  forecastOil,
  NO_ORDERS,
  type Order,
  type ReportItem,
  resolveTurn,
} from '../../src/engine';
import { refusalText } from '../../src/text/refusal-text';
import { labBuildable, labWorld, shippingRules, startWith, withSouthernOil } from '../support/lab';

function line(items: ReportItem[], side: 'japan' | 'allies', resource: string) {
  const e = items.find((i) => i.kind === 'economy' && i.side === side && i.resource === resource);
  return e?.kind === 'economy' ? e : undefined;
}

const rationing = {
  side: 'japan',
  initial: 0,
  levels: [
    { id: 'open', name: 'No rationing', oilPerTurn: 1500, industryPercent: 100, note: 'test', source: 'O4' },
    {
      id: 'cut',
      name: 'Civilian fuel cut',
      oilPerTurn: 900,
      industryPercent: 80,
      willPerTurn: 1,
      note: 'test',
      source: 'O4',
    },
  ],
};

describe('rationing is a lever, not a grant', () => {
  const world = labWorld((s) => {
    s.rules.rationing = rationing;
    s.areas.find((a: { id: string }) => a.id === 'home-islands').produces.industry = 50;
    s.production = [];
  });
  const ration: Order = { type: 'choose', choice: 'rationing', level: 1 };
  const burnt = (items: ReportItem[]) =>
    -(line(items, 'japan', 'oil')?.changes.find((c) => c.cause.code === 'oil-economy')?.amount ?? 0);
  const made = (items: ReportItem[]) =>
    line(items, 'japan', 'industry')?.changes.find(
      (c) => c.cause.code === 'produced' && c.cause.area === 'home-islands',
    )?.amount ?? 0;

  it('burns the level’s oil and keeps its share of industry, from the turn it is ordered', () => {
    const state = startWith(world, 'r');
    const open = resolveTurn(world, state, NO_ORDERS);
    expect(burnt(open.report.items)).toBe(1500);
    expect(made(open.report.items)).toBe(50);
    const cut = resolveTurn(world, state, { japan: [ration], allies: [] });
    expect(burnt(cut.report.items)).toBe(900);
    expect(made(cut.report.items)).toBe(40);
    // The level stands in the state (the will model reads it) until another order changes it.
    expect(cut.state.policies.japan.rationing).toBe(1);
    const next = resolveTurn(world, cut.state, NO_ORDERS);
    expect(burnt(next.report.items)).toBe(900);
    const back = resolveTurn(world, next.state, { japan: [{ ...ration, level: 0 }], allies: [] });
    expect(burnt(back.report.items)).toBe(1500);
  });

  it('shows the player the same burn before the turn (one rule, planOilBurn)', () => {
    const state = startWith(world, 'r');
    expect(forecastOil(world, state, 'japan', []).base).toBe(1500);
    expect(forecastOil(world, state, 'japan', [ration]).base).toBe(900);
  });

  it('refuses a level that does not exist, and rationing for a side without rules', () => {
    const state = startWith(world, 'r');
    const r = resolveTurn(world, state, {
      japan: [{ ...ration, level: 7 }],
      allies: [{ ...ration, level: 1 }],
    });
    expect(r.illegal.map((i) => i.side)).toEqual(['japan', 'allies']);
    expect(r.state.policies.japan.rationing).toBe(0);
  });
});

/** Ten thousand GT of freighters for 5 industry points, two turns to build (a lab buildable). */
const freighters = labBuildable('freighters', 'Standard freighters (10,000 GT)', 5, 2, { merchant: 10 });

describe('Japan builds what its industry pays for', () => {
  const world = labWorld((s) => {
    s.buildables = [{ ...freighters }];
    s.production = [];
  });

  it('pays when ordered and delivers when the build time is up', () => {
    let state = startWith(world, 'b');
    const industry = state.sides.japan.stocks.industry!;
    const merchant = state.sides.japan.stocks.merchant!;
    const r1 = resolveTurn(world, state, {
      japan: [{ type: 'build', item: 'freighters', count: 3 }],
      allies: [],
    });
    expect(r1.state.sides.japan.stocks.industry).toBe(industry - 15);
    expect(r1.state.sides.japan.stocks.merchant).toBe(merchant);
    state = resolveTurn(world, r1.state, NO_ORDERS).state;
    expect(state.sides.japan.stocks.merchant).toBe(merchant);
    const r3 = resolveTurn(world, state, NO_ORDERS);
    expect(r3.state.sides.japan.stocks.merchant).toBe(merchant + 30);
    expect(r3.report.items.filter((i) => i.kind === 'built')).toHaveLength(3);
  });

  it('refuses a build the stocks cannot pay for', () => {
    const state = startWith(world, 'b', (st) => {
      st.sides.japan.stocks.industry = 4;
    });
    const r = resolveTurn(world, state, {
      japan: [{ type: 'build', item: 'freighters', count: 1 }],
      allies: [],
    });
    expect(r.illegal).toHaveLength(1);
    expect(r.state.queue).toHaveLength(0);
  });
});

describe('a build is paid from the stock the player sees when ordering, not from the month to come', () => {
  // The Home Islands make `output` points a month; a drain (bombing, say) takes `drain` a month.
  const world = (output: number, drain: number) =>
    labWorld((s) => {
      s.buildables = [freighters];
      s.areas.find((a: { id: string }) => a.id === 'home-islands').produces.industry = output;
      s.production = drain
        ? [{ side: 'japan', resource: 'industry', perTurn: -drain, note: 'test', source: 'S4' }]
        : [];
    });
  const build = (count: number) => ({
    japan: [{ type: 'build' as const, item: 'freighters', count }],
    allies: [],
  });

  it('with nothing in stock the first month, the build is refused with what to do, and paid the month after', () => {
    const w = world(50, 0);
    const start = startWith(w, 'b', (st) => {
      st.sides.japan.stocks.industry = 0;
    });
    const verdict = checkOrder(w, start, 'japan', build(1).japan[0]!, []);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.refusal).toMatchObject({ code: 'cannot-afford', need: 5, have: 0 });
    const words = refusalText(verdict.refusal);
    expect(words).toContain('you have 0 now');
    expect(words).toContain('order it next turn');
    const r1 = resolveTurn(w, start, build(1));
    // The check and the turn agree: refused before the turn, nothing paid, nothing queued…
    expect(r1.illegal.map((i) => i.refusal.code)).toEqual(['cannot-afford']);
    expect(r1.state.queue).toHaveLength(0);
    // …and the month's output came in as it was played.
    expect(r1.state.sides.japan.stocks.industry).toBe(50);
    const r2 = resolveTurn(w, r1.state, build(10));
    expect(r2.illegal).toEqual([]);
    expect(r2.report.items.filter((i) => i.kind === 'rejected')).toEqual([]);
    expect(r2.state.queue).toHaveLength(10);
    expect(r2.state.sides.japan.stocks.industry).toBe(50 - 50 + 50);
  });

  it('a build the check accepts is paid, even when the month takes more than it brings', () => {
    const w = world(0, 8);
    const start = startWith(w, 'b', (st) => {
      st.sides.japan.stocks.industry = 10;
    });
    expect(checkOrder(w, start, 'japan', build(2).japan[0]!, []).ok).toBe(true);
    // Paid from the 10 on hand before the month's drain of 8: not refused as the turn resolves for
    // the 2 points the drain left (what happened when builds were paid after the month's changes).
    const r = resolveTurn(w, start, build(2));
    expect(r.illegal).toEqual([]);
    expect(r.report.items.filter((i) => i.kind === 'rejected')).toEqual([]);
    expect(r.state.queue).toHaveLength(2);
    expect(r.state.sides.japan.stocks.industry).toBe(0);
  });
});

describe('raw materials travel by freighter, and garrisons tie freighters up', () => {
  const world = (garrison: number) =>
    labWorld((s) => {
      s.rules.shipping = {
        ...shippingRules,
        freighterKgtPerIndustry: 10,
        garrisonKgtPerThousandTroops: garrison,
      };
      s.areas.find((a: { id: string }) => a.id === 'borneo').produces.industry = 30;
      s.production = [];
    });
  const shipped = (garrison: number, merchant: number) => {
    const w = world(garrison);
    const state = startWith(w, 'g', (st) => {
      st.control.borneo = 'japan';
      st.forces = st.forces.filter((f) => f.id !== 'borneo-garrison');
      st.sides.japan.stocks.merchant = merchant;
      const army = st.forces.find((f) => f.id === 'sixteenth-army');
      if (army) army.location = 'borneo';
    });
    const r = resolveTurn(w, state, NO_ORDERS);
    return {
      raw:
        line(r.report.items, 'japan', 'industry')?.changes.find((c) => c.cause.code === 'shipped-home')
          ?.amount ?? 0,
      supply: r.state.supply.japan,
    };
  };

  it('delivers the raw materials the free freighters can carry', () => {
    // 30 points need 300 thousand GT (January: 31 days, so a little less).
    expect(shipped(0, 6000).raw).toBe(30);
    expect(shipped(0, 150).raw).toBeLessThan(30);
    // The army in Borneo needs ships too: with few freighters, less raw material comes home.
    const tied = shipped(2, 400);
    expect(tied.supply.garrisonKgt).toBeGreaterThan(0);
    expect(tied.raw).toBeLessThan(shipped(0, 400).raw);
    expect(tied.supply.rawToShip).toBe(30);
  });
});

describe('oil is held where it is', () => {
  const world = labWorld(withSouthernOil);

  it('fills the southern stock without tankers and lifts from it what the tankers can carry', () => {
    const state = startWith(world, 'o', (st) => {
      st.control.borneo = 'japan';
      st.forces = st.forces.filter((f) => f.id !== 'borneo-garrison');
      st.sides.japan.stocks.tankers = 40;
    });
    const r = resolveTurn(world, state, NO_ORDERS);
    const south = line(r.report.items, 'japan', 'oil-south')!;
    expect(south.changes.find((c) => c.cause.code === 'produced' && c.cause.area === 'borneo')?.amount).toBe(
      700,
    );
    // 40 thousand GT × 5 a month, 31 days: 206 loaded; the rest stays in the south.
    expect(south.changes.find((c) => c.cause.code === 'loaded-into-tankers')?.amount).toBe(-206);
    expect(r.state.sides.japan.stocks['oil-south']).toBe(700 - 206);
    expect(
      line(r.report.items, 'japan', 'oil')!.changes.find((c) => c.cause.code === 'shipped-home')?.amount,
    ).toBe(206);
  });

  it('says when the southern stock cannot be loaded: no southern oil field with a way home is held (play29)', () => {
    // Borneo, the only southern field, is the enemy's: the tankers have nowhere to load.
    const state = startWith(world, 'o', (st) => {
      st.sides.japan.stocks['oil-south'] = 8667;
      st.sides.japan.stocks.tankers = 40;
    });
    expect(state.control.borneo ?? world.scenario.areas.find((a) => a.id === 'borneo')?.owner).not.toBe(
      'japan',
    );
    const r = resolveTurn(world, state, NO_ORDERS);
    const south = line(r.report.items, 'japan', 'oil-south')!;
    expect(south.changes.map((c) => c.cause)).toContainEqual({
      code: 'southern-stock-cut-off',
      stock: 8667,
      capital: world.scenario.sides.japan.capital,
      held: [],
    });
    expect(south.changes.some((c) => c.cause.code === 'loaded-into-tankers')).toBe(false);
    // Held and with a way home, nothing of the kind is said.
    const held = startWith(world, 'o', (st) => {
      st.control.borneo = 'japan';
      st.forces = st.forces.filter((f) => f.id !== 'borneo-garrison');
      st.sides.japan.stocks['oil-south'] = 8667;
      st.sides.japan.stocks.tankers = 40;
    });
    const h = line(resolveTurn(world, held, NO_ORDERS).report.items, 'japan', 'oil-south')!;
    expect(h.changes.some((c) => c.cause.code === 'southern-stock-cut-off')).toBe(false);
  });

  it('lets ships in the southern zone burn the southern stock', () => {
    const state = startWith(world, 'o', (st) => {
      st.sides.japan.stocks['oil-south'] = 1000;
      const kongo = st.forces.find((f) => f.id === 'kongo');
      if (kongo) kongo.location = 'java-sea';
    });
    const plan = forecastOil(world, state, 'japan', []);
    const southLines = plan.lines.filter((l) => l.resource === 'oil-south');
    expect(southLines.length).toBeGreaterThan(0);
    expect(plan.southLeft).toBeLessThan(1000);
  });
});
