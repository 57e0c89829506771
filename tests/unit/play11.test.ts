/**
 * What the eleventh play-through found in the bundled data and the words, checked in Node:
 * Japan starts the grand campaign with a month's industry (it had 0 — pacific_industry_start.py);
 * the Oil Clock's Pearl Harbor is flown by the carriers sailed next to Hawaii (since the one battle
 * model the seas' centres were beyond the strike reach and it struck nothing —
 * oil_clock_pearl_reach.py); the after-action report names the computer's level as the start
 * screen does, in a sentence.
 */
import { describe, expect, it } from 'vitest';
import { policyByName } from '../../src/ai/registry';
import {
  buildWorld,
  createGame,
  flagsAfterDueEvents,
  type GameState,
  type ReportItem,
  resolveTurn,
} from '../../src/engine';
import type { Order } from '../../src/engine/orders';
import { effectText } from '../../src/text/event-text';
import { portStrikeMission } from '../../src/text/move-text';
import { LEVEL_NAMES, playerInWords } from '../../src/text/player-text';
import { reportNames } from '../../src/text/report-names';
import { DIFFICULTIES } from '../../src/ui/app/launch';
import { oilClock } from '../../src/ui/game/oil-forecast';
import { loadScenario } from '../support/scenarios';

describe('the grand campaign starts with a month of industry in hand', () => {
  it("Japan's industry at the start is the month's output of the areas it holds (the 1941 allocation keeps it all)", () => {
    const world = buildWorld(loadScenario('pacific-1941.json'));
    const month = world.scenario.areas
      .filter((a) => a.owner === 'japan' && a.kind !== 'sea')
      .reduce((n, a) => n + (a.produces.industry ?? 0), 0);
    expect(month).toBe(94);
    const start = createGame(world, 'industry');
    // Before: 0, and the first month's builds were all refused.
    expect(start.sides.japan.stocks.industry).toBe(month);
    const build: Order = { type: 'build', item: 'escorts', count: 2 };
    const r = resolveTurn(world, start, { japan: [build], allies: [] });
    expect(r.report.items.some((i) => i.kind === 'rejected')).toBe(false);
    expect(r.state.queue.filter((q) => q.item === 'escorts')).toHaveLength(2);
  });
});

describe("the Oil Clock's Pearl Harbor is flown by the carriers sailed next to Hawaii", () => {
  const world = buildWorld(loadScenario('oil-clock-1941.json'));
  const kidoButai = ['akagi', 'kaga', 'soryu', 'hiryu', 'shokaku', 'zuikaku'];
  for (const sea of ['north-pacific', 'central-pacific']) {
    it(`from the ${sea}: a strike on Hawaii with the surprise of the war's first turn, every seed`, () => {
      let battleshipsHit = 0;
      for (let seed = 1; seed <= 10; seed++) {
        const japan: Order[] = [
          { type: 'choose', choice: 'strike-south-pearl-harbor' },
          ...kidoButai.map((force): Order => ({ type: 'move', force, to: sea })),
        ];
        const r = resolveTurn(world, createGame(world, `pearl-${seed}`), { japan, allies: [] });
        const strike = r.report.items.find(
          (i): i is Extract<ReportItem, { kind: 'battle' }> => i.kind === 'battle' && i.area === 'hawaii',
        );
        // Before: no battle at all — the seas' centres (2,200 and 1,800 nm) were beyond the 480 nm reach.
        expect(strike?.firstStrike).toBe('japan');
        battleshipsHit += r.state.forces.filter(
          (f) =>
            f.side === 'allies' &&
            f.type === 'ship' &&
            f.class === 'battleship' &&
            (f.status === 'lost' || f.damage > 0),
        ).length;
      }
      expect(battleshipsHit).toBeGreaterThan(10);
    });
  }
});

describe('the after-action report names who played in a sentence, with the start screen’s names', () => {
  it('says the level as the start screen lists it', () => {
    // Before: "the computer (normal)".
    expect(playerInWords('commander:normal')).toBe('the computer at the Normal level');
    expect(playerInWords('adaptive:hard')).toBe('the computer at the Hard level');
    expect(playerInWords('easy')).toBe('the computer at the Easy level');
    expect(playerInWords('historical')).toBe('the computer, as in history (it follows the real plans)');
    expect(playerInWords('human', 'a player')).toBe('a player');
    expect(playerInWords('random')).toBe('the computer (random)');
  });

  it("the start screen's list uses the same names", () => {
    expect(DIFFICULTIES.map((d) => d.label)).toEqual([
      LEVEL_NAMES.easy,
      LEVEL_NAMES.normal,
      LEVEL_NAMES.hard,
      LEVEL_NAMES.historical,
    ]);
    // Each level records the registered name of the computer player it plays (saves, replays).
    for (const d of DIFFICULTIES) expect(policyByName(d.policy)?.name).toBe(d.policy);
    expect(DIFFICULTIES.slice(0, 3).map((d) => policyByName(d.value)?.name)).toEqual(
      DIFFICULTIES.slice(0, 3).map((d) => d.policy),
    );
  });
});

describe('an event that takes from an empty stock says the stock is unchanged', () => {
  it("the grand campaign's Pearl Harbor in July 1941: the Allies' industry, none to take", () => {
    const world = buildWorld(loadScenario('pacific-1941.json'));
    const start = createGame(world, 'empty');
    const japan: Order[] = [{ type: 'choose', choice: 'strike-south-pearl-harbor' }];
    const r = resolveTurn(world, start, { japan, allies: [] });
    const event = r.report.items.find(
      (i): i is Extract<ReportItem, { kind: 'event' }> => i.kind === 'event' && i.event === 'pearl-harbor',
    );
    const names = reportNames(world, r.state);
    const words = (event?.effects ?? []).map((e) => effectText(e, names));
    // Before: "Allies: Industry 0 production points".
    expect(words).toContain('Allies: Industry unchanged');
    expect(words.join(' | ')).not.toMatch(/ 0 production points/);
  });
});

describe("the Oil Clock's historical plan strikes Pearl Harbor in December, not at peace", () => {
  it('no carrier sails on an improvised raid before the war; the December turn strikes and loses no carrier', () => {
    const world = buildWorld(loadScenario('oil-clock-1941.json'));
    const plan = policyByName('historical')!;
    const carriersAtSea = (s: GameState) =>
      s.forces.filter(
        (f) =>
          f.side === 'japan' &&
          f.type === 'ship' &&
          f.class.endsWith('carrier') &&
          world.areas.get(f.location)?.kind === 'sea',
      ).length;
    let state = createGame(world, 'plan');
    let struck = false;
    while (state.turn <= world.scenario.calendar.lastTurn && !state.outcome) {
      const r = resolveTurn(world, state, {
        japan: plan.orders(world, state, 'japan'),
        allies: plan.orders(world, state, 'allies'),
      });
      // Before: in November 1941, at peace, seven carriers sailed to the Central Pacific to "strike
      // the fleet at its moorings" and in December the Allied carriers sank Zuihō there.
      if (state.date < '1941-12-01') expect(carriersAtSea(r.state)).toBe(0);
      struck ||= r.report.items.some((i) => i.kind === 'battle' && i.area === 'hawaii');
      state = r.state;
    }
    expect(struck).toBe(true);
    expect(
      state.forces.filter(
        (f) => f.side === 'japan' && f.type === 'ship' && f.status === 'lost' && f.class.endsWith('carrier'),
      ),
    ).toEqual([]);
  });
});

describe("the oil clock foresees this turn's scheduled events: the embargo of August 1941", () => {
  it('in August the tile counts no imports: the stock lasts about 19 months, not 43 on July’s imports', () => {
    const world = buildWorld(loadScenario('pacific-1941.json'));
    const july = resolveTurn(world, createGame(world, 'clock'), { japan: [], allies: [] });
    const august = july.state;
    expect(august.flags.embargo).toBe(false);
    // The embargo event's date has come: it fires as August is played.
    expect(flagsAfterDueEvents(world, august).embargo).toBe(true);
    const clock = oilClock(world, august, 'japan', [], july.report);
    const stock = august.sides.japan.stocks.oil!;
    // What August really takes: the turn played without orders.
    const spent = stock - resolveTurn(world, august, { japan: [], allies: [] }).state.sides.japan.stocks.oil!;
    // Before: July's +1,200 of imports were counted on: turnsLeft 42.
    expect(clock.turnsLeft).toBe(Math.floor(stock / spent));
    expect(clock.turnsLeft).toBeLessThan(25);
    // The tile's title says what stops: the 1,200 a month of imports (production entry, O4).
    expect(clock.incomeChange).toBe(-1200);
  });
});

describe("the move preview's words for a port strike", () => {
  const base = {
    sea: 'Hawaiian waters',
    port: 'Hawaii (Pearl Harbor)',
    ships: '8 battleships',
    aircraft: 390,
    stayPercent: 100,
  };
  it('at war: the strike; at peace: what begins the war, for the side that can and the side that cannot', () => {
    expect(portStrikeMission({ ...base, atWarNow: true, decided: false, mayDecide: true })).toBe(
      "sail to Hawaiian waters and, on arrival, strike the enemy in port at Hawaii (Pearl Harbor): 8 battleships and 390 aircraft on its airfields are there now; and again each turn they stay there, with all their aircraft, each strike burning a sortie's oil. An enemy fleet met at sea there is fought first.",
    );
    expect(portStrikeMission({ ...base, atWarNow: false, decided: false, mayDecide: true })).toContain(
      'a decision for war taken this turn (Decisions, under Orders) is carried out first',
    );
    expect(portStrikeMission({ ...base, atWarNow: false, decided: true, mayDecide: true })).toContain(
      'your decision this turn is carried out first',
    );
    // The Allies in 1941 have no decisions: the preview does not send them to look for one.
    const allies = portStrikeMission({ ...base, atWarNow: false, decided: false, mayDecide: false });
    expect(allies).toContain('which only the enemy can begin');
    expect(allies).not.toContain('Decisions');
  });

  it('says they strike again each turn they stay, with the share a fleet on station flies (ui31)', () => {
    const words = portStrikeMission({
      ...base,
      atWarNow: true,
      decided: false,
      mayDecide: true,
      stayPercent: 30,
    });
    expect(words).toContain('on arrival, strike the enemy in port at Hawaii (Pearl Harbor)');
    expect(words).toContain(
      "and again each turn they stay there, with 30% of their aircraft, each strike burning a sortie's oil",
    );
  });
});
