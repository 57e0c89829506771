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
  const ownerOf = (id: string) => state.control[id] ?? area(world, id).owner;
  if (ownerOf(capital) !== side) return { connected: new Set(), overland: new Set(), lanes: new Set() };
  const connected = reachable(world, capital, (id) => area(world, id).kind === 'sea' || ownerOf(id) === side);
  const overland = reachable(world, capital, (id) => area(world, id).kind !== 'sea' && ownerOf(id) === side);
  const lanes = new Set([...connected].filter((id) => area(world, id).kind === 'sea'));
  return { connected, overland, lanes };
}

/** Scales a per-30-days rate to this turn's length. */
export function perTurn(ctx: TurnContext, per30Days: number): number {
  return Math.floor((per30Days * ctx.turnDays) / 30);
}
