/**
 * Code-breaking at Midway (C1–C7, B9): with JN-25B partly read and the
 * target confirmed by the "AF is short of water" ruse, the US carriers waited
 * in ambush. Measured over many seeds of the historical plan: reading the
 * codes makes an Allied first strike — and a Japanese disaster — far likelier.
 */
import { describe, expect, it } from 'vitest';
import { policyByName } from '../../src/ai/index';
import { buildWorld, createGame, resolveTurn } from '../../src/engine';
import type { Scenario } from '../../src/scenario/schema';
import { loadScenario } from '../support/scenarios';

const scenario = loadScenario('midway-1942.json');
const historical = policyByName('historical')!;

function battleAtMidway(withCodes: boolean, seeds: number) {
  const s: Scenario = withCodes ? scenario : { ...scenario, rules: { ...scenario.rules, codebreaking: [] } };
  const world = buildWorld(s);
  const tally = { alliesFirst: 0, japanFirst: 0, neither: 0, japaneseCarriersSunk: 0, usCarriersSunk: 0 };
  for (let seed = 0; seed < seeds; seed++) {
    let state = createGame(world, `midway-${seed}`);
    let found = false;
    while (!state.outcome && !found) {
      const r = resolveTurn(world, state, {
        japan: historical.orders(world, state, 'japan'),
        allies: historical.orders(world, state, 'allies'),
      });
      for (const item of r.report.items) {
        if (item.kind !== 'battle' || item.area !== 'midway-approaches' || !item.stages.includes('air'))
          continue;
        found = true;
        if (item.firstStrike === 'allies') tally.alliesFirst++;
        else if (item.firstStrike === 'japan') tally.japanFirst++;
        else tally.neither++;
        for (const l of item.losses) {
          const f = r.state.forces.find((x) => x.id === l.force);
          if (l.destroyed && f?.type === 'ship' && f.class === 'fleet-carrier') {
            if (l.side === 'japan') tally.japaneseCarriersSunk++;
            else tally.usCarriersSunk++;
          }
        }
      }
      state = r.state;
    }
  }
  return tally;
}

describe('Midway, June 1942', () => {
  const seeds = 80;
  const withCodes = battleAtMidway(true, seeds);
  const without = battleAtMidway(false, seeds);

  it('comes to a carrier battle in the Midway approaches in (nearly) every game', () => {
    const battles = withCodes.alliesFirst + withCodes.japanFirst + withCodes.neither;
    expect(battles).toBeGreaterThan(seeds * 0.9);
  });

  it('gives the Allies the first strike far more often when the codes are read', () => {
    expect(withCodes.alliesFirst).toBeGreaterThan(without.alliesFirst * 1.5);
    expect(withCodes.japanFirst).toBeLessThan(without.japanFirst);
  });

  it('costs Japan more carriers, and the US fewer, with code-breaking', () => {
    expect(withCodes.japaneseCarriersSunk).toBeGreaterThan(without.japaneseCarriersSunk);
    expect(withCodes.usCarriersSunk).toBeLessThan(without.usCarriersSunk);
  });
});
