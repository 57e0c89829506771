/**
 * What the hard commander reads that the other levels do not, for a side on the defensive (issue 13:
 * hard's Japan ahead of normal's in 1944–45): the plan's sorties weighed as its own battles (no
 * A-Gō at hopeless odds), its airfields within the enemy's bombing range of its capital worth more,
 * and a month of oil worth the will a dry month costs while the oil runs out before the war ends.
 * On the small scenario, with purpose-built edits.
 */
import { describe, expect, it } from 'vitest';
import { newBook } from '../../src/ai/commander/book';
import { followDoctrine } from '../../src/ai/commander/doctrine';
import { LEVELS } from '../../src/ai/commander/levels';
import { areaWorth, HOME_AIRFIELD_WORTH, isHomeAirfield } from '../../src/ai/commander/objectives';
import { scorePosition } from '../../src/ai/commander/score';
import { readSituation } from '../../src/ai/commander/situation';
import type { GameState } from '../../src/engine';
import { labWorld, type RawScenario, startWith } from '../support/lab';

const usCarrier = (id: string) => ({
  id,
  name: id,
  side: 'allies',
  type: 'ship',
  class: 'fleet-carrier',
  location: 'philippine-sea',
  aircraft: 90,
  experience: 70,
});

/** A plan step that sends Japan's two carriers into the Philippine Sea, where `carriers` American carriers wait. */
const sortie = (carriers: number) =>
  labWorld((s: RawScenario) => {
    for (let i = 0; i < carriers; i++) s.forces.push(usCarrier(`cv-${i}`));
    s.historicalPlan ??= [];
    s.historicalPlan.push({
      date: '1942-01-01',
      side: 'japan',
      note: 'The decisive battle (test).',
      orders: [
        { type: 'move', force: 'akagi', to: 'philippine-sea' },
        { type: 'move', force: 'kaga', to: 'philippine-sea' },
      ],
    });
  });

const sails = (carriers: number, hopelessAt: number) => {
  const world = sortie(carriers);
  const state = startWith(world, 'sortie');
  const book = newBook(world, state, 'japan');
  followDoctrine(book, readSituation(world, state, 'japan', false), hopelessAt);
  return book.orders.some((o) => o.type === 'move' && o.force === 'akagi' && o.to === 'philippine-sea');
};

describe('the hard commander on the defensive', () => {
  it("does not sail the plan's sortie into a carrier battle at hopeless odds (hard); easy and normal do", () => {
    expect(LEVELS.easy.planBattleOdds).toBe(0);
    expect(LEVELS.normal.planBattleOdds).toBe(0);
    expect(sails(8, LEVELS.normal.planBattleOdds)).toBe(true);
    expect(sails(8, LEVELS.hard.planBattleOdds)).toBe(false);
    // At about two to one against (A-Gō's odds) hard still sails: only the hopeless stay home.
    expect(sails(3, LEVELS.hard.planBattleOdds)).toBe(true);
  });

  it("sails the plan's sortie when the odds are its own", () => {
    expect(sails(1, LEVELS.hard.planBattleOdds)).toBe(true);
  });

  it('values its airfields within the enemy bombers’ range of its capital (hard only)', () => {
    const world = labWorld((s: RawScenario) => {
      s.rules.bombing = { range: 1200, industryPer100: 5, willPer100: 0 };
    });
    const state = startWith(world, 'bases');
    const formosa = world.scenario.areas.find((a) => a.id === 'formosa')!;
    const home = world.scenario.areas.find((a) => a.id === 'home-islands')!;
    expect(isHomeAirfield(world, 'japan', formosa)).toBe(true);
    // The capital itself is not a base the enemy could bomb it from.
    expect(isHomeAirfield(world, 'japan', home)).toBe(false);
    const s = readSituation(world, state, 'japan', false);
    const plain = areaWorth(s, formosa);
    s.guardsHomeAirfields = true;
    expect(areaWorth(s, formosa)).toBe(plain + HOME_AIRFIELD_WORTH);
    expect(LEVELS.hard.guardsHomeAirfields && !LEVELS.normal.guardsHomeAirfields).toBe(true);
  });

  it('counts a month of oil as a point of will while the oil runs out before the last turn (hard only)', () => {
    const world = labWorld((s: RawScenario) => {
      s.rules.will.japan.pressures.dry = { resource: 'oil', below: 1000, turnsPerPoint: 1, max: 30 };
    });
    const at = (oil: number) =>
      startWith(world, 'oil', (s: GameState) => {
        s.sides.japan.stocks.oil = oil;
      });
    const burn = readSituation(world, at(0), 'japan', false).oil.burn;
    // One month of oil more, with the stock running out well before the last turn (6).
    const less = at(burn);
    const more = at(2 * burn);
    const gain = (readsOilClock: boolean) =>
      scorePosition(world, more, 'japan', { guardsHomeAirfields: false, readsOilClock }) -
      scorePosition(world, less, 'japan', { guardsHomeAirfields: false, readsOilClock });
    expect(gain(false)).toBe(15);
    expect(gain(true)).toBe(60);
    expect(LEVELS.hard.readsOilClock && !LEVELS.normal.readsOilClock).toBe(true);
  });
});
