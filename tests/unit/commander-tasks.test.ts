/**
 * One force, one task a turn, and an island taken is held (issue 13 items 4 and 5): the intent a
 * class reads lists each force once, and the commander does not sail the army that took an island
 * of no worth for itself straight on, leaving it empty for the enemy to walk back in (the
 * ping-pong that retakes an area for score).
 */
import { describe, expect, it } from 'vitest';
import { hasIntent } from '../../src/ai/policy';
import { policyByName } from '../../src/ai/registry';
import { buildWorld, createGame, resolveTurn, type World } from '../../src/engine/index';
import { labWorld, type RawScenario, startWith } from '../support/lab';
import { loadScenario, smallWorld } from '../support/scenarios';

const LEVELS = ['commander:easy', 'commander:normal', 'commander:hard'] as const;
const commander = (name: string) => {
  const p = policyByName(name);
  if (!p || !hasIntent(p)) throw new Error(`${name} is not an intentful policy`);
  return p;
};

/** Forces named in more than one operation of a side's intent, over `turns` turns of commander against commander. */
function doubleTasked(world: World, name: string, seed: string, turns: number): string[] {
  const bot = commander(name);
  let state = createGame(world, seed);
  const out: string[] = [];
  for (let t = 0; t < turns && !state.outcome; t++) {
    const d = { japan: bot.decide(world, state, 'japan'), allies: bot.decide(world, state, 'allies') };
    for (const side of ['japan', 'allies'] as const) {
      const seen = new Set<string>();
      // A carrier raid names every carrier that strikes the port, whatever other order it has
      // (nameCarrierStrikes, by design: commander-carrier-reading.test.ts): not a second task.
      for (const op of d[side].intent.operations.filter((o) => o.kind !== 'carrier-raid'))
        for (const f of op.forces) {
          if (seen.has(f)) out.push(`turn ${state.turn} ${side} ${f} (${op.kind} ${op.target ?? ''})`);
          seen.add(f);
        }
    }
    state = resolveTurn(world, state, { japan: d.japan.orders, allies: d.allies.orders }).state;
  }
  return out;
}

describe('one force, one task a turn', () => {
  it('no force is in two operations of one intent (small scenario, every level)', () => {
    const world = smallWorld();
    for (const name of LEVELS) expect(doubleTasked(world, name, 'tasks', 6), name).toEqual([]);
  });

  it('on the Southern Oil Run the ABDA air groups supporting the battle on Luzon fly no other mission', () => {
    // Before the fix, normal's Allies listed ABDA's air groups both as support of the battle on
    // Luzon and as a strike on the South China Sea (or the defence of their bases) in one turn.
    const world = buildWorld(loadScenario('southern-oil-1942.json'));
    for (const name of LEVELS) expect(doubleTasked(world, name, 's0', 4), name).toEqual([]);
  });
});

describe('an island taken is held', () => {
  // Luzon taken by Japan and no goal's objective (an island worth nothing for itself here), the
  // 16th Army on it with its transports, the Americans gone to Australia; Borneo's oil within
  // reach (worth less than TRADE_FACTOR times Luzon: before the rule the 16th Army sailed for it
  // and left Luzon empty).
  const world = labWorld((s: RawScenario) => {
    s.meta.goals.objectives = ['malaya', 'borneo', 'java'];
    s.meta.goals.history.held = ['malaya', 'borneo', 'java'];
    for (const f of s.forces) if (f.id === 'usaffe') f.location = 'australia';
    for (const f of s.forces) if (f.id === 'twenty-fifth-army') f.location = 'home-islands';
  });
  const start = () =>
    startWith(world, 'island', (st) => {
      st.control.luzon = 'japan';
      for (const f of st.forces)
        if (f.id === 'sixteenth-army' || f.id === 'invasion-transports') f.location = 'luzon';
    });

  it('its last army stays on it, and no landing leaves it empty, at every level', () => {
    for (const name of LEVELS) {
      const d = commander(name).decide(world, start(), 'japan');
      const moved = d.orders.flatMap((o) => (o.type === 'move' ? [o.force] : []));
      expect(moved, name).not.toContain('sixteenth-army');
    }
  });
});
