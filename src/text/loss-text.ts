/**
 * What a loss means for the kind of force that took it, as a student reads it after the force's
 * name: "sunk", "35% damage", "12 aircraft lost", "3 transports sunk"… The engine counts a
 * flotilla's loss in whole ships: the points that fall on it in a battle add up, and each ship's
 * toughness of them sinks one (src/engine/combat/hits.ts, `LossBook.hitFlotilla`). Fewer points than
 * one ship's toughness sink none: the line says so ("hit, but no transport sunk") where it read
 * "0 ships sunk" beside "3 points".
 */
import { FLOTILLA_TOUGHNESS } from '../engine/combat-values';
import type { FlotillaClass } from '../scenario/schema';

/** The ships of a flotilla by class: one and more than one. */
const SHIPS: Record<FlotillaClass, readonly [string, string]> = {
  cruiser: ['cruiser', 'cruisers'],
  destroyer: ['destroyer', 'destroyers'],
  escort: ['escort', 'escorts'],
  submarine: ['submarine', 'submarines'],
  transport: ['transport', 'transports'],
  oiler: ['oiler', 'oilers'],
};

/** Number words a reader takes in at a glance: "1,200". */
const grouped = (n: number): string => n.toLocaleString('en-GB');

/** A loss as the report shows it: `amount` in the force's own unit (ships: damage percent). */
export type Loss = { amount: number; destroyed: boolean; aircraft?: number };

/** "3 transports sunk (none left)", or "hit, but no transport sunk" when the fire was too light. */
export function flotillaLossText(cls: FlotillaClass, l: Loss): string {
  const [one, many] = SHIPS[cls];
  if (l.amount === 0 && !l.destroyed)
    return `hit, but no ${one} sunk (too little fire: it takes ${FLOTILLA_TOUGHNESS[cls]} points to sink a ${one})`;
  return `${grouped(l.amount)} ${l.amount === 1 ? one : many} sunk${l.destroyed ? ' (none left)' : ''}`;
}
