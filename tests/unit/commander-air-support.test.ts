/**
 * The commander's close air support says what it does (play24): air groups already in the
 * contested area defend it and are said to hold it; only those sent there are said to move. The
 * Southern Oil Run's ABDA air flew to Luzon in January and was then "Moved … to Luzon" in the
 * intent four months running while its orders were to defend Luzon where it stood.
 */
import { describe, expect, it } from 'vitest';
import { hasIntent, type IntentfulPolicy } from '../../src/ai/policy';
import { policyByName } from '../../src/ai/registry';
import { buildWorld, resolveTurn } from '../../src/engine';
import { startWith } from '../support/lab';
import { loadScenario } from '../support/scenarios';

const bot = (name: string) => {
  const p = policyByName(name);
  if (!p || !hasIntent(p)) throw new Error(name);
  return p as IntentfulPolicy;
};

describe('close air support in the intent', () => {
  it('groups already in the battle hold it; none is said to move where it already is', () => {
    const world = buildWorld(loadScenario('southern-oil-1942.json'));
    const allies = bot('commander:normal');
    // Java keeps its air against Japan's carriers since cmdr31b (support-operations.ts `spareAir`), and
    // since cmdr32 no group flies to a Luzon that more Japanese aircraft can strike (`supportBattles`):
    // the RAAF's group from northern Australia starts at Luzon, there when the battle comes.
    let state = startWith(world, 'p24', (s) => {
      for (const f of s.forces) if (f.id === 'raaf-north') f.location = 'luzon';
    });
    let held = 0;
    for (let turn = 1; turn <= 5; turn++) {
      const d = allies.decide(world, state, 'allies');
      for (const op of d.intent.operations) {
        if (op.kind !== 'reinforce' || op.target === undefined) continue;
        const already = op.forces.filter(
          (id) => state.forces.find((f) => f.id === id)?.location === op.target,
        );
        expect(already, `turn ${turn}: ${op.target}`).toEqual([]);
      }
      // An Allied air group standing at a contested Luzon defends it: said as holding it.
      const atLuzon = state.forces.filter(
        (f) => f.side === 'allies' && f.type === 'air' && f.status === 'active' && f.location === 'luzon',
      );
      const contested = state.forces.some(
        (f) => f.side === 'japan' && f.type === 'army' && f.status === 'active' && f.location === 'luzon',
      );
      if (contested && state.control.luzon !== 'japan')
        for (const g of atLuzon) {
          held += 1;
          expect(
            d.intent.operations.some(
              (op) => op.kind === 'defend' && op.target === 'luzon' && op.forces.includes(g.id),
            ),
            `turn ${turn}: ${g.id}`,
          ).toBe(true);
        }
      state = resolveTurn(world, state, { japan: [], allies: d.orders }).state;
    }
    expect(held).toBeGreaterThan(0);
  });
});
