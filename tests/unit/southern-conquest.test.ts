/**
 * Japan's southern conquests of 1942 in the historical war (historical bots, seeds 1..10; docs/CALIBRATION.md
 * §1zc): Malaya Command falls back onto Singapore island in January (scripts/data/malaya_withdrawal.py), and the
 * garrisons of Singapore and Java, cut off and beaten, surrender with most of their men
 * (`rules.combat.cutOffSurrenderPercent`, scripts/data/cut_off_surrender.py). Before, Malaya fell in February,
 * Singapore in April–June and Java in May–July 1942. History: 31 January, 15 February, 9 March (KIRBY-1957).
 */
import { describe, expect, it } from 'vitest';
import { campaignWorld, fallMonths } from '../support/fall-months';

const SEEDS = 10;

describe('the southern conquests of 1942 (historical bots, seeds 1..10)', () => {
  const world = campaignWorld();
  const games = Array.from({ length: SEEDS }, (_, i) =>
    fallMonths(world, `campaign-${i + 1}`, [
      ['malaya', 'japan', '1941-11'],
      ['singapore', 'japan', '1941-11'],
      ['java', 'japan', '1941-11'],
    ]),
  );
  const column = (i: number) => games.map((g) => g[i] ?? null);

  it('Malaya passes to Japan in January 1942, when Malaya Command crosses to Singapore island', () => {
    expect(column(0).every((m) => m === '1942-01')).toBe(true);
  });

  it('Singapore and Java fall by April 1942, their garrisons cut off and beaten', () => {
    for (const i of [1, 2]) {
      const months = column(i);
      expect(months.every((m) => m !== null && m <= '1942-04')).toBe(true);
      expect(months.filter((m) => m === '1942-03').length).toBeGreaterThanOrEqual(SEEDS / 2);
    }
  });
});
