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
import { isCarrier, strikeAircraft, strikePower } from './combat-values';
import { atWarIn } from './orders';
import type { ForceState, GameState } from './state';
import type { World } from './world';

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
