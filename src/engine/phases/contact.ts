import type { SideId } from '../../scenario/schema';
import { atWar } from '../orders';
import type { ForceState } from '../state';
import type { TurnContext } from '../turn-context';

/** Areas where active forces of both sides meet while at war, sorted by id. */
export function contestedAreas(ctx: TurnContext): string[] {
  if (!atWar(ctx.world, ctx.state)) return [];
  const present = new Map<string, Set<SideId>>();
  for (const f of ctx.state.forces) {
    if (f.status !== 'active') continue;
    let sides = present.get(f.location);
    if (!sides) {
      sides = new Set();
      present.set(f.location, sides);
    }
    sides.add(f.side);
  }
  return [...present.entries()]
    .filter(([, sides]) => sides.size === 2)
    .map(([id]) => id)
    .sort();
}

export function forcesAt(ctx: TurnContext, areaId: string, side: SideId): ForceState[] {
  return ctx.state.forces.filter((f) => f.status === 'active' && f.location === areaId && f.side === side);
}

export function hasAircraft(forces: readonly ForceState[]): boolean {
  return forces.some((f) => f.type === 'air' || (f.type === 'ship' && f.aircraft > 0));
}
