/**
 * Where a side's goods can travel: from its capital through its own land and
 * any sea area (the shipping lanes). "Overland" areas are those reached
 * without crossing the sea: their output needs no ships.
 */
import type { SideId } from '../../../scenario/schema';
import type { TurnContext } from '../../turn-context';
import { area, reachable } from '../../world';

export interface ShippingNetwork {
  /** Areas connected to the capital at all (own land and sea). */
  connected: Set<string>;
  /** Own areas connected to the capital without crossing the sea. */
  overland: Set<string>;
  /** Sea areas on the side's lanes. */
  lanes: Set<string>;
}

export function shippingNetwork(ctx: TurnContext, side: SideId): ShippingNetwork {
  const { world, state } = ctx;
  const capital = world.scenario.sides[side].capital;
  if ((state.control[capital] ?? area(world, capital).owner) !== side)
    return { connected: new Set(), overland: new Set(), lanes: new Set() };
  const { sea, index } = world.graph;
  const areas = world.scenario.areas;
  // Who holds each area, by index (the searches below ask often).
  const own = new Uint8Array(areas.length);
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i]!;
    if ((state.control[a.id] ?? a.owner) === side) own[i] = 1;
  }
  const connected = reachable(world, capital, (i) => sea[i] === 1 || own[i] === 1);
  const overland = reachable(world, capital, (i) => sea[i] === 0 && own[i] === 1);
  const lanes = new Set<string>();
  for (const id of connected) if (sea[index.get(id) ?? -1] === 1) lanes.add(id);
  return { connected, overland, lanes };
}

/** Scales a per-30-days rate to this turn's length. */
export function perTurn(ctx: TurnContext, per30Days: number): number {
  return Math.floor((per30Days * ctx.turnDays) / 30);
}
