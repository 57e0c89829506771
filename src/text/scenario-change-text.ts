/**
 * The words for what a scenario file changes from the bundled scenario it is based on
 * (src/scenario/scenario-changes.ts), shown before play on the start screen and in About:
 * "Japan's oil at start: 30,000 thousand barrels (was 50,000)", "Rules › submarines › torpedoes,
 * entry 1 › until: 1942-12-31 (was 1942-06-30)", "Forces: Akagi removed".
 */
import { assertNever } from '../engine/assert-never';
import type { ChangeStep, Json, ScenarioChange } from '../scenario/scenario-changes';
import type { Scenario } from '../scenario/schema';

/** At most this many changes are listed one by one; the rest are counted. */
export const CHANGES_SHOWN = 12;

/** The heading above the list: "Changed from the bundled “The Pacific War, 1941–45” (14 changes):". */
export function changesHeading(base: Scenario, count: number, more: boolean): string {
  const n = `${count}${more ? ' or more' : ''} ${count === 1 ? 'change' : 'changes'}`;
  return `Changed from the bundled scenario “${base.meta.title}” (${n}):`;
}

/** What to say when the file is a bundled scenario with nothing changed. */
export function unchangedText(base: Scenario): string {
  return `The same as the bundled scenario “${base.meta.title}”: nothing is changed.`;
}

/** The line after the listed changes when there are more: "… and 8 more changes." */
export function moreChangesText(count: number): string {
  return `… and ${count} more ${count === 1 ? 'change' : 'changes'}.`;
}

/** One change in words. */
export function changeText(base: Scenario, changed: Scenario, change: ScenarioChange): string {
  const what = label(base, changed, change.path);
  if (change.entries)
    return `${what}: ${change.entries.after} ${change.entries.after === 1 ? 'entry' : 'entries'} (was ${change.entries.before})`;
  const unit = unitOf(changed, change.path);
  if (change.before === undefined)
    return `${what} added${change.after === undefined ? '' : valueAdded(change.after, unit)}`;
  if (change.after === undefined) return `${what} removed`;
  if (isText(change.before) || isText(change.after)) return `${what}: new text`;
  return `${what}: ${value(change.after, unit)} (was ${value(change.before, '')})`;
}

/** "Japan's oil at start", "Forces › Akagi › experience", "Rules › submarines › sink per boat". */
function label(base: Scenario, changed: Scenario, path: readonly ChangeStep[]): string {
  const [first, side, field, resource] = path;
  if (
    first?.kind === 'field' &&
    first.key === 'sides' &&
    side?.kind === 'field' &&
    field?.kind === 'field' &&
    field.key === 'stocks' &&
    resource?.kind === 'field' &&
    path.length === 4
  ) {
    const sideName = (changed.sides as Record<string, { name: string }>)[side.key]?.name ?? side.key;
    const res =
      changed.resources.find((r) => r.id === resource.key) ??
      base.resources.find((r) => r.id === resource.key);
    const name = (res?.name ?? resource.key).replace(/ \(.*\)$/, '');
    return `${sideName}’s ${name.charAt(0).toLowerCase()}${name.slice(1)} at start`;
  }
  const words = path.map((step, i) => stepText(changed, path, i, step));
  const joined = words.join(' › ').replace(/ › (entry \d+)/g, ', $1');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

function stepText(scenario: Scenario, path: readonly ChangeStep[], i: number, step: ChangeStep): string {
  switch (step.kind) {
    case 'field':
      if (i === 1 && path[0]?.kind === 'field' && path[0].key === 'sides')
        return (scenario.sides as Record<string, { name: string }>)[step.key]?.name ?? step.key;
      return i === 0 ? (SECTIONS[step.key] ?? words(step.key)) : words(step.key);
    case 'entry':
      return `entry ${step.index + 1}`;
    case 'item':
      return step.name ?? step.id;
    default:
      return assertNever(step);
  }
}

/** The scenario's parts, as a teacher calls them. */
const SECTIONS: Readonly<Record<string, string>> = {
  meta: 'about the scenario',
  calendar: 'calendar',
  resources: 'resources',
  sides: 'sides',
  areas: 'areas',
  connections: 'routes between areas',
  airLegs: 'air routes',
  forces: 'forces',
  production: 'production',
  reinforcements: 'reinforcements',
  buildables: 'what can be built',
  flags: 'flags',
  choices: 'choices',
  events: 'events',
  rules: 'rules',
  victory: 'victory and surrender',
  history: 'history charts',
  historicalPlan: 'the computer’s historical plan',
  whatIfs: 'what-ifs',
};

/** The unit of a stock at start ("thousand barrels"), said after the new value; '' elsewhere. */
function unitOf(scenario: Scenario, path: readonly ChangeStep[]): string {
  const [first, , field, resource] = path;
  if (first?.kind !== 'field' || first.key !== 'sides' || field?.kind !== 'field' || field.key !== 'stocks')
    return '';
  if (resource?.kind !== 'field') return '';
  return scenario.resources.find((r) => r.id === resource.key)?.unit ?? '';
}

/** "sinkPerBoat" → "sink per boat"; "war-us" stays as it is. */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function isText(x: Json): boolean {
  return typeof x === 'string' && x.length > 60;
}

function value(x: Json, unit: string): string {
  const v =
    typeof x === 'number'
      ? x.toLocaleString('en-GB')
      : typeof x === 'boolean'
        ? x
          ? 'yes'
          : 'no'
        : typeof x === 'string'
          ? x
          : x === null
            ? 'none'
            : Array.isArray(x)
              ? `a list of ${x.length}`
              : 'other settings';
  return unit ? `${v} ${unit}` : v;
}

/** After "… added": the value when it is short (a number, a date), nothing for an entry named in the path. */
function valueAdded(x: Json, unit: string): string {
  return typeof x === 'object' && x !== null ? '' : isText(x) ? '' : `: ${value(x, unit)}`;
}
