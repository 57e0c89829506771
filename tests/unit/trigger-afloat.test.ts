/**
 * The `afloat` trigger: a plan's step can follow a battle, not the calendar (Midway's landing goes
 * ahead only while the carriers are fit to fight). Lab scenario: two Japanese carriers.
 */
import { describe, expect, it } from 'vitest';
import { triggerHoldsIn } from '../../src/engine';
import { labWorld, startWith } from '../support/lab';

const carriers = ['akagi', 'kaga'];

describe('the afloat trigger', () => {
  const world = labWorld(() => {});
  it('counts ships not lost and damaged below half', () => {
    const fresh = startWith(world, 'a');
    expect(triggerHoldsIn(world, fresh, { type: 'afloat', forces: carriers, atLeast: 2 })).toBe(true);
    expect(triggerHoldsIn(world, fresh, { type: 'afloat', forces: carriers, atMost: 1 })).toBe(false);
    const hit = startWith(world, 'a', (s) => {
      for (const f of s.forces) {
        if (f.id === 'akagi') f.status = 'lost';
        if (f.id === 'kaga' && f.type === 'ship') f.damage = 60;
      }
    });
    expect(triggerHoldsIn(world, hit, { type: 'afloat', forces: carriers, atMost: 0 })).toBe(true);
    expect(triggerHoldsIn(world, hit, { type: 'afloat', forces: carriers, atLeast: 1 })).toBe(false);
    const scratched = startWith(world, 'a', (s) => {
      for (const f of s.forces) if (f.id === 'kaga' && f.type === 'ship') f.damage = 30;
    });
    expect(triggerHoldsIn(world, scratched, { type: 'afloat', forces: carriers, atLeast: 2 })).toBe(true);
  });

  it('is checked: an unknown ship is named with its path, and a bound is required', () => {
    const problems = (when: unknown): string => {
      try {
        labWorld((s) => {
          s.historicalPlan = [
            {
              date: s.calendar.start,
              side: 'japan',
              when,
              orders: [
                {
                  type: 'move',
                  force: 'akagi',
                  to: s.forces.find((f: { id: string }) => f.id === 'akagi').location,
                },
              ],
              note: 'x',
              source: 'T',
            },
          ];
        });
        return '';
      } catch (e) {
        return String(e);
      }
    };
    expect(problems({ type: 'afloat', forces: ['akagi', 'shinano'], atLeast: 1 })).toMatch(
      /historicalPlan\[0\]\.when\.forces\[1\]: unknown force "shinano"/,
    );
    expect(problems({ type: 'afloat', forces: ['akagi'] })).toContain('needs "atLeast" or "atMost"');
    expect(problems({ type: 'afloat', forces: ['akagi'], atMost: 1 })).toBe('');
  });
});
