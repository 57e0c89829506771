/**
 * Pearl Harbor is a strike (port-strike.ts): carriers that sail into the sea
 * area next to an enemy port strike what lies in it, by the battle rules, with
 * the surprise of the war's first turn only. A small purpose-built scenario:
 * an American battle line at anchor in Luzon, a carrier at sea in the Java Sea.
 */
import { describe, expect, it } from 'vitest';
import {
  createGame,
  portStrikeTarget,
  type ReportItem,
  resolveTurn,
  type TurnOrders,
} from '../../src/engine';
import { battleSummary } from '../../src/text/battle-text';
import { LUZON_BATTLESHIPS, luzonPortWorld } from '../support/luzon-port';

const BATTLESHIPS = LUZON_BATTLESHIPS;

const world = (atWarFromTheStart: boolean, carrierAt = 'timor-sea') =>
  luzonPortWorld({ atWarFromTheStart, carrierAt });

const strike = (to: string, decide: boolean): TurnOrders => ({
  japan: [
    ...(decide ? [{ type: 'choose' as const, choice: 'strike' }] : []),
    { type: 'move', force: 'akagi', to },
    { type: 'move', force: 'kaga', to },
  ],
  allies: [],
});

const portBattle = (items: ReportItem[]) =>
  items.find((i): i is Extract<ReportItem, { kind: 'battle' }> => i.kind === 'battle' && i.area === 'luzon');

describe('Pearl Harbor is a strike', () => {
  it('does nothing without carriers in the sea next to the port, even with the decision for war', () => {
    const w = world(false);
    for (let seed = 0; seed < 20; seed++) {
      // The East China Sea does not touch Luzon.
      const r = resolveTurn(w, createGame(w, `away-${seed}`), strike('east-china-sea', true));
      expect(r.state.flags.war).toBe(true);
      expect(portBattle(r.report.items)).toBeUndefined();
      for (const id of BATTLESHIPS)
        expect(r.state.forces.find((f) => f.id === id)).toMatchObject({ damage: 0 });
    }
  });

  it('does nothing at peace: carriers next to the port strike only at war', () => {
    const w = world(false);
    const r = resolveTurn(w, createGame(w, 'peace'), strike('philippine-sea', false));
    expect(r.state.forces.find((f) => f.id === 'akagi')?.location).toBe('philippine-sea');
    expect(portBattle(r.report.items)).toBeUndefined();
  });

  const play = (atWarFromTheStart: boolean, seeds: number, carrierAt?: string) => {
    const w = world(atWarFromTheStart, carrierAt);
    const tally = { strikes: 0, surprise: 0, sunk: 0, damaged: 0, japaneseAircraftLost: 0, carrierHit: 0 };
    for (let seed = 0; seed < seeds; seed++) {
      const r = resolveTurn(w, createGame(w, `ph-${seed}`), strike('philippine-sea', !atWarFromTheStart));
      const b = portBattle(r.report.items);
      if (!b) continue;
      tally.strikes++;
      if (b.firstStrike === 'japan') tally.surprise++;
      tally.japaneseAircraftLost += b.aircraftLost.japan;
      for (const id of BATTLESHIPS) {
        const f = r.state.forces.find((x) => x.id === id);
        if (f?.status === 'lost') tally.sunk++;
        else if (f?.type === 'ship' && f.damage > 0) tally.damaged++;
      }
      const lex = r.state.forces.find((x) => x.id === 'lexington');
      if (lex?.type === 'ship' && (lex.damage > 0 || lex.aircraft < 70)) tally.carrierHit++;
    }
    return tally;
  };

  const seeds = 60;
  const surprise = play(false, seeds);
  const alert = play(true, seeds);
  const carrierInPort = play(false, seeds, 'luzon');

  it('at the start of the war sinks ships in port by the battle rules and misses the carrier at sea', () => {
    expect(surprise.strikes).toBe(seeds);
    expect(surprise.surprise).toBe(seeds);
    // Salvos, not a script: some battleships sunk, some damaged, and the count varies.
    expect(surprise.sunk).toBeGreaterThan(seeds * 0.5);
    expect(surprise.damaged).toBeGreaterThan(seeds * 0.5);
    expect(surprise.sunk).toBeLessThan(seeds * BATTLESHIPS.length);
    expect(surprise.carrierHit).toBe(0);
    // Had she been in port, she would have drawn the strike first.
    expect(carrierInPort.carrierHit).toBeGreaterThan(seeds * 0.8);
  });

  it('a month into the war meets an alert port: no first strike, fewer ships hit, more aircraft lost', () => {
    expect(alert.strikes).toBe(seeds);
    expect(alert.surprise).toBe(0);
    expect(alert.sunk).toBeLessThan(surprise.sunk * 0.7);
    expect(alert.japaneseAircraftLost).toBeGreaterThan(surprise.japaneseAircraftLost * 1.3);
  });

  it('reports the strike as a battle in the port, with its losses named', () => {
    const w = world(false);
    const r = resolveTurn(w, createGame(w, 'report'), strike('philippine-sea', true));
    const b = portBattle(r.report.items);
    expect(b && battleSummary(b, (id) => w.areas.get(id)?.name ?? id)).toMatch(
      /^Carrier air strike on Luzon from Philippine Sea: 200 aircraft aboard 2 carriers; Japan struck by surprise/,
    );
    expect(b?.losses.some((l) => l.side === 'allies' && BATTLESHIPS.includes(l.force))).toBe(true);
  });
});

/**
 * What the move preview asks (move-composer.ts): the port a carrier move would strike, as the
 * engine decides it, with what is in it. Before (play-throughs 10 and 11) the preview said only
 * "sail to Hawaiian waters and patrol there".
 */
describe('the port a carrier move would strike, for the move preview', () => {
  const carriers = (s: ReturnType<typeof createGame>) =>
    s.forces.filter((f) => f.id === 'akagi' || f.id === 'kaga');

  it('at peace: none, unless a decision for war is taken this turn; then the port and its warships and air', () => {
    const w = world(false);
    const s = createGame(w, 'preview');
    expect(portStrikeTarget(w, s, 'japan', 'philippine-sea', carriers(s))).toBeNull();
    const ifWar = portStrikeTarget(w, s, 'japan', 'philippine-sea', carriers(s), true);
    expect(ifWar?.port).toBe('luzon');
    expect(ifWar?.targets.map((f) => f.id).sort()).toEqual([...BATTLESHIPS, 'luzon-air'].sort());
    // The turn agrees: with the decision the strike is flown on Luzon.
    const r = resolveTurn(w, s, strike('philippine-sea', true));
    expect(portBattle(r.report.items)).toBeDefined();
  });

  it('at war: the port; not from a sea that does not touch it, nor without a carrier with aircraft', () => {
    const w = world(true);
    const s = createGame(w, 'preview');
    expect(portStrikeTarget(w, s, 'japan', 'philippine-sea', carriers(s))?.port).toBe('luzon');
    expect(portStrikeTarget(w, s, 'japan', 'east-china-sea', carriers(s), true)).toBeNull();
    const noCarrier = s.forces.filter(
      (f) => f.side === 'japan' && f.type === 'ship' && !f.class.endsWith('carrier'),
    );
    expect(noCarrier.length).toBeGreaterThan(0);
    expect(portStrikeTarget(w, s, 'japan', 'philippine-sea', noCarrier, true)).toBeNull();
    // A land area is not where carriers strike from.
    expect(portStrikeTarget(w, s, 'japan', 'luzon', carriers(s), true)).toBeNull();
  });
});
