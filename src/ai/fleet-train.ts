/**
 * The fleet train for any computer player. Oilers sail with a fleet that
 * needs them by themselves (src/engine/endurance.ts) when they are where it
 * sails from, or in or next to its destination; a policy that keeps its idle
 * oilers with its main fleet need do nothing more. `fleetTrainOrders` gives
 * the moves that do so: each oiler flotilla with no order this turn (and not
 * already sailing with ships) goes where most of its side's carriers and
 * battleships will be after `orders`, if the rules allow it. The US fleet
 * train followed the fast carriers from anchorage to anchorage — Majuro,
 * Eniwetok, Ulithi (CARTER-1953).
 */
import { checkOrder, type GameState, type Order, type World } from '../engine/index';
import type { SideId } from '../scenario/schema';

/** Move orders for the side's idle oilers, to follow the main fleet (to be given after `orders`). */
export function fleetTrainOrders(
  world: World,
  state: GameState,
  side: SideId,
  orders: readonly Order[],
): Order[] {
  if (!world.scenario.rules.endurance?.oilers) return [];
  const goingTo = new Map<string, string>();
  for (const o of orders) if (o.type === 'move') goingTo.set(o.force, o.to);
  const capitals = new Map<string, number>();
  for (const f of state.forces) {
    if (f.side !== side || f.status !== 'active' || f.type !== 'ship') continue;
    if (f.class !== 'battleship' && !f.class.endsWith('carrier')) continue;
    const at = goingTo.get(f.id) ?? f.location;
    capitals.set(at, (capitals.get(at) ?? 0) + 1);
  }
  let main: string | null = null;
  for (const [at, n] of capitals)
    if (main === null || n > capitals.get(main)! || (n === capitals.get(main) && at < main)) main = at;
  if (main === null) return [];
  const given: Order[] = [...orders];
  const out: Order[] = [];
  for (const f of state.forces) {
    if (f.side !== side || f.status !== 'active' || f.type !== 'flotilla' || f.class !== 'oiler') continue;
    if (f.location === main || goingTo.has(f.id)) continue;
    const move: Order = { type: 'move', force: f.id, to: main };
    if (!checkOrder(world, state, side, move, given).ok) continue;
    given.push(move);
    out.push(move);
  }
  return out;
}
