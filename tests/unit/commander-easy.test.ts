/**
 * Easy's mistakes, which a student can exploit (issue 13 item 2): it seeks the decisive battle at
 * even odds, whatever its oil, and its Allies land with fewer men than
 * the defence weighs (70%). On the small scenario.
 */
import { describe, expect, it } from 'vitest';
import { newBook } from '../../src/ai/commander/book';
import { LEVELS } from '../../src/ai/commander/levels';
import { seekBattle } from '../../src/ai/commander/naval-operations';
import { readSituation } from '../../src/ai/commander/situation';
import { startWith } from '../support/lab';
import { smallWorld } from '../support/scenarios';

describe("easy's mistakes", () => {
  const world = smallWorld();
  // Kongō and the Southern Force's cruisers (42 of navalPower) against the ABDA striking force in
  // the Java Sea (36): a little better than even odds, short of three to two.
  const state = startWith(world, 'decisive', (s) => {
    for (const f of s.forces)
      if (
        f.side === 'japan' &&
        (f.type === 'ship' || f.type === 'flotilla') &&
        f.id !== 'kongo' &&
        f.id !== 'southern-cruisers'
      )
        f.status = 'lost';
  });
  const sails = (level: 'easy' | 'normal' | 'hard', oilShort: boolean) => {
    const settings = LEVELS[level];
    const book = newBook(world, state, 'japan');
    const s = readSituation(world, state, 'japan', false);
    seekBattle(book, s, oilShort && !settings.battleWhateverOil, false, settings.battleOdds);
    return book.operations.some((o) => o.kind === 'fleet-action' && o.forces.includes('kongo'));
  };

  it('easy seeks battle at even odds, even short of oil; normal and hard wait for three to two', () => {
    expect(sails('easy', false)).toBe(true);
    expect(sails('easy', true)).toBe(true);
    expect(sails('normal', false)).toBe(false);
    expect(sails('hard', false)).toBe(false);
  });

  it("easy's Allies land short of even odds, its Japan at three to one; the other levels alike on both sides", () => {
    expect(LEVELS.easy.odds.allies).toBe(70);
    expect(LEVELS.easy.odds.japan).toBe(300);
    expect(LEVELS.normal.odds.allies).toBe(LEVELS.normal.odds.japan);
    expect(LEVELS.hard.odds.allies).toBe(LEVELS.hard.odds.japan);
  });
});
