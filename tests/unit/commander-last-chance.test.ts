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
import { hasIntent, type IntentfulPolicy } from '../../src/ai/policy';
import { policyByName } from '../../src/ai/registry';
import type { GameState } from '../../src/engine';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const lab = (lastTurn: number, destroyers = 25) =>
  labWorld((s: RawScenario) => {
    s.calendar.lastTurn = lastTurn;
    s.rules.combat.supportMaxPercent = 50;
    s.rules.combat.cutOffSurrenderPercent = { allies: 90 };
    s.rules.supply = {
      sources: [
        { side: 'japan', area: 'home-islands', note: 'the home arsenals', source: 'T' },
        { side: 'allies', area: 'australia', note: 'Australia', source: 'T' },
      ],
      cutPower: 10,
    };
    for (const a of s.areas)
      if (a.id === 'borneo') Object.assign(a, { owner: 'japan', produces: {}, value: 1 });
    s.meta.goals.objectives = ['malaya', 'luzon', 'java'];
    s.meta.goals.history.held = ['malaya', 'luzon', 'java'];
    const keep = new Set([
      'akagi',
      'kaga',
      'southern-destroyers',
      'invasion-transports',
      'houston',
      'exeter',
      'de-ruyter',
      'abda-destroyers',
      'knil',
      'malaya-command',
      'usaffe',
      'darwin-garrison',
    ]);
    s.forces = s.forces.filter((f: { id: string }) => keep.has(f.id));
    for (const f of s.forces) {
      if (f.side === 'japan') f.location = 'borneo';
      if (['houston', 'exeter', 'de-ruyter', 'abda-destroyers'].includes(f.id)) f.location = 'java';
      if (f.id === 'knil') Object.assign(f, { troops: 10, experience: 50 });
      // A lab's figure, not history's: 25 destroyers, so that the Japanese fleet (84 in navalPower)
      // beats the Allied ships in Java (66) by less than 1.5 to 1.
      if (f.id === 'abda-destroyers') f.count = destroyers;
    }
    s.forces.push({
      id: 'landing-force',
      name: 'Landing force',
      side: 'japan',
      type: 'army',
      troops: 11,
      location: 'borneo',
      experience: 70,
    });
  });

const commander = (() => {
  const p = policyByName('commander:normal');
  if (!p || !hasIntent(p)) throw new Error('commander:normal');
  return p as IntentfulPolicy;
})();
const moveOf = (orders: { type: string; force?: string; to?: string }[], id: string) =>
  orders.find((o) => o.type === 'move' && o.force === id)?.to;
const atWar = (s: GameState) => {
  s.flags = { ...s.flags, war: true };
};

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
