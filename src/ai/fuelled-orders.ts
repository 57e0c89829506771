/**
 * A plan's orders without the moves the engine's oil burn would refuse (`planOilBurn`, the rule
 * the economy phase carries out, from the oil held now): checkOrder passes a sortie the tanks
 * cannot fuel, and a Japan short of oil had its plan's sorties refused "not enough oil" turn after
 * turn (the grand campaign's historical Japan: 17 in one month of 1944). A refused sortie stays
 * where it is and burns nothing, so leaving it out plays the same war without the refusals.
 */
import type { GameState, Legality, Order, World } from '../engine/index';
import { fuelSorties, type MoveToFuel, oilersOf, rationingOrdered } from '../engine/oil-forecast';
import { OIL } from '../scenario/resource-ids';
import type { SideId } from '../scenario/schema';

/** `orders` (each with its verdict, all legal) less the moves the oil burn would not fuel; both lists in step. */
export function fuelledOrders(
  world: World,
  state: GameState,
  side: SideId,
  orders: readonly Order[],
  verdicts: readonly Legality[],
): { orders: Order[]; verdicts: Legality[] } {
  const moves: MoveToFuel[] = [];
  orders.forEach((order, i) => {
    const v = verdicts[i];
    if (order.type === 'move' && v?.ok)
      moves.push({ order, bySea: v.bySea ?? false, fromOilers: oilersOf(v) });
  });
  if (moves.length === 0) return { orders: [...orders], verdicts: [...verdicts] };
  // The sorties alone: the idle burn after them cannot refuse one (`fuelSorties`).
  const sorties = fuelSorties(world, state, side, moves, state.sides[side].stocks[OIL] ?? 0, {
    rationing: rationingOrdered(orders),
  });
  const dry = new Set<Order>(sorties.flatMap((s) => (s.fuelled ? [] : [s.order])));
  if (dry.size === 0) return { orders: [...orders], verdicts: [...verdicts] };
  // Built by `push`, as the lists above are by spreading: an array made by `map` has holey elements, and
  // the first one to reach code compiled for the packed lists (resolveTurn's remembered verdicts, the
  // bots' rememberVerdicts) threw that code away (docs/PERFORMANCE.md, pass 27).
  const kept: Order[] = [];
  const keptVerdicts: Legality[] = [];
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i]!;
    if (dry.has(o)) continue;
    kept.push(o);
    keptVerdicts.push(verdicts[i]!);
  }
  return { orders: kept, verdicts: keptVerdicts };
}
