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
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { labWorld, type RawScenario, startWith } from '../support/lab';

type RawPlan = RawScenario['historicalPlan'];

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

describe('the historical bot re-plans the campaign', () => {
  // The invasion rule on; a short range leaves one way from Formosa to Luzon, through the South China Sea.
  const campaign = (plan: RawPlan, edit: (s: RawScenario) => void = () => {}) =>
    labWorld((s) => {
      s.rules.invasion = { escortsPer100Transports: 20, superiorityPercent: 100 };
      s.rules.rangePerTurn.ship = 1000;
      s.rules.landAirReach = 0;
      s.historicalPlan = plan;
      edit(s);
    });
  const battleship = (id: string, location: string) => ({
    id,
    name: id,
    side: 'allies',
    type: 'ship',
    class: 'battleship',
    location,
    experience: 60,
  });
  const invadeLuzon = move('sixteenth-army', 'luzon');

  it('sails the step’s warships before its landing, so that they cover it', () => {
    const w = campaign([
      {
        date: '1942-01-01',
        side: 'japan',
        orders: [invadeLuzon, move('southern-destroyers', 'south-china-sea')],
        note: 'The Philippines, the destroyers ahead.',
      },
    ]);
    const state = startWith(w, 'f', (st) => {
      for (const f of st.forces) {
        if (f.id === 'southern-cruisers') f.location = 'home-islands';
        if (f.id === 'southern-destroyers') f.location = 'indochina-south';
      }
    });
    const d = historicalPolicy.decide(w, state, 'japan');
    expect(d.orders).toEqual([move('southern-destroyers', 'south-china-sea'), invadeLuzon]);
    expect(d.intent.operations.some((o) => o.kind === 'replan')).toBe(false);
  });

  it('sends the step’s fleet to win a sea the enemy holds before the landing, and says so', () => {
    const w = campaign(
      [
        {
          date: '1942-01-01',
          side: 'japan',
          orders: [invadeLuzon, move('akagi', 'east-china-sea'), move('kaga', 'east-china-sea')],
          note: 'The Philippines, the carriers covering from the north.',
        },
      ],
      (s) => {
        for (let i = 0; i < 8; i++) s.forces.push(battleship(`bb-${i}`, 'south-china-sea'));
      },
    );
    // The carriers at Formosa, a day's steaming from the South China Sea.
    const state = startWith(w, 's', (st) => {
      for (const f of st.forces) if (f.id === 'akagi' || f.id === 'kaga') f.location = 'formosa';
    });
    const d = historicalPolicy.decide(w, state, 'japan');
    expect(d.orders).toContainEqual(move('akagi', 'south-china-sea'));
    expect(d.orders).toContainEqual(move('kaga', 'south-china-sea'));
    expect(d.orders).not.toContainEqual(move('akagi', 'east-china-sea'));
    const op = d.intent.operations.find((o) => o.detail === 'sea-control');
    expect(op).toMatchObject({ kind: 'replan', target: 'south-china-sea', forces: ['akagi', 'kaga'] });
    expect(op?.numbers?.enemyPower).toBeGreaterThan(0);
    expect(operationSentence(intentNames(w, state), op!)).toMatch(
      /^Change of plan: the enemy holds South China Sea \(strength \d+ against our \d+\), so Akagi and Kaga go in first to win control of the sea; the landing (follows behind|waits until it is won)\.$/,
    );
    // The landing goes in behind the carriers exactly when the rules then allow it.
    const landed = d.orders.some((o) => o.type === 'move' && o.force === 'sixteenth-army');
    expect(landed).toBe(op?.numbers?.landsNow === 1);
    expect(Intent.safeParse(d.intent).success).toBe(true);
  });

  it('sends the fleet to win the sea in the same way when the plan lists the warships before the landing', () => {
    // fleetFirst takes a shorter way when the plan's own order already has the warships first; the
    // decision must be the one the plan with the landing first gets (the test above).
    const carriersFirst = [move('akagi', 'east-china-sea'), move('kaga', 'east-china-sea'), invadeLuzon];
    const w = campaign(
      [
        {
          date: '1942-01-01',
          side: 'japan',
          orders: carriersFirst,
          note: 'The carriers first, then the Philippines.',
        },
      ],
      (s) => {
        for (let i = 0; i < 8; i++) s.forces.push(battleship(`bb-${i}`, 'south-china-sea'));
      },
    );
    const state = startWith(w, 's', (st) => {
      for (const f of st.forces) if (f.id === 'akagi' || f.id === 'kaga') f.location = 'formosa';
    });
    const d = historicalPolicy.decide(w, state, 'japan');
    expect(d.orders.slice(0, 2)).toEqual([move('akagi', 'south-china-sea'), move('kaga', 'south-china-sea')]);
    const op = d.intent.operations.find((o) => o.detail === 'sea-control');
    expect(op).toMatchObject({ kind: 'replan', target: 'south-china-sea', forces: ['akagi', 'kaga'] });
    const landed = d.orders.some((o) => o.type === 'move' && o.force === 'sixteenth-army');
    expect(landed).toBe(op?.numbers?.landsNow === 1);
    // Out of the enemy's reach, the landing goes in as the plan lists it, the carriers where it sends them.
    const quiet = campaign([
      { date: '1942-01-01', side: 'japan', orders: carriersFirst, note: 'Unopposed.' },
    ]);
    const calm = historicalPolicy.decide(quiet, startWith(quiet, 's'), 'japan');
    expect(calm.orders.filter((o) => o.type === 'move' && o.force !== 'sixteenth-army')).toEqual(
      carriersFirst.slice(0, 2),
    );
    expect(calm.intent.operations.some((o) => o.detail === 'sea-control')).toBe(false);
  });

  it('gives an alternative of the plan only when its condition holds, and says it is a change of plan', () => {
    const w = campaign([
      {
        date: '1942-01-01',
        side: 'japan',
        when: { type: 'control', area: 'luzon', side: 'allies' },
        alternative: { kind: 'bypass', area: 'luzon' },
        orders: [move('akagi', 'east-china-sea')],
        note: 'If Luzon holds out, the carriers go around it.',
      },
    ]);
    const held = historicalPolicy.decide(w, startWith(w, 'a'), 'japan');
    expect(held.orders).toContainEqual(move('akagi', 'east-china-sea'));
    const bypass = held.intent.operations.find((o) => o.detail === 'bypass');
    expect(bypass).toMatchObject({ kind: 'replan', target: 'luzon', forces: ['akagi'] });
    expect(operationSentence(intentNames(w), bypass!)).toBe(
      'Change of plan: Luzon still holds out, so Akagi goes around it — the drive goes on without it.',
    );
    const taken = historicalPolicy.decide(
      w,
      startWith(w, 'a', (st) => {
        st.control.luzon = 'japan';
      }),
      'japan',
    );
    expect(taken.orders).not.toContainEqual(move('akagi', 'east-china-sea'));
  });
});
