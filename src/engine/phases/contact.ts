/**
 * Who takes part in a fight. Forces in an area meet there; land-based air
 * groups also reach out to neighbouring areas within `rules.landAirReach`
 * nautical miles: they strike fleets at sea (Prince of Wales and Repulse were
 * sunk off Malaya by bombers from Indochina, 10 Dec 1941) and support their
 * armies' battles next door. Their reach is flown: over the scenario's air
 * legs too (the 11th Air Fleet over Luzon from Formosa, December 1941 — J3).
 */
import type { SideId } from '../../scenario/schema';
import { isNaval, isSubmarine } from '../combat-values';
import { anyWar, atWarInAreas } from '../orders';
import type { ForceState } from '../state';
import type { TurnContext } from '../turn-context';
import { area, type Neighbour } from '../world';
import { attacksArea, groupsOver } from './air-missions';

/**
 * Where every force stands once the moves are made. Built once a turn, after
 * movement, and shared by detection and battles: nothing moves between them,
 * and forces lost in an earlier battle are left out by their status when a
 * list is read, so each battle sees exactly what a fresh look would.
 */
export interface Contact {
  /** Indexes into `state.forces` of the forces active in each area when it was built, in state order. */
  byArea: Map<string, number[]>;
  /** Areas where the sides fight this turn, sorted by id. */
  contested: string[];
}

export function findContact(ctx: TurnContext): Contact {
  const byArea = new Map<string, number[]>();
  const { forces } = ctx.state;
  for (let i = 0; i < forces.length; i++) {
    const f = forces[i]!;
    if (f.status !== 'active') continue;
    const here = byArea.get(f.location);
    if (here) here.push(i);
    else byArea.set(f.location, [i]);
  }
  const contact = { byArea, contested: [] as string[] };
  contact.contested = contestedAreas(ctx, contact);
  return contact;
}

/** The forces of the index list `indexes` that pass `keep` now, in state order. */
function pick(ctx: TurnContext, indexes: readonly number[], keep: (f: ForceState) => boolean): ForceState[] {
  const out: ForceState[] = [];
  for (const i of indexes) {
    const f = ctx.state.forces[i]!;
    if (f.status === 'active' && keep(f)) out.push(f);
  }
  return out;
}

/**
 * The index lists of the areas next to `areaId` that `near` accepts, merged into state order: by
 * the map's connections, or flown (`air`: over the air legs too, world.ts `airNeighbours`).
 */
function around(
  ctx: TurnContext,
  contact: Contact,
  areaId: string,
  near: (n: Neighbour) => boolean,
  air = false,
): number[] {
  const merged: number[] = [];
  for (const n of (air ? ctx.world.airNeighbours : ctx.world.neighbours).get(areaId) ?? []) {
    if (!near(n)) continue;
    const list = contact.byArea.get(n.area);
    if (list) merged.push(...list);
  }
  return merged.sort((a, b) => a - b);
}

function contestedAreas(ctx: TurnContext, contact: Contact): string[] {
  if (!anyWar(ctx.world, ctx.state)) return [];
  const { forces } = ctx.state;
  // Nothing below changes a flag: who is at war where is read once.
  const atWarIn = atWarInAreas(ctx.world, ctx.state);
  const out: string[] = [];
  for (const a of ctx.world.scenario.areas) {
    // Nothing of either side here: no fight (the tests below all need a side present).
    const here = contact.byArea.get(a.id);
    if (here === undefined) continue;
    let j = false;
    let al = false;
    for (const i of here) {
      const f = forces[i]!;
      if (isSubmarine(f)) continue;
      if (f.side === 'japan') j = true;
      else if (f.side === 'allies') al = true;
    }
    if (!j && !al) continue;
    if (!atWarIn(a.id)) continue;
    if (j && al) out.push(a.id);
    // A strike or patrol flown to an area where the enemy is (phases/air-missions.ts).
    else if ((j && attacksArea(ctx, a.id, 'allies')) || (al && attacksArea(ctx, a.id, 'japan')))
      out.push(a.id);
    else if (
      a.kind === 'sea' &&
      ((j && anyAirInReach(ctx, contact, a.id, 'allies')) ||
        (al && anyAirInReach(ctx, contact, a.id, 'japan')))
    ) {
      out.push(a.id);
    }
  }
  return out.sort();
}

/**
 * Warships and carriers of `side` in the sea areas next to a land area: they
 * support a landing, or the defence. A fleet that meets enemy ships in its sea
 * area has a battle of its own to fight and bombards no one: at Saipan the
 * Japanese Mobile Fleet never came near the beaches (Philippine Sea, June 1944 —
 * B13).
 */
export function navalSupport(ctx: TurnContext, contact: Contact, areaId: string, side: SideId): ForceState[] {
  const enemy = side === 'japan' ? 'allies' : 'japan';
  const seas = around(
    ctx,
    contact,
    areaId,
    (n) => area(ctx.world, n.area).kind === 'sea' && !navalEnemyIn(ctx, contact, n.area, enemy),
  );
  return pick(ctx, seas, (f) => f.side === side && f.type === 'ship');
}

/** Whether warships of `enemy` (not submarines) are active in the sea area `seaId`. */
function navalEnemyIn(ctx: TurnContext, contact: Contact, seaId: string, enemy: SideId): boolean {
  for (const i of contact.byArea.get(seaId) ?? []) {
    const f = ctx.state.forces[i]!;
    if (f.status === 'active' && f.side === enemy && isNaval(f) && !isSubmarine(f)) return true;
  }
  return false;
}

/** Forces of `side` in the area itself. */
function forcesAt(ctx: TurnContext, contact: Contact, areaId: string, side: SideId): ForceState[] {
  return pick(ctx, contact.byArea.get(areaId) ?? [], (f) => f.side === side);
}

/** Land-based air groups of `side` in neighbouring land areas within reach of `areaId` (flown: air legs too). */
function airInReach(ctx: TurnContext, contact: Contact, areaId: string, side: SideId): ForceState[] {
  const reach = ctx.world.scenario.rules.landAirReach;
  if (reach === 0) return [];
  const near = around(
    ctx,
    contact,
    areaId,
    (n) => n.distance <= reach && area(ctx.world, n.area).kind !== 'sea',
    true,
  );
  return pick(ctx, near, (f) => f.side === side && f.type === 'air' && f.role !== 'strategic-bomber');
}

/**
 * Whether `airInReach` would list any group: the same test, without merging and sorting the
 * neighbours' lists (contestedAreas asks it of every sea area where one side stands).
 */
function anyAirInReach(ctx: TurnContext, contact: Contact, areaId: string, side: SideId): boolean {
  const reach = ctx.world.scenario.rules.landAirReach;
  if (reach === 0) return false;
  const { forces } = ctx.state;
  for (const n of ctx.world.airNeighbours.get(areaId) ?? []) {
    if (n.distance > reach || area(ctx.world, n.area).kind === 'sea') continue;
    for (const i of contact.byArea.get(n.area) ?? []) {
      const f = forces[i]!;
      if (f.status === 'active' && f.side === side && f.type === 'air' && f.role !== 'strategic-bomber')
        return true;
    }
  }
  return false;
}

/**
 * Everything of `side` that fights in `areaId` this turn: the forces there, the air groups
 * within reach, and the groups flying a mission to it (phases/air-missions.ts).
 */
export function participants(ctx: TurnContext, contact: Contact, areaId: string, side: SideId): ForceState[] {
  const out = [...forcesAt(ctx, contact, areaId, side), ...airInReach(ctx, contact, areaId, side)];
  for (const f of groupsOver(ctx, areaId, side)) if (!out.includes(f)) out.push(f);
  return out;
}

export function hasAircraft(forces: readonly ForceState[]): boolean {
  return forces.some((f) => f.type === 'air' || (f.type === 'ship' && f.aircraft > 0));
}
