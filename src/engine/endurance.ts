/**
 * How far ships may sail from fuel (`rules.endurance`): a ship may end its
 * move only where the nearest of its side's fuelled ports is within its
 * class's radius (half its endurance at cruising speed). The distance is
 * counted by sea from the port to the destination, so a ship may go from one
 * base to another, and a fleet reaches farther by holding anchorages forward:
 * Majuro and Eniwetok (the Marshalls), Manus, Ulithi and Espiritu Santo for
 * the US fleet; Truk and the southern oil ports for Japan's (CARTER-1953).
 *
 * Beyond the radius, up to `oilers.extraNm` more, only with the fleet train:
 * the side's oilers (flotillas of class `oiler`) that are where the ships sail
 * from, or in or next to the destination, and have no order of their own,
 * sail with the ships, each refuelling `shipsPerOiler` of them at sea. The
 * Pearl Harbor force took its oilers to refuel on the way (B7); the US
 * carriers of 1942 fuelled from Neosho, Platte and Cimarron at sea, and lost
 * Neosho with them at the Coral Sea (B8); from 1944 the Service Squadrons'
 * oilers met the fast carriers between strikes (CARTER-1953). Oilers that
 * sailed stay with the fleet — at sea, where battles and submarines find
 * them — and go back to a fuelled port when no warship of theirs is left
 * there (oilerReturns). Sunk oilers shrink the fleet's reach.
 *
 * With `oilers.cargo`, the oilers carry the oil too: each holds so many
 * thousand barrels (a Cimarron-class fleet oiler 146,000 — CIMARRON-1939;
 * Japan's requisitioned fleet tankers of about 10,000 tons less — O16), and
 * the ships beyond their radius burn their sortie from the oilers with them
 * instead of from the stock (phases/economy/oil-burn.ts). Oilers that hold
 * too little do not let the ships go; empty oilers fuel no one. They fill up
 * at the end of a turn in a fuelled port of their side, from the stock of that
 * region (phases/oiler-cargo.ts), and sunk oilers take their cargo down.
 *
 * The ships' own bunkers are not followed from turn to turn: a ship in reach
 * of a fuelled port, or with oilers that hold enough, is fuelled.
 */
import type { Order } from '../scenario/order-schema';
import type { SideId } from '../scenario/schema';
import { hasOrderFor } from './ordered-forces';
import type { Refusal } from './refusal';
import { type ForceState, forceById, type GameState } from './state';
import { area, seaDistance, type World } from './world';

/** The ships of a move by class: a ship is one, a flotilla its count. */
export interface Sailing {
  cls: string;
  ships: number;
}

/** The ships a force sails with (its own class; none for armies and aircraft). */
export function sailingOf(force: ForceState): Sailing[] {
  if (force.type === 'ship') return [{ cls: force.class, ships: 1 }];
  if (force.type === 'flotilla') return [{ cls: force.class, ships: force.count }];
  return [];
}

/**
 * What the fleet train does for a move: the oilers that sail with it (none when within the
 * radius), and the thousand barrels its ships burn from the oilers sailing to its destination
 * (0 within the radius, or when the side's oilers carry no cargo amount).
 */
export type FuelVerdict = { ok: true; oilers: string[]; oil: number } | { ok: false; refusal: Refusal };

const FUELLED: FuelVerdict = { ok: true, oilers: [], oil: 0 };

/** What an oiler of `side` holds when full (thousand barrels), or null: its oilers carry no cargo amount. */
export function oilerTanks(world: World, side: SideId): number | null {
  return world.scenario.rules.endurance?.oilers?.cargo?.perOiler[side] ?? null;
}

/**
 * Thousand barrels of fuel oil an oiler flotilla holds (0 for any other force), or null when its
 * side's oilers carry no cargo amount (they fuel without a limit).
 */
export function cargoOf(world: World, f: ForceState): number | null {
  if (f.type !== 'flotilla' || f.class !== 'oiler') return 0;
  const tanks = oilerTanks(world, f.side);
  if (tanks === null) return null;
  return f.cargo ?? tanks * f.count;
}

/** The side's fuelled ports now: the bases of the rule that it holds and that have opened. */
export function fuelledPorts(world: World, state: GameState, side: SideId): readonly string[] {
  return fuelReach(world, state, side).ports;
}

/**
 * A list of fuelled ports and the answers `fuelWithin` has given for it, by a number made of the
 * areas' indexes, the turn's range and the limit (fuelWithin reads nothing else: the sea
 * distances are the map's). Kept with the world (`world.memo.fuelledPorts`): one per list of
 * ports (the same list from turn to turn while no base changes hands or opens), found by which of
 * the rule's bases are open and held (`fuelReach`) — a state being resolved finds the same
 * answers as the states handed out.
 */
export interface FuelReach {
  ports: readonly string[];
  within: Map<number, FuelWithin>;
}

/**
 * Rules with more bases than this find their list of ports by its names, not by a number: the bits
 * of a 32-bit integer (`|` works on those; the 32nd makes it negative, still one number per set).
 */
const MASKED_BASES = 32;

/**
 * The side's fuelled ports now with their remembered answers. The list depends only on which of
 * the rule's bases are the side's, open and held: those are read (a bit per base) and the list kept
 * for them, so any state finds it, a state being resolved too (whose record of control may still
 * change: it is read each time). The side's last answer is kept with its frozen record of control
 * and its date (a turn's checks ask with the same record and date in a row).
 */
function fuelReach(world: World, state: GameState, side: SideId): FuelReach {
  world.memo.fuelledPorts ??= {
    byBases: { japan: new Map(), allies: new Map() },
    byPorts: new Map(),
    last: {},
  };
  const memo = world.memo.fuelledPorts;
  // (A record kept there was frozen, and stays so.)
  const last = memo.last[side];
  if (last && last.control === state.control && last.date === state.date) return last.reach;
  const bases = world.scenario.rules.endurance?.bases ?? [];
  let reach: FuelReach | undefined;
  if (bases.length <= MASKED_BASES) {
    let held = 0;
    for (let i = 0; i < bases.length; i++) {
      const b = bases[i]!;
      if (b.side !== side || (b.from !== undefined && b.from > state.date)) continue;
      const a = world.areas.get(b.area);
      if (a && (state.control[a.id] ?? a.owner) === side) held |= 1 << i;
    }
    const bySide = memo.byBases[side];
    reach = bySide.get(held);
    if (!reach) {
      reach = reachOf(memo.byPorts, listFuelledPorts(world, state, side));
      bySide.set(held, reach);
    }
  } else reach = reachOf(memo.byPorts, listFuelledPorts(world, state, side));
  if (Object.isFrozen(state.control)) memo.last[side] = { control: state.control, date: state.date, reach };
  return reach;
}

/** The kept answers for a list of ports (one per list). */
function reachOf(byPorts: Map<string, FuelReach>, ports: readonly string[]): FuelReach {
  const key = ports.join(' ');
  let reach = byPorts.get(key);
  if (!reach) {
    reach = { ports, within: new Map() };
    byPorts.set(key, reach);
  }
  return reach;
}

function listFuelledPorts(world: World, state: GameState, side: SideId): string[] {
  const out: string[] = [];
  for (const b of world.scenario.rules.endurance?.bases ?? []) {
    if (b.side !== side || (b.from !== undefined && b.from > state.date)) continue;
    const a = world.areas.get(b.area);
    if (!a || (state.control[a.id] ?? a.owner) !== side || out.includes(a.id)) continue;
    out.push(a.id);
  }
  return out;
}

/** The nearest of the side's fuelled ports to `to` by sea, and how far; null when none reaches it. */
export function nearestFuel(
  world: World,
  state: GameState,
  side: SideId,
  to: string,
): { port: string; distance: number } | null {
  let best: { port: string; distance: number } | null = null;
  for (const port of fuelledPorts(world, state, side)) {
    const d = seaDistance(world, port, to, Number.POSITIVE_INFINITY);
    if (d !== null && (best === null || d < best.distance)) best = { port, distance: d };
  }
  return best;
}

/** What `fuelWithin` says: fuelled or not, the direct way, and the nearest fuelled port to the destination. */
interface FuelWithin {
  ok: boolean;
  direct: number;
  nearest: { port: string; distance: number } | null;
}

/** The largest turn's range or limit (nautical miles) whose answers are remembered (a key's field). */
const KEYED_NM = 65536;

/**
 * Whether a destination is within `limit` of fuel for ships starting in
 * `from`: a fuelled port within `limit` of `to` is where they start, or lies on
 * a way to `to` they can steam this turn (`turnRange`: they call there and
 * fill up), or is near enough that what they steamed since leaving it and the
 * way on are within `limit` together. When not, also the nearest fuelled port to `to`.
 * Remembered per list of fuelled ports (fuelReach): the same question gets the same answer object.
 */
function fuelWithin(
  world: World,
  state: GameState,
  side: SideId,
  from: string,
  to: string,
  turnRange: number,
  limit: number,
): FuelWithin {
  const reach = fuelReach(world, state, side);
  const { index } = world.graph;
  const a = index.get(from);
  const b = index.get(to);
  if (
    a === undefined ||
    b === undefined ||
    !(Number.isInteger(turnRange) && turnRange >= 0 && turnRange < KEYED_NM) ||
    !(Number.isInteger(limit) && limit >= 0 && limit < KEYED_NM)
  )
    return searchFuelWithin(world, reach.ports, from, to, turnRange, limit);
  const key = ((a * index.size + b) * KEYED_NM + turnRange) * KEYED_NM + limit;
  let known = reach.within.get(key);
  if (!known) {
    known = searchFuelWithin(world, reach.ports, from, to, turnRange, limit);
    reach.within.set(key, known);
  }
  return known;
}

/** `fuelWithin` worked out from the list of fuelled ports. */
function searchFuelWithin(
  world: World,
  ports: readonly string[],
  from: string,
  to: string,
  turnRange: number,
  limit: number,
): FuelWithin {
  const far = Number.POSITIVE_INFINITY;
  const direct = seaDistance(world, from, to, far) ?? far;
  let nearest: { port: string; distance: number } | null = null;
  for (const port of ports) {
    const onward = seaDistance(world, port, to, far);
    if (onward === null) continue;
    if (nearest === null || onward < nearest.distance) nearest = { port, distance: onward };
    if (onward > limit) continue;
    // Fuelled: the nearest port is wanted only for a refusal.
    if (port === from) return { ok: true, direct, nearest };
    const there = seaDistance(world, from, port, far);
    if (there !== null && (there + onward <= turnRange || there + direct <= limit))
      return { ok: true, direct, nearest };
  }
  return { ok: false, direct, nearest };
}

/** How many of a move's ships are beyond their radius (and need oilers), or the refusal when some are beyond any reach. */
function shipsBeyondRadius(
  world: World,
  state: GameState,
  side: SideId,
  sailing: readonly Sailing[],
  from: string,
  to: string,
  turnRange: number,
  who: string,
  /** Nautical miles the fleet train adds beyond the radius (0: none to be had). */
  extra: number,
): { need: number; oil: number; cls: string; radius: number } | { refusal: Refusal } {
  const rule = world.scenario.rules.endurance;
  const sortie = world.scenario.rules.oilPerSortie as Record<string, number>;
  let need = 0;
  /** The sortie oil of the ships beyond their radius (what they burn from the oilers). */
  let oil = 0;
  let limiting: { cls: string; radius: number } | null = null;
  let refused: { cls: string; radius: number } | null = null;
  for (const { cls, ships } of sailing) {
    const radius = rule?.radiusNm[side][cls];
    if (radius === undefined || ships === 0) continue;
    if (fuelWithin(world, state, side, from, to, turnRange, radius).ok) continue;
    if (extra > 0 && fuelWithin(world, state, side, from, to, turnRange, radius + extra).ok) {
      need += ships;
      oil += (sortie[cls] ?? 0) * ships;
      if (!limiting || radius < limiting.radius) limiting = { cls, radius };
    } else if (!refused || radius < refused.radius) refused = { cls, radius };
  }
  if (refused) {
    const { direct, nearest } = fuelWithin(world, state, side, from, to, turnRange, refused.radius + extra);
    const far = Number.POSITIVE_INFINITY;
    return {
      refusal: {
        code: 'beyond-endurance',
        who,
        shipClass: refused.cls,
        from: area(world, from).name,
        direct: direct === far ? 0 : direct,
        area: area(world, to).name,
        port: nearest ? area(world, nearest.port).name : null,
        distance: nearest?.distance ?? 0,
        reach: refused.radius + extra,
        fleetTrain: extra > 0,
      },
    };
  }
  return limiting ? { need, oil, ...limiting } : { need: 0, oil: 0, cls: '', radius: 0 };
}

/** The oilers of the side this turn: each flotilla's destination once it sails with ships, and the ships it fuels there. */
interface Train {
  /** Oiler flotillas sailing with ships this turn, by id: where to. */
  sailsTo: Map<string, string>;
  /** Ships beyond their radius fuelled at each destination. */
  fuelled: Map<string, number>;
  /** Thousand barrels those ships burn from the oilers at each destination. */
  drawn: Map<string, number>;
}

/** The side's oilers afloat that could sail with a move from `from` to `to`, by preference (there first, then with the ships, then next to it; then by id). */
function oilersFor(world: World, state: GameState, side: SideId, from: string, to: string): ForceState[] {
  const near = new Set((world.neighbours.get(to) ?? []).map((n) => n.area));
  const rank = (f: ForceState) => (f.location === to ? 0 : f.location === from ? 1 : 2);
  return state.forces
    .filter(
      (f) =>
        f.side === side &&
        f.status === 'active' &&
        f.type === 'flotilla' &&
        f.class === 'oiler' &&
        (f.location === to || f.location === from || near.has(f.location)),
    )
    .sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the oilers sailing to a destination can do, and what the ships ordered there want of them. */
interface TrainShort {
  /** Ships beyond their radius the oilers with cargo can fuel, and the ships ordered there. */
  capacity: number;
  ordered: number;
  /** Thousand barrels those oilers hold (null: no cargo amount), and what the ships burn from them. */
  cargo: number | null;
  oil: number;
  /** Enough oilers are there, but they hold too little oil (empty oilers fuel no one). */
  dry: boolean;
}

/**
 * Oilers a move of `need` ships beyond their radius to `to`, burning `oil` from them, takes,
 * given the train so far; or what falls short. With a cargo amount, the oilers sailing there
 * must hold the oil of every ship ordered there beyond its radius, and empty oilers are not taken.
 */
function takeOilers(
  world: World,
  state: GameState,
  side: SideId,
  train: Train,
  self: string,
  from: string,
  to: string,
  need: number,
  oil: number,
  earlier: readonly Order[],
): { oilers: string[] } | TrainShort {
  const per = world.scenario.rules.endurance?.oilers?.shipsPerOiler ?? 0;
  const limited = oilerTanks(world, side) !== null;
  let capacity = 0;
  let cargo = 0;
  for (const [id, dest] of train.sailsTo) {
    if (dest !== to) continue;
    const f = forceById(state, id);
    if (f?.type !== 'flotilla') continue;
    capacity += f.count * per;
    cargo += cargoOf(world, f) ?? 0;
  }
  const ordered = (train.fuelled.get(to) ?? 0) + need;
  const wanted = (train.drawn.get(to) ?? 0) + oil;
  const enough = () => capacity >= ordered && (!limited || cargo >= wanted);
  const taken: string[] = [];
  /** Ships the empty oilers passed over would have fuelled. */
  let empty = 0;
  for (const f of oilersFor(world, state, side, from, to)) {
    if (enough()) break;
    if (f.id === self || train.sailsTo.has(f.id) || hasOrderFor(world, earlier, f.id)) continue;
    if (f.type !== 'flotilla') continue;
    const held = cargoOf(world, f) ?? 0;
    if (limited && held === 0) {
      empty += f.count * per;
      continue;
    }
    taken.push(f.id);
    capacity += f.count * per;
    cargo += held;
  }
  if (enough()) return { oilers: taken };
  return {
    capacity,
    ordered,
    cargo: limited ? cargo : null,
    oil: wanted,
    dry: limited && capacity + empty >= ordered,
  };
}

/**
 * The fleet train as the side's `earlier` orders of the turn leave it: each
 * move of ships beyond their radius, in order, takes oilers as its check did
 * (a move that found too few was refused, and takes none).
 */
function trainBefore(world: World, state: GameState, side: SideId, earlier: readonly Order[]): Train {
  const train: Train = { sailsTo: new Map(), fuelled: new Map(), drawn: new Map() };
  const range = world.scenario.rules.rangePerTurn.ship;
  const given: Order[] = [];
  for (const o of earlier) {
    const f = o.type === 'move' ? forceById(state, o.force) : undefined;
    if (o.type === 'move' && f && f.side === side && f.status === 'active' && f.location !== o.to) {
      const sailing = sailingOf(f);
      if (sailing.length > 0) {
        const cls = sailing[0]!.cls;
        const turnRange = Math.floor((range * (world.scenario.rules.speedPercent[cls] ?? 100)) / 100);
        const extra = world.scenario.rules.endurance?.oilers?.extraNm[side] ?? 0;
        const beyond = shipsBeyondRadius(
          world,
          state,
          side,
          sailing,
          f.location,
          o.to,
          turnRange,
          f.name,
          extra,
        );
        if (!('refusal' in beyond) && beyond.need > 0) {
          const took = takeOilers(
            world,
            state,
            side,
            train,
            f.id,
            f.location,
            o.to,
            beyond.need,
            beyond.oil,
            given,
          );
          if ('oilers' in took) {
            for (const id of took.oilers) train.sailsTo.set(id, o.to);
            train.fuelled.set(o.to, (train.fuelled.get(o.to) ?? 0) + beyond.need);
            train.drawn.set(o.to, (train.drawn.get(o.to) ?? 0) + beyond.oil);
          }
        }
      }
    }
    given.push(o);
  }
  return train;
}

/**
 * Whether the ships of a move (`sailing`; a convoy's transports and escorts)
 * of `side` may sail from `from` to `to` this turn, and the oilers that sail
 * with them; else the refusal, for the class with the shortest reach.
 * `earlier` are the side's orders accepted before it this turn (their moves
 * have taken oilers already); without `earlier` (null) the fleet train is not
 * used: ships stay within their radius (an invasion convoy's escorts).
 */
export function fuelFor(
  world: World,
  state: GameState,
  side: SideId,
  sailing: readonly Sailing[],
  from: string,
  to: string,
  turnRange: number,
  who: string,
  self: string,
  earlier: readonly Order[] | null,
): FuelVerdict {
  const rule = world.scenario.rules.endurance;
  if (!rule) return FUELLED;
  // No oilers to be had (no fleet train, or a convoy): the ships stay within their radius.
  const extra = earlier !== null ? (rule.oilers?.extraNm[side] ?? 0) : 0;
  const beyond = shipsBeyondRadius(world, state, side, sailing, from, to, turnRange, who, extra);
  if ('refusal' in beyond) return { ok: false, refusal: beyond.refusal };
  if (beyond.need === 0 || earlier === null) return FUELLED;
  const train = trainBefore(world, state, side, earlier);
  const took = takeOilers(world, state, side, train, self, from, to, beyond.need, beyond.oil, earlier);
  // Without a cargo amount the oilers only carry the ships beyond the radius: the stock pays.
  const oil = oilerTanks(world, side) !== null ? beyond.oil : 0;
  if ('oilers' in took) return { ok: true, oilers: took.oilers, oil };
  if (took.dry)
    return {
      ok: false,
      refusal: {
        code: 'fleet-train-dry',
        who,
        shipClass: beyond.cls,
        radius: beyond.radius,
        area: area(world, to).name,
        cargo: took.cargo ?? 0,
        oil: took.oil,
        perOiler: oilerTanks(world, side) ?? 0,
      },
    };
  return {
    ok: false,
    refusal: {
      code: 'fleet-train-short',
      who,
      shipClass: beyond.cls,
      radius: beyond.radius,
      area: area(world, to).name,
      capacity: took.capacity,
      ordered: took.ordered,
      shipsPerOiler: rule.oilers?.shipsPerOiler ?? 0,
    },
  };
}

/** Which oiler flotillas of `side`, already sailing with ships this turn under `earlier`, are taken (and where to). */
export function oilerSailsWith(
  world: World,
  state: GameState,
  side: SideId,
  oiler: string,
  earlier: readonly Order[],
): string | null {
  if (!world.scenario.rules.endurance?.oilers) return null;
  return trainBefore(world, state, side, earlier).sailsTo.get(oiler) ?? null;
}

/**
 * Oilers at sea with no warship of their side left in their area and no order
 * of their own go back to the nearest fuelled port of their side (to fill up
 * again): the fleet train followed its fleet, it did not wait alone at sea.
 * Returns the moves made (oiler, from, to), in the order of the forces.
 */
export function oilerReturns(
  world: World,
  state: GameState,
  ordered: ReadonlySet<string>,
): { force: ForceState; to: string }[] {
  if (!world.scenario.rules.endurance?.oilers) return [];
  // Most turns no oiler is at sea: look for one before building the table of escorted seas.
  const atSea = state.forces.some(
    (f) =>
      f.status === 'active' &&
      f.type === 'flotilla' &&
      f.class === 'oiler' &&
      !ordered.has(f.id) &&
      area(world, f.location).kind === 'sea',
  );
  if (!atSea) return [];
  const escorted = new Set<string>();
  for (const f of state.forces)
    if (
      f.status === 'active' &&
      (f.type === 'ship' ||
        (f.type === 'flotilla' && (f.class === 'cruiser' || f.class === 'destroyer' || f.class === 'escort')))
    )
      escorted.add(`${f.side}|${f.location}`);
  const out: { force: ForceState; to: string }[] = [];
  for (const f of state.forces) {
    if (f.status !== 'active' || f.type !== 'flotilla' || f.class !== 'oiler' || ordered.has(f.id)) continue;
    if (area(world, f.location).kind !== 'sea' || escorted.has(`${f.side}|${f.location}`)) continue;
    const home = nearestFuel(world, state, f.side, f.location);
    if (home) out.push({ force: f, to: home.port });
  }
  return out;
}
