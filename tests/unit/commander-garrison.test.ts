/**
 * Taken objectives keep a garrison (land-operations.ts `keepsGarrison`, docs/AI.md "Fourteenth
 * play-through: garrisons"): the last army in an objective of the scenario's goals that its side took
 * stays there, and the next landing is made by an army free to sail. On the small scenario made
 * 24 turns long (not in its last six, where an objective still to take comes first): the 16th Army
 * (80,000 men here) has taken Borneo, the Dutch garrison gone, and has its transports there; Malaya,
 * Luzon and Java are still to take; the 25th Army (60,000) waits in Formosa with the invasion
 * transports. Before the fourteenth session the 16th Army, the strongest, sailed on from Borneo for
 * the next landing (Australia) and left Borneo empty, as the 25th Army left Singapore on the grand
 * campaign.
 */
import { describe, expect, it } from 'vitest';
import { hasIntent, type IntentfulPolicy } from '../../src/ai/policy';
import { policyByName } from '../../src/ai/registry';
import { type GameState, resolveTurn } from '../../src/engine';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const world = labWorld((s: RawScenario) => {
  s.calendar.lastTurn = 24;
  s.forces = s.forces.filter((f: { id: string }) => f.id !== 'borneo-garrison');
  s.forces.push({
    id: 'borneo-transports',
    name: 'Borneo transports',
    side: 'japan',
    type: 'flotilla',
    class: 'transport',
    count: 80,
    location: 'borneo',
    experience: 50,
  });
});

const bot = (name: string) => {
  const p = policyByName(name);
  if (!p || !hasIntent(p)) throw new Error(name);
  return p as IntentfulPolicy;
};
const moveOf = (orders: { type: string; force?: string; to?: string }[], id: string) =>
  orders.find((o) => o.type === 'move' && o.force === id)?.to;
const borneoTaken = (s: GameState) => {
  s.flags = { ...s.flags, war: true };
  s.control = { ...s.control, borneo: 'japan' };
  for (const f of s.forces) {
    if (f.id === 'sixteenth-army') Object.assign(f, { location: 'borneo', troops: 80 });
    if (f.id === 'twenty-fifth-army') f.location = 'formosa';
  }
};

describe('a taken objective keeps its garrison', () => {
  const state0 = startWith(world, 'garrison', borneoTaken);

  it.each(['commander:normal', 'commander:hard'])(
    '%s keeps the 16th Army in Borneo and lands with another army',
    (name) => {
      const d = bot(name).decide(world, state0, 'japan');
      expect(moveOf(d.orders, 'sixteenth-army')).toBeUndefined();
      // The next landing is made, by the army free to sail.
      const invasions = d.intent.operations.filter((o) => o.kind === 'invade');
      expect(invasions.length).toBeGreaterThan(0);
      expect(invasions.flatMap((o) => o.forces)).toContain('twenty-fifth-army');
      expect(invasions.flatMap((o) => o.forces)).not.toContain('sixteenth-army');
      const state1 = resolveTurn(world, state0, { japan: d.orders, allies: [] }).state;
      expect(state1.forces.find((f) => f.id === 'sixteenth-army')?.location).toBe('borneo');
      expect(state1.control.borneo ?? 'allies').toBe('japan');
    },
  );

  it('in the last six turns the objective still to take comes first: the 16th Army may sail on', () => {
    const late = { ...state0, turn: 20 };
    const sailed = ['commander:normal', 'commander:hard'].some(
      (name) => moveOf(bot(name).decide(world, late, 'japan').orders, 'sixteenth-army') !== undefined,
    );
    expect(sailed).toBe(true);
  });
});
