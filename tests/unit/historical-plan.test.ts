/**
 * The historical bot's plan: orders on their date, standing orders (`until`)
 * that wait until they are legal, conditions (`when`), and the newest order
 * in force winning for each force.
 */
import { describe, expect, it } from 'vitest';
import { historicalPolicy } from '../../src/ai/historical';
import { labWorld, startWith } from '../support/lab';

const move = (force: string, to: string) => ({ type: 'move' as const, force, to });

describe('the historical plan', () => {
  // The lab scenario starts on 1942-01-01 with monthly turns.
  const world = labWorld((s) => {
    s.historicalPlan = [
      {
        date: '1942-01-05',
        side: 'japan',
        orders: [move('kaga', 'east-china-sea')],
        note: 'On its date only.',
      },
      {
        date: '1942-01-01',
        until: '1942-03-31',
        when: { type: 'control', area: 'borneo', side: 'japan' },
        side: 'japan',
        orders: [move('sixteenth-army', 'java')],
        note: 'Java once Borneo is taken, until the end of March.',
      },
      {
        date: '1942-02-01',
        until: '1942-05-31',
        when: { type: 'control', area: 'java', side: 'japan' },
        side: 'japan',
        orders: [move('sixteenth-army', 'malaya')],
        note: 'Malaya once Java is taken.',
      },
    ];
  });
  type Edit = NonNullable<Parameters<typeof startWith>[2]>;
  const borneoTaken: Edit = (st) => {
    st.control.borneo = 'japan';
  };
  const orders = (edit: Edit | undefined, turn = 1) =>
    historicalPolicy.orders(
      world,
      startWith(world, 'h', (st) => {
        st.turn = turn;
        st.date = `1942-0${turn}-01`;
        edit?.(st);
      }),
      'japan',
    );

  it('gives a dated order on the turn containing its date, and only then', () => {
    expect(orders(undefined, 1)).toContainEqual(move('kaga', 'east-china-sea'));
    expect(orders(undefined, 2)).not.toContainEqual(move('kaga', 'east-china-sea'));
  });

  it('waits for a condition, and keeps the order standing until its end date', () => {
    expect(orders(undefined, 1)).not.toContainEqual(move('sixteenth-army', 'java'));
    expect(orders(borneoTaken, 1)).toContainEqual(move('sixteenth-army', 'java'));
    expect(orders(borneoTaken, 3)).toContainEqual(move('sixteenth-army', 'java'));
    expect(orders(borneoTaken, 4)).not.toContainEqual(move('sixteenth-army', 'java'));
  });

  it('lets the newest order in force for a force win over an older standing one', () => {
    const both: Edit = (st) => {
      st.control.borneo = 'japan';
      st.control.java = 'japan';
    };
    const given = orders(both, 2);
    expect(given).toContainEqual(move('sixteenth-army', 'malaya'));
    expect(given).not.toContainEqual(move('sixteenth-army', 'java'));
    // While the newer step's condition does not hold, the older order still stands.
    expect(orders(borneoTaken, 2)).toContainEqual(move('sixteenth-army', 'java'));
  });
});
