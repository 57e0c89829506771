/**
 * The commander fights for a goal before the clock runs out (midway25; clock.ts,
 * naval-operations.ts `coverFront`, variants.ts). On the small scenario: Java (a goal of the
 * scenario, Japan holds none of them: waiting loses) held by 10,000 men of the KNIL, with Houston,
 * Exeter, De Ruyter and a destroyer flotilla in port; a Japanese landing force at Borneo with Akagi, Kaga, destroyers and
 * transports. Its fleet beats the ships and air that can reach the Java Sea, but by less than the
 * 1.5 to 1 it asks to sail into it: with many turns left it waits for better odds; with no more
 * left than sailing, softening up and landing take, it sails — and says why. At Midway the normal
 * commander waited all twelve turns against a student who parked the US fleet at the atoll and lost
 * without a fight (notes of play25 §4.1).
 */
import { describe, expect, it } from 'vitest';
import { waitingLoses } from '../../src/ai/commander/clock';
import { navalPower, readSituation } from '../../src/ai/commander/situation';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { atWar, javaLandingLab, moveOf, normalCommander } from '../support/java-landing';
import { type RawScenario, startWith } from '../support/lab';

const lab = (lastTurn: number, destroyers = 25) =>
  javaLandingLab(['kaga', 'houston', 'exeter', 'de-ruyter', 'abda-destroyers'], (s: RawScenario) => {
    s.calendar.lastTurn = lastTurn;
    for (const f of s.forces) {
      if (['houston', 'exeter', 'de-ruyter', 'abda-destroyers'].includes(f.id)) f.location = 'java';
      // A lab's figure, not history's: 25 destroyers, so that the Japanese fleet (84 in navalPower)
      // beats the Allied ships in Java (66) by less than 1.5 to 1.
      if (f.id === 'abda-destroyers') f.count = destroyers;
    }
  });
const commander = normalCommander;

describe('the commander fights for a goal before the clock runs out', () => {
  it('is set up as meant: its fleet beats the enemy within reach by more than even and less than 1.5 to 1', () => {
    const world = lab(12);
    const state = startWith(world, 'last-chance', atWar);
    const s = readSituation(world, state, 'japan');
    const power = (side: string) =>
      state.forces.filter((f) => f.side === side).reduce((n, f) => n + navalPower(f), 0);
    expect(power('japan') * 100).toBeGreaterThan(power('allies') * 100);
    expect(power('japan') * 100).toBeLessThan(power('allies') * 150);
    expect(waitingLoses(s)).toBe(true);
  });

  it('waits for better odds with many turns left', () => {
    const world = lab(12);
    const d = commander.decide(world, startWith(world, 'last-chance', atWar), 'japan');
    expect(moveOf(d.orders, 'akagi')).toBeUndefined();
    expect(moveOf(d.orders, 'kaga')).toBeUndefined();
    expect(d.intent.operations.some((o) => o.numbers?.lastChance)).toBe(false);
  });

  it('sails for the goal at closer odds when only the turns to sail, soften up and land are left, and says why', () => {
    const world = lab(3);
    const state = startWith(world, 'last-chance', atWar);
    const d = commander.decide(world, state, 'japan');
    expect(moveOf(d.orders, 'akagi')).toBe('java-sea');
    expect(moveOf(d.orders, 'kaga')).toBe('java-sea');
    const op = d.intent.operations.find((o) => o.numbers?.lastChance === 1);
    expect(op?.target).toBe('java');
    expect(operationSentence(intentNames(world, state), op!)).toMatch(
      /^Sail for Java: waiting gives the Allies the game, so the fleet accepts a battle at closer odds than it would choose \(strength \d+ against \d+\): Kaga, Akagi/,
    );
  });

  it('weighs the approach as one force: it sails where the fleet together, not any ship alone, beats the enemy by 1.5 to 1', () => {
    // 17 destroyers: the Allied ships in Java weigh 50, the Japanese fleet 84 (more than 1.5 to 1),
    // its strongest ship 32 (less). Weighed ship by ship, none sailed (play25's Midway).
    const world = lab(12, 17);
    const d = commander.decide(world, startWith(world, 'last-chance', atWar), 'japan');
    expect(moveOf(d.orders, 'akagi')).toBe('java-sea');
    expect(moveOf(d.orders, 'kaga')).toBe('java-sea');
    expect(d.intent.operations.some((o) => o.numbers?.lastChance)).toBe(false);
  });
});
