/** A turn's builds in as many lines as there are different things (src/text/built-text.ts). */
import { describe, expect, it } from 'vitest';
import type { TurnReport } from '../../src/engine';
import { builtName, groupBuilt } from '../../src/text/built-text';

type Built = Extract<TurnReport['items'][number], { kind: 'built' }>;
const freighter: Built = {
  kind: 'built',
  side: 'japan',
  item: 'merchant-ships',
  name: 'Freighters (10,000 GT)',
};
const tanker: Built = { kind: 'built', side: 'japan', item: 'tankers', name: 'Tankers (5,000 GT)' };
const carrier = (n: number): Built => ({
  kind: 'built',
  side: 'japan',
  item: 'fleet-carrier',
  name: 'Unryū-class carrier',
  force: `cv-${n}`,
});

describe('the builds of a turn, grouped', () => {
  it('says a dozen freighters in one line and keeps the order things first came in', () => {
    const items = [freighter, freighter, tanker, freighter, ...Array.from({ length: 9 }, () => freighter)];
    const groups = groupBuilt(items);
    expect(groups.map(builtName)).toEqual(['Freighters (10,000 GT) — 12 in all', 'Tankers (5,000 GT)']);
  });

  it('keeps a line for each build that enters as a force (each is a unit on the map)', () => {
    expect(groupBuilt([carrier(1), carrier(2)]).map((g) => g.item.force)).toEqual(['cv-1', 'cv-2']);
  });

  it("does not put one side's builds with the other's", () => {
    const allied: Built = { ...freighter, side: 'allies' };
    expect(groupBuilt([freighter, allied, freighter]).map((g) => [g.item.side, g.count])).toEqual([
      ['japan', 2],
      ['allies', 1],
    ]);
  });
});
