/**
 * What the twelfth play-through left and the thirteenth fixed, checked in Node: the embargo of
 * August 1941 needs peace (scripts/data/play13.py); the end screen's comparison with the real war
 * dates what Japan held and names the four areas it still held at the surrender; the oil tile of an
 * empty or all-but-empty stock says so instead of "lasts ≈ 0 months".
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, type GameState, resolveTurn, type World } from '../../src/engine';
import { scoreGame } from '../../src/judge/score';
import { judgeGame } from '../../src/judge/verdict';
import { oilLastsText } from '../../src/text/stock-text';
import { verdictWords } from '../../src/text/verdict-text';
import { loadScenario } from '../support/scenarios';

describe('the embargo of August 1941 needs peace (play13.py)', () => {
  for (const file of ['pacific-1941.json', 'oil-clock-1941.json']) {
    const world = buildWorld(loadScenario(file));
    const august = (july: 'strike-south-pearl-harbor' | null) => {
      const start = createGame(world, 'embargo');
      const orders = july ? [{ type: 'choose', choice: july } as const] : [];
      const first = resolveTurn(world, start, { japan: orders, allies: [] });
      expect(first.state.date).toBe('1941-08-01');
      return resolveTurn(world, first.state, { japan: [], allies: [] });
    };

    it(`${file}: at peace the embargo begins in August`, () => {
      const r = august(null);
      expect(r.state.fired.embargo).toBe(2);
      expect(r.state.flags.embargo).toBe(true);
    });

    it(`${file}: a war begun in July is not followed by an embargo in August`, () => {
      const r = august('strike-south-pearl-harbor');
      expect(r.state.flags['war-us']).toBe(true);
      // Before: the event fired on turn 2 and its words said the US "stops all oil exports".
      expect(r.state.fired.embargo).toBeUndefined();
      expect(r.report.items.some((i) => i.kind === 'event' && i.event === 'embargo')).toBe(false);
      expect(r.state.flags.embargo ?? false).toBe(false);
    });
  }
});

/** A game that reached its last turn with Japan holding `held` of the objectives (and nothing else). */
function atLastTurn(world: World, held: readonly string[]): GameState {
  const start = createGame(world, 'end');
  const { calendar, meta } = world.scenario;
  const control = { ...start.control };
  for (const id of meta.goals?.objectives ?? []) control[id] = held.includes(id) ? 'japan' : 'allies';
  const date = '1946-03-01';
  return {
    ...start,
    turn: calendar.lastTurn,
    date,
    control,
    outcome: {
      kind: 'last-turn',
      winner: 'draw',
      turn: calendar.lastTurn,
      date,
      cause: { code: 'last-turn', lastTurn: calendar.lastTurn },
    },
  };
}

function words(world: World, state: GameState) {
  const v = judgeGame(world, state, scoreGame(world, state, []));
  if (!v) throw new Error('no verdict');
  return { v, w: verdictWords(v, world.scenario) };
}

describe('the end screen dates what Japan really held', () => {
  it('the grand campaign at its last turn: Japan surrendered in 1945 still holding four objective areas', () => {
    const world = buildWorld(loadScenario('pacific-1941.json'));
    const { v, w } = words(world, atLastTurn(world, ['java']));
    expect(v.againstHistory).toMatchObject({
      code: 'period',
      held: ['malaya', 'singapore', 'sumatra', 'java'],
    });
    // Before: "… Japan held none of the objective areas when this period ended."
    expect(w.againstHistory).toBe(
      'Better for Japan than the real war: Japan is still fighting. In the real war Japan surrendered on ' +
        '2 September 1945, still holding 4 of the 8 objective areas (Malaya; Singapore; Sumatra; Java).',
    );
    // The game's own count, to compare with.
    expect(w.reasons[0]).toContain('Japan holds 1 of the 8 objective areas — Java (Batavia) — ');
  });

  it('a short scenario says in which month its period ended, not the surrender of 1945', () => {
    const world = buildWorld(loadScenario('southern-oil-1942.json'));
    const state = atLastTurn(world, ['java']);
    const { w } = words(world, {
      ...state,
      date: '1942-07-01',
      outcome: { ...state.outcome!, date: '1942-07-01' },
    });
    expect(w.againstHistory).toBe(
      'Better for the Allies than the real war. In the real war, in June 1942, when this period ended, Japan held ' +
        'all 4 objective areas (Malaya and Singapore; Luzon; Borneo; Java).',
    );
  });

  it('a weekly scenario gives the day', () => {
    const world = buildWorld(loadScenario('midway-1942.json'));
    const state = atLastTurn(world, []);
    const { w } = words(world, {
      ...state,
      date: '1942-07-27',
      outcome: { ...state.outcome!, date: '1942-07-27' },
    });
    expect(w.againstHistory).toMatch(
      /^Better for the Allies than the real war\. In the real war, on 20 July 1942, when this period ended, Japan held 1 of the 2 objective areas \(Western Aleutians\)/,
    );
  });
});

describe("the oil tile's words for a stock that will not see the turn out", () => {
  const month = { one: 'month', many: 'months' };
  it('an empty stock is "empty", one short of a month\'s burn "runs out this month", never "≈ 0 months"', () => {
    expect(oilLastsText({ stock: 0, turnsLeft: 0 }, 3, month, 'short')).toBe('empty');
    expect(oilLastsText({ stock: 0, turnsLeft: 0 }, 3, month, 'long')).toBe(' The stock is empty.');
    expect(oilLastsText({ stock: 400, turnsLeft: 0 }, 3, month, 'short')).toBe('runs out this month');
    expect(oilLastsText({ stock: 400, turnsLeft: 0 }, 3, month, 'long')).toBe(
      ' At that rate the stock runs out this month.',
    );
  });
  it('otherwise as before', () => {
    expect(oilLastsText({ stock: 9000, turnsLeft: 1 }, 3, month, 'short')).toBe('lasts ≈ 1 month');
    expect(oilLastsText({ stock: 9000, turnsLeft: 18 }, 30, month, 'long')).toBe(
      ' At that rate the stock lasts about 18 months.',
    );
    expect(oilLastsText({ stock: 90000, turnsLeft: 80 }, 6, month, 'short')).toBe('lasts the whole scenario');
    expect(oilLastsText({ stock: 0, turnsLeft: null }, 6, month, 'short')).toBe(
      'last month’s income covered it',
    );
  });
});
