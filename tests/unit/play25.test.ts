/**
 * What the twenty-fifth play-through fixed, checked in Node: the oil tile's first turn counts the
 * scheduled income no event can stop (the Allies' American oil), and not the income an event ends
 * (Japan's imports, stopped by the embargo in August 1941).
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, resolveTurn } from '../../src/engine';
import { oilLastsText } from '../../src/text/stock-text';
import { oilClock } from '../../src/ui/game/oil-forecast';
import { clipToSpan } from '../../src/ui/replay/charts';
import { loadScenario } from '../support/scenarios';

const month = { one: 'month', many: 'months' };

describe("the oil tile's first turn (play25)", () => {
  const world = buildWorld(loadScenario('pacific-1941.json'));
  it('the Allies: 8,000 a month comes in, more than they burn, so the stock grows and the tile says so', () => {
    const state = createGame(world, 'play25-oil');
    const clock = oilClock(world, state, 'allies', [], null);
    expect(clock.firstIncome).toBe(8000);
    expect(clock.burn).toBeLessThan(8000);
    // The stock does not run out: the tile said "lasts ≈ 44 months".
    expect(clock.turnsLeft).toBeNull();
    expect(oilLastsText(clock, 57, month, 'short')).toBe('income covers it');
    expect(oilLastsText(clock, 57, month, 'long')).toBe(
      ' The month’s income is more than it burns: the stock grows.',
    );
    // And it does grow: the first report's stock is higher.
    const { state: next } = resolveTurn(world, state, { japan: [], allies: [] });
    expect(next.sides.allies.stocks.oil).toBeGreaterThan(state.sides.allies.stocks.oil!);
  });
  it("Japan: July's imports, which the embargo ends, are not counted before the report shows them", () => {
    const state = createGame(world, 'play25-oil');
    const clock = oilClock(world, state, 'japan', [], null);
    expect(clock.firstIncome).toBe(0);
    expect(clock.turnsLeft).toBe(Math.floor(clock.stock / clock.burn));
  });
});

describe('the oil tile counts what a decision for war brings this month (play25)', () => {
  const world = buildWorld(loadScenario('oil-clock-1941.json'));
  it('Strike south in August 1941: the war’s 800 a month is in the burn, as the ledger takes it', () => {
    const july = createGame(world, 'play25-war');
    const { state: august } = resolveTurn(world, july, {
      japan: [{ type: 'choose', choice: 'negotiate' }],
      allies: [],
    });
    const orders = [{ type: 'choose', choice: 'strike-south' } as const];
    const clock = oilClock(world, august, 'japan', orders, null);
    const { report, state: september } = resolveTurn(world, august, { japan: orders, allies: [] });
    expect(september.flags['war-us']).toBe(true);
    const oil = report.items.find((i) => i.kind === 'economy' && i.side === 'japan' && i.resource === 'oil');
    const spent =
      oil?.kind === 'economy' ? oil.changes.filter((c) => c.amount < 0).reduce((n, c) => n - c.amount, 0) : 0;
    // Before: the tile said 800 less (no drain: the war's flag is set by the decision's event).
    expect(clock.drains).toBe(800);
    expect(clock.burn).toBe(spent);
  });
});

describe("the after-action charts keep to the game's months (play25)", () => {
  it('history’s yearly figures beyond a six-month game are cut at its edges, without a dot there', () => {
    const t = (d: string) => Date.parse(`${d}T00:00:00Z`);
    const history = {
      label: 'History',
      style: 'history' as const,
      points: [
        { date: '1942-01-01', value: 38200 },
        { date: '1943-01-01', value: 20000 },
      ],
    };
    const { line, dots } = clipToSpan(history, t('1942-01-01'), t('1942-07-01'));
    // Before, the Southern Oil Run's oil chart ran to 1943 and the game's line stopped mid-chart.
    expect(dots).toEqual([{ date: '1942-01-01', value: 38200 }]);
    expect(line.map((p) => p.t)).toEqual([t('1942-01-01'), t('1942-07-01')]);
    const days = (t('1942-07-01') - t('1942-01-01')) / (t('1943-01-01') - t('1942-01-01'));
    expect(line[1]!.value).toBeCloseTo(38200 - 18200 * days, 6);
    // A line that starts before the game starts is cut there too.
    const early = clipToSpan(
      { ...history, points: [{ date: '1941-01-01', value: 48900 }, ...history.points] },
      t('1941-07-01'),
      t('1941-12-01'),
    );
    expect(early.dots).toEqual([]);
    expect(early.line.map((p) => p.t)).toEqual([t('1941-07-01'), t('1941-12-01')]);
  });
});
