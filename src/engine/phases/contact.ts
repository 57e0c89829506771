/**
 * Who takes part in a fight. Forces in an area meet there; land-based air
 * groups also reach out to neighbouring areas within `rules.landAirReach`
 * nautical miles: they strike fleets at sea (Prince of Wales and Repulse were
 * sunk off Malaya by bombers from Indochina, 10 Dec 1941) and support their
 * armies' battles next door.
 */
import type { SideId } from '../../scenario/schema';
import { isNaval, isSubmarine } from '../combat-values';
import { atWar } from '../orders';
import type { ForceState } from '../state';
import type { TurnContext } from '../turn-context';
import { area } from '../world';

/** Areas where the sides fight this turn, sorted by id. */
export function contestedAreas(ctx: TurnContext): string[] {
  if (!atWar(ctx.world, ctx.state)) return [];
  const present = presence(ctx);
  const out: string[] = [];
  for (const a of ctx.world.scenario.areas) {
    const here = present.get(a.id);
    const j = here?.has('japan') ?? false;
    const al = here?.has('allies') ?? false;
    if (j && al) out.push(a.id);
    else if (
      a.kind === 'sea' &&
      ((j && airReaches(ctx, a.id, 'allies')) || (al && airReaches(ctx, a.id, 'japan')))
    ) {
      out.push(a.id);
    }
  }
  return out.sort();
}

function presence(ctx: TurnContext): Map<string, Set<SideId>> {
  const present = new Map<string, Set<SideId>>();
  for (const f of ctx.state.forces) {
    if (f.status !== 'active' || isSubmarine(f)) continue;
    let sides = present.get(f.location);
    if (!sides) {
      sides = new Set();
      present.set(f.location, sides);
    }
    sides.add(f.side);
  }
  return present;
}

/**
 * Warships and carriers of `side` in the sea areas next to a land area: they
 * support a landing, or the defence. A fleet that meets enemy ships in its sea
 * area has a battle of its own to fight and bombards no one: at Saipan the
 * Japanese Mobile Fleet never came near the beaches (Philippine Sea, June 1944 —
 * HISTORY.md §4, B13).
 */
export function navalSupport(ctx: TurnContext, areaId: string, side: SideId): ForceState[] {
  const enemy = side === 'japan' ? 'allies' : 'japan';
  const contested = new Set(
    ctx.state.forces
      .filter((f) => f.status === 'active' && f.side === enemy && isNaval(f) && !isSubmarine(f))
      .map((f) => f.location),
  );
  const seas = new Set(
    (ctx.world.neighbours.get(areaId) ?? [])
      .filter((n) => area(ctx.world, n.area).kind === 'sea' && !contested.has(n.area))
      .map((n) => n.area),
  );
  return ctx.state.forces.filter(
    (f) => f.status === 'active' && f.side === side && f.type === 'ship' && seas.has(f.location),
  );
}

/** Forces of `side` in the area itself. */
export function forcesAt(ctx: TurnContext, areaId: string, side: SideId): ForceState[] {
  return ctx.state.forces.filter((f) => f.status === 'active' && f.location === areaId && f.side === side);
}

/** Land-based air groups of `side` in neighbouring land areas within reach of `areaId`. */
export function airInReach(ctx: TurnContext, areaId: string, side: SideId): ForceState[] {
  const reach = ctx.world.scenario.rules.landAirReach;
  if (reach === 0) return [];
  const near = new Set(
    (ctx.world.neighbours.get(areaId) ?? [])
      .filter((n) => n.distance <= reach && area(ctx.world, n.area).kind !== 'sea')
      .map((n) => n.area),
  );
  return ctx.state.forces.filter(
    (f) =>
      f.status === 'active' &&
      f.side === side &&
      f.type === 'air' &&
      f.role !== 'strategic-bomber' &&
      near.has(f.location),
  );
}

function airReaches(ctx: TurnContext, areaId: string, side: SideId): boolean {
  return airInReach(ctx, areaId, side).length > 0;
}

/** Everything of `side` that fights in `areaId` this turn. */
export function participants(ctx: TurnContext, areaId: string, side: SideId): ForceState[] {
  return [...forcesAt(ctx, areaId, side), ...airInReach(ctx, areaId, side)];
}

export function hasAircraft(forces: readonly ForceState[]): boolean {
  return forces.some((f) => f.type === 'air' || (f.type === 'ship' && f.aircraft > 0));
}
