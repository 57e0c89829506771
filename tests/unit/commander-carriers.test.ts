/**
 * Where the levels differ at sea (issue 13, Midway): reading the decrypt for an ambush and a
 * carrier battle as the battle rules fight it. On the small scenario with two American carriers
 * added: normal and hard keep carriers already waiting where the decrypt sends a stronger Japanese
 * carrier fleet (the ambush's first strike brings the odds: Nimitz's gamble), easy does not; normal
 * and hard sail a turn ahead to wait where the decoded fleet can strike next; hard does not flee a fleet of
 * battleships and carriers whose air groups its own carriers and land-based air can meet.
 */
import { describe, expect, it } from 'vitest';
import { carrierBattleOdds } from '../../src/ai/commander/carrier-battle';
import { ambushOdds } from '../../src/ai/commander/intelligence';
import { readSituation } from '../../src/ai/commander/situation';
import { hasIntent, type IntentfulPolicy } from '../../src/ai/policy';
import { policyByName } from '../../src/ai/registry';
import type { GameState, JapaneseIntentions } from '../../src/engine';
import { intentNames, operationSentence } from '../../src/text/intent-text';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const carrier = (id: string, name: string, location: string) => ({
  id,
  name,
  side: 'allies',
  type: 'ship',
  class: 'fleet-carrier',
  location,
  aircraft: 75,
  experience: 60,
});
const battleship = (id: string, name: string) => ({
  id,
  name,
  side: 'japan',
  type: 'ship',
  class: 'battleship',
  location: 'home-islands',
  experience: 70,
});
/** Two American carriers at `location`; the ABDA cruisers and destroyers gone, and two more Japanese battleships. */
const withCarriers = (location: string) =>
  labWorld((s: RawScenario) => {
    s.forces = s.forces.filter(
      (f: { id: string }) => !['houston', 'exeter', 'de-ruyter', 'abda-destroyers'].includes(f.id),
    );
    s.forces.push(
      carrier('lexington', 'USS Lexington', location),
      carrier('saratoga', 'USS Saratoga', location),
    );
    s.forces.push(battleship('nagato', 'Nagato'), battleship('mutsu', 'Mutsu'));
  });
const KIDO_BUTAI = ['akagi', 'kaga', 'kongo', 'haruna', 'nagato', 'mutsu'];
const KIDO_BUTAI_NAMES = ['Akagi', 'Kaga', 'Kongō', 'Haruna', 'Nagato', 'Mutsu'];
const bot = (name: string) => {
  const p = policyByName(name);
  if (!p || !hasIntent(p)) throw new Error(name);
  return p as IntentfulPolicy;
};
const decrypt = (area: string, forces: string[]): JapaneseIntentions => ({
  chance: 80,
  roll: 0,
  read: true,
  destinations: [{ area, forces }],
});
const moved = (orders: { type: string; force?: string }[], id: string) =>
  orders.some((o) => o.type === 'move' && o.force === id);

describe('the commander reads an ambush and a carrier battle', () => {
  it('keeps carriers waiting where the decrypt sends a stronger carrier fleet (normal, hard), not at easy', () => {
    const world = withCarriers('java-sea');
    const state = startWith(world, 'ambush', (s: GameState) => {
      for (const f of s.forces) if (KIDO_BUTAI.includes(f.id)) f.location = 'south-china-sea';
    });
    const intel = decrypt('java-sea', KIDO_BUTAI_NAMES);
    const s = readSituation(world, state, 'allies', false, intel);
    const enemy = state.forces.filter((f) => KIDO_BUTAI.includes(f.id));
    // Outgunned, but the first strike of an ambush (150%, 275% against carriers caught on deck) makes the odds.
    expect(ambushOdds(s, 'java-sea', enemy)).toBeGreaterThanOrEqual(150);
    for (const level of ['normal', 'hard']) {
      const d = bot(`commander:${level}`).decide(world, state, 'allies', { intel });
      const op = d.intent.operations.find((o) => o.kind === 'fleet-action' && o.target === 'java-sea');
      expect(op, level).toBeDefined();
      expect(op!.numbers?.ambushOdds).toBeGreaterThanOrEqual(150);
      expect(operationSentence(intentNames(world, state), op!)).toMatch(
        /^Wait in Java Sea for the enemy carriers the code-breakers say are coming: ours are already there and will strike first \(odds \d+% in strike aircraft\): /,
      );
      // Below the odds the count of guns and aircraft asks for.
      expect(op!.numbers!.power! * 100).toBeLessThan(op!.numbers!.enemyPower! * 150);
      for (const id of ['lexington', 'saratoga']) {
        expect(op!.forces).toContain(id);
        expect(moved(d.orders, id), `${level} ${id}`).toBe(false);
      }
    }
    const easy = bot('commander:easy').decide(world, state, 'allies', { intel });
    expect(easy.intent.operations.some((o) => o.numbers?.ambushOdds !== undefined)).toBe(false);
  });

  it('sails a turn ahead to wait where the decoded carrier fleet can strike next (normal and hard, not easy)', () => {
    const world = withCarriers('timor-sea');
    const state = startWith(world, 'ahead');
    // Kidō Butai ordered to the South China Sea: next turn it can strike the Java Sea, off Java and Borneo.
    const intel = decrypt('south-china-sea', KIDO_BUTAI_NAMES);
    const hard = bot('commander:hard').decide(world, state, 'allies', { intel });
    const op = hard.intent.operations.find(
      (o) => o.kind === 'fleet-action' && o.target === 'java-sea' && o.forces.includes('lexington'),
    );
    expect(op).toBeDefined();
    expect(op!.numbers?.decoded).toBe(6);
    expect(operationSentence(intentNames(world, state), op!)).toMatch(
      /^Sail to Java Sea and wait there for the enemy carriers the code-breakers place next to it/,
    );
    expect(hard.orders).toContainEqual({ type: 'move', force: 'lexington', to: 'java-sea' });
    const normal = bot('commander:normal').decide(world, state, 'allies', { intel });
    expect(normal.orders).toContainEqual({ type: 'move', force: 'lexington', to: 'java-sea' });
    const easy = bot('commander:easy').decide(world, state, 'allies', { intel });
    expect(easy.orders).not.toContainEqual({ type: 'move', force: 'lexington', to: 'java-sea' });
  });

  it('weighs a carrier battle in strike aircraft: hard does not flee battleships its carriers need not fight', () => {
    const world = withCarriers('java-sea');
    const state = startWith(world, 'carriers', (s: GameState) => {
      for (const f of s.forces) if (KIDO_BUTAI.includes(f.id)) f.location = 'south-china-sea';
    });
    const s = readSituation(world, state, 'allies', false);
    const ours = state.forces.filter((f) => f.side === 'allies' && f.location === 'java-sea');
    const odds = carrierBattleOdds(s, 'java-sea', ours)!;
    // Two carriers and ABDA's air at Java against Akagi's and Kaga's air groups: the battleships do not count.
    expect(odds.theirs * 100).toBeLessThanOrEqual(odds.ours * 150);
    // Counted in guns and a third of the aircraft, the fleet next door is more than 1.5 times as strong.
    expect((s.fleet.japan.get('south-china-sea') ?? 0) * 100).toBeGreaterThan(
      (s.fleet.allies.get('java-sea') ?? 0) * 150,
    );
    const hard = bot('commander:hard').decide(world, state, 'allies');
    expect(hard.intent.operations.some((o) => o.reason === 'avoid-superior-fleet')).toBe(false);
  });
});
