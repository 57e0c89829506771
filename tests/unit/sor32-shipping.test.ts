/**
 * sor32: the Southern Oil Run plays the grand campaign's war on shipping (issue 11: "Losses on a lane scale
 * with the tonnage moved along it ... When nothing sails, almost nothing sinks"; docs/CALIBRATION.md "The
 * Southern Oil Run's shipping war"). Until sor32 the file had no `rules.shipping`: nothing sailed, nothing sank,
 * and the merchant stock stayed level whatever Japan did.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyByName } from '../../src/ai/registry';
import { buildWorld, createGame, readJapaneseIntentions, resolveTurn } from '../../src/engine/index';
import { loadScenarioValue } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';

function bundled(name: string): Scenario {
  const r = loadScenarioValue(
    JSON.parse(readFileSync(new URL(`../../scenarios/${name}`, import.meta.url), 'utf8')),
  );
  if (!r.ok) throw new Error(name);
  return r.value;
}

/** Japan's tonnage at sea and sunk (all causes) over the whole game, Japan passing or historical. */
function play(scenario: Scenario, japanName: string, seed: string) {
  const world = buildWorld(scenario);
  const japan = policyByName(japanName)!;
  const allies = policyByName('historical')!;
  let state = createGame(world, seed);
  let sailed = 0;
  let sunk = 0;
  while (!state.outcome) {
    const japanOrders = japan.orders(world, state, 'japan');
    const intel = readJapaneseIntentions(world, state, japanOrders);
    const orders = { japan: japanOrders, allies: allies.orders(world, state, 'allies', { intel }) };
    state = resolveTurn(world, state, orders).state;
    const s = state.supply.japan;
    sailed += s.sailedKgt;
    sunk += s.sunkBySubmarines + s.sunkByAircraft + s.sunkByMines;
  }
  return { sailed, sunk, merchant: state.sides.japan.stocks.merchant ?? 0 };
}

describe('the Southern Oil Run’s losses follow the traffic (sor32)', () => {
  const scenario = bundled('southern-oil-1942.json');

  it('sinks almost nothing when nothing sails', () => {
    // Every Japanese force (and reinforcement) at home and Japan giving no orders: no garrison, base or tanker overseas to supply,
    // so no convoy sails. The Allied submarines still go to sea by their plan, and find nothing.
    const home = structuredClone(scenario);
    for (const f of home.forces) if (f.side === 'japan') f.location = 'home-islands';
    for (const r of home.reinforcements) if (r.force.side === 'japan') r.force.location = 'home-islands';
    for (const seed of ['1', '2']) {
      const { sailed, sunk, merchant } = play(home, 'pass', seed);
      expect(sailed).toBe(0);
      expect(sunk).toBeLessThanOrEqual(2);
      expect(merchant).toBeGreaterThanOrEqual(scenario.sides.japan.stocks.merchant! - 2);
    }
  });

  it('sinks ships where they sail, under the Allied submarines and aircraft', () => {
    for (const japan of ['pass', 'historical']) {
      for (const seed of ['1', '2']) {
        const { sailed, sunk, merchant } = play(scenario, japan, seed);
        // The garrisons' convoys (and, once the southern fields are taken, the tankers) sail the South and
        // East China Seas, where the Asiatic and Pacific Fleet boats patrol: tens of thousands of GT sink.
        expect(sailed).toBeGreaterThan(1000);
        expect(sunk).toBeGreaterThan(20);
        expect(merchant).toBeLessThan(scenario.sides.japan.stocks.merchant! - 20);
      }
    }
  });

  it('takes the grand campaign’s rules and plays no flat loss', () => {
    const grand = bundled('pacific-1941.json');
    expect(scenario.rules.submarines).toEqual(grand.rules.submarines);
    expect(scenario.rules.shipping?.sides).toEqual(['japan']);
    expect(scenario.rules.shipping?.tankerLiftPerKgt).toBe(grand.rules.shipping?.tankerLiftPerKgt);
    expect(scenario.rules.shipping?.southernOil?.hub).toBe('borneo');
    const boats = scenario.forces.filter(
      (f) => f.side === 'allies' && f.type === 'flotilla' && f.class === 'submarine',
    );
    expect(boats.map((f) => f.id).sort()).toEqual([
      'asiatic-submarines',
      'dutch-submarines',
      'us-pacific-submarines',
    ]);
    const flat = scenario.production.filter((p) => p.resource === 'merchant' || p.resource === 'tankers');
    expect(flat).toEqual([]);
  });
});
