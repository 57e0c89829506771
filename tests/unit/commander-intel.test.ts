/**
 * The Allied commander reads Japan's decoded intentions (PolicyInput.intel,
 * readJapaneseIntentions) and acts on them: its warships wait where the
 * decrypt sends a Japanese fleet they can fight at odds, and it defends the
 * area the decrypt names as the target of Japanese troops — and says so in
 * its intent, with the numbers.
 */
import { describe, expect, it } from 'vitest';
import { hasIntent, type IntentfulPolicy } from '../../src/ai/policy';
import { policyByName } from '../../src/ai/registry';
import { createGame, type JapaneseIntentions } from '../../src/engine';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { smallWorld } from '../support/scenarios';

const world = smallWorld();
const bot = (name: string) => {
  const p = policyByName(name);
  if (!p || !hasIntent(p)) throw new Error(name);
  return p as IntentfulPolicy;
};
const decrypt = (destinations: { area: string; forces: string[] }[]): JapaneseIntentions => ({
  chance: 50,
  roll: 0,
  read: true,
  destinations,
});

describe('the Allied commander with a decrypt', () => {
  const state = createGame(world, 'intel');

  it('waits with its warships where the decrypt sends a weaker Japanese fleet', () => {
    const intel = decrypt([{ area: 'java-sea', forces: ['Haruna'] }]);
    for (const name of ['commander:easy', 'commander:normal']) {
      const without = bot(name).decide(world, state, 'allies');
      expect(without.intent.operations.some((o) => o.numbers?.decoded !== undefined)).toBe(false);
      const d = bot(name).decide(world, state, 'allies', { intel });
      const op = d.intent.operations.find((o) => o.kind === 'fleet-action' && o.target === 'java-sea');
      expect(op, name).toBeDefined();
      expect(op!.reason).toBe('destroy-fleet');
      expect(op!.numbers?.decoded).toBe(1);
      expect(op!.numbers!.power! * 100).toBeGreaterThanOrEqual(op!.numbers!.enemyPower! * 150);
      expect(operationSentence(intentNames(world, state), op!)).toMatch(
        /^Wait in Java Sea for the enemy fleet the code-breakers say is coming/,
      );
      // The ships already there stay put (the decrypt's ambush), none sails away.
      for (const id of ['houston', 'exeter', 'de-ruyter']) {
        expect(op!.forces).toContain(id);
        expect(d.orders.some((o) => o.type === 'move' && o.force === id)).toBe(false);
      }
    }
  });

  it('does not wait for a fleet it cannot fight at odds', () => {
    const intel = decrypt([{ area: 'java-sea', forces: ['Akagi', 'Kaga', 'Kongō', 'Haruna'] }]);
    const d = bot('commander:normal').decide(world, state, 'allies', { intel });
    expect(d.intent.operations.some((o) => o.kind === 'fleet-action' && o.numbers?.decoded)).toBe(false);
  });

  it('defends the area the decrypt names as the target of Japanese troops, even at the easy level', () => {
    const intel = decrypt([{ area: 'borneo', forces: ['16th Army'] }]);
    const d = bot('commander:easy').decide(world, state, 'allies', { intel });
    const op = d.intent.operations.find((o) => o.kind === 'defend' && o.target === 'borneo');
    expect(op?.numbers?.decoded).toBe(50);
    expect(op?.numbers?.threat).toBeGreaterThanOrEqual(50);
    expect(operationSentence(intentNames(world, state), op!)).toContain(
      'the code-breakers report 50,000 men',
    );
    // The decoded target comes first among the defences.
    expect(d.intent.operations.find((o) => o.kind === 'defend')?.target).toBe('borneo');
  });

  it('ignores a decrypt that was not read', () => {
    const intel: JapaneseIntentions = { chance: 50, roll: 90, read: false, destinations: [] };
    expect(bot('commander:normal').decide(world, state, 'allies', { intel })).toEqual(
      bot('commander:normal').decide(world, state, 'allies'),
    );
  });
});
