/**
 * The historical plan's orders of one turn as operations (issue 13): the
 * orders of each plan step grouped by where they go, each group named for
 * what it does — an army going into an area the side does not hold is an
 * invasion (with the warships the same step sends to the seas beside it as
 * its escort, and the air groups it sends to airfields as its air cover),
 * carriers at sea a carrier raid, submarines a submarine campaign — with the
 * figures a sentence needs (troops, transports, escorts, aircraft). The
 * reason is always `historical-plan`: the plan says so.
 */
import type { ForceState, GameState, Order, World } from '../engine/index';
import type { SideId } from '../scenario/schema';
import type { Operation } from './intent';

type Move = Extract<Order, { type: 'move' }>;

/** Operations for the orders one plan step gave this turn. */
export function stepOperations(
  world: World,
  state: GameState,
  side: SideId,
  orders: readonly Order[],
): Operation[] {
  const ops: Operation[] = [];
  const airs: Extract<Order, { type: 'air' }>[] = [];
  const byTarget = new Map<string, Move[]>();
  for (const o of orders) {
    switch (o.type) {
      case 'move': {
        const list = byTarget.get(o.to);
        if (list) list.push(o);
        else byTarget.set(o.to, [o]);
        break;
      }
      case 'choose':
        ops.push({
          kind: 'policy',
          reason: 'historical-plan',
          target: o.choice,
          forces: [],
          ...(o.level === undefined ? {} : { numbers: { level: o.level } }),
        });
        break;
      case 'build':
        ops.push({
          kind: 'reinforce',
          reason: 'historical-plan',
          target: o.item,
          forces: [],
          numbers: { build: o.count },
        });
        break;
      case 'air':
        airs.push(o);
        break;
    }
  }
  const groups = [...byTarget].map(([target, moves]) => ({ target, forces: forcesOf(state, moves) }));
  const invasions = groups.filter((g) => isInvasion(world, state, side, g.target, g.forces));
  const absorbed = new Set<string>();
  // Warships to a sea beside an invasion escort it; air groups to an airfield cover it.
  for (const inv of invasions) {
    const beside = new Set((world.neighbours.get(inv.target) ?? []).map((n) => n.area));
    for (const g of groups) {
      if (g === inv || absorbed.has(g.target) || invasions.includes(g)) continue;
      const sea = world.areas.get(g.target)?.kind === 'sea';
      const escorts = sea && beside.has(g.target) && g.forces.every((f) => f.type !== 'army');
      const cover = !sea && g.forces.length > 0 && g.forces.every((f) => f.type === 'air');
      if (escorts || cover) {
        inv.forces.push(...g.forces);
        absorbed.add(g.target);
      }
    }
  }
  for (const g of groups) {
    if (!absorbed.has(g.target)) ops.push(groupOperation(world, state, side, g.target, g.forces));
  }
  return airOperations(state, ops, airs);
}

/**
 * Air missions added to the operations: a group covering an invasion joins
 * it as its air cover; the others are operations of their own, one per
 * mission and target (strike: an air strike, patrol: a patrol over the sea
 * lane, cover without a landing: a strike), and the groups that defend their
 * own bases one `defend` operation without a target, put last.
 */
export function airOperations(
  state: GameState,
  operations: readonly Operation[],
  missions: readonly Order[],
): Operation[] {
  const ops = operations.map((op) => ({
    ...op,
    forces: [...op.forces],
    ...(op.numbers ? { numbers: { ...op.numbers } } : {}),
  }));
  for (const o of missions) {
    if (o.type !== 'air') continue;
    const aircraft = state.forces.find((f) => f.id === o.force);
    const planes = aircraft?.type === 'air' ? aircraft.aircraft : 0;
    const invasion =
      o.mission === 'cover' ? ops.find((op) => op.kind === 'invade' && op.target === o.target) : undefined;
    const kind: Operation['kind'] =
      o.mission === 'patrol' ? 'patrol' : o.mission === 'defend' ? 'defend' : 'air-strike';
    // Groups guarding their own bases are one operation (no target): many bases, one idea.
    const guard =
      o.mission === 'defend' ? ops.find((x) => x.kind === 'defend' && x.target === undefined) : undefined;
    const op =
      invasion ??
      guard ??
      ops.find(
        (x) =>
          x.kind === kind &&
          x.target === o.target &&
          x.reason === 'historical-plan' &&
          x.numbers?.aircraft !== undefined,
      );
    if (op) {
      op.forces.push(o.force);
      op.numbers = { ...op.numbers, aircraft: (op.numbers?.aircraft ?? 0) + planes };
    } else {
      ops.push({
        kind,
        reason: 'historical-plan',
        ...(kind === 'defend' ? {} : { target: o.target }),
        forces: [o.force],
        numbers: { aircraft: planes },
      });
    }
  }
  // The guard of the bases last: it says least about the turn.
  return [
    ...ops.filter((op) => !(op.kind === 'defend' && op.target === undefined)),
    ...ops.filter((op) => op.kind === 'defend' && op.target === undefined),
  ];
}

function forcesOf(state: GameState, moves: readonly Move[]): ForceState[] {
  return moves.flatMap((m) => {
    const f = state.forces.find((x) => x.id === m.force);
    return f ? [f] : [];
  });
}

function isInvasion(
  world: World,
  state: GameState,
  side: SideId,
  target: string,
  forces: readonly ForceState[],
) {
  const owner = state.control[target] ?? world.areas.get(target)?.owner;
  return owner !== side && forces.some((f) => f.type === 'army');
}

/** One group of forces going to the same area, named for what it does, with its figures. */
export function groupOperation(
  world: World,
  state: GameState,
  side: SideId,
  target: string,
  forces: readonly ForceState[],
): Operation {
  const numbers: Record<string, number> = {};
  const add = (key: string, n: number) => {
    if (n > 0) numbers[key] = (numbers[key] ?? 0) + n;
  };
  for (const f of forces) {
    switch (f.type) {
      case 'army':
        add('troops', f.troops);
        add('transports', Math.ceil(f.troops / world.scenario.rules.troopsPerTransport));
        break;
      case 'ship':
        add(f.class.endsWith('carrier') ? 'carriers' : 'warships', 1);
        break;
      case 'flotilla':
        if (f.class === 'submarine') add('submarines', f.count);
        else if (f.class !== 'transport' && f.class !== 'oiler') add('warships', f.count);
        break;
      case 'air':
        add('aircraft', f.aircraft);
        break;
    }
  }
  const sea = world.areas.get(target)?.kind === 'sea';
  const kind: Operation['kind'] = isInvasion(world, state, side, target, forces)
    ? 'invade'
    : !sea
      ? 'reinforce'
      : numbers.carriers
        ? 'carrier-raid'
        : numbers.submarines && !numbers.warships
          ? 'submarine-campaign'
          : forces.some((f) => f.type === 'ship' && f.class === 'battleship')
            ? 'fleet-action'
            : 'patrol';
  return {
    kind,
    reason: 'historical-plan',
    target,
    forces: forces.map((f) => f.id),
    ...(Object.keys(numbers).length > 0 ? { numbers } : {}),
  };
}
