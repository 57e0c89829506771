/**
 * The words of why a force was damaged, lost or retired (src/text/damage-text.ts): every cause
 * code the engine can give has words, and they read as the sentences the engine used to build.
 */
import { describe, expect, it } from 'vitest';
import type { DamageCause, FireKind, RetireCause } from '../../src/engine';
import { LossBook } from '../../src/engine/combat/hits';
import { damageCauseText, retireCauseText } from '../../src/text/damage-text';
import { labWorld, startWith } from '../support/lab';

const names = (id: string) => ({ 'java-sea': 'Java Sea', formosa: 'Formosa', luzon: 'Luzon' })[id] ?? id;

/** One cause of every code (a new code without an entry here fails to type-check). */
const EVERY_CAUSE: Record<DamageCause['code'], DamageCause> = {
  fire: { code: 'fire', shooter: 'japan', fire: 'air-strikes', points: 12 },
  surrendered: { code: 'surrendered', men: 40 },
  overwhelmed: { code: 'overwhelmed', men: 3 },
  torpedoed: { code: 'torpedoed', shooter: 'allies', area: 'java-sea', points: 15 },
  trapped: { code: 'trapped', area: 'luzon' },
  'transports-sunk': { code: 'transports-sunk', area: 'java-sea' },
  'convoy-beaten': { code: 'convoy-beaten', area: 'java-sea', to: 'formosa' },
  escorts: { code: 'escorts', area: 'java-sea', boats: 2 },
  unsupplied: { code: 'unsupplied', area: 'luzon', shortPercent: 60 },
  event: { code: 'event', text: 'sunk in a surprise raid' },
};
const EVERY_RETIRE: Record<RetireCause['code'], RetireCause> = {
  yard: { code: 'yard', damage: 60, below: 50 },
  'air-group-gone': { code: 'air-group-gone' },
};
const EVERY_FIRE: FireKind[] = ['air-strikes', 'gunfire', 'ground-fire', 'port-strike', 'aa'];

describe('damage causes in words', () => {
  it('has words for every cause code, naming areas by name, never by id', () => {
    for (const cause of Object.values(EVERY_CAUSE)) {
      const text = damageCauseText(cause, names);
      expect(text.length).toBeGreaterThan(5);
      expect(text).not.toMatch(/java-sea|formosa|undefined/);
    }
    for (const cause of Object.values(EVERY_RETIRE)) expect(retireCauseText(cause).length).toBeGreaterThan(5);
    for (const fire of EVERY_FIRE)
      expect(damageCauseText({ code: 'fire', shooter: 'allies', fire, points: 3 }, names)).toMatch(
        /^3 points of Allied /,
      );
  });

  it('reads as the sentences the report used to carry', () => {
    expect(damageCauseText(EVERY_CAUSE.fire, names)).toBe('12 points of Japanese air strikes');
    expect(damageCauseText({ code: 'fire', shooter: 'allies', fire: 'gunfire', points: 1 }, names)).toBe(
      '1 point of Allied gunfire',
    );
    expect(
      damageCauseText(
        { code: 'fire', shooter: 'allies', fire: 'air-strikes', points: 30, onDeck: true },
        names,
      ),
    ).toBe('30 points of Allied air strikes on a carrier caught with her aircraft on deck');
    expect(
      damageCauseText(
        { code: 'fire', shooter: 'japan', fire: 'ground-fire', points: 9, surrendered: 20 },
        names,
      ),
    ).toBe('9 points of Japanese ground fire; then the 20 thousand survivors surrendered');
    expect(
      damageCauseText(
        { code: 'fire', shooter: 'japan', fire: 'ground-fire', points: 9, surrendered: 40, cutOff: true },
        names,
      ),
    ).toBe(
      '9 points of Japanese ground fire; then the 40 thousand survivors, cut off from supply with no relief coming, surrendered',
    );
    expect(damageCauseText({ code: 'surrendered', men: 12, cutOff: true }, names)).toBe(
      'the 12 thousand survivors, cut off from supply with no relief coming, surrendered',
    );
    expect(damageCauseText({ code: 'fire', shooter: 'japan', fire: 'aa', points: 0 }, names)).toBe(
      'shot down by Japanese fighters and AA',
    );
    expect(
      damageCauseText(
        { code: 'fire', shooter: 'allies', fire: 'air-strikes', points: 76, shotDown: 164 },
        names,
      ),
    ).toBe(
      '76 points of Allied air strikes; 164 of its aircraft shot down by Allied fighters and AA as they struck',
    );
    expect(damageCauseText(EVERY_CAUSE.torpedoed, names)).toBe(
      'torpedoed by a US submarine in Java Sea (15 points)',
    );
    expect(damageCauseText(EVERY_CAUSE.trapped, names)).toBe(
      'trapped when Luzon fell, with no airfield or port of its own within reach',
    );
    expect(damageCauseText(EVERY_CAUSE['convoy-beaten'], names)).toBe(
      'its convoy was beaten in Java Sea and turned back to Formosa',
    );
    expect(damageCauseText(EVERY_CAUSE.escorts, names)).toBe('2 submarines lost to escorts in Java Sea');
    expect(damageCauseText({ code: 'escorts', area: 'java-sea', boats: 1 }, names)).toBe(
      '1 submarine lost to escorts in Java Sea',
    );
    expect(retireCauseText(EVERY_RETIRE.yard)).toBe(
      '60% damaged, she goes to the yard until repaired below 50%',
    );
  });
});

describe('a ship kept afloat or withdrawn says so', () => {
  it('says why she left the battle', () => {
    const base = { code: 'fire', shooter: 'allies', fire: 'air-strikes', points: 40 } as const;
    expect(damageCauseText({ ...base, left: 'kept-afloat' }, names)).toContain(
      'damage control kept her afloat',
    );
    expect(damageCauseText({ ...base, left: 'withdrew' }, names)).toContain('left the battle');
    expect(damageCauseText(base, names)).not.toContain('left the battle');
  });
});

describe('fire of two kinds on one force', () => {
  it('names both, with the points of each, in the order they fell', () => {
    const world = labWorld(() => {});
    const ship = structuredClone(startWith(world, 'split').forces.find((f) => f.type === 'ship')!);
    const book = new LossBook();
    book.record(ship, 30, { amount: 30, aircraft: 0 }, { shooter: 'japan', fire: 'air-strikes' });
    book.record(ship, 8, { amount: 8, aircraft: 0 }, { shooter: 'japan', fire: 'gunfire' });
    book.record(ship, 4, { amount: 4, aircraft: 0 }, { shooter: 'japan', fire: 'gunfire' });
    const [loss] = book.losses();
    expect(loss?.cause).toMatchObject({
      code: 'fire',
      points: 42,
      split: [
        { fire: 'air-strikes', points: 30 },
        { fire: 'gunfire', points: 12 },
      ],
    });
    expect(damageCauseText(loss!.cause, names)).toBe(
      '30 points of Japanese air strikes and 12 of Japanese gunfire',
    );
  });

  it('says nothing more when one kind fell, or when the other was only the price of a strike', () => {
    const world = labWorld(() => {});
    const carrier = structuredClone(startWith(world, 'split').forces.find((f) => f.type === 'ship')!);
    const book = new LossBook();
    book.record(carrier, 20, { amount: 20, aircraft: 3 }, { shooter: 'allies', fire: 'air-strikes' });
    book.record(carrier, 0, { amount: 0, aircraft: 5 }, { shooter: 'allies', fire: 'aa' });
    const [loss] = book.losses();
    expect(loss?.cause.code === 'fire' && loss.cause.split).toBeFalsy();
    expect(damageCauseText(loss!.cause, names)).toBe(
      '20 points of Allied air strikes; 5 of its aircraft shot down by Allied fighters and AA as they struck',
    );
  });
});
