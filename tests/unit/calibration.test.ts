/**
 * The grand campaign against history (issue 4, docs/CALIBRATION.md): games
 * between the two historical bots, on a small fixed set of seeds through the
 * batch machinery, land in the bands of the sources (docs/SOURCES.md), and each what-if moves the
 * outcome the way the literature argues. The bands are wider than the
 * calibration's 1,000-seed figures: they catch a model that has drifted, not
 * the last barrel.
 */
import { describe, expect, it } from 'vitest';
import { type BatchJob, playBatchJob, type RunResult } from '../../src/cli/batch-runs';
import { batchStats, nearestRank } from '../../src/cli/batch-stats';
import { readScenarioFile } from '../support/scenarios';

const scenarioText = readScenarioFile('pacific-1941.json');
const seeds = (n: number) => Array.from({ length: n }, (_, i) => `cal-${i + 1}`);
const play = (n: number, whatIf: string | null = null): RunResult[] => {
  const job: BatchJob = { scenarioText, whatIf, seeds: seeds(n), japan: 'historical', allies: 'historical' };
  return playBatchJob(job);
};
const median = (values: number[]) =>
  nearestRank(
    [...values].sort((a, b) => a - b),
    50,
  );
const stats = (runs: RunResult[]) =>
  batchStats(runs, ['japan', 'allies'], ['oil', 'merchant', 'tankers', 'industry', 'will']);
const yearStart = (runs: RunResult[], year: string, side: 'japan' | 'allies', resource: string) =>
  median(runs.flatMap((r) => (r.yearStart[year] ? [r.yearStart[year][side][resource] ?? 0] : [])));
const shipping = (runs: RunResult[], year: string) =>
  yearStart(runs, year, 'japan', 'merchant') + yearStart(runs, year, 'japan', 'tankers');
/** Named ships of `ids` sunk on the June 1942 turn (Midway), per game. */
const atMidway = (runs: RunResult[], ids: string[]) =>
  runs.map((r) => ids.filter((id) => r.shipsLost[id] === '1942-06-01').length);
/** Named ships of `ids` sunk on the May or June 1942 turn (Coral Sea and Midway), per game. */
const lostInMayJune = (runs: RunResult[], ids: string[]) =>
  runs.map(
    (r) => ids.filter((id) => r.shipsLost[id] === '1942-05-01' || r.shipsLost[id] === '1942-06-01').length,
  );
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const KIDO_BUTAI = ['akagi', 'kaga', 'soryu', 'hiryu'];
const US_CARRIERS = ['yorktown', 'enterprise', 'hornet'];
const PEARL_BATTLESHIPS = [
  'arizona',
  'oklahoma',
  'california',
  'west-virginia',
  'nevada',
  'pennsylvania',
  'maryland',
  'tennessee',
];

describe('the historical war, historical bot against historical bot', () => {
  const runs = play(24);
  const s = stats(runs);

  it('ends with Japan surrendering between mid-1945 and early 1946', () => {
    expect(s.outcomes['japan-surrenders'] ?? 0).toBeGreaterThanOrEqual(20);
    expect(s.endDate.p50 >= '1945-07-01').toBe(true);
    expect(s.endDate.p50 <= '1946-03-01').toBe(true);
  });

  it("runs Japan's oil down as it ran down (O4: 38.2, 25.3, 13.8, 5.0 M bbl at the year starts)", () => {
    const oil = (year: string) => yearStart(runs, year, 'japan', 'oil');
    expect(oil('1942')).toBeGreaterThan(33_000);
    expect(oil('1942')).toBeLessThan(43_000);
    expect(oil('1943')).toBeGreaterThan(20_000);
    expect(oil('1943')).toBeLessThan(30_000);
    expect(oil('1944')).toBeGreaterThan(10_000);
    expect(oil('1944')).toBeLessThan(18_000);
    expect(oil('1945')).toBeGreaterThan(1_500);
    expect(oil('1945')).toBeLessThan(9_000);
  });

  it('sinks the merchant fleet as it was sunk (S1–S4: about 6.0, 5.3, 4.4 and 2.3 M GT)', () => {
    expect(shipping(runs, '1942')).toBeGreaterThan(5_700);
    expect(shipping(runs, '1942')).toBeLessThan(6_500);
    expect(shipping(runs, '1943')).toBeGreaterThan(4_800);
    expect(shipping(runs, '1943')).toBeLessThan(5_800);
    expect(shipping(runs, '1944')).toBeGreaterThan(3_900);
    expect(shipping(runs, '1944')).toBeLessThan(5_200);
    expect(shipping(runs, '1945')).toBeGreaterThan(1_800);
    expect(shipping(runs, '1945')).toBeLessThan(2_900);
  });

  it('sinks what was sunk each year, from the traffic, with no grants (S3: 0.94, 1.68, 3.77 M GT; ~60% submarines, ~31% aircraft, ~8% mines)', () => {
    const sunk = (year: string) =>
      mean(
        runs.map((r) => {
          const y = r.japanShipping[year];
          return y ? y.sunkBySubmarines + y.sunkByAircraft + y.sunkByMines : 0;
        }),
      );
    expect(sunk('1942')).toBeGreaterThan(600);
    expect(sunk('1942')).toBeLessThan(1_300);
    expect(sunk('1943')).toBeGreaterThan(1_150);
    expect(sunk('1943')).toBeLessThan(2_200);
    expect(sunk('1944')).toBeGreaterThan(2_900);
    expect(sunk('1944')).toBeLessThan(4_700);
    const total = (key: 'sunkBySubmarines' | 'sunkByAircraft' | 'sunkByMines') =>
      runs.reduce((n, r) => n + Object.values(r.japanShipping).reduce((m, y) => m + y[key], 0), 0);
    const all = total('sunkBySubmarines') + total('sunkByAircraft') + total('sunkByMines');
    expect(total('sunkBySubmarines') / all).toBeGreaterThan(0.5);
    expect(total('sunkBySubmarines') / all).toBeLessThan(0.75);
    expect(total('sunkByAircraft') / all).toBeGreaterThan(0.18);
    expect(total('sunkByMines') / all).toBeGreaterThan(0.04);
  });

  it('loses far less shipping when Japan ships far less (pass: no conquests, no southern traffic)', () => {
    const passive = playBatchJob({
      scenarioText,
      whatIf: null,
      seeds: seeds(8),
      japan: 'pass',
      allies: 'historical',
    });
    const sunk1944 = (rs: RunResult[]) =>
      mean(
        rs.map((r) => {
          const y = r.japanShipping['1944'];
          return y ? y.sunkBySubmarines + y.sunkByAircraft + y.sunkByMines : 0;
        }),
      );
    expect(sunk1944(passive)).toBeLessThan(sunk1944(runs) * 0.6);
  });

  it('follows the historical course: the south taken, Midway lost, the islands retaken', () => {
    for (const event of [
      'pearl-harbor',
      'singapore-falls',
      'dei-surrender',
      'manila-falls',
      'guadalcanal-evacuated',
    ]) {
      expect(s.events[event] ?? 0, event).toBeGreaterThanOrEqual(0.9);
    }
    for (const event of ['tarawa', 'marianas-lost', 'iwo-jima']) {
      expect(s.events[event] ?? 0, event).toBeGreaterThanOrEqual(0.9);
    }
    // The end comes from the state, not a date: some wars are over before Okinawa falls or the bombs are ready.
    expect(s.events.okinawa ?? 0).toBeGreaterThanOrEqual(0.5);
    // Pearl Harbor, flown by the battle rules on the war's first turn: about 4 of the 8 battleships
    // sunk in most games (B7), and no carrier, for none is in port.
    const pearl = runs.map((r) => PEARL_BATTLESHIPS.filter((id) => r.shipsLost[id] === '1941-11-01').length);
    expect(mean(pearl)).toBeGreaterThan(2.5);
    expect(mean(pearl)).toBeLessThan(5.5);
    expect(pearl.filter((n) => n >= 2 && n <= 6).length).toBeGreaterThanOrEqual(runs.length * 0.6);
    expect(
      runs.filter((r) => r.shipsLost.lexington === '1941-11-01' || r.shipsLost.enterprise === '1941-11-01'),
    ).toEqual([]);
    // Midway, fought in the Midway approaches by the one battle model (docs/CALIBRATION.md §1c): Kido
    // Butai loses carriers, and loses more than the US does; the decisive result of history (B9) is
    // one outcome among others, as in the midway-1942 scenario with the same forces.
    expect(mean(atMidway(runs, KIDO_BUTAI))).toBeGreaterThan(0.25);
    expect(mean(atMidway(runs, KIDO_BUTAI))).toBeLessThan(2.5);
  });

  describe('what-ifs', () => {
    it('no embargo: no oil deadline, no war in 1941, and no defeat', () => {
      const w = play(6, 'no-embargo');
      expect(stats(w).events['war-begins'] ?? 0).toBe(0);
      expect(stats(w).outcomes['japan-surrenders'] ?? 0).toBe(0);
      expect(yearStart(w, '1943', 'japan', 'oil')).toBeGreaterThan(yearStart(runs, '1943', 'japan', 'oil'));
    });

    it('no embargo but war all the same: months more oil, a war that still ends in 1945', () => {
      const w = play(6, 'no-embargo-war-anyway');
      expect(yearStart(w, '1942', 'japan', 'oil')).toBeGreaterThan(
        yearStart(runs, '1942', 'japan', 'oil') + 3_000,
      );
      expect(stats(w).outcomes['japan-surrenders'] ?? 0).toBe(6);
    });

    it('no code-breaking: the carrier battles of 1942 go worse for the US', () => {
      const w = play(24, 'no-codebreaking');
      // Coral Sea and Midway together: fewer Japanese carriers sunk, and a worse exchange.
      const jp = (r: RunResult[]) => mean(lostInMayJune(r, [...KIDO_BUTAI, 'shokaku', 'zuikaku', 'shoho']));
      const us = (r: RunResult[]) => mean(lostInMayJune(r, ['lexington', ...US_CARRIERS]));
      expect(jp(w)).toBeLessThan(jp(runs));
      expect(jp(w) / us(w)).toBeLessThan(jp(runs) / us(runs));
      expect(mean(atMidway(w, KIDO_BUTAI))).toBeLessThan(mean(atMidway(runs, KIDO_BUTAI)));
    });

    it('no Pearl Harbor: an America less united (lower Allied will) and its battleships afloat', () => {
      // On the base's own 24 seeds, game for game: the effect is under a point of will in 1943 (60 seeds:
      // 50.0 against 50.7, lower in 27 games and higher in 14), too small to show against other seeds.
      const w = play(24, 'no-pearl-harbor');
      // The mean tells it where the median of whole points ties.
      const will1943 = (rs: RunResult[]) => mean(rs.map((r) => r.yearStart['1943']?.allies.will ?? 0));
      expect(will1943(w)).toBeLessThan(will1943(runs));
      // Not sunk at anchor in 1941. (Afloat, she may fight later: the historical bot sends a battleship
      // from the reserve in the place of one that was lost, and she may be sunk later in the war.)
      expect(w.filter((r) => (r.shipsLost.arizona ?? '9999') < '1942-01-01')).toEqual([]);
    });

    /** Seed by seed (the same seed plays the same war until the shock would come): never earlier, later at least once. */
    const laterWithout = (whatIf: string, event: string, atLeast = 1) => {
      const w = play(24, whatIf);
      expect(stats(w).events[event] ?? 0).toBe(0);
      const base = new Map(runs.map((r) => [r.seed, r.turns]));
      const diffs = w.map((r) => r.turns - (base.get(r.seed) ?? 0));
      expect(Math.min(...diffs)).toBeGreaterThanOrEqual(0);
      expect(diffs.filter((d) => d > 0).length).toBeGreaterThanOrEqual(atLeast);
    };

    it('no Soviet entry: never an earlier surrender, and a later one where the war reached August 1945', () => {
      laterWithout('no-soviet-entry', 'soviet-entry');
    });

    it('no atomic bombs: never an earlier surrender (a later one in a few per cent of games)', () => {
      // Later in 3–7% of games (500 and 100 seeds, docs/CALIBRATION.md): about one game in these 24, so
      // none at all is luck (so it is since the submarines of §1f drew new lots); never earlier holds.
      laterWithout('no-atomic-bombs', 'atomic-bombs', 0);
    });
  });
});
