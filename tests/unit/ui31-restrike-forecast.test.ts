/**
 * The oil forecast counts the restrike (ui31): carriers left on station next to an enemy port at war
 * strike it again and pay a sortie's oil (port-strike.ts, the ledger's `oil-restrike`); the Oil
 * tile's forecast left it out and was short by that much (close25's known limits). On the
 * port-strike laboratory (tests/support/luzon-port.ts): Akagi and Kaga lie in the Philippine Sea,
 * next to the American battle line at anchor in Luzon, when the turn begins.
 */
import { describe, expect, it } from 'vitest';
import {
  forecastOil,
  type GameState,
  type Order,
  type ReportItem,
  resolveTurn,
  type World,
} from '../../src/engine';
import type { SideId } from '../../src/scenario/schema';
import { restrikeOilText, restrikeOrdersText } from '../../src/text/stock-text';
import { oilClock } from '../../src/ui/game/oil-forecast';
import { startWith } from '../support/lab';
import { luzonPortWorld, STRIKE_CARRIERS } from '../support/luzon-port';

const offLuzon = (s: GameState) => {
  for (const f of s.forces) if (STRIKE_CARRIERS.includes(f.id)) f.location = 'philippine-sea';
};

/** What the turn's oil ledger burns for `side`, by cause code. */
function ledgerBurn(items: readonly ReportItem[], side: SideId, codes: readonly string[]): number {
  const line = items.find((i) => i.kind === 'economy' && i.side === side && i.resource === 'oil');
  if (line?.kind !== 'economy') return 0;
  return -line.changes.filter((c) => codes.includes(c.cause.code)).reduce((n, c) => n + c.amount, 0) || 0;
}

function check(w: World, state: GameState, japan: Order[]) {
  const { report } = resolveTurn(w, state, { japan, allies: [] });
  const f = forecastOil(w, state, 'japan', japan);
  return { f, ledger: ledgerBurn(report.items, 'japan', ['oil-restrike']), report };
}

describe('the oil forecast counts the carriers that strike again from on station', () => {
  it('two carriers that stay: the forecast burns what the ledger burns for the restrike', () => {
    const w = luzonPortWorld({ atWarFromTheStart: true });
    const state = startWith(w, 'ui31-restrike', offLuzon);
    const { f, ledger } = check(w, state, []);
    expect(ledger).toBeGreaterThan(0);
    expect(f.restrikeOil).toBe(ledger);
    expect(
      f.restrikes.map((r) => ({ sea: r.sea, port: r.port, fuelled: r.fuelled.map((x) => x.id) })),
    ).toEqual([{ sea: 'philippine-sea', port: 'luzon', fuelled: STRIKE_CARRIERS }]);
  });

  it("the Oil tile's burn agrees with the whole ledger, and says why", () => {
    const w = luzonPortWorld({ atWarFromTheStart: true });
    const state = startWith(w, 'ui31-restrike', offLuzon);
    const { report, ledger } = check(w, state, []);
    const clock = oilClock(w, state, 'japan', [], null);
    // Every cause of the turn's burn (ui29's check): the economy, sorties, ships idle, training, the
    // scheduled drains, builds, and now the restrike.
    const all = ledgerBurn(report.items, 'japan', [
      'oil-economy',
      'oil-sortie',
      'oil-idle',
      'oil-restrike',
      'pilot-training',
      'build-ordered',
    ]);
    expect(clock.burn).toBe(all);
    expect(clock.restrike).toBe(ledger);
    expect(clock.restrikeCarriers).toBe(2);
    expect(restrikeOrdersText(2, 'Philippine Sea', 'Luzon', 76)).toBe(
      '2 carriers on station in Philippine Sea strike Luzon again, with no order: 76 thousand barrels of oil.',
    );
    expect(restrikeOilText(clock.restrikeCarriers, clock.restrike)).toBe(
      `2 carriers on station strike again: ${new Intl.NumberFormat('en-GB').format(ledger)}`,
    );
  });

  it('one sails away: only the other strikes again; both sail: none', () => {
    const w = luzonPortWorld({ atWarFromTheStart: true });
    const state = startWith(w, 'ui31-restrike', offLuzon);
    const one = check(w, state, [{ type: 'move', force: 'kaga', to: 'east-china-sea' }]);
    expect(one.f.restrikes[0]?.fuelled.map((x) => x.id)).toEqual(['akagi']);
    expect(one.f.restrikeOil).toBe(one.ledger);
    const both = check(
      w,
      state,
      STRIKE_CARRIERS.map((force) => ({ type: 'move' as const, force, to: 'east-china-sea' })),
    );
    expect(both.f.restrikeOil).toBe(0);
    expect(both.ledger).toBe(0);
  });

  it('no restrike at peace, and none without the oil', () => {
    const peace = luzonPortWorld({ atWarFromTheStart: false });
    const calm = check(peace, startWith(peace, 'ui31-restrike', offLuzon), []);
    expect(calm.f.restrikes).toEqual([]);
    expect(calm.ledger).toBe(0);
    const w = luzonPortWorld({ atWarFromTheStart: true });
    const dry = check(
      w,
      startWith(w, 'ui31-restrike', (s) => {
        offLuzon(s);
        s.sides.japan.stocks.oil = 0;
      }),
      [],
    );
    expect(dry.f.restrikes[0]?.fuelled).toEqual([]);
    expect(dry.f.restrikeOil).toBe(0);
    expect(dry.ledger).toBe(0);
  });
});
