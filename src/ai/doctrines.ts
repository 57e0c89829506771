/**
 * Doctrines: Japanese grand strategies a class can compare (`--japan
 * doctrine:…`). Each one is a fixed rule for Japan's decisions, read from the
 * scenario's choices, map and historical plan, so the same doctrine plays
 * every bundled scenario: where its decision is not on offer it does what is
 * left of its rule, or nothing. All are deterministic (no chance at all), and
 * every order they give is checked for legality first.
 *
 * Choice ids are the scenario's: `negotiate`, `withdraw-indochina`,
 * `strike-north`, `strike-south`, `strike-south-pearl-harbor`, and
 * `accept-terms` for a settlement that ends the war on the other side's terms.
 */
import { atWar, checkOrder, type GameState, type Order, type World } from '../engine/index';
import type { SideId } from '../scenario/schema';
import { botMemo } from './bot-memo';
import { type PlanStep, planOrders } from './historical';
import type { Policy } from './policy';
import { holder, laneSeas, moveToward } from './sea-routes';

/** The choice that accepts the terms on offer (ends the scenario). */
export const ACCEPT_TERMS = 'accept-terms';
/** Choices that start a war: never taken by the doctrines that stay at peace. */
export const isWarChoice = (id: string) => id.startsWith('strike');
const isNegotiation = (id: string) => id === 'negotiate' || id.startsWith('negotiate-');
const isSettlement = (id: string) => id === ACCEPT_TERMS || id.startsWith('accept-');

/**
 * The end of Japan's first operational phase: the southern resource area and
 * its outer ring. The second-phase operations (Port Moresby, Midway, the
 * Aleutians, Fiji–Samoa) began in May 1942.
 */
export const FIRST_PHASE_END = '1942-05-01';

/**
 * Areas of the second-phase "adventures" a defensive perimeter leaves alone:
 * Midway and Hawaii, the Aleutians, the Solomons and their approaches, Port
 * Moresby and Australia, the Indian Ocean. Ids from all bundled scenarios.
 */
export const PERIMETER_EXCLUDED: ReadonlySet<string> = new Set([
  'midway',
  'midway-approaches',
  'hawaii',
  'hawaiian-waters',
  'aleutians',
  'aleutian-waters',
  'north-pacific',
  'alaska',
  'solomons',
  'bismarck-sea',
  'coral-sea',
  'new-guinea',
  'south-pacific',
  'new-caledonia-fiji',
  'northern-australia',
  'eastern-australia',
  'australia',
  'bay-of-bengal',
  'ceylon',
  'india',
]);

// ------------------------------------------------------------ small helpers

/** The first of the side's choices that `pick` accepts and that is legal now, as an order. */
function chooseFirst(
  world: World,
  state: GameState,
  side: SideId,
  pick: (id: string) => boolean,
  earlier: readonly Order[] = [],
): Order | null {
  for (const c of world.scenario.choices) {
    if (c.side !== side || !pick(c.id)) continue;
    const o: Order = { type: 'choose', choice: c.id };
    if (checkOrder(world, state, side, o, earlier).ok) return o;
  }
  return null;
}

function push(world: World, state: GameState, side: SideId, orders: Order[], o: Order | null): boolean {
  if (!o || !checkOrder(world, state, side, o, orders).ok) return false;
  orders.push(o);
  return true;
}

const active = (state: GameState, side: SideId) =>
  state.forces.filter((f) => f.side === side && f.status === 'active');

/** A plan derived from the scenario's (kept with the world per doctrine, bot-memo.ts: the plan never changes). */
function derivedPlan(world: World, key: string, derive: (plan: readonly PlanStep[]) => PlanStep[]) {
  const byKey = botMemo(world).derivedPlans;
  let plan = byKey.get(key);
  if (!plan) {
    plan = derive(world.scenario.historicalPlan);
    byKey.set(key, plan);
  }
  return plan;
}

/** Each step with only the orders `keep` accepts; steps left empty are dropped. */
function filterPlan(plan: readonly PlanStep[], keep: (step: PlanStep, o: Order) => boolean): PlanStep[] {
  return plan.flatMap((step) => {
    const orders = step.orders.filter((o) => keep(step, o));
    return orders.length === 0 ? [] : [{ ...step, orders }];
  });
}

/** The force a plan names, as the scenario defines it (at the start, as a reinforcement or built). */
function forceDef(world: World, id: string) {
  return (
    world.scenario.forces.find((f) => f.id === id) ??
    world.scenario.reinforcements.find((r) => r.force.id === id)?.force
  );
}

// ------------------------------------------------------------ the peaceful doctrines

export const negotiateDoctrine: Policy = {
  name: 'doctrine:negotiate',
  description:
    'keeps negotiating every turn that is offered; never strikes, never accepts terms, gives no other orders',
  orders: (world, state, side) => {
    const o = chooseFirst(world, state, side, isNegotiation);
    return o ? [o] : [];
  },
};

export const settleDoctrine: Policy = {
  name: 'doctrine:settle',
  description: `accepts the terms on offer (${ACCEPT_TERMS} or another accept-… choice) the first turn it can; until then keeps negotiating`,
  orders: (world, state, side) => {
    const o = chooseFirst(world, state, side, isSettlement) ?? chooseFirst(world, state, side, isNegotiation);
    return o ? [o] : [];
  },
};

export const withdrawDoctrine: Policy = {
  name: 'doctrine:withdraw',
  description:
    'withdraws from southern Indochina the first turn it can, then stays at peace (keeps negotiating, never strikes)',
  orders: (world, state, side) => {
    const o =
      chooseFirst(world, state, side, (id) => id.startsWith('withdraw')) ??
      chooseFirst(world, state, side, isNegotiation);
    return o ? [o] : [];
  },
};

// ------------------------------------------------------------ strike north

/** Percent of the defenders' strength the front must reach before it attacks without waiting. */
const NORTH_ODDS_PERCENT = 100;
/** Turns after the decision the army concentrates before it attacks whatever the odds. */
const NORTH_WAIT_TURNS = 2;

export const strikeNorthDoctrine: Policy = {
  name: 'doctrine:strike-north',
  description:
    'strikes north at the first chance and sends the armies facing the Soviet Far East in, with what can be brought up; war with the US only if forced',
  orders: strikeNorthOrders,
};

/** The Soviet areas: tagged `soviet`, or with `soviet` in their id. */
function sovietAreas(world: World): string[] {
  return world.scenario.areas
    .filter((a) => a.kind !== 'sea' && (a.tags.includes('soviet') || a.id.includes('soviet')))
    .map((a) => a.id);
}

function strikeNorthOrders(world: World, state: GameState, side: SideId): Order[] {
  const orders: Order[] = [];
  push(
    world,
    state,
    side,
    orders,
    chooseFirst(world, state, side, (id) => id === 'strike-north'),
  );
  const decided = state.choices['strike-north'];
  if (decided === undefined) return orders;
  const enemy = side === 'japan' ? 'allies' : 'japan';
  const targets = sovietAreas(world).filter((id) => holder(world, state, id) !== side);
  if (targets.length === 0) return orders;
  const adjacent = (id: string, to: readonly string[]) =>
    (world.neighbours.get(id) ?? []).some((n) => to.includes(n.area));
  const front = world.scenario.areas
    .filter((a) => a.kind !== 'sea' && holder(world, state, a.id) === side && adjacent(a.id, targets))
    .map((a) => a.id);
  const armies = active(state, side)
    .filter((f) => f.type === 'army')
    .sort(
      (a, b) => (b.type === 'army' && a.type === 'army' ? b.troops - a.troops : 0) || (a.id < b.id ? -1 : 1),
    );
  const troops = (ids: readonly string[], s: SideId) =>
    state.forces
      .filter((f) => f.status === 'active' && f.side === s && f.type === 'army' && ids.includes(f.location))
      .reduce((n, f) => n + (f.type === 'army' ? f.troops : 0), 0);
  const bonus = world.scenario.rules.combat.defenderBonusPercent;
  const odds = (troops(front, side) * 100) / Math.max(1, (troops(targets, enemy) * (100 + bonus)) / 100);
  const attack = odds >= NORTH_ODDS_PERCENT || state.turn - decided > NORTH_WAIT_TURNS;
  // The armies on the front go in (weakest Soviet area first), or wait for the rest.
  const goal = [...targets].sort((a, b) => troops([a], enemy) - troops([b], enemy) || (a < b ? -1 : 1));
  for (const army of armies) {
    if (!front.includes(army.location)) continue;
    if (attack)
      for (const t of goal)
        if (push(world, state, side, orders, { type: 'move', force: army.id, to: t })) break;
  }
  // Armies one step behind the front come up, unless they face another enemy where they are.
  const facesEnemy = (id: string) =>
    (world.neighbours.get(id) ?? []).some((n) => {
      const h = holder(world, state, n.area);
      return world.areas.get(n.area)?.kind !== 'sea' && h === enemy && !targets.includes(n.area);
    });
  for (const army of armies) {
    if (front.includes(army.location) || army.location === world.scenario.sides[side].capital) continue;
    if (facesEnemy(army.location) || !adjacent(army.location, front)) continue;
    for (const f of front)
      if (push(world, state, side, orders, { type: 'move', force: army.id, to: f })) break;
  }
  return orders;
}

// ------------------------------------------------------------ strike south, variants of the plan

export const noPearlHarborDoctrine: Policy = {
  name: 'doctrine:no-pearl-harbor',
  description:
    'the historical plan, but the war begins with the southern strike alone: the Pacific Fleet at Pearl Harbor is left alone',
  orders: (world, state, side) => planOrders(world, state, side, noPearlHarborPlan(world)),
};

/**
 * The plan with each `X-pearl-harbor` decision replaced by `X` (where the scenario offers `X`),
 * and the moves of the same step dropped: the carriers' sortie to Hawaii belonged to that decision
 * (the strike itself is flown by the carriers that arrive there, port-strike.ts).
 */
function noPearlHarborPlan(world: World): PlanStep[] {
  const plainOf = (o: Order): string | null => {
    if (o.type !== 'choose' || !o.choice.endsWith('-pearl-harbor')) return null;
    const plain = o.choice.slice(0, -'-pearl-harbor'.length);
    return world.scenario.choices.some((c) => c.id === plain) ? plain : null;
  };
  return derivedPlan(world, 'no-pearl-harbor', (plan) =>
    plan.flatMap((step) => {
      const replaced = step.orders.some((o) => plainOf(o) !== null);
      const orders = step.orders
        .filter((o) => !(replaced && o.type === 'move'))
        .map((o): Order => {
          const plain = plainOf(o);
          return plain === null ? o : { type: 'choose', choice: plain };
        });
      return orders.length > 0 ? [{ ...step, orders }] : [];
    }),
  );
}

// ------------------------------------------------------------ the convoy-first perimeter

export const perimeterDoctrine: Policy = {
  name: 'doctrine:perimeter',
  description:
    'strikes south as history did and takes the southern resource area, then no Midway, Aleutians, Solomons, Port Moresby or Indian Ocean: fleet in being at its base, escorts on the oil lanes, air groups on the perimeter, convoy ships built first',
  orders: perimeterOrders,
};

/**
 * The historical plan without the second phase: no order to an excluded
 * area, and no order for the fleet (ships, cruisers, destroyers) dated after
 * the first phase — the doctrine places the fleet itself. Armies, transports
 * and air groups keep the plan's other orders, among them the 1944 garrisons
 * (the Marianas, Okinawa, Iwo Jima).
 */
function perimeterPlan(world: World): PlanStep[] {
  return derivedPlan(world, 'perimeter', (plan) =>
    filterPlan(plan, (step, o) => {
      if (o.type !== 'move') return true;
      if (PERIMETER_EXCLUDED.has(o.to)) return false;
      const f = forceDef(world, o.force);
      const naval =
        f?.type === 'ship' || (f?.type === 'flotilla' && f.class !== 'transport' && f.class !== 'oiler');
      return !(naval && step.date >= FIRST_PHASE_END);
    }),
  );
}

/** Where the fleet waits: the side's fleet base (an area tagged `fleet-base` it holds), else the capital. */
function fleetBase(world: World, state: GameState, side: SideId): string {
  const base = world.scenario.areas.find(
    (a) => a.tags.includes('fleet-base') && a.port && holder(world, state, a.id) === side,
  );
  return base?.id ?? world.scenario.sides[side].capital;
}

function perimeterOrders(world: World, state: GameState, side: SideId): Order[] {
  const orders: Order[] = [];
  // Convoy-first: escorts, tankers and freighters before anything else the plan builds.
  buildConvoyShips(world, state, side, orders);
  for (const o of planOrders(world, state, side, perimeterPlan(world))) push(world, state, side, orders, o);
  if (!atWar(world, state)) return orders;

  const forces = active(state, side);
  const secondPhase = state.date >= FIRST_PHASE_END;
  const destroyers = forces
    .filter((f) => f.type === 'flotilla' && f.class === 'destroyer')
    .sort(
      (a, b) =>
        (b.type === 'flotilla' && a.type === 'flotilla' ? b.count - a.count : 0) || (a.id < b.id ? -1 : 1),
    );
  // The battle fleet's screen: the largest destroyer flotilla. The others escort convoys.
  const screen = destroyers[0]?.id;
  const escorting = forces.filter(
    (f) =>
      (f.type === 'flotilla' && f.class === 'escort') ||
      (f.type === 'ship' && f.class === 'escort-carrier') ||
      (secondPhase && f.type === 'flotilla' && f.class === 'destroyer' && f.id !== screen),
  );
  const fleet = secondPhase
    ? forces.filter(
        (f) =>
          (f.type === 'ship' && f.class !== 'escort-carrier') ||
          (f.type === 'flotilla' && (f.class === 'cruiser' || f.id === screen)),
      )
    : [];

  // Escorts on the lanes: one flotilla a lane sea, busiest first; those already on a lane stay.
  const lanes = laneSeas(world, state, side, PERIMETER_EXCLUDED);
  if (lanes.length > 0) {
    const claimed = new Set<string>();
    const waiting = [];
    for (const f of escorting) {
      if (lanes.includes(f.location) && !claimed.has(f.location)) claimed.add(f.location);
      else waiting.push(f);
    }
    for (const f of waiting) {
      const free = lanes.filter((l) => !claimed.has(l));
      const target = free[0] ?? lanes[0]!;
      if (f.location === target) continue;
      claimed.add(target);
      push(
        world,
        state,
        side,
        orders,
        moveToward(world, state, side, f.id, f.location, target, orders, PERIMETER_EXCLUDED),
      );
    }
  }
  // The fleet in being: concentrated at its base.
  const base = fleetBase(world, state, side);
  for (const f of fleet) {
    if (f.location === base) continue;
    push(
      world,
      state,
      side,
      orders,
      moveToward(world, state, side, f.id, f.location, base, orders, PERIMETER_EXCLUDED),
    );
  }
  if (secondPhase) garrisonAirfields(world, state, side, orders);
  return orders;
}

/**
 * The air garrison of the perimeter: air groups standing in the rear (at the
 * capital, apart from its largest group, or anywhere out of reach of the
 * enemy) fly to the perimeter's airfields, the one with the fewest aircraft
 * first. The perimeter is the side's airfields within two connections of an
 * area the enemy holds, outside the excluded areas.
 */
function garrisonAirfields(world: World, state: GameState, side: SideId, orders: Order[]): void {
  const enemy = side === 'japan' ? 'allies' : 'japan';
  const capital = world.scenario.sides[side].capital;
  const enemyHeld = new Set(
    world.scenario.areas
      .filter((a) => a.kind !== 'sea' && holder(world, state, a.id) === enemy)
      .map((a) => a.id),
  );
  const nearEnemy = (id: string) =>
    (world.neighbours.get(id) ?? []).some(
      (n) => enemyHeld.has(n.area) || (world.neighbours.get(n.area) ?? []).some((m) => enemyHeld.has(m.area)),
    );
  const perimeter = world.scenario.areas
    .filter(
      (a) =>
        a.airfield &&
        a.id !== capital &&
        !PERIMETER_EXCLUDED.has(a.id) &&
        holder(world, state, a.id) === side &&
        nearEnemy(a.id),
    )
    .map((a) => a.id);
  if (perimeter.length === 0) return;
  const air = active(state, side).filter((f) => f.type === 'air' && f.role !== 'strategic-bomber');
  const aircraftAt = new Map<string, number>();
  for (const f of air) aircraftAt.set(f.location, (aircraftAt.get(f.location) ?? 0) + strength(f));
  const homeGuard = air
    .filter((f) => f.location === capital)
    .sort((a, b) => strength(b) - strength(a) || (a.id < b.id ? -1 : 1))[0]?.id;
  for (const f of air) {
    if (f.id === homeGuard || perimeter.includes(f.location)) continue;
    if (f.location !== capital && nearEnemy(f.location)) continue;
    const target = [...perimeter].sort(
      (a, b) => (aircraftAt.get(a) ?? 0) - (aircraftAt.get(b) ?? 0) || (a < b ? -1 : 1),
    );
    for (const to of target) {
      if (push(world, state, side, orders, { type: 'move', force: f.id, to })) {
        aircraftAt.set(to, (aircraftAt.get(to) ?? 0) + strength(f));
        aircraftAt.set(f.location, (aircraftAt.get(f.location) ?? 0) - strength(f));
        break;
      }
    }
  }
}

const strength = (f: GameState['forces'][number]) => (f.type === 'air' || f.type === 'ship' ? f.aircraft : 0);

/** What a buildable does for the convoys: 0 escorts, 1 tankers, 2 freighters, null nothing. */
function convoyRank(item: World['scenario']['buildables'][number]): number | null {
  const f = item.force;
  if (
    f &&
    ((f.type === 'flotilla' && f.class === 'escort') || (f.type === 'ship' && f.class === 'escort-carrier'))
  )
    return 0;
  if ((item.adds.tankers ?? 0) > 0) return 1;
  if ((item.adds.merchant ?? 0) > 0) return 2;
  return null;
}

/**
 * Orders the side's convoy items, as many as its stocks pay for: one of each
 * in turn (escorts, then tankers, then freighters) while anything is affordable.
 */
function buildConvoyShips(world: World, state: GameState, side: SideId, orders: Order[]): void {
  const items = world.scenario.buildables
    .filter((b) => b.side === side && convoyRank(b) !== null)
    .sort((a, b) => convoyRank(a)! - convoyRank(b)! || (a.id < b.id ? -1 : 1));
  if (items.length === 0) return;
  const counts = new Map<string, number>();
  for (let round = 0; round < 100; round++) {
    let any = false;
    for (const item of items) {
      const count = (counts.get(item.id) ?? 0) + 1;
      const o: Order = { type: 'build', item: item.id, count };
      const before: Order[] = [
        ...orders,
        ...items
          .filter((other) => other.id !== item.id && counts.has(other.id))
          .map((other): Order => ({ type: 'build', item: other.id, count: counts.get(other.id)! })),
      ];
      if (count <= 100 && checkOrder(world, state, side, o, before).ok) {
        counts.set(item.id, count);
        any = true;
      }
    }
    if (!any) break;
  }
  for (const item of items) {
    const count = counts.get(item.id);
    if (count) orders.push({ type: 'build', item: item.id, count });
  }
}

/** The doctrines, in the order the help text and the agency table list them. */
export const DOCTRINES: readonly Policy[] = [
  negotiateDoctrine,
  settleDoctrine,
  withdrawDoctrine,
  strikeNorthDoctrine,
  perimeterDoctrine,
  noPearlHarborDoctrine,
];
