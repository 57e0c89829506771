/**
 * The oil clock's rule for one side's turn (DESIGN.md §1), in one place: the
 * economy burns its base oil, then every move order is fuelled in the order
 * given — an army crossing the sea takes its transports along and they burn
 * too, counted once — while oil lasts (a force that finds the tanks empty
 * stays where it is), then every ship not moving burns idle oil.
 *
 * `planOilBurn` works the burn out; the economy phase carries it out
 * (phases/economy/oil-burn.ts) and `forecastOil` shows it to a player before
 * the turn. Neither writes to the state.
 *
 * The economy's own burn is set by the side's rationing level when the
 * scenario has rationing rules (Cohen 1949: civilian allocations were cut at
 * the war's start and again in 1944), otherwise by `baseOilPerTurn`. Oil is
 * held where it is: with `shipping.southernOil`, a force in the southern zone
 * burns the southern stock first and only what that lacks from the home
 * stock (oil brought south by fleet oilers) — USSBS 1946: the fleet at Lingga
 * in 1944 sat on Sumatran oil it could not send home. Ships beyond their
 * radius with the fleet train burn their sortie from the oilers' cargo
 * instead (endurance.ts, `rules.endurance.oilers.cargo`).
 */
import { OIL } from '../scenario/resource-ids';
import type { SideId } from '../scenario/schema';
import { cargoOf, nearestFuel, oilerTanks } from './endurance';
import { checkOrder, idleOil, movingForce, type Order, seaLiftTransports, sortieOil } from './orders';
import { forcesJoining } from './phases/events';
import { restrikeDraw, restrikesAhead } from './phases/port-strike';
import type { Refusal } from './refusal';
import type { StockCause } from './report';
import { type ForceState, forceById, type GameState } from './state';
import { withinBounds } from './turn-context';
import { area, type World } from './world';

type MoveOrder = Extract<Order, { type: 'move' }>;

/** A move order to fuel, with whether it goes by sea when its legality check said so. */
export interface MoveToFuel {
  order: MoveOrder;
  /** From the order's legality verdict; undefined: work it out from the state. */
  bySea?: boolean | undefined;
  /** From the verdict: the oilers that sail with it and the oil its ships burn from the oilers sailing to its destination. */
  fromOilers?: { oilers: readonly string[]; oil: number } | undefined;
}

/** A move order's fuel: whether the tanks hold enough when its turn to be fuelled comes (if not, why, as the report says it). */
export type SortieFuel = {
  order: MoveOrder;
  force: ForceState;
  /** Transport flotillas an army crossing the sea takes along (empty for the rest). */
  convoy: ForceState[];
  /** Thousand barrels: the force's sortie and its transports' (those no earlier order took along). */
  oil: number;
} & (
  | {
      fuelled: true;
      /** Thousand barrels of `oil` burned from the oilers' cargo rather than the stock. */
      fromOilers?: number;
    }
  /** `emptyTanks`: refused for want of oil; otherwise its transports are taken by another order. */
  | { fuelled: false; refusal: Refusal; emptyTanks: boolean }
);

/** One change to the oil stock, as the turn report's ledger lists it. */
export interface OilLine {
  /** The stock it comes off: `oil`, or the southern stock. */
  resource: string;
  /** Why, as the ledger reports it (words: src/text/stock-text.ts). */
  cause: OilCause;
  /** Thousand barrels the rule burns. */
  oil: number;
  /** What comes off the stock: less only when the stock reaches its lower bound. */
  burned: number;
}

export interface OilBurn {
  /** The stock the burn starts from. */
  stock: number;
  /** The southern stock before and after the burn (0 without one). */
  southStock: number;
  southLeft: number;
  /** Burned by the economy and the home front. */
  base: number;
  /** Every move order of a force still in the game, in the order given. */
  sorties: SortieFuel[];
  /** Burned by the fuelled sorties from the stock. */
  fuelledOil: number;
  /** Burned by the fuelled sorties from the oilers' cargo, and from which oiler flotillas (in order). */
  fromOilers: number;
  draws: { oiler: string; oil: number }[];
  /** Burned by ships in port and on station (every active ship and flotilla not moving). */
  idle: number;
  /** Everything burned. */
  total: number;
  /** The stock after the burn. */
  left: number;
  /** The stock's changes in the order the report's ledger lists them. */
  lines: OilLine[];
}

/** The causes of an oil burn's lines. */
export type OilCause = Extract<StockCause, { code: 'oil-economy' | 'oil-sortie' | 'oil-idle' }>;

const BASE_CAUSE: OilCause = { code: 'oil-economy' };
const IDLE_CAUSE: OilCause = { code: 'oil-idle' };

/** Oil the side's economy burns each turn at rationing level `level` (the side's current one if omitted). */
export function economyOil(world: World, state: GameState, side: SideId, level?: number): number {
  const rationing = world.scenario.rules.rationing;
  if (!rationing || rationing.side !== side) return world.scenario.sides[side].baseOilPerTurn;
  const at = level ?? state.policies[side].rationing;
  return (rationing.levels[at] ?? rationing.levels[0]!).oilPerTurn;
}

/** The southern stock's resource id if `side` holds oil in the south and `areaId` is in the southern zone. */
export function southernPool(world: World, side: SideId, areaId: string): string | null {
  const south = world.scenario.rules.shipping?.southernOil;
  if (!south || side !== 'japan') return null;
  // The zone's areas as a set, kept with the world (the scenario's list never changes): the idle
  // burn asks of every Japanese ship, and a search of the list was a quarter of the oil burn.
  world.memo.southernZone ??= new Set(south.zone);
  return world.memo.southernZone.has(areaId) ? south.stock : null;
}

/** The rationing level a side's orders set this turn (the last policy order wins), or undefined. */
export function rationingOrdered(orders: readonly Order[]): number | undefined {
  let level: number | undefined;
  for (const o of orders)
    if (o.type === 'choose' && o.choice === 'rationing' && o.level !== undefined) level = o.level;
  return level;
}

/**
 * Whether each of `moves` is fuelled this turn from `stock`, in the order given: the first part of
 * `planOilBurn` alone (the economy's burn, then the sorties), without the idle burn that follows
 * them and cannot change them. For a player that only asks which sorties the oil fuels (the bots'
 * fuelled-orders.ts, the commander's book): the idle burn looks at every ship and flotilla of the
 * side, and was about half of what the bots' check cost (docs/PERFORMANCE.md, pass 27).
 */
export function fuelSorties(
  world: World,
  state: GameState,
  side: SideId,
  moves: readonly MoveToFuel[],
  stock: number,
  options: { rationing?: number | undefined } = {},
): SortieFuel[] {
  return burnSorties(world, state, side, moves, stock, options).sorties;
}

/** The oil burn of `side` this turn from `stock`, for `moves` in the order given. */
export function planOilBurn(
  world: World,
  state: GameState,
  side: SideId,
  moves: readonly MoveToFuel[],
  stock: number,
  options: {
    rationing?: number | undefined;
    southStock?: number | undefined;
    /**
     * Where the side's ships and flotillas stand in `state.forces`, those two lists in that order
     * (a turn's index of forces, turn-context.ts `forcesOf`): the idle burn then looks at those
     * only, and the search for idle oilers at the flotillas only, not at every force.
     */
    fleetAt?: readonly (readonly number[])[] | undefined;
  } = {},
): OilBurn {
  const first = burnSorties(world, state, side, moves, stock, options);
  const { south, southStock, stocks, base, moving, sorties, fuelledOil, trainTo, cargoLeft, draws } = first;
  const { left, lines } = stocks;
  let fromOilersTotal = first.fromOilers;

  let idleAsked = 0;
  let idleSouth = 0;
  // Ships staying at sea beyond their radius burn from the oilers there (the fleet train that
  // kept the fast carriers at sea between strikes — CARTER-1953), as far as they hold.
  // (A copy only when there are oilers to add: most turns none sail with a sortie.)
  const sailing = trainTo.size > 0 ? new Set(moving) : moving;
  for (const list of trainTo.values()) for (const id of list) sailing.add(id);
  const oilersAt = idleOilers(world, state, side, sailing, options.fleetAt?.[1]);
  // Sums only: the order the forces are looked at in does not matter. The side's ships and
  // flotillas (the turn's index), else every force: only ships and flotillas burn oil idle (idleOil).
  const lists = options.fleetAt ?? null;
  for (let l = 0; l < (lists ? lists.length : 1); l++) {
    const list = lists ? lists[l]! : null;
    const count = list ? list.length : state.forces.length;
    for (let k = 0; k < count; k++) {
      const f = state.forces[list ? list[k]! : k]!;
      if (f.type === 'army' || f.type === 'air') continue;
      if (f.side !== side || f.status !== 'active' || moving.has(f.id)) continue;
      let oil = idleOil(world, f);
      const train = oilersAt?.get(f.location);
      if (train && oil > 0 && beyondRadius(world, state, f)) {
        for (const id of train) {
          const take = Math.min(oil, holdsOf(world, state, cargoLeft, id));
          if (take === 0) continue;
          cargoLeft.set(id, holdsOf(world, state, cargoLeft, id) - take);
          draws.push({ oiler: id, oil: take });
          fromOilersTotal += take;
          oil -= take;
        }
      }
      if (south && (southernPool(world, side, f.location) ?? OIL) !== OIL) idleSouth += oil;
      else idleAsked += oil;
    }
  }
  let idle = idleAsked > 0 ? stocks.burn(idleAsked, IDLE_CAUSE) : 0;
  if (south && idleSouth > 0) idle += stocks.burn(idleSouth, { code: 'oil-idle', zone: true }, south.stock);

  const home = left[OIL] ?? 0;
  const southLeft = south ? (left[south.stock] ?? 0) : 0;
  const total = stock - home + (southStock - southLeft);
  return {
    stock,
    southStock,
    southLeft,
    base,
    sorties,
    fuelledOil,
    fromOilers: fromOilersTotal,
    draws,
    idle,
    total,
    left: home,
    lines,
  };
}

/** What `burnSorties` leaves for the idle burn: the stocks left, the forces moving, the oilers drawn on. */
interface SortiesBurned {
  south: { stock: string } | undefined;
  southStock: number;
  stocks: OilLeft;
  base: number;
  moving: Set<string>;
  sorties: SortieFuel[];
  fuelledOil: number;
  trainTo: Map<string, string[]>;
  cargoLeft: Map<string, number>;
  draws: { oiler: string; oil: number }[];
  fromOilers: number;
}

/** The economy's burn, then each move's sortie in the order given (`planOilBurn`'s first part). */
function burnSorties(
  world: World,
  state: GameState,
  side: SideId,
  moves: readonly MoveToFuel[],
  stock: number,
  options: { rationing?: number | undefined; southStock?: number | undefined },
): SortiesBurned {
  const south = side === 'japan' ? world.scenario.rules.shipping?.southernOil : undefined;
  const southStock = south ? (options.southStock ?? state.sides[side].stocks[south.stock] ?? 0) : 0;
  const stocks = new OilLeft(world, stock);
  if (south) stocks.left[south.stock] = southStock;

  const baseOil = economyOil(world, state, side, options.rationing);
  const base = baseOil > 0 ? stocks.burn(baseOil, BASE_CAUSE) : 0;

  const moving = new Set<string>();
  /** Transports sailing with an army this turn: the army's name and destination. */
  const carrying = new Map<string, { army: string; to: string }>();
  /** The same transports' ids, for seaLiftTransports. */
  const taken = new Set<string>();
  const sorties: SortieFuel[] = [];
  let fuelledOil = 0;
  /** The oilers sailing to each destination this turn (of the sorties fuelled so far), and what each still holds. */
  const trainTo = new Map<string, string[]>();
  const cargoLeft = new Map<string, number>();
  const draws: { oiler: string; oil: number }[] = [];
  let fromOilersTotal = 0;
  for (const { order, bySea, fromOilers } of moves) {
    // A move of part of an army burns the oil of the detachment's men (detach.ts).
    const force = movingForce(world, state, order);
    if (force?.status !== 'active') continue;
    // Transports already carrying an army sail with it and have paid their fuel with it: an
    // order of their own to the same place costs nothing more (moving an army and its
    // transports as one group gives both orders); one elsewhere cannot be carried out.
    const carried = carrying.get(force.id);
    if (carried) {
      if (carried.to === order.to) sorties.push({ order, force, convoy: [], oil: 0, fuelled: true });
      else {
        const refusal: Refusal = {
          code: 'carried-elsewhere',
          who: force.name,
          army: carried.army,
          area: area(world, carried.to).name,
        };
        sorties.push({ order, force, convoy: [], oil: 0, fuelled: false, refusal, emptyTanks: false });
      }
      continue;
    }
    // An army crossing the sea takes its transports along, and they burn oil too.
    // Transports already sailing with an army ordered before this one are not there to take.
    const convoy =
      force.type === 'army' ? seaLiftTransports(world, state, force, order.to, bySea, taken) : [];
    // Transports that already sail on orders of their own (given before the army's) are gone when
    // the army would embark: the movement phase would leave it behind, so it is not fuelled either.
    const gone = convoy.filter((t) => moving.has(t.id) && !carrying.has(t.id));
    if (gone.length > 0) {
      const refusal: Refusal = {
        code: 'transports-sailing',
        army: force.name,
        transports: gone.map((t) => t.name),
      };
      sorties.push({ order, force, convoy, oil: 0, fuelled: false, refusal, emptyTanks: false });
      continue;
    }
    const oil =
      sortieOil(world, force) + convoy.reduce((n, t) => n + (moving.has(t.id) ? 0 : sortieOil(world, t)), 0);
    const pool = southernPool(world, side, force.location) ?? OIL;
    // Ships beyond their radius burn from the oilers sailing with them to the destination.
    const train = fromOilers && fromOilers.oil > 0 ? [...(trainTo.get(order.to) ?? [])] : [];
    for (const id of fromOilers?.oil ? fromOilers.oilers : []) if (!train.includes(id)) train.push(id);
    const fromTrain = Math.min(
      fromOilers?.oil ?? 0,
      train.reduce((n, id) => n + holdsOf(world, state, cargoLeft, id), 0),
    );
    if (oil - fromTrain > stocks.have(pool)) {
      const refusal: Refusal = {
        code: 'no-oil',
        who: force.name,
        need: oil - fromTrain,
        left: stocks.have(pool),
        away: pool !== OIL,
      };
      sorties.push({ order, force, convoy, oil, fuelled: false, refusal, emptyTanks: true });
      continue;
    }
    if (fromTrain > 0) {
      trainTo.set(order.to, train);
      let due = fromTrain;
      for (const id of train) {
        const take = Math.min(due, holdsOf(world, state, cargoLeft, id));
        if (take === 0) continue;
        cargoLeft.set(id, holdsOf(world, state, cargoLeft, id) - take);
        draws.push({ oiler: id, oil: take });
        due -= take;
      }
      fromOilersTotal += fromTrain;
    }
    moving.add(force.id);
    for (const t of convoy) {
      moving.add(t.id);
      carrying.set(t.id, { army: force.name, to: order.to });
      taken.add(t.id);
    }
    if (oil > fromTrain)
      fuelledOil += stocks.burn(oil - fromTrain, { code: 'oil-sortie', force: force.id, to: order.to }, pool);
    sorties.push({
      order,
      force,
      convoy,
      oil,
      fuelled: true,
      ...(fromTrain > 0 ? { fromOilers: fromTrain } : {}),
    });
  }

  return {
    south,
    southStock,
    stocks,
    base,
    moving,
    sorties,
    fuelledOil,
    trainTo,
    cargoLeft,
    draws,
    fromOilers: fromOilersTotal,
  };
}

export interface OilForecast extends OilBurn {
  /** Orders the turn would refuse before the economy phase, with the reason (they burn nothing). */
  illegal: { order: Order; refusal: Refusal }[];
  /**
   * The side's carriers left on station next to an enemy port at war, which strike it again after
   * the economy phase and pay a sortie's oil for it (phases/port-strike.ts, the ledger's
   * `oil-restrike`), from what the burn leaves: by sea area, the port, the carriers, and those the
   * oil left would fuel. Not in `total` or `lines` (the economy phase's burn).
   */
  restrikes: { sea: string; port: string; carriers: ForceState[]; fuelled: ForceState[]; oil: number }[];
  /** What the restrikes burn, from the stocks the burn leaves. */
  restrikeOil: number;
}

/**
 * The restrikes of carriers `side` leaves on station this turn, as the engine would pay for them
 * after `burn` (port-strike.ts `restrikesAhead` and `restrikeDraw`: the carriers, the port and the
 * oil are the engine's, nothing is worked out again here).
 */
function restrikesAfter(
  world: World,
  state: GameState,
  side: SideId,
  orders: readonly Order[],
  burn: OilBurn,
): Pick<OilForecast, 'restrikes' | 'restrikeOil'> {
  const ahead = restrikesAhead(world, state, side, orders);
  if (ahead.length === 0) return { restrikes: [], restrikeOil: 0 };
  const south = side === 'japan' ? world.scenario.rules.shipping?.southernOil : undefined;
  const stocks: Record<string, number> = { [OIL]: burn.left };
  if (south) stocks[south.stock] = burn.southLeft;
  let restrikeOil = 0;
  const restrikes = ahead.map(({ sea, port, carriers }) => {
    const fuelled: ForceState[] = [];
    let oil = 0;
    for (const f of carriers) {
      const draw = restrikeDraw(world, side, f, stocks);
      if (!draw.fuelled) continue;
      if (draw.pool !== null) stocks[draw.pool] = (stocks[draw.pool] ?? 0) - draw.fromSouth;
      stocks[OIL] = (stocks[OIL] ?? 0) - draw.fromHome;
      fuelled.push(f);
      oil += draw.oil;
    }
    restrikeOil += oil;
    return { sea, port, carriers, fuelled, oil };
  });
  return { restrikes, restrikeOil };
}

/**
 * What the economy phase's oil burn would do with `orders` if the turn were
 * resolved from `state` now: the orders are checked as `resolveTurn` checks
 * them, then burned by the engine's own rule (`planOilBurn`).
 *
 * What it promises: the burn from the stock as it stands — before this
 * turn's events, production, deliveries, shipping losses and builds, which
 * come first in the turn — with the forces as they stand and those joining
 * this turn, scheduled reinforcements and builds (forces an event brings or
 * strikes this turn are not foreseen), and apart (`restrikes`) the oil of
 * carriers left on station that strike an enemy port again. Pass `stock` to start from
 * another figure (e.g. the stock once this turn's deliveries are in). The
 * state is only read.
 */
export function forecastOil(
  world: World,
  state: GameState,
  side: SideId,
  orders: readonly Order[],
  options: { stock?: number } = {},
): OilForecast {
  const legal: Order[] = [];
  const moves: MoveToFuel[] = [];
  const illegal: OilForecast['illegal'] = [];
  for (const order of orders) {
    const verdict = checkOrder(world, state, side, order, legal);
    if (!verdict.ok) {
      illegal.push({ order, refusal: verdict.refusal });
      continue;
    }
    legal.push(order);
    if (order.type === 'move')
      moves.push({ order, bySea: verdict.bySea ?? false, fromOilers: oilersOf(verdict) });
  }
  const stock = options.stock ?? state.sides[side].stocks[OIL] ?? 0;
  // Ships that join the side this turn (scheduled reinforcements, builds whose time is up) join it
  // before the economy phase and burn their idle oil this turn: the forecast burns them too (play25:
  // the Oil Clock's tile said 4,171 in September 1941 and the ledger took 4,183, Shōkaku's 12;
  // October 3,040 against 3,052, Zuikaku's).
  const arriving = forcesJoining(world, state, side);
  const burning = arriving.length === 0 ? state : { ...state, forces: [...state.forces, ...arriving] };
  const burn = planOilBurn(world, burning, side, moves, stock, { rationing: rationingOrdered(legal) });
  // Carriers left on station strike again after the economy phase, and pay a sortie's oil
  // (port-strike.ts): close25 found the tile short by that much.
  return { ...burn, illegal, ...restrikesAfter(world, state, side, legal, burn) };
}

/** What a move's verdict says the oilers give it (endurance.ts): the oilers that sail with it and the oil drawn from the train. */
export function oilersOf(verdict: {
  ok: boolean;
  oilers?: string[];
  fromOilers?: number;
}): MoveToFuel['fromOilers'] {
  if (!verdict.ok || !verdict.fromOilers) return undefined;
  return { oilers: verdict.oilers ?? [], oil: verdict.fromOilers };
}

/**
 * What is left of each stock the burn draws on, and the lines it wrote (`planOilBurn`). A class,
 * not closures made for each plan: under tsx every named closure also costs a `__name` call.
 */
class OilLeft {
  readonly left: Record<string, number>;
  readonly lines: OilLine[] = [];
  constructor(
    private readonly world: World,
    stock: number,
  ) {
    this.left = { [OIL]: stock };
  }

  burnFrom(oil: number, cause: OilCause, resource: string): number {
    const def = this.world.resources.get(resource);
    const before = this.left[resource] ?? 0;
    const after = def ? withinBounds(def, before - oil) : before;
    this.left[resource] = after;
    const burned = before - after;
    this.lines.push({ resource, cause, oil, burned });
    return burned;
  }

  /** Burns from the southern stock what it holds, the rest from the home stock. */
  burn(oil: number, cause: OilCause, resource: string = OIL): number {
    if (resource === OIL) return this.burnFrom(oil, cause, OIL);
    const there = Math.min(oil, this.left[resource] ?? 0);
    const south = there > 0 ? this.burnFrom(there, fromSouth(cause), resource) : 0;
    return south + (oil > there ? this.burnFrom(oil - there, cause, OIL) : 0);
  }

  /** The oil a sortie from `pool` may burn: the home stock, and the southern one in its zone. */
  have(pool: string): number {
    return (this.left[OIL] ?? 0) + (pool === OIL ? 0 : (this.left[pool] ?? 0));
  }
}

/**
 * `cause` burned from the southern stock: what `{ ...cause, south: true }` makes (the same fields in
 * the same order, then `south`), built field by field — the spread of these small records was most
 * of a burn's cost.
 */
function fromSouth(cause: OilCause): OilCause {
  if ('south' in cause) return { ...cause, south: true };
  switch (cause.code) {
    case 'oil-economy':
      return { code: cause.code, south: true };
    case 'oil-sortie':
      return { code: cause.code, force: cause.force, to: cause.to, south: true };
    case 'oil-idle':
      return 'zone' in cause
        ? { code: cause.code, zone: cause.zone, south: true }
        : { code: cause.code, south: true };
  }
}

/** What oiler `id` still holds this turn (`cargoLeft`, else its cargo as it stands). */
function holdsOf(world: World, state: GameState, cargoLeft: Map<string, number>, id: string): number {
  let c = cargoLeft.get(id);
  if (c === undefined) {
    const f = forceById(state, id);
    c = f?.status === 'active' ? (cargoOf(world, f) ?? 0) : 0;
    cargoLeft.set(id, c);
  }
  return c;
}

/**
 * The side's oiler flotillas with cargo that stay where they are this turn, by sea area (null
 * when there are none, or its oilers carry no cargo amount): ships idle there beyond their radius
 * burn from them.
 */
function idleOilers(
  world: World,
  state: GameState,
  side: SideId,
  moving: ReadonlySet<string>,
  /** Where the side's flotillas stand in `state.forces`, in its order (`fleetAt`'s second list), if known. */
  flotillasAt?: readonly number[],
): Map<string, string[]> | null {
  if (oilerTanks(world, side) === null) return null;
  let out: Map<string, string[]> | null = null;
  // The same forces in the same order either way: the side's flotillas are all that can pass.
  const count = flotillasAt ? flotillasAt.length : state.forces.length;
  for (let k = 0; k < count; k++) {
    const f = state.forces[flotillasAt ? flotillasAt[k]! : k]!;
    if (f.side !== side || f.type !== 'flotilla' || f.class !== 'oiler' || f.status !== 'active') continue;
    if (moving.has(f.id) || (f.cargo ?? 0) === 0 || area(world, f.location).kind !== 'sea') continue;
    out ??= new Map();
    const list = out.get(f.location) ?? [];
    list.push(f.id);
    out.set(f.location, list);
  }
  return out;
}

/** Whether a ship or flotilla stands beyond its class's radius of its side's fuelled ports. */
function beyondRadius(world: World, state: GameState, f: ForceState): boolean {
  if (f.type !== 'ship' && f.type !== 'flotilla') return false;
  const radius = world.scenario.rules.endurance?.radiusNm[f.side][f.class];
  if (radius === undefined) return false;
  const near = nearestFuel(world, state, f.side, f.location);
  return near === null || near.distance > radius;
}
