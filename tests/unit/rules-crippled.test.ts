/**
 * Crippled ships that could not be saved (rules.combat.crippled): after a battle at sea, a ship
 * hit in it and left at the entry's damage or worse, with the enemy still there, is lost with the
 * chance of her side's entry in force (Lexington, Yorktown and Hornet in 1942 — combat/crippled.ts).
 * Built on the lab scenario (tests/support/lab.ts), never on the bundled data.
 */
import { describe, expect, it } from 'vitest';
import type { ForceState, World } from '../../src/engine';
import { loseCrippledShips } from '../../src/engine/combat/crippled';
import { LossBook } from '../../src/engine/combat/hits';
import { damageCauseText } from '../../src/text/damage-text';
import { carrierRaids, carriersAfterRaid, labWorld, withCarriersAtSea, withMissionAir } from '../support/lab';

type Entry = {
  side: 'japan' | 'allies';
  from: string;
  damagePercent: number;
  lostPercent: number;
  classes?: string[];
};

/** Two US fleet carriers in the South China Sea; a raid of the 11th Air Fleet from Formosa that cripples more often than it sinks. */
const raid = (crippled: Entry[], withdrawDamagePercent?: number) =>
  labWorld((s) => {
    s.rules.combat = { ...s.rules.combat, fighterCover: [], damageControl: [], crippled };
    if (withdrawDamagePercent !== undefined) s.rules.combat.withdrawDamagePercent = withdrawDamagePercent;
    withMissionAir(s, 150);
    withCarriersAtSea(s);
  });

/** Over 40 raids: carriers sunk, of them lost crippled, carriers retired to the yard, and the worst damage afloat. */
function outcome(world: World) {
  const result = { sunk: 0, crippled: 0, retired: 0, worstAfloat: 0, words: '' };
  for (const { items, state } of carrierRaids(world, 40, 'cr')) {
    for (const b of items)
      if (b.kind === 'battle')
        for (const l of b.losses) {
          if (!l.force.startsWith('cv-')) continue;
          if (l.destroyed) result.sunk += 1;
          if (l.cause.code === 'fire' && l.cause.crippled) {
            result.crippled += 1;
            expect(l.destroyed).toBe(true);
            result.words = damageCauseText(l.cause, (id) => id);
          }
        }
    const after = carriersAfterRaid(items, state);
    result.worstAfloat = Math.max(result.worstAfloat, after.worstAfloat);
    result.retired += after.retired;
  }
  return result;
}

describe('crippled ships that could not be saved (rules.combat.crippled)', () => {
  it('without it a crippled carrier goes to the yard', () => {
    const none = outcome(raid([]));
    expect(none.crippled).toBe(0);
    expect(none.retired).toBeGreaterThan(5);
    expect(none.worstAfloat).toBeGreaterThanOrEqual(50);
  });

  it('at 100% every ship hit and left at the mark or worse is lost, said so in the report; none afloat past it', () => {
    const none = outcome(raid([]));
    const all = outcome(raid([{ side: 'allies', from: '1900-01-01', damagePercent: 50, lostPercent: 100 }]));
    expect(all.crippled).toBeGreaterThan(5);
    expect(all.sunk).toBe(none.sunk + all.crippled);
    expect(all.worstAfloat).toBeLessThan(50);
    expect(all.retired).toBe(0);
    expect(all.words).toContain('crippled, she could not be saved');
  });

  it('loses about the share its chance says, only from its date and only for its own side', () => {
    const none = outcome(raid([]));
    const half = outcome(raid([{ side: 'allies', from: '1900-01-01', damagePercent: 50, lostPercent: 50 }]));
    const notYet = outcome(
      raid([{ side: 'allies', from: '2100-01-01', damagePercent: 50, lostPercent: 100 }]),
    );
    const theirs = outcome(
      raid([{ side: 'japan', from: '1900-01-01', damagePercent: 50, lostPercent: 100 }]),
    );
    const lessons = outcome(
      raid([
        { side: 'allies', from: '1900-01-01', damagePercent: 50, lostPercent: 100 },
        { side: 'allies', from: '1941-01-01', damagePercent: 50, lostPercent: 0 },
      ]),
    );
    expect(half.crippled).toBeGreaterThan(0);
    expect(half.retired).toBeGreaterThan(0);
    expect(half.sunk).toBeGreaterThan(none.sunk);
    expect(notYet).toEqual(none);
    expect(theirs).toEqual(none);
    expect(lessons).toEqual(none);
  });

  it('applies only to the classes its entry names, when it names them', () => {
    const none = outcome(raid([]));
    const battleships = outcome(
      raid([
        { side: 'allies', from: '1900-01-01', damagePercent: 50, lostPercent: 100, classes: ['battleship'] },
      ]),
    );
    const carriers = outcome(
      raid([
        {
          side: 'allies',
          from: '1900-01-01',
          damagePercent: 50,
          lostPercent: 100,
          classes: ['fleet-carrier'],
        },
      ]),
    );
    expect(battleships).toEqual(none);
    expect(carriers.crippled).toBeGreaterThan(5);
  });

  it('a crippled ship that withdrew from the battle is still lost: leaving the fight is not getting away', () => {
    const withdrew = outcome(
      raid([{ side: 'allies', from: '1900-01-01', damagePercent: 50, lostPercent: 100 }], 50),
    );
    expect(withdrew.crippled).toBeGreaterThan(5);
    expect(withdrew.worstAfloat).toBeLessThan(50);
  });
});

describe('crippled ships: someone must be left to finish her', () => {
  const carrier = (damage: number) =>
    ({
      id: 'cv',
      name: 'cv',
      side: 'allies',
      type: 'ship',
      class: 'fleet-carrier',
      location: 'sea',
      experience: 60,
      aircraft: 40,
      airCapacity: 60,
      damage,
      lost: 0,
      replaced: 0,
      status: 'active',
    }) as unknown as ForceState;
  const enemy = (status: 'active' | 'lost') =>
    ({
      id: 'bb',
      side: 'japan',
      type: 'ship',
      class: 'battleship',
      status,
      damage: 0,
    }) as unknown as ForceState;
  /**
   * `covering`: Japan's entry in `rules.combat.coveringFleet` (holds to the beachhead or not, from
   * 1900); `landedAt`: where a Japanese army came ashore this turn ('land' is next to 'sea').
   */
  const context = (covering?: { holds: boolean; from?: string }, landedAt?: string) =>
    ({
      world: {
        scenario: {
          rules: {
            combat: {
              crippled: [{ side: 'allies', from: '1900-01-01', damagePercent: 50, lostPercent: 100 }],
              coveringFleet: covering
                ? [{ side: 'japan', from: covering.from ?? '1900-01-01', holdsToBeachhead: covering.holds }]
                : [],
            },
          },
        },
        neighbours: new Map([['sea', [{ area: 'land', distance: 300 }]]]),
      },
      state: {
        date: '1942-06-01',
        forces: landedAt ? [{ id: 'landing-army', side: 'japan', type: 'army', location: landedAt }] : [],
      },
      landed: new Set(landedAt ? ['landing-army'] : []),
      shortOfSupply: new Map(),
      rng: { int: () => 0 },
    }) as never;
  const run = (
    damage: number,
    foe: 'active' | 'lost',
    hit = true,
    ctx: ReturnType<typeof context> = context(),
  ) => {
    const cv = carrier(damage);
    const book = new LossBook();
    if (hit) book.record(cv, 10, { amount: 10, aircraft: 0 }, { shooter: 'japan', fire: 'air-strikes' });
    loseCrippledShips(ctx, { allies: [cv], japan: [enemy(foe)] }, book, 'sea');
    return {
      status: cv.status,
      crippled: book.losses().some((l) => l.cause.code === 'fire' && l.cause.crippled),
    };
  };

  it('is lost while the enemy is still in the fight', () => {
    expect(run(60, 'active')).toEqual({ status: 'lost', crippled: true });
  });
  it('gets away when the enemy was sunk or driven off, when below the mark, or when not hit in this battle', () => {
    expect(run(60, 'lost').status).toBe('active');
    expect(run(40, 'active').status).toBe('active');
    expect(run(60, 'active', false).status).toBe('active');
  });
  it('gets away from an enemy fleet holding to a beachhead next to the sea (rules.combat.coveringFleet)', () => {
    expect(run(60, 'active', true, context({ holds: true }, 'land')).status).toBe('active');
  });
  it('is lost when that enemy lands nowhere next to the sea, does not hold, or holds only from a later date', () => {
    expect(run(60, 'active', true, context({ holds: true })).status).toBe('lost');
    expect(run(60, 'active', true, context({ holds: true }, 'far-land')).status).toBe('lost');
    expect(run(60, 'active', true, context({ holds: false }, 'land')).status).toBe('lost');
    expect(run(60, 'active', true, context({ holds: true, from: '1944-01-01' }, 'land')).status).toBe('lost');
    expect(run(60, 'active', true, context(undefined, 'land')).status).toBe('lost');
  });
});
