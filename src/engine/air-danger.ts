/**
 * The danger from the air to ships left in a sea area, as the battle rules see it — so that a
 * player is told before ending the turn, not by the report after (play22: carriers left next to
 * the enemy's carriers and air bases were sunk "with no warning").
 *
 * Two kinds of enemy aircraft, as the rules bring them to a fight at sea:
 * - land-based air groups (not strategic bombers) in the land areas next to the sea area within
 *   `rules.landAirReach` nautical miles, flown (air legs too): at war they make the area a battle
 *   every turn the ships stay, whether or not the enemy orders anything (phases/contact.ts
 *   `contestedAreas`, `airInReach` — Force Z off Malaya, 10 December 1941, B15);
 * - carriers with aircraft in the areas next door, at sea or in port: they may sail in (the
 *   enemy's choice).
 * Their power is the battle's (phases/battles.ts `powerOf`): a third of the aircraft, scaled by
 * experience (combat-values.ts `withExperience`), before the search and the fortunes of war —
 * so it tells who outguns whom, not what will happen. The ships' own strike power counts the
 * side's carriers in the area and its own land-based air within reach, which fight there too.
 */
import type { SideId } from '../scenario/schema';
import { inNeedOfTheYard } from './combat/yard';
import { isCarrier, isNaval, isSubmarine, strikeAircraft, strikePower } from './combat-values';
import { atWarIn, checkOrder } from './orders';
import {
  inStrikeReach,
  isPortTarget,
  portAntiAircraft,
  portStrikeShare,
  portStrikeTarget,
} from './phases/port-strike';
import type { ForceState, GameState } from './state';
import { airDistance, type World } from './world';

export interface AirThreat {
  /** Aircraft that can strike. */
  aircraft: number;
  /** Their strike power as the battle counts it. */
  power: number;
  /** The areas they are in (ids, in the order first met). */
  areas: string[];
}

export interface AirDanger {
  area: string;
  /** The enemy's land-based air within reach: a battle every turn the ships stay. */
  landAir: AirThreat;
  /** The enemy's carriers next door: they may sail in. */
  carriers: AirThreat;
  /** The side's own strike power there (its carriers in the area, its land-based air within reach). */
  own: number;
  /** Whether the enemy's aircraft (both kinds) outgun the side's own there, or match them. */
  outgunned: boolean;
}

/**
 * The danger from the air to `side`'s ships in the sea area `areaId`, or null when there is none:
 * not a sea area, no war there, or no enemy aircraft within reach.
 */
export function airDangerAt(
  world: World,
  state: GameState,
  side: SideId,
  areaId: string,
  /** The side's forces ordered away this turn: their aircraft will not fight here. */
  leaving: ReadonlySet<string> = new Set(),
): AirDanger | null {
  const here = world.areas.get(areaId);
  if (here?.kind !== 'sea' || !atWarIn(world, state, areaId)) return null;
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  const reach = world.scenario.rules.landAirReach;
  const landAreas = new Set(
    reach > 0
      ? (world.airNeighbours.get(areaId) ?? [])
          .filter((n) => n.distance <= reach && world.areas.get(n.area)?.kind !== 'sea')
          .map((n) => n.area)
      : [],
  );
  // Carriers next door: at sea, or in a port on this sea (they sortie from it — the US carriers at
  // Pearl Harbor against a Kidō Butai that stayed in Hawaiian waters, found playing as Japan).
  const next = new Set((world.neighbours.get(areaId) ?? []).map((n) => n.area));
  const landAir: AirThreat = { aircraft: 0, power: 0, areas: [] };
  const carriers: AirThreat = { aircraft: 0, power: 0, areas: [] };
  let own = 0;
  const add = (t: AirThreat, f: ForceState) => {
    t.aircraft += strikeAircraft(f);
    t.power += strikePower(f);
    if (!t.areas.includes(f.location)) t.areas.push(f.location);
  };
  for (const f of state.forces) {
    if (f.status !== 'active' || strikeAircraft(f) === 0) continue;
    const landBased = f.type === 'air' && landAreas.has(f.location);
    if (f.side === enemy) {
      if (landBased) add(landAir, f);
      else if (isCarrier(f) && next.has(f.location)) add(carriers, f);
    } else if (
      f.side === side &&
      !leaving.has(f.id) &&
      (landBased || (isCarrier(f) && f.location === areaId))
    ) {
      own += strikePower(f);
    }
  }
  if (landAir.aircraft === 0 && carriers.aircraft === 0) return null;
  // An even fight is a danger too: carriers sink as easily as they are sunk (battles.ts).
  return { area: areaId, landAir, carriers, own, outgunned: landAir.power + carriers.power >= own };
}

/**
 * `side`'s ship forces that stay in a sea area this turn (no move order among `moving`) where the
 * enemy's aircraft outgun the side's own: what to warn of before the turn ends.
 */
export function shipsInAirDanger(
  world: World,
  state: GameState,
  side: SideId,
  moving: ReadonlySet<string>,
): { force: ForceState; danger: AirDanger }[] {
  const out: { force: ForceState; danger: AirDanger }[] = [];
  const byArea = new Map<string, AirDanger | null>();
  for (const f of state.forces) {
    if (f.side !== side || f.status !== 'active' || moving.has(f.id)) continue;
    // Submarines are neither seen nor targeted in battles (combat-values.ts isSubmarine).
    if (f.type !== 'ship' && !(f.type === 'flotilla' && f.class !== 'submarine')) continue;
    // The carriers ordered away do not cover the ships left behind (play25: Midway's cruisers and
    // destroyers left in Midway approaches next to nine Japanese carriers had no warning once the
    // three American carriers were ordered to Midway, whose aircraft still counted as theirs).
    if (!byArea.has(f.location)) byArea.set(f.location, airDangerAt(world, state, side, f.location, moving));
    const danger = byArea.get(f.location);
    if (danger?.outgunned) out.push({ force: f, danger });
  }
  return out;
}

/**
 * The danger to ships left in a port: an air strike by enemy carriers that sail this turn into a
 * sea area in strike reach of it, or that lie there already and stay (phases/port-strike.ts —
 * Pearl Harbor; play25: seven Japanese carriers in Hawaiian waters beside Pearl Harbor's
 * battleships, and no word of it).
 */
export interface PortDanger {
  /** The port (a land area). */
  area: string;
  /** The sea area the strike would be flown from. */
  from: string;
  /** The enemy carriers that can sail there this turn or are there and can stay (`areas`: where they are now). */
  carriers: AirThreat;
  /**
   * The aircraft aboard the carriers told (`carriers.aircraft` are those that fly against the port):
   * more than fly when a fleet on station off the port strikes (port-strike.ts `portStrikeShare`).
   */
  aboard: number;
  /** The attacking aircraft the port's guns and fighters shoot down, as the strike counts them. */
  shotDown: number;
  /**
   * Whether enough fighters in the port could stop the strike: the rule lets fighters shoot down at
   * most `rules.air.maxInterceptPercent` of the attackers, so against a large strike they cannot.
   */
  fightersHelp: boolean;
  /** Whether the strike gets through: more aircraft than the port shoots down. */
  outgunned: boolean;
}

/** Ships a port strike can hit (port-strike.ts `isPortTarget`, its air groups aside): warships, not submarines, transports or oilers. */
function isStrikeTarget(f: ForceState): boolean {
  return f.type !== 'air' && isPortTarget(f);
}

/**
 * The danger from enemy carriers to `side`'s ships in the port `portId`, or null when there is none,
 * by the port-strike rule (phases/port-strike.ts) as `state` stands before the turn's moves:
 * - the carriers: the enemy's, with aircraft aboard, that a move order could take this turn
 *   (`checkOrder`: range, speed, the yard) into a sea area at war within `rules.portStrikeReach`
 *   of the port (`inStrikeReach`), and those already in that sea area that can stay and strike
 *   again (not in need of the yard: the rule's `carriersThatStay`; the port is at war, so they
 *   may). Their oil is the enemy's secret and is not asked;
 * - from a sea area where none of the side's surface ships stay (there the carriers fight a battle
 *   first), and only when this port is the one the carriers would strike from it (the most
 *   warships of the ports in reach, `portStrikeTarget`);
 * - the defence: the AA of the ships and air groups that stay in the port (`portAntiAircraft`),
 *   at the average fortune; the port is at war, so there is no surprise.
 * The sea area from which the most aircraft can strike is the one told. It is a chance, not a
 * promise: the enemy may not come, and what the bombs hit is the fortune of war. Under the fog of
 * war the caller passes the state as the side sees it: carriers it does not see are not counted.
 */
export function portDangerAt(
  world: World,
  state: GameState,
  side: SideId,
  portId: string,
  /** The side's forces ordered away this turn: they are not in the port to be hit or to shoot. */
  leaving: ReadonlySet<string> = new Set(),
): PortDanger | null {
  const port = world.areas.get(portId);
  if (!port || port.kind === 'sea' || !port.port) return null;
  if ((state.control[portId] ?? port.owner) !== side || !atWarIn(world, state, portId)) return null;
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  const carriers = state.forces.filter(
    (f) => f.side === enemy && f.status === 'active' && isCarrier(f) && strikeAircraft(f) > 0,
  );
  if (carriers.length === 0) return null;
  const staying =
    leaving.size === 0 ? state : { ...state, forces: state.forces.filter((f) => !leaving.has(f.id)) };
  let best: PortDanger | null = null;
  for (const n of world.neighbours.get(portId) ?? []) {
    const sea = world.areas.get(n.area);
    if (sea?.kind !== 'sea' || !inStrikeReach(world, n) || !atWarIn(world, state, sea.id)) continue;
    // The side's ships there meet the carriers first: a battle, not a port strike (port-strike.ts).
    const guarded = staying.forces.some(
      (f) =>
        f.side === side && f.status === 'active' && f.location === sea.id && isNaval(f) && !isSubmarine(f),
    );
    if (guarded) continue;
    // Carriers already there strike again if they stay (port-strike.ts); the others must sail in.
    const coming = carriers.filter((f) =>
      f.location === sea.id
        ? !inNeedOfTheYard(world, f)
        : checkOrder(world, state, enemy, { type: 'move', force: f.id, to: sea.id }).ok,
    );
    const target = portStrikeTarget(world, staying, enemy, sea.id, coming);
    if (target?.port !== portId || !target.targets.some((f) => f.type !== 'air')) continue;
    // What the strike would fly (port-strike.ts `portStrikeShare`): a fleet on station off the port
    // flies a share of its aircraft, one that sails in flies them all. The enemy may strike with all
    // the carriers that can be there, or with those sailing in alone: the larger strike is told.
    const threat: AirThreat = { aircraft: 0, power: 0, areas: [] };
    const there = coming.filter((f) => f.location === sea.id);
    const aboard = (fs: readonly ForceState[]) => fs.reduce((n, f) => n + strikeAircraft(f), 0);
    const all = aboard(coming);
    const sailing = coming.filter((f) => f.location !== sea.id);
    const share = portStrikeShare(world, aboard(there), all);
    const strikers = (all * share) / 100 >= aboard(sailing) ? coming : sailing;
    const flown = strikers === coming ? share : 100;
    for (const f of strikers) {
      threat.aircraft += Math.floor((strikeAircraft(f) * flown) / 100);
      threat.power += Math.floor((strikePower(f) * flown) / 100);
      if (!threat.areas.includes(f.location)) threat.areas.push(f.location);
    }
    if (threat.aircraft === 0) continue;
    if (best && threat.aircraft <= best.carriers.aircraft) continue;
    const aa = portAntiAircraft(world, target.targets, threat.aircraft);
    best = {
      area: portId,
      from: sea.id,
      carriers: threat,
      aboard: aboard(strikers),
      shotDown: aa.shotDown,
      fightersHelp: aa.fighterCap === null || aa.guns + aa.fighterCap >= threat.aircraft,
      outgunned: threat.aircraft > aa.shotDown,
    };
  }
  return best;
}

/**
 * `side`'s warships that stay in a port this turn (no move order among `moving`) where enemy
 * carriers can strike and the port's AA does not stop them (`portDangerAt`): what to warn of.
 */
export function shipsInPortDanger(
  world: World,
  state: GameState,
  side: SideId,
  moving: ReadonlySet<string>,
): { force: ForceState; danger: PortDanger }[] {
  const out: { force: ForceState; danger: PortDanger }[] = [];
  const byPort = new Map<string, PortDanger | null>();
  for (const f of state.forces) {
    if (f.side !== side || f.status !== 'active' || moving.has(f.id) || !isStrikeTarget(f)) continue;
    if (world.areas.get(f.location)?.kind === 'sea') continue;
    if (!byPort.has(f.location)) byPort.set(f.location, portDangerAt(world, state, side, f.location, moving));
    const danger = byPort.get(f.location);
    if (danger?.outgunned) out.push({ force: f, danger });
  }
  return out;
}

/**
 * The enemy's strike aircraft that can hit `side`'s air base `baseId` this turn, or 0 (not `side`'s,
 * no war there): its land-based air groups within the rules' mission range, which may strike the base
 * (phases/air-missions.ts; without air missions, within `rules.landAirReach`, where they fight), and
 * its carriers with aircraft that a move order could take this turn into a sea area at war next to the
 * base within strike reach, or that lie there (a port strike hits the port's air groups,
 * phases/port-strike.ts — the carriers' own choice of port is not asked: the enemy may choose this
 * one). A base with such a threat keeps its air (cmdr31b: the Allied commander flew the air of
 * Hawaii, Midway, Alaska and India to Luzon in April 1942 and left them open).
 */
export function airBaseThreat(world: World, state: GameState, side: SideId, baseId: string): number {
  const base = world.areas.get(baseId);
  if (!base || base.kind === 'sea' || (state.control[baseId] ?? base.owner) !== side) return 0;
  if (!atWarIn(world, state, baseId)) return 0;
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  const range = world.scenario.rules.air?.missionRange || world.scenario.rules.landAirReach;
  const seas = (world.neighbours.get(baseId) ?? []).filter(
    (n) =>
      world.areas.get(n.area)?.kind === 'sea' && inStrikeReach(world, n) && atWarIn(world, state, n.area),
  );
  let aircraft = 0;
  for (const f of state.forces) {
    if (f.side !== enemy || f.status !== 'active' || strikeAircraft(f) === 0) continue;
    if (f.type === 'air' && f.role !== 'strategic-bomber') {
      if (
        range > 0 &&
        world.areas.get(f.location)?.kind !== 'sea' &&
        airDistance(world, f.location, baseId, range) !== null
      )
        aircraft += strikeAircraft(f);
    } else if (
      isCarrier(f) &&
      seas.some(
        (n) =>
          f.location === n.area ||
          checkOrder(world, state, enemy, { type: 'move', force: f.id, to: n.area }).ok,
      )
    ) {
      aircraft += strikeAircraft(f);
    }
  }
  return aircraft;
}
