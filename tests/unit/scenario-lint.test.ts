/**
 * No bundled scenario decides a figure by the calendar: an event that
 * changes will or a stock must wait for something in the state (DESIGN.md,
 * "History emerges; it is never scripted").
 */
import { describe, expect, it } from 'vitest';
import { lintProblems } from '../../src/scenario/lint';
import { loadScenarioValue } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { loadScenario, readScenarioFile } from '../support/scenarios';

const BUNDLED = [
  'pacific-1941.json',
  'oil-clock-1941.json',
  'southern-oil-1942.json',
  'midway-1942.json',
  'road-to-tokyo-1944.json',
];

// biome-ignore lint/suspicious/noExplicitAny: tests build raw events
function withEvent(event: any): Scenario {
  const raw = JSON.parse(readScenarioFile('southern-oil-1942.json'));
  raw.events.push({ id: 'test-event', title: 'Test', note: 'A test.', source: 'T', ...event });
  const r = loadScenarioValue(raw);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.value;
}
const will = (amount: number) => ({ type: 'resource', side: 'japan', resource: 'will', amount });
const flagged = (s: Scenario) => lintProblems(s).filter((p) => p.message.includes('"test-event"'));

describe('the scenario lint', () => {
  it.each(BUNDLED)(
    'finds no date-only change of will or stocks, and no flat loss of ships, in %s',
    (name) => {
      expect(lintProblems(loadScenario(name))).toEqual([]);
    },
  );

  it('flags a will or stock change on a date, with a war flag, or after a dated event', () => {
    expect(
      flagged(withEvent({ trigger: { type: 'date', on: '1942-03-01' }, effects: [will(-2)] })),
    ).toHaveLength(1);
    const withFlag = {
      trigger: {
        type: 'all',
        of: [
          { type: 'date', on: '1942-03-01' },
          { type: 'flag', flag: 'war', is: true },
        ],
      },
      effects: [will(-2), { type: 'resource', side: 'japan', resource: 'oil', amount: 700 }],
    };
    expect(flagged(withEvent(withFlag))).toHaveLength(2);
    const chained = withEvent({
      trigger: { type: 'event', event: 'embargo-reminder', after: 2 },
      effects: [will(-1)],
    });
    expect(flagged(chained)).toHaveLength(1);
    const fixed = {
      trigger: { type: 'date', on: '1942-03-01' },
      effects: [
        { type: 'will', side: 'japan', max: -10, weight: { by: 'fixed', percent: 100 }, why: 'a date' },
      ],
    };
    expect(flagged(withEvent(fixed))).toHaveLength(1);
  });

  it('flags merchant or tanker tonnage taken away by a fixed amount where the ships sail their routes (oilclock31)', () => {
    // The grand campaign ships its cargoes (rules.shipping): a flat loss there is a result written in.
    const raw = JSON.parse(readScenarioFile('pacific-1941.json'));
    raw.production.push(
      {
        side: 'japan',
        resource: 'merchant',
        perTurn: -77,
        requires: { 'war-us': true },
        note: 'a flat loss',
        source: 'S3',
      },
      { side: 'japan', resource: 'tankers', perTurn: 2, note: 'a yard', source: 'S4' },
    );
    raw.events.push({
      id: 'test-event',
      title: 'Test',
      note: 'A test.',
      source: 'T',
      trigger: { type: 'control', area: 'java', side: 'japan' },
      effects: [{ type: 'resource', side: 'japan', resource: 'tankers', amount: -10 }],
    });
    const r = loadScenarioValue(raw);
    if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    const flat = lintProblems(r.value).filter((p) => p.message.includes('fixed amount'));
    expect(flat.map((p) => p.path)).toEqual([
      `production[${raw.production.length - 2}].perTurn`,
      `events[${raw.events.length - 1}].effects[0]`,
    ]);
  });

  it('flags a flat loss of merchant tonnage in a scenario without the shipping rules too (oilclock31b)', () => {
    // Midway does not play the war on shipping: its stock stays level, and a flat loss there is a result written in
    // too ("whatever sails and whatever hunts it", issue 11). Its old −18 kGT a week, put back, is flagged.
    const raw = JSON.parse(readScenarioFile('midway-1942.json'));
    expect(raw.rules.shipping).toBeUndefined();
    raw.production.push({
      side: 'japan',
      resource: 'merchant',
      perTurn: -18,
      note: 'merchant ships sunk (0.94 M GT in 1942 ≈ 78,000 GT a month × 7/30)',
      source: 'S3',
    });
    const r = loadScenarioValue(raw);
    if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(lintProblems(r.value).map((p) => p.path)).toEqual([
      `production[${raw.production.length - 1}].perTurn`,
    ]);
  });

  it('lets the state decide: who holds an area, a stock, a choice, forces within reach, a weighed shock', () => {
    const ok = [
      { trigger: { type: 'control', area: 'java', side: 'japan' }, effects: [will(2)] },
      { trigger: { type: 'threshold', side: 'japan', resource: 'oil', below: 100 }, effects: [will(-1)] },
      {
        trigger: {
          type: 'all',
          of: [
            { type: 'date', on: '1942-03-01' },
            { type: 'control', area: 'java', side: 'japan' },
          ],
        },
        effects: [will(1)],
      },
      {
        trigger: { type: 'date', on: '1942-03-01' },
        effects: [{ type: 'will', side: 'japan', max: -10, weight: { by: 'pressure' }, why: 'weighed' }],
      },
      {
        trigger: { type: 'date', on: '1942-03-01' },
        effects: [{ type: 'message', text: 'A date may bring news.' }],
      },
    ];
    for (const ev of ok) expect(flagged(withEvent(ev))).toEqual([]);
  });
});
