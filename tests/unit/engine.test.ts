import { describe, expect, it } from 'vitest';
import {
  checkOrder,
  createGame,
  type GameState,
  type ReportItem,
  resolveTurn,
  stateHash,
  type TurnOrders,
} from '../../src/engine';
import { cloneState } from '../../src/engine/state';
import { refusalText } from '../../src/text/refusal-text';
import { reportNames } from '../../src/text/report-names';
import { changeText } from '../../src/text/stock-text';
import { smallWorld } from '../support/scenarios';

const world = smallWorld();
const none: TurnOrders = { japan: [], allies: [] };

function economy(items: ReportItem[], side: 'japan' | 'allies', resource: string) {
  const e = items.find((i) => i.kind === 'economy' && i.side === side && i.resource === resource);
  if (e?.kind !== 'economy') throw new Error(`no ${side} ${resource} line`);
  return e;
}

/** Plays `turns` turns, giving `orders(turn)` each turn. */
function play(seed: string, turns: number, orders: (turn: number) => TurnOrders = () => none): GameState[] {
  let state = createGame(world, seed);
  const states = [state];
  for (let t = 0; t < turns && !state.outcome; t++) {
    state = resolveTurn(world, state, orders(state.turn)).state;
    states.push(state);
  }
  return states;
}

const invasion = (turn: number): TurnOrders =>
  turn === 1
    ? {
        japan: [
          { type: 'move', force: 'sixteenth-army', to: 'borneo' },
          { type: 'move', force: 'akagi', to: 'java-sea' },
        ],
        allies: [{ type: 'move', force: 'abda-air', to: 'australia' }],
      }
    : none;

describe('the oil clock', () => {
  it('burns the base, idle ships and nothing else when nobody moves', () => {
    const { state, report } = resolveTurn(world, createGame(world, 's'), none);
    // 38,200 + 170 home production − 1,500 economy − 191 for ships idling
    // (a quarter of each class's sortie cost: 12+12 carriers, 15+15 battleships,
    // 30 cruisers, 32 destroyers, 75 transports).
    expect(state.sides.japan.stocks.oil).toBe(36679);
    const oil = economy(report.items, 'japan', 'oil');
    expect(oil.before).toBe(38200);
    expect(oil.after).toBe(36679);
    expect(oil.changes.reduce((sum, c) => sum + c.amount, 0)).toBe(oil.after - oil.before);
    expect(oil.changes.map((c) => changeText(c, reportNames(world, state)))).toEqual([
      'produced in Home Islands',
      'the economy and the home front',
      'ships in port and on station',
    ]);
  });

  it('charges a sortie its full cost instead of the idle cost', () => {
    const { state, report } = resolveTurn(world, createGame(world, 's'), {
      japan: [{ type: 'move', force: 'kaga', to: 'east-china-sea' }],
      allies: [],
    });
    // Kaga sails (−50) instead of idling (−12): 36,679 − 50 + 12.
    expect(state.sides.japan.stocks.oil).toBe(36641);
    expect(state.forces.find((f) => f.id === 'kaga')?.location).toBe('east-china-sea');
    expect(report.items).toContainEqual(
      expect.objectContaining({
        kind: 'move',
        force: 'kaga',
        from: 'home-islands',
        to: 'east-china-sea',
        distance: 400,
        oil: 50,
      }),
    );
  });

  it('keeps a fleet in port when the tanks are empty, and says so', () => {
    const start = createGame(world, 's');
    start.sides.japan.stocks.oil = 1450; // after +170 and the 1,500 base, 120 are left: Kongō and Haruna (60 each), not Akagi
    const { state, report } = resolveTurn(world, start, {
      japan: [
        { type: 'move', force: 'kongo', to: 'south-china-sea' },
        { type: 'move', force: 'haruna', to: 'south-china-sea' },
        { type: 'move', force: 'akagi', to: 'east-china-sea' },
      ],
      allies: [],
    });
    const loc = (id: string) => state.forces.find((f) => f.id === id)?.location;
    expect(loc('kongo')).toBe('south-china-sea');
    expect(loc('haruna')).toBe('south-china-sea');
    expect(loc('akagi')).toBe('home-islands');
    const refused = report.items.find((i) => i.kind === 'rejected');
    expect(refused).toMatchObject({ side: 'japan', refusal: { code: 'no-oil' } });
    expect(refused?.kind === 'rejected' && refusalText(refused.refusal)).toMatch(/^not enough oil/);
    expect(state.sides.japan.stocks.oil).toBeGreaterThanOrEqual(0);
  });
});

describe('orders', () => {
  const start = createGame(world, 's');
  it.each([
    [{ type: 'move', force: 'akagi', to: 'australia' }, 'japan', 'neither a sea area nor one of your ports'],
    [{ type: 'move', force: 'houston', to: 'java-sea' }, 'japan', 'belongs to the other side'],
    [
      { type: 'move', force: 'twenty-fifth-army', to: 'south-china-sea' },
      'japan',
      'cannot move into a sea area',
    ],
    [
      { type: 'move', force: 'twenty-fifth-army', to: 'borneo' },
      'japan',
      'crossing the sea needs 60 transports',
    ],
    [{ type: 'move', force: 'eleventh-air-fleet', to: 'luzon' }, 'japan', 'not one of your airfields'],
    [{ type: 'move', force: 'ghost', to: 'luzon' }, 'japan', 'no force "ghost"'],
    [{ type: 'choose', choice: 'negotiate' }, 'japan', 'no choice "negotiate"'],
  ] as const)('refuses %j for %s with a reason', (order, side, reason) => {
    const verdict = checkOrder(world, start, side, order);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(refusalText(verdict.refusal)).toContain(reason);
  });

  it('allows an army to embark when enough transports share its port', () => {
    expect(
      checkOrder(world, start, 'japan', { type: 'move', force: 'sixteenth-army', to: 'borneo' }),
    ).toMatchObject({
      ok: true,
      distance: 800,
      bySea: true,
    });
  });

  it('allows one order per force per turn and drops the rest with the reason', () => {
    const { report } = resolveTurn(world, start, {
      japan: [
        { type: 'move', force: 'kaga', to: 'east-china-sea' },
        { type: 'move', force: 'kaga', to: 'philippine-sea' },
      ],
      allies: [],
    });
    expect(report.items).toContainEqual(
      expect.objectContaining({ kind: 'rejected', refusal: { code: 'has-order', who: 'Kaga' } }),
    );
  });
});

describe('events, battles and control', () => {
  it('fires a one-off event once, with its note and source', () => {
    const states = play('s', 3);
    expect(states.at(-1)?.fired).toEqual({ 'embargo-reminder': 1 });
    const first = resolveTurn(world, createGame(world, 's'), none).report;
    expect(first.items[0]).toMatchObject({ kind: 'event', event: 'embargo-reminder', source: 'O4' });
  });

  it('takes Borneo, names the losses, and delivers its oil to Japan the next turn', () => {
    const states = play('borneo', 4, invasion);
    const taken = states.findIndex((s) => s.control.borneo === 'japan');
    expect(taken).toBeGreaterThan(0);
    const after = resolveTurn(world, states[taken]!, none).report;
    expect(economy(after.items, 'japan', 'oil').changes).toContainEqual({
      amount: 700,
      cause: { code: 'produced', area: 'borneo' },
    });
    expect(
      economy(after.items, 'allies', 'oil').changes.some(
        (c) => c.cause.code === 'produced' && c.cause.area === 'borneo',
      ),
    ).toBe(false);
    // The Allies' will falls by Borneo's value (6) while Japan holds it (the territory pressure).
    const fall = resolveTurn(world, states[taken - 1]!, taken === 1 ? invasion(1) : none).report;
    expect(economy(fall.items, 'allies', 'will').changes).toContainEqual({
      amount: -6,
      cause: { code: 'will-pressure', parts: { territory: -6 } },
    });
  });

  it('reports every sunk ship by name, and only ships that really sank', () => {
    for (let seed = 0; seed < 20; seed++) {
      const { state, report } = resolveTurn(world, createGame(world, `sea-${seed}`), invasion(1));
      const reportedSunk = report.items
        .flatMap((i) => (i.kind === 'battle' ? i.losses : []))
        .filter((l) => l.destroyed)
        .map((l) => l.force)
        .sort();
      const lost = state.forces
        .filter((f) => f.status === 'lost')
        .map((f) => f.id)
        .sort();
      expect(reportedSunk).toEqual(lost);
    }
  });

  it('lets chance decide battles: different seeds give different results', () => {
    const outcomes = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      const { report } = resolveTurn(world, createGame(world, `fortune-${seed}`), invasion(1));
      outcomes.add(JSON.stringify(report.items.filter((i) => i.kind === 'battle')));
    }
    expect(outcomes.size).toBeGreaterThan(5);
  });

  it('ends after the last turn and refuses to go on', () => {
    const states = play('s', 10);
    const last = states.at(-1)!;
    expect(states).toHaveLength(7);
    expect(last.outcome).toMatchObject({ kind: 'last-turn', turn: 6, date: '1942-06-01' });
    expect(() => resolveTurn(world, last, none)).toThrow(/game is over/);
  });
});

describe('determinism', () => {
  it('gives the same hash for the same seed and orders', () => {
    const a = play('same', 6, invasion).map(stateHash);
    const b = play('same', 6, invasion).map(stateHash);
    expect(a).toEqual(b);
  });

  it('gives different hashes for different seeds', () => {
    expect(stateHash(play('one', 2, invasion).at(-1)!)).not.toBe(stateHash(play('two', 2, invasion).at(-1)!));
  });

  it('continues identically after serialising and parsing the state', () => {
    const states = play('save', 2, invasion);
    const reloaded = JSON.parse(JSON.stringify(states[2])) as GameState;
    const direct = resolveTurn(world, states[2]!, invasion(3)).state;
    const viaSave = resolveTurn(world, reloaded, invasion(3)).state;
    expect(stateHash(viaSave)).toBe(stateHash(direct));
  });

  it('copies the state sharing only what is frozen: its forces, its record of fired events and who holds what (so no turn can change an earlier state)', () => {
    const states = play('clone', 3, invasion);
    const original = states.at(-1)!;
    const before = JSON.stringify(original);
    const copy = cloneState(original);
    expect(copy).toEqual(original);
    const objects = (v: unknown, out = new Set<object>()): Set<object> => {
      if (v && typeof v === 'object') {
        out.add(v);
        for (const x of Object.values(v)) objects(x, out);
      }
      return out;
    };
    const mine = objects(copy);
    const shared = [...objects(original)].filter((o) => mine.has(o));
    expect(shared).toHaveLength(original.forces.length + 2);
    expect(
      shared.every(
        (o) => original.forces.includes(o as never) || o === original.fired || o === original.control,
      ),
    ).toBe(true);
    expect(shared.every((f) => Object.isFrozen(f))).toBe(true);
    expect(() => {
      copy.forces[0]!.location = 'formosa';
    }).toThrow(TypeError);
    // A turn changes its own copies of the forces it touches, never the shared ones.
    resolveTurn(world, copy, invasion(4));
    expect(JSON.stringify(original)).toBe(before);
    const [first, second] = [states[0]!, states[1]!]; // the invasion turn: some forces moved, others did not
    expect(second.forces.some((f, i) => f !== first.forces[i])).toBe(true);
    expect(second.forces.some((f, i) => f === first.forces[i])).toBe(true);
  });

  it('hashes content, not key order, and notices any change', () => {
    const state = play('digest', 2, invasion).at(-1)!;
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const reordered = reverseKeys(state) as GameState;
    expect(Object.keys(reordered)[0]).toBe(Object.keys(state).at(-1));
    expect(stateHash(reordered)).toBe(stateHash(state));
    const changed = cloneState(state);
    changed.sides.japan.stocks.oil! += 1;
    expect(stateHash(changed)).not.toBe(stateHash(state));
    const moved = cloneState(state);
    const at = moved.forces.findIndex((f) => f.status === 'active');
    moved.forces[at] = { ...moved.forces[at]!, location: 'formosa' };
    expect(stateHash(moved)).not.toBe(stateHash(state));
  });

  it('never changes the state it is given', () => {
    const start = createGame(world, 'pure');
    const before = JSON.stringify(start);
    resolveTurn(world, start, invasion(1));
    expect(JSON.stringify(start)).toBe(before);
  });

  it('pins the result of a known game so accidental rule changes are noticed', () => {
    const states = play('golden', 6, invasion);
    expect(stateHash(states.at(-1)!)).toMatchInlineSnapshot(`"429bfda2443052cd"`);
    expect(states.at(-1)?.sides.japan.stocks).toMatchInlineSnapshot(`
      {
        "merchant": 5664,
        "oil": 32261,
        "will": 80,
      }
    `);
  });
});
