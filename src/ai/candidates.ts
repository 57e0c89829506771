/**
 * Candidate order sets for the adaptive bot to weigh: doing nothing, a few
 * purposeful plans (attack the weakest enemy area within reach, bring damaged
 * ships home) and a few random legal variations. Every order is legal when
 * proposed; the engine still checks it.
 */
import { checkOrder, type GameState, type Order, type World } from '../engine/index';
import type { SideId } from '../scenario/schema';
import { areasWithinHops } from './nearby-areas';

type Int = (n: number) => number;

export function candidateOrderSets(
  world: World,
  state: GameState,
  side: SideId,
  count: number,
  int: Int,
): Order[][] {
  const sets: Order[][] = [[], attackPlan(world, state, side), withdrawDamaged(world, state, side)];
  for (let i = 0; sets.length < count && i < count * 2; i++) sets.push(randomPlan(world, state, side, int));
  return distinctSets(sets);
}

/** The order sets without repeats (the first of equal sets is kept). */
export function distinctSets(sets: readonly Order[][]): Order[][] {
  const seen = new Set<string>();
  return sets.filter((s) => {
    const key = JSON.stringify(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function push(world: World, state: GameState, side: SideId, orders: Order[], o: Order): boolean {
  if (!checkOrder(world, state, side, o, orders).ok) return false;
  orders.push(o);
  return true;
}

/** Each army goes for the weakest enemy-held area it can reach; a warship escorts the strongest thrust. */
function attackPlan(world: World, state: GameState, side: SideId): Order[] {
  const orders: Order[] = [];
  const enemyTroops = new Map<string, number>();
  for (const f of state.forces) {
    if (f.status === 'active' && f.side !== side && f.type === 'army') {
      enemyTroops.set(f.location, (enemyTroops.get(f.location) ?? 0) + f.troops);
    }
  }
  const targets = world.scenario.areas
    .filter((a) => a.kind !== 'sea' && (state.control[a.id] ?? a.owner) !== side)
    .sort((a, b) => (enemyTroops.get(a.id) ?? 0) - (enemyTroops.get(b.id) ?? 0) || b.value - a.value);
  for (const army of state.forces.filter(
    (f) => f.side === side && f.status === 'active' && f.type === 'army',
  )) {
    for (const t of targets) {
      if (
        army.type === 'army' &&
        army.troops > (enemyTroops.get(t.id) ?? 0) &&
        push(world, state, side, orders, { type: 'move', force: army.id, to: t.id })
      )
        break;
    }
  }
  // Air cover: carriers and surface ships head for the sea next to the first target.
  const first = orders[0];
  if (first?.type === 'move') {
    const seas = (world.neighbours.get(first.to) ?? []).filter(
      (n) => world.areas.get(n.area)?.kind === 'sea',
    );
    for (const ship of state.forces.filter(
      (f) => f.side === side && f.status === 'active' && f.type === 'ship',
    )) {
      for (const sea of seas)
        if (push(world, state, side, orders, { type: 'move', force: ship.id, to: sea.area })) break;
    }
  }
  return orders;
}

/** Damaged ships sail for the nearest own port to be out of harm's way. */
function withdrawDamaged(world: World, state: GameState, side: SideId): Order[] {
  const orders: Order[] = [];
  for (const ship of state.forces) {
    if (ship.side !== side || ship.status !== 'active' || ship.type !== 'ship' || ship.damage < 30) continue;
    const here = world.areas.get(ship.location);
    if (here?.port && (state.control[here.id] ?? here.owner) === side) continue;
    for (const to of areasWithinHops(world, ship.location, 3)) {
      const a = world.areas.get(to);
      if (a?.port && push(world, state, side, orders, { type: 'move', force: ship.id, to })) break;
    }
  }
  return orders;
}

function randomPlan(world: World, state: GameState, side: SideId, int: Int): Order[] {
  const orders: Order[] = [];
  const forces = state.forces.filter((f) => f.side === side && f.status === 'active');
  const wanted = 1 + int(4);
  for (let tries = 0; orders.length < wanted && tries < wanted * 4 && forces.length > 0; tries++) {
    const force = forces[int(forces.length)]!;
    const options = areasWithinHops(world, force.location, 2);
    if (options.length === 0) continue;
    push(world, state, side, orders, { type: 'move', force: force.id, to: options[int(options.length)]! });
  }
  const decisions = world.scenario.choices.filter((c) => c.side === side);
  if (decisions.length > 0 && int(4) === 0) {
    push(world, state, side, orders, { type: 'choose', choice: decisions[int(decisions.length)]!.id });
  }
  return orders;
}
