/**
 * Air groups of a side at its own airfields within a range of an area — the
 * B-29s within reach of Japan, for strategic bombing (will.ts), for mining the
 * home waters (economy/shipping-losses.ts) and for the `reach` trigger
 * (events.ts). One rule for all three.
 */
import type { AirRole, SideId } from '../scenario/schema';
import type { GameState } from './state';
import { airDistance, area, type World } from './world';

export interface AirInReach {
  aircraft: number;
  /** The bases they fly from (area ids), in the order the forces are listed. */
  bases: string[];
}

export function airInReach(
  world: World,
  state: GameState,
  side: SideId,
  target: string,
  range: number,
  role?: AirRole,
  /** Where the side's air groups stand in `state.forces` (a turn's `forcesOf`): only those are looked at. */
  airAt?: readonly number[],
): AirInReach {
  let aircraft = 0;
  const bases = new Set<string>();
  // By position, not over a list `map` makes (an array a builtin makes in optimised code can have
  // another map than the one it made before: PERFORMANCE.md, pass 24).
  const { forces } = state;
  const count = airAt ? airAt.length : forces.length;
  for (let k = 0; k < count; k++) {
    const f = forces[airAt ? airAt[k]! : k]!;
    if (f.side !== side || f.status !== 'active' || f.type !== 'air') continue;
    if (role !== undefined && f.role !== role) continue;
    const base = area(world, f.location);
    if (!base.airfield || (state.control[base.id] ?? base.owner) !== side) continue;
    if (airDistance(world, base.id, target, range) === null) continue;
    aircraft += f.aircraft;
    bases.add(base.id);
  }
  return { aircraft, bases: [...bases] };
}
