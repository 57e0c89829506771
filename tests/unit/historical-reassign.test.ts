/**
 * The historical bot re-assigns a carrier the plan has no more use for (issue 12 "Shown by",
 * issue 13 item 3): a carrier that survived the operations the plan wrote for her, and that no
 * later step names, joins her class's next sortie from where she lies — the Midway carriers, had
 * they come home, would have sailed with Shōkaku and Zuikaku — and the intent says so. A carrier
 * the plan never used, or still needs, is left to the plan. The lab scenario starts on
 * 1942-01-01 with monthly turns; Akagi and Kaga (fleet carriers) lie in the Home Islands.
 */
import { describe, expect, it } from 'vitest';
import { historicalPolicy } from '../../src/ai/historical';
import { Intent } from '../../src/ai/intent';
import type { GameState } from '../../src/engine';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const move = (force: string, to: string) => ({ type: 'move' as const, force, to });

/** Akagi sails this turn; Kaga's last step is `kagaLast` (none when undefined). */
function world(kagaLast?: { date: string; until?: string }) {
  return labWorld((s: RawScenario) => {
    s.historicalPlan = [
      {
        date: '1942-01-05',
        side: 'japan',
        orders: [move('akagi', 'east-china-sea')],
        note: 'A carrier sails.',
      },
    ];
    if (kagaLast)
      s.historicalPlan.unshift({
        ...kagaLast,
        side: 'japan',
        orders: [move('kaga', 'home-islands')],
        note: 'Kaga comes home from her last operation.',
      });
  });
}

const decide = (w: ReturnType<typeof world>, edit: (s: GameState) => void = () => {}) =>
  historicalPolicy.decide(w, startWith(w, 'r', edit), 'japan');

describe('a carrier the plan has no more use for', () => {
  it('joins the sortie of a carrier of her class from her port, and the intent says so', () => {
    const w = world({ date: '1941-12-01' });
    const d = decide(w);
    expect(d.orders).toContainEqual(move('kaga', 'east-china-sea'));
    const op = d.intent.operations.find((o) => o.detail === 'carrier-reassigned');
    expect(op).toMatchObject({ kind: 'replan', target: 'east-china-sea', forces: ['kaga'] });
    expect(Intent.parse(d.intent)).toEqual(d.intent);
    expect(operationSentence(intentNames(w), op!)).toMatch(/no further use for .*Kaga.* joins the carriers/);
    // The same orders without the intent (what `orders` gives).
    expect(historicalPolicy.orders(w, startWith(w, 'r'), 'japan')).toEqual(d.orders);
  });

  it('is left alone while a step of the plan still names her, or if the plan never used her', () => {
    // A standing step runs to February: the plan still has her.
    const needed = decide(world({ date: '1941-12-01', until: '1942-02-01' }));
    expect(
      needed.orders.some((o) => o.type === 'move' && o.force === 'kaga' && o.to === 'east-china-sea'),
    ).toBe(false);
    // Never named by the plan (a training carrier, a carrier still working up): not re-assigned.
    const never = decide(world());
    expect(never.orders.some((o) => o.type === 'move' && o.force === 'kaga')).toBe(false);
    expect(never.intent.operations.some((o) => o.detail === 'carrier-reassigned')).toBe(false);
  });

  it('joins only a carrier of her class in the same port', () => {
    const elsewhere = decide(world({ date: '1941-12-01' }), (s) => {
      for (const f of s.forces) if (f.id === 'kaga') f.location = 'formosa';
    });
    expect(elsewhere.orders.some((o) => o.type === 'move' && o.force === 'kaga')).toBe(false);
    const otherClass = decide(world({ date: '1941-12-01' }), (s) => {
      s.forces = s.forces.map((f) =>
        f.id === 'akagi' && f.type === 'ship' ? { ...f, class: 'light-carrier' } : f,
      );
    });
    expect(otherClass.orders.some((o) => o.type === 'move' && o.force === 'kaga')).toBe(false);
  });
});
