/**
 * compare31: Japan's shipping war read the same way by the command line's batch, the after-action
 * report (and so the compare view) and the class results (src/replay/shipping-war.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import { playBatchJob } from '../../src/cli/batch-runs';
import { buildWorld } from '../../src/engine/index';
import { buildAfterAction, verifyReplay } from '../../src/replay/index';
import { addShipping, noShipping, shippingByYear, shippingTotal } from '../../src/replay/shipping-war';
import { type CSV_COLUMNS, figuresOf, gameOf, toCsv } from '../../src/ui/classroom/class-results-logic';
import { loadScenario } from '../support/scenarios';

const ROOT = join(import.meta.dirname, '../..');
const SEED = 'compare31-unit';

describe('compare31: the shipping war, one reading for the CLI and the UI', () => {
  const scenario = loadScenario('pacific-1941.json');
  const world = buildWorld(scenario);
  const historical = policyByName('historical')!;
  // July to December 1941: the whole of 1941 as the batch counts it.
  const { replay, state } = autoplay(world, SEED, { japan: historical, allies: historical }, { maxTurns: 6 });
  const [run] = playBatchJob({
    scenarioText: readFileSync(join(ROOT, 'scenarios/pacific-1941.json'), 'utf8'),
    whatIf: null,
    seeds: [SEED],
    japan: 'historical',
    allies: 'historical',
  });

  it('the after-action report adds up to the batch’s japanShipping for the year both played', () => {
    const report = buildAfterAction(scenario, replay);
    expect(report.shipping?.figures).toEqual([
      'sunkBySubmarines',
      'sunkByAircraft',
      'sunkByMines',
      'oilDelivered',
    ]);
    expect(report.shipping?.turns).toHaveLength(6);
    expect(shippingByYear(report.shipping!.turns)).toEqual({ 1941: run!.japanShipping['1941'] });
    // Something was sunk, or the comparison would say nothing.
    expect(shippingTotal(report.shipping!.turns).sunkByAircraft).toBeGreaterThan(0);
    const series = report.series.find((s) => s.id === 'japan-sunkByAircraft');
    expect(series?.label).toBe('Ships sunk by aircraft');
    expect(series?.unit).toBe('thousand gross tons a month');
    expect(series?.points.map((p) => p.date)).toEqual(report.shipping!.turns.map((t) => t.date));
  });

  it('class results sum the turns as they verify, and export them', () => {
    const sums = noShipping();
    const verified = verifyReplay(world, replay, (t) => addShipping(sums, t.result.state));
    expect(verified.ok).toBe(true);
    expect(sums).toEqual(run!.japanShipping['1941']);
    const game = gameOf(1, 'a.replay.json', replay, scenario.meta.title, true);
    game.status = 'verified';
    const figures = figuresOf(world, state, sums);
    expect(figures.japanMerchant).toBe(state.sides.japan.stocks.merchant);
    expect(figures.japanTankers).toBe(state.sides.japan.stocks.tankers);
    game.verdict = { ok: true, turns: 6, outcome: null, endDate: state.date, figures };
    const [head, row] = toCsv([game])
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const at = (column: (typeof CSV_COLUMNS)[number]) => row!.split(',')[head!.split(',').indexOf(column)];
    expect(at('Japanese ships sunk by aircraft (thousand GT)')).toBe(String(sums.sunkByAircraft));
    expect(at('oil shipped home to Japan (thousand barrels)')).toBe(String(sums.oilDelivered));
    expect(at('Japan merchant ships at the end (thousand GT)')).toBe(String(figures.japanMerchant));
  });

  it('a scenario without shipping rules has no shipping figures to show', () => {
    const midway = loadScenario('midway-1942.json');
    const mw = buildWorld(midway);
    const pass = policyByName('pass')!;
    const r = autoplay(mw, SEED, { japan: pass, allies: pass }, { maxTurns: 1 }).replay;
    const report = buildAfterAction(midway, r);
    expect(report.shipping).toBeNull();
    expect(report.series.some((s) => s.id.startsWith('japan-sunk'))).toBe(false);
  });
});
