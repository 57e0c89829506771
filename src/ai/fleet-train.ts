/**
 * The fleet train for any computer player. Oilers sail with a fleet that
 * needs them by themselves (src/engine/endurance.ts) when they are where it
 * sails from, or in or next to its destination; a policy that keeps its idle
 * oilers with its main fleet need do nothing more. `fleetTrainOrders` gives
 * the moves that do so: each oiler flotilla with no order this turn (and not
 * already sailing with ships) goes where most of its side's carriers and
 * battleships will be after `orders`, if the rules allow it. The US fleet
 * train followed the fast carriers from anchorage to anchorage — Majuro,
 * Eniwetok, Ulithi (CARTER-1953). With a cargo amount
 * (`rules.endurance.oilers.cargo`), an oiler flotilla less than half full goes
 * to fill up first — it stays in a fuelled port whose stock has oil, or sails
 * to the nearest such port — since empty oilers fuel no one.
 */
import { cargoOf, fuelledPorts, oilerTanks } from '../engine/endurance';
import { checkOrder, type GameState, type Order, type World } from '../engine/index';
import { southernPool } from '../engine/oil-forecast';
import { seaDistance } from '../engine/world';
import { OIL } from '../scenario/resource-ids';
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
  const tanks = oilerTanks(world, side);
  /** The side's fuelled ports whose stock has oil to load (with a cargo amount). */
  const loading =
    tanks === null
      ? []
      : fuelledPorts(world, state, side).filter(
          (p) => (state.sides[side].stocks[southernPool(world, side, p) ?? OIL] ?? 0) > 0,
        );
  for (const f of state.forces) {
    if (f.side !== side || f.status !== 'active' || f.type !== 'flotilla' || f.class !== 'oiler') continue;
    if (goingTo.has(f.id)) continue;
    let to = main;
    if (tanks !== null && (cargoOf(world, f) ?? 0) * 2 < tanks * f.count) {
      // Less than half full: fill up where it is, or at the nearest port with oil.
      if (loading.includes(f.location)) continue;
      let best: { port: string; d: number } | null = null;
      for (const port of loading) {
        const d = seaDistance(world, f.location, port, Number.POSITIVE_INFINITY);
        if (d !== null && (best === null || d < best.d || (d === best.d && port < best.port)))
          best = { port, d };
      }
      if (best) to = best.port;
    }
    if (f.location === to) continue;
    const move: Order = { type: 'move', force: f.id, to };
    if (!checkOrder(world, state, side, move, given).ok) continue;
    given.push(move);
    out.push(move);
  }
  return out;
}
