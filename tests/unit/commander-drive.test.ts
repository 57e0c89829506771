/**
 * Hard's campaign drive (drive.ts, issue 13): an enemy airfield within bombing range of the enemy's
 * capital that no army can take this turn is not waited for — the armies it needs gather at the
 * side's port nearest to it, held for it, and the landing goes in once they are assembled. On the
 * small scenario: Formosa (Japanese, 700 miles from Japan's capital, inside the bombers' 800) held
 * by the 16th Army; the Allies' Malaya Command with transports in Malaya and escorts enough for two armies, a second army in Thailand
 * (no port: it cannot sail from there). Japan has no fleet nor transports and gives no orders.
 */
import { describe, expect, it } from 'vitest';
import { driveObjective } from '../../src/ai/commander/drive';
import { invasionNeed, landingFire } from '../../src/ai/commander/land-operations';
import { LEVELS } from '../../src/ai/commander/levels';
import { readSituation } from '../../src/ai/commander/situation';
import { hasIntent, type IntentfulPolicy } from '../../src/ai/policy';
import { policyByName } from '../../src/ai/registry';
import { type GameState, resolveTurn } from '../../src/engine';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const world = labWorld((s: RawScenario) => {
  s.rules.bombing = { range: 800, industryPer100: 5, willPer100: 0 };
  const keep = new Set(['sixteenth-army', 'abda-destroyers', 'malaya-command', 'knil']);
  s.forces = s.forces.filter((f: { id: string }) => keep.has(f.id));
  // Escorts enough for both armies' transports (rules.invasion: 15 escorts per 100 transports).
  for (const f of s.forces) if (f.id === 'abda-destroyers') f.count = 30;
  for (const a of s.areas)
    if (a.id === 'thailand' || a.id === 'luzon' || a.id === 'borneo') a.owner = 'allies';
  for (const a of s.areas) if (a.id === 'luzon' || a.id === 'borneo') a.port = false;
  s.forces.push(
    {
      id: 'thai-army',
      name: 'Thai Army',
      side: 'allies',
      type: 'army',
      location: 'thailand',
      troops: 80,
      experience: 60,
    },
    // Two flotillas: a flotilla carries one army (the engine's sea lift does not split it).
    ...['allied-transports-1', 'allied-transports-2'].map((id) => ({
      id,
      name: 'Allied transports',
      side: 'allies',
      type: 'flotilla',
      class: 'transport',
      count: 100,
      location: 'malaya',
      experience: 50,
    })),
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

describe("hard's campaign drive", () => {
  const state0 = startWith(world, 'drive', atWar);

  it('has a drive objective: Formosa, which Malaya Command alone cannot take at hard odds', () => {
    const s = readSituation(world, state0, 'allies');
    expect(s.war).toBe(true);
    const obj = driveObjective(s, LEVELS.hard.odds.allies);
    expect(obj?.area).toBe('formosa');
    const malaya = state0.forces.find((f) => f.id === 'malaya-command')!;
    const thai = state0.forces.find((f) => f.id === 'thai-army')!;
    const need = invasionNeed(s, obj!, LEVELS.hard.odds.allies);
    expect(landingFire(s, malaya)).toBeLessThan(need);
    expect(landingFire(s, malaya) + landingFire(s, thai)).toBeGreaterThanOrEqual(need);
  });

  it('gathers the armies at the staging port, then lands once they are assembled', () => {
    const d1 = bot('commander:hard').decide(world, state0, 'allies');
    // Turn 1: no landing on Formosa; Thai Army marches to Malaya, Malaya Command is held for the drive.
    expect(moves(d1.orders, 'malaya-command')).toBeUndefined();
    expect(moves(d1.orders, 'thai-army')).toBe('malaya');
    const gather = d1.intent.operations.find((o) => o.reason === 'bomber-bases');
    expect(gather?.kind).toBe('reinforce');
    expect(gather?.target).toBe('formosa');
    expect(gather?.staging).toBe('malaya');
    expect(gather?.forces).toEqual(expect.arrayContaining(['malaya-command', 'thai-army']));
    expect(gather?.numbers?.ready).toBe(1);
    expect(operationSentence(intentNames(world, state0), gather!)).toMatch(
      /^Gather 2 armies at Malaya and Singapore to take Formosa for airfields from which bombers can reach the enemy's homeland: 1 of 2 ready to land \(strength \d+ of the \d+ needed\)/,
    );
    const state1 = resolveTurn(world, state0, { japan: [], allies: d1.orders }).state;
    expect(state1.forces.find((f) => f.id === 'thai-army')?.location).toBe('malaya');
    // Turn 2: both armies land on Formosa together.
    const d2 = bot('commander:hard').decide(world, state1, 'allies');
    expect(moves(d2.orders, 'malaya-command')).toBe('formosa');
    expect(moves(d2.orders, 'thai-army')).toBe('formosa');
    const landing = d2.intent.operations.find((o) => o.kind === 'invade' && o.target === 'formosa');
    expect(landing?.reason).toBe('bomber-bases');
  });

  it('is hard alone: normal sends neither army to gather for Formosa', () => {
    const d = bot('commander:normal').decide(world, state0, 'allies');
    expect(d.intent.operations.some((o) => o.reason === 'bomber-bases')).toBe(false);
    expect(moves(d.orders, 'thai-army')).not.toBe('malaya');
  });
});
