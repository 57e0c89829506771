/**
 * Where a side last saw the enemy's forces it no longer sees: the fog of
 * war's memory (the "last known position" of every hidden-movement wargame).
 *
 * A side sees an enemy fleet at sea only while it watches its sea area
 * (sight.ts). When it stops watching, the fleet is not forgotten: the side
 * remembers where and when it last saw it, until it sees it again (anywhere:
 * the memory moves with the force's id), watches that sea again and finds it
 * gone, or learns that the force is lost: its own forces sank it in a battle
 * or a submarine attack the report lists, or it went down where the side
 * watches. A force lost where the side saw nothing stays a ghost: its
 * vanishing would tell a player under the fog that it was sunk somewhere
 * they did not see (ui31). So the staff plot kept the last reported
 * position of the Kidō Butai after the searches lost it (PRANGE-1981,
 * PARSHALL-TULLY-2005).
 *
 * Derived, not kept: it is a function of the states a game went through and
 * the reports that made them (what a session replays from its orders), so
 * saves and replays carry nothing new. Pure.
 */
import type { SideId } from '../scenario/schema';
import type { TurnReport } from './report';
import { type Sight, seesArea, seesForce, sightOf } from './sight';
import type { ForceState, GameState } from './state';
import type { World } from './world';

/** One enemy force as the side last saw it. */
export interface Sighting {
  /** The force as it was when last seen (its ships, aircraft, damage then). */
  force: ForceState;
  /** Where it was seen. */
  area: string;
  /** The turn and date of the state in which it was last seen. */
  turn: number;
  date: string;
}

/** What a side remembers of the enemy after a state: every enemy force it saw, where and when last. */
export interface Memory {
  side: SideId;
  /** The turn of the state this memory is of. */
  turn: number;
  /** By force id; a force seen in this state has this turn. */
  known: ReadonlyMap<string, Sighting>;
}

/** One step of the game, as the memory reads it: a state, and the report of the turn that made it (none at the start). */
export interface Step {
  state: GameState;
  report?: TurnReport | null;
}

/**
 * The memory after `state`, from the memory before it (`previous`, null at the start) and what the
 * side sees in it (`sight`, sightOf for `state`), with the report of the turn that made `state`
 * (`report`; none at the start). A force seen now is remembered here and now; one not seen is kept
 * where it was last seen while that area is not watched, and forgotten when the side watches that
 * area and it is not there, or when the side knows it is lost (`knowsLost`).
 */
export function remember(
  previous: Memory | null,
  state: GameState,
  sight: Sight,
  report: TurnReport | null = null,
): Memory {
  const side = sight.side;
  const known = new Map<string, Sighting>();
  const byId = new Map<string, ForceState>();
  for (const f of state.forces) if (f.side !== side) byId.set(f.id, f);
  let sank: Set<string> | null = null;
  if (previous)
    for (const [id, s] of previous.known) {
      const now = byId.get(id);
      if (!now) continue;
      if (now.status !== 'active') {
        sank ??= sunkBy(report, side);
        // Lost, and the side knows it: forgotten. Lost where it saw nothing: still a ghost where it
        // was last seen, until the side watches that sea again.
        if (sank.has(id) || seesArea(sight, now.location) || seesArea(sight, s.area)) continue;
        known.set(id, s);
        continue;
      }
      if (seesForce(sight, now)) continue; // seen now: below
      if (seesArea(sight, s.area)) continue; // watched, and not there any more
      known.set(id, s);
    }
  for (const f of byId.values())
    if (f.status === 'active' && seesForce(sight, f))
      known.set(f.id, { force: f, area: f.location, turn: state.turn, date: state.date });
  return { side, turn: state.turn, known };
}

/**
 * The enemy forces `side`'s own forces sank this turn, as `report` lists them: lost in a battle (every
 * battle is fought between the two sides, so the side fought it) or to the side's submarines.
 */
function sunkBy(report: TurnReport | null, side: SideId): Set<string> {
  const out = new Set<string>();
  for (const i of report?.items ?? []) {
    if (i.kind === 'battle') {
      for (const l of i.losses) if (l.destroyed && l.side !== side) out.add(l.force);
    } else if (i.kind === 'damage' && i.destroyed && i.side !== side) {
      const c = i.cause;
      if ((c.code === 'fire' || c.code === 'torpedoed') && c.shooter === side) out.add(i.force);
    }
  }
  return out;
}

/**
 * What `side` remembers after the last of `history` (the game's states from the start, each with the
 * report of the turn that made it): folds `remember` over it with the sight of each step.
 */
export function lastSeen(world: World, history: readonly Step[], side: SideId): Memory | null {
  let memory: Memory | null = null;
  for (const step of history)
    memory = remember(
      memory,
      step.state,
      sightOf(world, step.state, side, step.report ?? null),
      step.report ?? null,
    );
  return memory;
}

/** A sea area where the side last saw enemy forces it does not see now: the ghost the board draws. */
export interface Ghost {
  area: string;
  /** The last turn and date any of them was seen there. */
  turn: number;
  date: string;
  /** The forces as they were when last seen, in the order of the state's forces. */
  forces: ForceState[];
}

/** The memory's ghosts: the forces not seen in the memory's own state, by the area they were last seen in. */
export function ghostsOf(memory: Memory | null): Ghost[] {
  if (!memory) return [];
  // By area: the sightings there (a list of its own, not the state's forces).
  const byArea = new Map<string, Sighting[]>();
  for (const s of memory.known.values()) {
    if (s.turn >= memory.turn) continue;
    const list = byArea.get(s.area);
    if (list) list.push(s);
    else byArea.set(s.area, [s]);
  }
  return [...byArea].map(([area, seen]) => {
    const last = seen.reduce((a, b) => (b.turn > a.turn ? b : a));
    return { area, turn: last.turn, date: last.date, forces: seen.map((s) => s.force) };
  });
}
