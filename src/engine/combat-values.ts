/**
 * How hard each kind of force hits and how much it takes to sink or destroy.
 * A deliberately simple first model (the full carrier/surface/land-air rules
 * come with the Pacific rules): carriers hit through their aircraft, so a
 * carrier that lost its air group is nearly harmless — the lesson of Coral Sea
 * and Midway (HISTORY.md §4, B8 B9).
 */
import type { FlotillaClass, ShipClass } from '../scenario/schema';
import { assertNever } from './assert-never';
import type { ForceState } from './state';

const SHIP_GUNS: Record<ShipClass, number> = {
  'fleet-carrier': 2,
  'light-carrier': 1,
  'escort-carrier': 1,
  battleship: 12,
  'heavy-cruiser': 6,
  'light-cruiser': 4,
};

/** Damage points that sink a ship of the class. */
export const SHIP_TOUGHNESS: Record<ShipClass, number> = {
  'fleet-carrier': 30,
  'light-carrier': 18,
  'escort-carrier': 10,
  battleship: 50,
  'heavy-cruiser': 20,
  'light-cruiser': 14,
};

const FLOTILLA_FIRE: Record<FlotillaClass, number> = {
  cruiser: 5,
  destroyer: 2,
  escort: 1,
  submarine: 2,
  transport: 0,
};

/** Damage points that sink one ship of the flotilla. */
export const FLOTILLA_TOUGHNESS: Record<FlotillaClass, number> = {
  cruiser: 15,
  destroyer: 6,
  escort: 4,
  submarine: 4,
  transport: 5,
};

/** Raw firepower before experience and surprise. One embarked or land-based aircraft = 1/3 point. */
export function firepower(f: ForceState): number {
  switch (f.type) {
    case 'ship':
      return SHIP_GUNS[f.class] + Math.floor(f.aircraft / 3);
    case 'flotilla':
      return FLOTILLA_FIRE[f.class] * f.count;
    case 'air':
      return Math.floor(f.aircraft / 3);
    case 'army':
      return Math.floor(f.troops / 10);
    default:
      return assertNever(f);
  }
}
