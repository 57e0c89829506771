/**
 * Damage control (rules.combat.damageControl): a hit that would sink a ship
 * leaves her afloat, heavily damaged, with the chance her side's doctrine of
 * the time gives; she leaves the battle and goes to the yard. Built on the lab
 * scenario (tests/support/lab.ts), never on the bundled data.
 */
import { describe, expect, it } from 'vitest';
import type { World } from '../../src/engine';
import { damageControlOf, keptAfloat } from '../../src/engine/combat/damage-control';
import { carrierRaids, carriersAfterRaid, labWorld, withCarriersAtSea, withMissionAir } from '../support/lab';

type Entry = { side: 'japan' | 'allies'; from: string; savePercent: number; afloatDamagePercent: number };

/** Two US fleet carriers in the South China Sea; a mass raid of the 11th Air Fleet from Formosa. */
const raid = (damageControl: Entry[], withdrawDamagePercent?: number, aircraft = 900) =>
  labWorld((s) => {
    s.rules.combat = { ...s.rules.combat, fighterCover: [], damageControl };
    if (withdrawDamagePercent !== undefined) s.rules.combat.withdrawDamagePercent = withdrawDamagePercent;
    withMissionAir(s, aircraft);
    withCarriersAtSea(s);
  });

/** Over 30 raids: carriers sunk, carriers left afloat by damage control, their worst damage, and retirements. */
function outcome(world: World) {
  const result = { sunk: 0, saved: 0, worstAfloat: 0, retired: 0 };
  for (const { items, state } of carrierRaids(world, 30, 'dc')) {
    for (const b of items)
      if (b.kind === 'battle')
        for (const l of b.losses) {
          if (!l.force.startsWith('cv-')) continue;
          if (l.destroyed) result.sunk += 1;
          if (l.cause.code === 'fire' && l.cause.left === 'kept-afloat') result.saved += 1;
        }
    const after = carriersAfterRaid(items, state);
    result.worstAfloat = Math.max(result.worstAfloat, after.worstAfloat);
    result.retired += after.retired;
  }
  return result;
}

describe('damage control (rules.combat.damageControl)', () => {
  it('without it a mass raid sinks carriers', () => {
    const none = outcome(raid([]));
    expect(none.sunk).toBeGreaterThan(10);
    expect(none.saved).toBe(0);
  });

  it('keeps afloat, at the stated damage, every ship a hit would sink when its chance is 100%; she leaves the battle and goes to the yard', () => {
    const sure = outcome(
      raid([{ side: 'allies', from: '1900-01-01', savePercent: 100, afloatDamagePercent: 90 }]),
    );
    expect(sure.sunk).toBe(0);
    expect(sure.saved).toBeGreaterThan(10);
    // Left the battle: no later salvo in it hit her again (at 90% the next hit would have sunk her).
    expect(sure.worstAfloat).toBe(90);
    expect(sure.retired).toBeGreaterThanOrEqual(sure.saved);
  });

  it('saves about the share its chance says, and only from its date and for its own side', () => {
    const none = outcome(raid([]));
    const half = outcome(
      raid([{ side: 'allies', from: '1900-01-01', savePercent: 50, afloatDamagePercent: 90 }]),
    );
    const notYet = outcome(
      raid([{ side: 'allies', from: '2100-01-01', savePercent: 100, afloatDamagePercent: 90 }]),
    );
    const theirs = outcome(
      raid([{ side: 'japan', from: '1900-01-01', savePercent: 100, afloatDamagePercent: 90 }]),
    );
    expect(half.saved).toBeGreaterThan(0);
    expect(half.sunk).toBeGreaterThan(0);
    expect(half.sunk).toBeLessThan(none.sunk);
    expect(notYet).toEqual(none);
    expect(theirs).toEqual(none);
  });
});

describe('a ship hit too badly to fight on leaves the battle (rules.combat.withdrawDamagePercent)', () => {
  it('draws no more fire in it: fewer sunk, and none hit again once past the mark', () => {
    // A smaller raid: one salvo does about half a fleet carrier; two sink her.
    const none = outcome(raid([], undefined, 150));
    const leave = outcome(raid([], 40, 150));
    expect(none.sunk).toBeGreaterThan(0);
    // A carrier takes one salvo past 40% and no more, and one salvo of this raid seldom sinks her.
    expect(leave.sunk * 3).toBeLessThan(none.sunk);
    expect(leave.worstAfloat).toBeGreaterThanOrEqual(40);
    expect(leave.retired).toBeGreaterThan(0);
  });
});

describe('damage control: which entry is in force', () => {
  const rules = {
    combat: {
      damageControl: [
        { side: 'allies', from: '1941-01-01', savePercent: 0, afloatDamagePercent: 90 },
        { side: 'allies', from: '1943-01-01', savePercent: 85, afloatDamagePercent: 90 },
        { side: 'japan', from: '1941-01-01', savePercent: 10, afloatDamagePercent: 80 },
      ],
    },
  } as never;

  it('takes the latest entry of the side on or before the date', () => {
    expect(damageControlOf(rules, 'allies', '1942-06-01')?.savePercent).toBe(0);
    expect(damageControlOf(rules, 'allies', '1943-01-01')?.savePercent).toBe(85);
    expect(damageControlOf(rules, 'allies', '1945-05-01')?.savePercent).toBe(85);
    expect(damageControlOf(rules, 'japan', '1945-05-01')?.afloatDamagePercent).toBe(80);
    expect(damageControlOf(rules, 'japan', '1940-05-01')).toBeNull();
  });

  it('rolls only for a hit that would sink, and never saves a wreck already past the damage it leaves', () => {
    const always = { int: () => 0 } as never;
    const dc = { savePercent: 100, afloatDamagePercent: 90 };
    expect(keptAfloat(always, dc, 0, 99)).toBe(false);
    expect(keptAfloat(always, dc, 0, 100)).toBe(true);
    expect(keptAfloat(always, dc, 60, 50)).toBe(true);
    expect(keptAfloat(always, dc, 90, 50)).toBe(false);
    expect(keptAfloat(always, null, 0, 100)).toBe(false);
    expect(keptAfloat(always, { savePercent: 0, afloatDamagePercent: 90 }, 0, 100)).toBe(false);
  });
});
