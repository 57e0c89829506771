/**
 * The yard: which ships are too damaged to sail anywhere but home (read by the
 * orders' legality check and by combat/retire.ts, which sends them there).
 */
import type { SideId } from '../../scenario/schema';
import type { ForceState } from '../state';
import { area, type World } from '../world';

/** Whether `areaId` is a port held by `side` (where its ships are repaired). */
export function isOwnPort(
  world: World,
  control: Record<string, string>,
  areaId: string,
  side: SideId,
): boolean {
  const a = area(world, areaId);
  return a.kind !== 'sea' && a.port === true && (control[areaId] ?? a.owner) === side;
}

/** Whether a ship is too damaged to sail anywhere but to a port of its side. */
export function inNeedOfTheYard(world: World, f: ForceState): boolean {
  return f.type === 'ship' && f.damage >= world.scenario.rules.combat.retireDamagePercent;
}
