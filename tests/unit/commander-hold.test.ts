/**
 * The other side of the campaign drive (drive.ts `holdHomeAirfields`, issue 13): hard's Japan holds
 * its airfields within the enemy's bombing range of its capital that the enemy can reach, and sends
 * armies there from areas that are neither such an airfield nor a goal's objective. On the small
 * scenario: Formosa (700 miles from Japan's capital, inside the bombers' 800) held by the 16th Army
 * (50); the Allies' Malaya Command (85) with transports and escorts in Malaya can land there; in
 * the home islands a home army (150) and a reserve brigade (40) with Japanese transports. Japan's
 * other forces are gone.
 */
import { describe, expect, it } from 'vitest';
import { readSituation } from '../../src/ai/commander/situation';
import { hasIntent, type IntentfulPolicy } from '../../src/ai/policy';
import { policyByName } from '../../src/ai/registry';
import { type GameState, resolveTurn } from '../../src/engine';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const world = labWorld((s: RawScenario) => {
  s.rules.bombing = { range: 800, industryPer100: 5, willPer100: 0 };
  const keep = new Set(['sixteenth-army', 'abda-destroyers', 'malaya-command']);
  s.forces = s.forces.filter((f: { id: string }) => keep.has(f.id));
  for (const f of s.forces) if (f.id === 'abda-destroyers') f.count = 30;
  s.forces.push(
    {
      id: 'allied-transports',
      name: 'Allied transports',
      side: 'allies',
      type: 'flotilla',
      class: 'transport',
      count: 100,
      location: 'malaya',
      experience: 50,
    },
    {
      id: 'home-army',
      name: 'Home Army',
      side: 'japan',
      type: 'army',
      location: 'home-islands',
      troops: 150,
      experience: 40,
    },
    {
      id: 'reserve-brigade',
      name: 'Reserve Brigade',
      side: 'japan',
      type: 'army',
      location: 'home-islands',
      troops: 40,
      experience: 40,
    },
    {
      id: 'japanese-transports',
      name: 'Japanese transports',
      side: 'japan',
      type: 'flotilla',
      class: 'transport',
      count: 40,
      location: 'home-islands',
      experience: 50,
    },
  );
});

const bot = (name: string) => {
  const p = policyByName(name);
  if (!p || !hasIntent(p)) throw new Error(name);
  return p as IntentfulPolicy;
};
const moves = (orders: { type: string; force?: string; to?: string }[], id: string) =>
  orders.find((o) => o.type === 'move' && o.force === id)?.to;
const atWar = (s: GameState) => {
  s.flags = { ...s.flags, war: true };
};

describe("hard's Japan holds the bombers' airfields", () => {
  const state0 = startWith(world, 'hold', atWar);

  it('Formosa is within the enemy reach, the home islands can spare the brigade', () => {
    const s = readSituation(world, state0, 'japan');
    expect(s.enemyReach.get('formosa') ?? 0).toBeGreaterThan(50);
    expect(s.enemyReach.get('home-islands') ?? 0).toBeLessThanOrEqual(150);
  });

  it('holds Formosa with its garrison and sends the brigade, and says why', () => {
    const d = bot('commander:hard').decide(world, state0, 'japan');
    const hold = d.intent.operations.find((o) => o.kind === 'hold' && o.reason === 'bomber-bases');
    expect(hold?.target).toBe('formosa');
    expect(hold?.forces).toEqual(expect.arrayContaining(['sixteenth-army', 'reserve-brigade']));
    expect(hold?.forces).not.toContain('home-army');
    expect(moves(d.orders, 'reserve-brigade')).toBe('formosa');
    expect(moves(d.orders, 'sixteenth-army')).toBeUndefined();
    expect(operationSentence(intentNames(world, state0), hold!)).toMatch(
      /^Hold Formosa: the enemy's bombers could reach .+ from it — an army sent, strength 90 against the \d+ the enemy can bring: 16th Army and Reserve Brigade\.$/,
    );
    const state1 = resolveTurn(world, state0, { japan: d.orders, allies: [] }).state;
    expect(state1.forces.find((f) => f.id === 'reserve-brigade')?.location).toBe('formosa');
  });

  it('is hard alone: normal says no such hold', () => {
    const d = bot('commander:normal').decide(world, state0, 'japan');
    expect(d.intent.operations.some((o) => o.reason === 'bomber-bases')).toBe(false);
  });
});
