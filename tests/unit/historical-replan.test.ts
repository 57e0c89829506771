/**
 * The historical bot re-plans when a step of its plan has become impossible
 * (issue 13), and says what it intends every turn: the plan's orders grouped
 * into operations, each re-plan an operation with its reason code.
 */
import { describe, expect, it } from 'vitest';
import { historicalPolicy } from '../../src/ai/historical';
import { Intent } from '../../src/ai/intent';
import { airOperations } from '../../src/ai/plan-operations';
import { hasIntent } from '../../src/ai/policy';
import type { GameState } from '../../src/engine';
import { labWorld, startWith } from '../support/lab';

const move = (force: string, to: string) => ({ type: 'move' as const, force, to });

// The lab scenario starts on 1942-01-01 with monthly turns; Akagi and Kaga lie in the Home Islands,
// the 16th Army and 60 transports on Formosa.
const world = labWorld((s) => {
  s.historicalPlan = [
    {
      date: '1942-01-05',
      side: 'japan',
      orders: [move('akagi', 'east-china-sea')],
      note: 'A carrier sails.',
    },
    {
      date: '1942-01-01',
      side: 'japan',
      orders: [move('sixteenth-army', 'luzon'), move('southern-destroyers', 'philippine-sea')],
      note: 'The Philippines.',
    },
    { date: '1942-02-01', side: 'japan', orders: [move('sixteenth-army', 'borneo')], note: 'Borneo next.' },
  ];
});

function decide(edit: (st: GameState) => void = () => {}) {
  const state = startWith(world, 'r', edit);
  return historicalPolicy.decide(world, state, 'japan');
}

const lose = (id: string) => (st: GameState) => {
  st.forces = st.forces.map((f) => (f.id === id ? { ...f, status: 'lost' as const } : f));
};

describe('the historical bot says what it intends', () => {
  it('is intentful: the same orders as `orders`, with an intent that the schema accepts', () => {
    expect(hasIntent(historicalPolicy)).toBe(true);
    const state = startWith(world, 'r');
    const d = historicalPolicy.decide(world, state, 'japan');
    expect(d.orders).toEqual(historicalPolicy.orders(world, state, 'japan'));
    expect(Intent.parse(d.intent)).toEqual(d.intent);
  });

  it('groups an invasion with its escorts, transports and troops, for the reason that the plan says so', () => {
    const invade = decide().intent.operations.find((o) => o.kind === 'invade');
    expect(invade).toMatchObject({ reason: 'historical-plan', target: 'luzon' });
    expect(invade?.forces).toEqual(['sixteenth-army', 'southern-destroyers']);
    expect(invade?.numbers).toMatchObject({ troops: 50, transports: 50, warships: 16 });
    const raid = decide().intent.operations.find((o) => o.target === 'east-china-sea');
    expect(raid).toMatchObject({ kind: 'carrier-raid', forces: ['akagi'], numbers: { carriers: 1 } });
  });
});

describe('the historical bot re-plans', () => {
  it('sends a sister ship from the same port when the carrier it needs is sunk, and says so', () => {
    const d = decide(lose('akagi'));
    expect(d.orders).toContainEqual(move('kaga', 'east-china-sea'));
    expect(d.intent.operations).toContainEqual(
      expect.objectContaining({
        kind: 'replan',
        detail: 'force-lost',
        target: 'east-china-sea',
        forces: ['kaga'],
      }),
    );
  });

  it('never takes a sister ship the plan needs for a later step', () => {
    const kagaLater = labWorld((s) => {
      s.historicalPlan = [
        {
          date: '1942-01-05',
          side: 'japan',
          orders: [move('akagi', 'east-china-sea')],
          note: 'A carrier sails.',
        },
        { date: '1942-03-01', side: 'japan', orders: [move('kaga', 'south-china-sea')], note: 'Kaga later.' },
      ];
    });
    const d = historicalPolicy.decide(kagaLater, startWith(kagaLater, 'r', lose('akagi')), 'japan');
    expect(d.orders).toEqual([]);
    expect(d.intent.operations).toContainEqual(
      expect.objectContaining({ kind: 'replan', detail: 'force-lost', target: 'east-china-sea', forces: [] }),
    );
  });

  it('holds when no ship of the type is left, and says so', () => {
    const d = decide((st) => {
      lose('akagi')(st);
      lose('kaga')(st);
    });
    expect(d.orders.some((o) => o.type === 'move' && o.to === 'east-china-sea')).toBe(false);
    expect(d.intent.operations).toContainEqual(
      expect.objectContaining({ kind: 'replan', detail: 'force-lost', target: 'east-china-sea', forces: [] }),
    );
  });

  it('goes on to the next objective when the area it was to invade is already taken', () => {
    const d = decide((st) => {
      st.control.luzon = 'japan';
    });
    expect(d.orders).not.toContainEqual(move('sixteenth-army', 'luzon'));
    const replan = d.intent.operations.find((o) => o.detail === 'area-already-held');
    expect(replan).toMatchObject({ kind: 'replan', reason: 'step-impossible', forces: ['sixteenth-army'] });
    // The next objective in the plan, Borneo, is within reach: the army goes there now.
    expect(d.orders).toContainEqual(move('sixteenth-army', 'borneo'));
    expect(replan?.target).toBe('borneo');
  });

  it('moves in without a fight when the taken area is its last objective', () => {
    const lastOnly = labWorld((s) => {
      s.historicalPlan = [
        {
          date: '1942-01-01',
          side: 'japan',
          orders: [move('sixteenth-army', 'luzon')],
          note: 'The Philippines.',
        },
      ];
    });
    const state = startWith(lastOnly, 'r', (st) => {
      st.control.luzon = 'japan';
    });
    const d = historicalPolicy.decide(lastOnly, state, 'japan');
    expect(d.orders).toEqual([move('sixteenth-army', 'luzon')]);
    expect(d.intent.operations).toEqual([
      expect.objectContaining({
        detail: 'area-already-held',
        target: 'luzon',
        numbers: { movesIn: 1, orders: 1 },
      }),
    ]);
  });

  it('holds when the transports are missing, and names why', () => {
    const d = decide(lose('invasion-transports'));
    expect(d.orders).not.toContainEqual(move('sixteenth-army', 'luzon'));
    expect(d.intent.operations).toContainEqual(
      expect.objectContaining({
        kind: 'replan',
        detail: 'no-transports',
        target: 'luzon',
        forces: ['sixteenth-army'],
      }),
    );
  });

  it('is deterministic', () => {
    expect(decide(lose('akagi'))).toEqual(decide(lose('akagi')));
  });
});

describe('air missions in the intent', () => {
  it('a group covering a landing is the invasion’s air cover; groups guarding their bases are one operation, last', () => {
    const state = startWith(world, 'r');
    const ops = airOperations(
      state,
      [
        {
          kind: 'invade',
          reason: 'historical-plan',
          target: 'luzon',
          forces: ['sixteenth-army'],
          numbers: { troops: 50 },
        },
      ],
      [
        { type: 'air', force: 'eleventh-air-fleet', mission: 'cover', target: 'luzon' },
        { type: 'air', force: 'abda-air', mission: 'defend', target: 'java' },
      ],
    );
    const planes = (id: string) => {
      const f = state.forces.find((x) => x.id === id);
      return f?.type === 'air' ? f.aircraft : 0;
    };
    expect(ops).toEqual([
      {
        kind: 'invade',
        reason: 'historical-plan',
        target: 'luzon',
        forces: ['sixteenth-army', 'eleventh-air-fleet'],
        numbers: { troops: 50, aircraft: planes('eleventh-air-fleet') },
      },
      {
        kind: 'defend',
        reason: 'historical-plan',
        forces: ['abda-air'],
        numbers: { aircraft: planes('abda-air') },
      },
    ]);
  });
});
