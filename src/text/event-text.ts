/**
 * The words of what a scenario event's effects did (a report's `event` item gives them as data:
 * src/engine/report.ts `EffectDone`), shared by the UI's report and the after-action timeline.
 * A message and a will shock's reason are the scenario's own words.
 */
import { assertNever } from '../engine/assert-never';
import type { EffectDone } from '../engine/report';
import type { ReportNames } from './report-names';
import { outcomeName } from './report-text';

const number = new Intl.NumberFormat('en-GB');
const n = (v: number): string => number.format(v);

/** One effect in words (no full stop). */
export function effectText(effect: EffectDone, names: ReportNames): string {
  switch (effect.code) {
    case 'resource': {
      // Nothing taken from an empty stock (the grand campaign's Pearl Harbor takes 100 Allied industry,
      // of which there is none in July 1941): "Allies: Industry 0 production points" read as a slip.
      if (effect.amount === 0)
        return `${names.side(effect.side)}: ${names.resource(effect.resource)} unchanged`;
      const sign = effect.amount > 0 ? '+' : '−';
      // "points (0–100)" is the unit's range, not a word to read after a number ("+5 points").
      const unit = names.unit(effect.resource).replace(/\s*\(\d+–\d+\)$/, '');
      return `${names.side(effect.side)}: ${names.resource(effect.resource)} ${sign}${n(Math.abs(effect.amount))} ${unit}`.trim();
    }
    case 'flag':
      return `${names.flag(effect.flag)}: ${effect.value ? 'now in force' : 'ended'}`;
    case 'control':
      return `${names.area(effect.area)} passes to ${names.side(effect.to)}`;
    case 'reinforce':
      // No verb to agree with the name: "Kantokuen reinforcements arrives" read as a slip.
      return `Arrived at ${names.area(effect.area)}: ${names.force(effect.force)}`;
    case 'damage':
      return `${names.force(effect.force)} ${effect.destroyed ? 'sunk' : `damaged (${effect.amount}%)`}`;
    case 'no-target':
      return `${names.force(effect.force)}: not present, no damage`;
    case 'message':
      return effect.text;
    case 'will': {
      const sign = effect.amount > 0 ? '+' : effect.amount < 0 ? '−' : '±';
      return `${names.side(effect.side)}: national will ${sign}${Math.abs(effect.amount)} (${effect.percent}% of ${Math.abs(effect.max)}: ${effect.why})`;
    }
    case 'end':
      return `the game ends: ${outcomeName(effect.outcome)}`;
    default:
      return assertNever(effect);
  }
}
