/** Forces in words: "fleet carrier, 72 aircraft", "70 destroyers", "4 fleet carriers, 10 battleships". */
import type { ForceState } from '../../engine/index';
import { oilerCargoText } from '../../text/fuel-text';
import { remaining } from '../board/force-groups';
import { formatNumber, formatThousands } from './format';

const CLASS_NAMES: Record<string, [string, string]> = {
  'fleet-carrier': ['fleet carrier', 'fleet carriers'],
  'light-carrier': ['light carrier', 'light carriers'],
  'escort-carrier': ['escort carrier', 'escort carriers'],
  battleship: ['battleship', 'battleships'],
  'heavy-cruiser': ['heavy cruiser', 'heavy cruisers'],
  'light-cruiser': ['light cruiser', 'light cruisers'],
  cruiser: ['cruiser', 'cruisers'],
  destroyer: ['destroyer', 'destroyers'],
  escort: ['escort', 'escorts'],
  submarine: ['submarine', 'submarines'],
  transport: ['transport', 'transports'],
  oiler: ['oiler', 'oilers'],
};

export function className(cls: string, n = 1): string {
  const names = CLASS_NAMES[cls] ?? [cls, cls];
  return n === 1 ? names[0] : names[1];
}

/** One force, e.g. "fleet carrier, 72 aircraft, 30% damaged" or "50 thousand men". */
export function describeForce(f: ForceState): string {
  switch (f.type) {
    case 'ship': {
      const parts = [className(f.class)];
      if (f.aircraft > 0) parts.push(`${formatNumber(f.aircraft)} aircraft`);
      if (f.damage > 0) parts.push(`${f.damage}% damaged`);
      if (f.status !== 'active') parts.push('sunk');
      return parts.join(', ');
    }
    case 'flotilla': {
      const n = remaining(f);
      // Oilers with a cargo amount (rules.endurance.oilers.cargo): what they hold, in the shared words.
      if (f.class === 'oiler' && f.cargo !== undefined && f.status === 'active')
        return oilerCargoText(n, f.cargo);
      return `${formatNumber(n)} ${className(f.class, n)}`;
    }
    case 'air':
      return `${formatNumber(remaining(f))} ${f.role === 'strategic-bomber' ? 'strategic bombers' : 'aircraft'}`;
    case 'army':
      return `${formatThousands(remaining(f))} men`;
    default: {
      const never: never = f;
      return never;
    }
  }
}

/**
 * A force's name with what it is, in one pair of brackets: "Kido Butai (fleet carrier, 72 aircraft)", and for a
 * name that already ends in brackets "1st Air Fleet (Marianas; 150 aircraft)", not "(Marianas) (150 aircraft)".
 */
export function namedForce(f: ForceState): string {
  const what = describeForce(f);
  return f.name.endsWith(')') ? `${f.name.slice(0, -1)}; ${what})` : `${f.name} (${what})`;
}

/** A group of forces in a line: ships by class, then aircraft, then men. */
export function summariseForces(forces: readonly ForceState[]): string {
  const ships = new Map<string, number>();
  let aircraft = 0;
  let troops = 0;
  for (const f of forces) {
    if (f.status !== 'active') continue;
    if (f.type === 'ship' || f.type === 'flotilla')
      ships.set(f.class, (ships.get(f.class) ?? 0) + remaining(f));
    else if (f.type === 'air') aircraft += remaining(f);
    else troops += remaining(f);
  }
  const order = Object.keys(CLASS_NAMES);
  const parts = [...ships.entries()]
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))
    .map(([cls, n]) => `${formatNumber(n)} ${className(cls, n)}`);
  if (aircraft > 0) parts.push(`${formatNumber(aircraft)} aircraft`);
  if (troops > 0) parts.push(`${formatThousands(troops)} men`);
  return parts.length ? parts.join(', ') : 'none';
}
