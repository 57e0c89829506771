/**
 * Burma and Luzon change hands when the forces that fought there make them (docs/CALIBRATION.md §1zd;
 * scripts/data/burma_luzon.py): the historical bots on both sides, on a few seeds. Before, the Burma Army
 * fought the 15th Army alone and was overwhelmed in February 1942, no Japanese soldier reached Burma after
 * the 15th Army's 35,000 and the Fourteenth Army overwhelmed them in January 1945, and the Luzon landing
 * lacked the follow-up divisions (Luzon retaken in June-July 1945, when at all). History: Rangoon 8 March
 * 1942 and the last of Burma in May; Rangoon retaken 3 May 1945; Manila 3 March 1945 (KIRBY-1958,
 * KIRBY-1965, SMITH-1963).
 */
import { describe, expect, it } from 'vitest';
import { campaignWorld, fallMonths } from '../support/fall-months';

const SEEDS = 10;

describe('Burma and Luzon in the historical war (historical bots, seeds 1..10)', () => {
  const games = Array.from({ length: SEEDS }, (_, i) =>
    fallMonths(campaignWorld(), `campaign-${i + 1}`, [
      ['burma', 'japan', '1941-11'],
      ['burma', 'allies', '1943-01'],
      ['luzon', 'allies', '1944-06'],
    ]),
  );
  const column = (i: number) => games.map((g) => g[i]).filter((m): m is string => m !== null);
  const median = (xs: string[]) => [...xs].sort()[Math.ceil(xs.length / 2) - 1];

  it('Burma falls to Japan in the spring of 1942, not in its second month', () => {
    const months = column(0);
    expect(months.length).toBe(SEEDS);
    expect(months.every((m) => m >= '1942-03' && m <= '1942-06')).toBe(true);
  });

  it('the Fourteenth Army needs months to retake Burma in 1945, not the month it crosses', () => {
    const months = column(1);
    expect(months.length).toBeGreaterThanOrEqual(SEEDS - 2);
    expect(months.every((m) => m >= '1945-03')).toBe(true);
  });

  it('Luzon is retaken in the spring of 1945 in nearly every game', () => {
    const months = column(2);
    expect(months.length).toBeGreaterThanOrEqual(SEEDS - 1);
    expect(median(months)! <= '1945-05').toBe(true);
  });
});
