/**
 * What a side can see of the enemy's forces (the fog of war on the screen).
 *
 * The engine's other rules read the whole state: search and detection decide
 * who finds whom only where forces meet (phases/detection.ts). This rule is
 * for what a player is shown between turns, and it is the engine's so that the
 * board, the panels, the report and any test ask one rule:
 *
 * - Enemy forces in land areas (ports, airfields, garrisons) are always seen:
 *   coastwatchers, agents and reconnaissance flights reported what lay in a
 *   harbour or on an airfield — the consulate at Honolulu sent the ships at
 *   Pearl Harbor berth by berth (PRANGE-1981), the coastwatchers of the
 *   Solomons and New Guinea the ships and aircraft at their bases (FELDT-1946).
 * - Enemy forces in a sea area are seen only where the side has an active
 *   force of its own (submarines included), or aircraft — a land-based air
 *   group, or a carrier with its air group — within
 *   `rules.sight.searchConnections` connections (by air, as aircraft fly),
 *   or where its search found them, it fought them or a convoy of its own was
 *   turned back by them (a `sea-held` refusal) in the turn just resolved. A fleet at sea was found by searching the sea it was in: at
 *   Midway the Japanese search planes covered the waters next to the Kidō
 *   Butai, and the US carriers waiting north-east of the atoll stayed unseen
 *   until Tone's plane 4 reported them (PARSHALL-TULLY-2005); the PBYs from
 *   Midway found the Japanese fleet in the seas around the atoll, not beyond.
 * - Where the two sides are not at war, everything is seen: ships sailed in
 *   peace in the open.
 *
 * Pure: a function of the world, the state and the report of the turn that
 * made it. The computer commander plans with it when the game's fog is on (src/ai/commander/
 * commander.ts; docs/AI.md "What they see").
 */
import type { SideId } from '../scenario/schema';
import { atWarInAreas } from './orders';
import type { TurnReport } from './report';
import type { ForceState, GameState } from './state';
import type { World } from './world';

/**
 * How many connections from its aircraft a side searches the sea when the scenario does not say
 * (`rules.sight`): about one sea area, a day's search flights (PARSHALL-TULLY-2005).
 */
export const SEARCH_CONNECTIONS = 1;

/** What a side sees: the sea areas (at war) whose enemy forces are hidden from it. */
export interface Sight {
  side: SideId;
  /** Sea areas the side does not watch: an enemy force there is not seen (nor that there is none). */
  unwatched: ReadonlySet<string>;
}

/**
 * What `side` sees in `state`. `report`: the report of the turn that led to `state` (its searches
 * and battles show the enemy where they took place); a report of another turn is not read.
 */
export function sightOf(world: World, state: GameState, side: SideId, report?: TurnReport | null): Sight {
  const atWarIn = atWarInAreas(world, state);
  const reach = world.scenario.rules.sight?.searchConnections ?? SEARCH_CONNECTIONS;
  const watched = new Set<string>();
  const search: string[] = [];
  for (const f of state.forces) {
    if (f.side !== side || f.status !== 'active') continue;
    watched.add(f.location);
    if (reach > 0 && carriesAircraft(f)) search.push(f.location);
  }
  // Aircraft search the seas within `reach` connections of where they are, by the air's ways.
  for (const from of search) {
    let ring = [from];
    for (let step = 0; step < reach; step++) {
      const next: string[] = [];
      for (const at of ring)
        for (const n of world.airNeighbours.get(at) ?? []) {
          if (watched.has(n.area)) continue;
          watched.add(n.area);
          next.push(n.area);
        }
      ring = next;
    }
  }
  if (report && report.turn === state.turn - 1) {
    for (const item of report.items) {
      if (item.kind === 'battle') watched.add(item.area);
      else if (item.kind === 'detection' && item.side === side && item.spotted) watched.add(item.area);
      else if (item.kind === 'rejected' && item.side === side && item.refusal.code === 'sea-held') {
        // A convoy of the side turned back where an enemy fleet held the sea (an order given as the
        // side saw it, checked against the whole state by the turn): its escorts met that fleet.
        const r = item.refusal;
        const met = r.areaIsSea
          ? world.scenario.areas.find((a) => a.name === r.area && a.kind === 'sea')
          : undefined;
        if (met) watched.add(met.id);
      }
    }
  }
  const unwatched = new Set<string>();
  for (const a of world.scenario.areas)
    if (a.kind === 'sea' && !watched.has(a.id) && atWarIn(a.id)) unwatched.add(a.id);
  return { side, unwatched };
}

/** Whether the side of `sight` sees force `f` (its own forces always). */
export function seesForce(sight: Sight, f: ForceState): boolean {
  return f.side === sight.side || !sight.unwatched.has(f.location);
}

/** Whether the side of `sight` sees what is in area `areaId` (every land area; a sea area it watches). */
export function seesArea(sight: Sight, areaId: string): boolean {
  return !sight.unwatched.has(areaId);
}

/**
 * The state as the side of `sight` sees it: the same, without the enemy's active forces it does not
 * see (lost ones stay: the report names them). Only for showing; never resolve a turn from it.
 */
export function seenState(state: GameState, sight: Sight): GameState {
  if (sight.unwatched.size === 0) return state;
  const forces = state.forces.filter((f) => f.status !== 'active' || seesForce(sight, f));
  return forces.length === state.forces.length ? state : { ...state, forces };
}

/** A land-based air group, or a ship with aircraft aboard (a carrier with its air group). */
function carriesAircraft(f: ForceState): boolean {
  return (f.type === 'air' || f.type === 'ship') && f.aircraft > 0;
}
