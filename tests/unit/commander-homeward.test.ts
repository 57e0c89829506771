/**
 * Ships sent home find a port when every port of the side lies within the enemy armies' reach
 * (cmdr32; naval-operations.ts `homeward`). On the grand campaign in 1943 Japan's armies could reach
 * every Allied port, so `homeward` found none: a damaged ship (`repairDamaged`) or a fleet before a
 * stronger one (`avoidSuperiorFleets`) stayed at sea. cmdr31 gave only the carriers off a hopeless
 * station a way out (the nearest own port they could reach); now every caller has it. On the lab at
 * war, with every Allied port marked within the reach of Japan's armies: the ABDA squadron in the Java
 * Sea, Java's port 150 nm away.
 */
import { describe, expect, it } from 'vitest';
import { newBook } from '../../src/ai/commander/book';
import { avoidSuperiorFleets, repairDamaged } from '../../src/ai/commander/naval-operations';
import { readSituation } from '../../src/ai/commander/situation';
import type { GameState, World } from '../../src/engine';
import { atWar, moveOf } from '../support/java-landing';
import { labWorld, startWith } from '../support/lab';

const world = labWorld(() => {});

/** The Allies' situation with every Allied port within the reach of Japan's armies. */
const cornered = (w: World, state: GameState) => {
  const s = readSituation(w, state, 'allies');
  for (const a of w.scenario.areas)
    if (a.port && a.kind !== 'sea' && s.holder(a.id) === 'allies') s.enemyReach.set(a.id, 50);
  return s;
};

describe('ships sent home find a port where the enemy armies can reach every port', () => {
  it('a damaged cruiser sails to the nearest port for repair', () => {
    const state = startWith(world, 'homeward-repair', (s) => {
      atWar(s);
      for (const f of s.forces) if (f.id === 'houston' && f.type === 'ship') f.damage = 60;
    });
    const s = cornered(world, state);
    const book = newBook(world, state, 'allies');
    repairDamaged(book, s);
    expect(moveOf(book.orders, 'houston')).toBe('java');
    expect(book.operations.find((o) => o.kind === 'withdraw' && o.reason === 'repair')?.forces).toEqual([
      'houston',
    ]);
  });

  it('a squadron before a stronger fleet pulls back into the nearest port', () => {
    const state = startWith(world, 'homeward-avoid', (s) => {
      atWar(s);
      // Japan's fleet in the South China Sea, next to the Java Sea.
      for (const f of s.forces)
        if (f.side === 'japan' && (f.type === 'ship' || f.type === 'flotilla'))
          f.location = 'south-china-sea';
    });
    const s = cornered(world, state);
    const book = newBook(world, state, 'allies');
    avoidSuperiorFleets(book, s);
    const squadron = ['houston', 'exeter', 'de-ruyter', 'abda-destroyers'];
    expect(squadron.map((id) => moveOf(book.orders, id))).toEqual(squadron.map(() => 'java'));
    expect(book.operations.find((o) => o.reason === 'avoid-superior-fleet')?.target).toBe('java-sea');
  });
});
