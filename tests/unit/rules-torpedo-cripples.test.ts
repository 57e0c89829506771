/**
 * Crippled by torpedoes (rules.combat.crippled with `torpedoes`): a ship a submarine attack leaves
 * at her side's crippled mark or worse, the boats still there, is lost with the entry's chance
 * (Taihō, Shōkaku, Kongō, Shinano, Unryū in 1944 — combat/crippled.ts, phases/submarine-attacks.ts).
 * Built on the lab scenario (tests/support/lab.ts), never on the bundled data.
 */
import { describe, expect, it } from 'vitest';
import { resolveTurn, type World } from '../../src/engine';
import { damageCauseText } from '../../src/text/damage-text';
import { labWorld, startWith, withBoatsAndBattleship } from '../support/lab';

type Entry = {
  side: 'japan' | 'allies';
  from: string;
  damagePercent: number;
  lostPercent: number;
  torpedoes?: boolean;
  classes?: string[];
};
const NO_ORDERS = { japan: [], allies: [] };

/** Two Japanese boats at 100% a month and a US battleship in the South China Sea; no aircraft, no battle. */
const world = (crippled: Entry[]) =>
  labWorld((s) => {
    s.rules.combat = {
      ...s.rules.combat,
      submarineAttacks: { percentPerBoat: { japan: 100 }, hitPoints: 15 },
      crippled,
    };
    withBoatsAndBattleship(s);
  });

/** Over 40 seeds: the battleship sunk, of them crippled (said so), and the worst damage she was left afloat at. */
function outcome(w: World) {
  const result = { sunk: 0, crippled: 0, worstAfloat: 0, words: '' };
  for (let i = 0; i < 40; i++) {
    const r = resolveTurn(w, startWith(w, `tc${i}`), NO_ORDERS);
    const ship = r.state.forces.find((f) => f.id === 'bb-1')!;
    if (ship.status === 'lost') result.sunk += 1;
    else if (ship.type === 'ship') result.worstAfloat = Math.max(result.worstAfloat, ship.damage);
    for (const item of r.report.items)
      if (
        item.kind === 'damage' &&
        item.force === 'bb-1' &&
        item.cause.code === 'torpedoed' &&
        item.cause.crippled
      ) {
        result.crippled += 1;
        expect(item.destroyed).toBe(true);
        result.words = damageCauseText(item.cause, (id) => id);
      }
  }
  return result;
}

const ALWAYS: Entry = {
  side: 'allies',
  from: '1900-01-01',
  damagePercent: 50,
  lostPercent: 100,
  torpedoes: true,
};

describe('ships crippled by torpedoes (rules.combat.crippled, torpedoes)', () => {
  it('without it two torpedo attacks cripple a battleship but do not sink her', () => {
    const none = outcome(world([]));
    expect(none.sunk).toBe(0);
    expect(none.worstAfloat).toBeGreaterThanOrEqual(50);
  });

  it('at 100% every ship torpedoed to the mark or worse is lost, said so in the report', () => {
    const all = outcome(world([ALWAYS]));
    expect(all.crippled).toBeGreaterThan(5);
    expect(all.sunk).toBe(all.crippled);
    expect(all.worstAfloat).toBeLessThan(50);
    expect(all.words).toContain('torpedoed by a Japanese submarine');
    expect(all.words).toContain('crippled, she could not be saved');
  });

  it('only with `torpedoes`, from its date, for its own side, its classes, at about its chance', () => {
    const none = outcome(world([]));
    const battlesOnly = outcome(world([{ ...ALWAYS, torpedoes: undefined }]));
    const notYet = outcome(world([{ ...ALWAYS, from: '2100-01-01' }]));
    const theirs = outcome(world([{ ...ALWAYS, side: 'japan' }]));
    const carriers = outcome(world([{ ...ALWAYS, classes: ['fleet-carrier'] }]));
    const half = outcome(world([{ ...ALWAYS, lostPercent: 50 }]));
    const all = outcome(world([ALWAYS]));
    for (const same of [battlesOnly, notYet, theirs, carriers]) expect(same).toEqual(none);
    expect(half.crippled).toBeGreaterThan(0);
    expect(half.crippled).toBeLessThan(all.crippled);
    expect(half.worstAfloat).toBeGreaterThanOrEqual(50);
  });
});
