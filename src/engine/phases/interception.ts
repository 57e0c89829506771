/**
 * Phase 3b — interception: forces that cross the same sea area in a turn can
 * meet there. A move by sea passes the sea areas of its route; where the two
 * sides' fleets and convoys pass the same area (or one passes where the
 * other's fleet stood all turn), each side searches as in detection.ts, and
 * if either finds the other they fight there by the battle rules (battles.ts).
 * A landing whose convoy is beaten — its warships sunk or driven off while the
 * enemy's remain, or half its transports sunk — turns back to its port, and
 * the troops on the transports sunk are lost: the Wake relief force and the
 * Port Moresby convoy turned back (December 1941, May 1942 — B8), and the
 * Tokyo Express lost the troops of the transports sunk under it (Guadalcanal,
 * November 1942 — T).
 */
import type { SideId } from '../../scenario/schema';
import { isNaval, isSubmarine } from '../combat-values';
import { anyWar, atWarIn } from '../orders';
import { SIDE_IDS } from '../sides';
import { type ForceState, forceById, strengthOf } from '../state';
import { enemyOf, ownForce, type TurnContext } from '../turn-context';
import { resolveBattle } from './battles';
import { type Contact, hasAircraft } from './contact';

/** One move by sea this turn: the forces that made it and the sea areas it passed (not its ends). */
export interface Passage {
  side: SideId;
  /** The force ordered to move. */
  force: string;
  /** It, the transports that carried it and the escorts that sailed with it from its port. */
  movers: string[];
  from: string;
  to: string;
  seas: string[];
  /** An army landing on a shore its side did not hold. */
  landing: boolean;
}

const fights = (f: ForceState | undefined): f is ForceState =>
  f !== undefined && f.status === 'active' && isNaval(f) && !isSubmarine(f);

const isTransport = (f: ForceState) => f.type === 'flotilla' && f.class === 'transport';

export function runInterceptions(ctx: TurnContext, passages: readonly Passage[]): void {
  if (passages.length === 0 || !anyWar(ctx.world, ctx.state)) return;
  const crossed = new Set<string>();
  for (const p of passages) for (const sea of p.seas) crossed.add(sea);
  const seas = [...crossed].sort();
  // Forces that stood in one of those seas all turn, by sea, in the order of the forces (one pass over
  // them; asked again of each force when its sea comes: a battle earlier in the loop may have moved it).
  const standing = new Map<string, ForceState[]>();
  for (const f of ctx.state.forces) {
    if (f.status !== 'active' || !crossed.has(f.location) || ctx.startLocation(f.id) !== f.location) continue;
    const list = standing.get(f.location);
    if (list) list.push(f);
    else standing.set(f.location, [f]);
  }
  // The passages through each sea, in their order.
  const through = new Map<string, Passage[]>();
  for (const p of passages) {
    for (const sea of p.seas) {
      const list = through.get(sea);
      if (!list) through.set(sea, [p]);
      else if (list.at(-1) !== p) list.push(p);
    }
  }
  for (const sea of seas) {
    const here = through.get(sea) ?? [];
    // Only one side crossing, and no fleet of the other side standing there: no one to meet.
    const side = here[0]?.side;
    if (
      side !== undefined &&
      here.every((p) => p.side === side) &&
      !(standing.get(sea) ?? []).some((f) => f.side !== side)
    )
      continue;
    if (!atWarIn(ctx.world, ctx.state, sea)) continue;
    const ids: Record<SideId, Set<string>> = { japan: new Set(), allies: new Set() };
    for (const p of here) for (const id of p.movers) ids[p.side].add(id);
    // A fleet that stood in the area all turn is met there too.
    for (const old of standing.get(sea) ?? []) {
      const f = forceById(ctx.state, old.id);
      if (f?.status === 'active' && f.location === sea && ctx.startLocation(f.id) === sea)
        ids[f.side].add(f.id);
    }
    // A loop, not `map` and `filter`: see shipping-losses.ts `standingAttackers` (PERFORMANCE.md, pass 24).
    const present = (side: SideId): ForceState[] => {
      const out: ForceState[] = [];
      for (const id of ids[side]) {
        const f = forceById(ctx.state, id);
        if (fights(f)) out.push(f);
      }
      return out;
    };
    const forces = { japan: present('japan'), allies: present('allies') };
    if (forces.japan.length === 0 || forces.allies.length === 0) continue;
    const passing = new Set<string>();
    for (const p of here) for (const id of p.movers) passing.add(id);
    if (!forces.japan.some((f) => passing.has(f.id)) && !forces.allies.some((f) => passing.has(f.id)))
      continue;

    const first = search(ctx, sea, forces);
    if (first === undefined) continue;
    const before = new Map<string, number>();
    for (const f of [...forces.japan, ...forces.allies]) before.set(f.id, strengthOf(f));
    resolveBattle(ctx, meeting(ctx, sea, [...forces.japan, ...forces.allies]), sea, first);
    for (const p of here) if (p.landing) afterTheFight(ctx, p, sea, before);
  }
}

/**
 * Each side searches for the other as the forces cross: the side that finds
 * the enemy unseen strikes first (null: both found each other). Undefined when
 * neither found the other: they passed in the night.
 */
function search(
  ctx: TurnContext,
  sea: string,
  forces: Record<SideId, ForceState[]>,
): SideId | null | undefined {
  const { searchChance } = ctx.world.scenario.rules;
  const spotted: Record<SideId, boolean> = { japan: false, allies: false };
  for (const side of SIDE_IDS) {
    const air = hasAircraft(forces[side]);
    const chance = air ? searchChance.withAircraft : searchChance.without;
    const { hit, roll } = ctx.rng.chance(chance);
    spotted[side] = hit;
    ctx.items.push({
      kind: 'detection',
      area: sea,
      side,
      spotted: hit,
      chance,
      roll,
      cause: { code: 'crossing', aircraft: air },
    });
  }
  if (!spotted.japan && !spotted.allies) return undefined;
  return spotted.japan === spotted.allies ? null : spotted.japan ? 'japan' : 'allies';
}

/** Where everything stands for the battle rules, with the forces that meet in `sea` placed there. */
function meeting(ctx: TurnContext, sea: string, met: readonly ForceState[]): Contact {
  const inSea = new Set(met.map((f) => f.id));
  const byArea = new Map<string, number[]>();
  ctx.state.forces.forEach((f, i) => {
    if (f.status !== 'active') return;
    const at = inSea.has(f.id) ? sea : f.location;
    if (at === sea && !inSea.has(f.id)) return;
    const list = byArea.get(at);
    if (list) list.push(i);
    else byArea.set(at, [i]);
  });
  return { byArea, contested: [sea] };
}

/**
 * After a fight on the way: the troops of the transports sunk are lost, and a
 * convoy that lost its cover or half its transports turns back to its port.
 */
function afterTheFight(ctx: TurnContext, p: Passage, sea: string, before: ReadonlyMap<string, number>): void {
  const army = forceById(ctx.state, p.force);
  if (army?.type !== 'army' || army.status !== 'active' || army.location !== p.to) return;
  const movers = p.movers
    .map((id) => forceById(ctx.state, id))
    .filter((f): f is ForceState => f !== undefined);
  const transports = movers.filter(isTransport);
  const had = transports.reduce((n, t) => n + (before.get(t.id) ?? 0), 0);
  const left = transports.reduce((n, t) => n + (t.status === 'active' ? strengthOf(t) : 0), 0);
  const drowned = had === 0 ? 0 : Math.floor((army.troops * (had - left)) / had);
  // Warships of each side that were in the fight and are still afloat.
  const warships = (side: SideId) =>
    ctx.state.forces.some((f) => fights(f) && !isTransport(f) && f.side === side && before.has(f.id));
  const beaten = (!warships(p.side) && warships(enemyOf(p.side))) || left * 2 < had;
  if (drowned > 0) {
    const a = ownForce(ctx, army);
    a.troops -= drowned;
    a.lost += drowned;
    if (a.troops <= 0) a.status = 'lost';
    ctx.items.push({
      kind: 'damage',
      side: a.side,
      force: a.id,
      name: a.name,
      amount: drowned,
      destroyed: a.status === 'lost',
      cause: { code: 'transports-sunk', area: sea },
    });
  }
  if (!beaten) return;
  ctx.landed.delete(p.force);
  for (const f of movers) {
    if (f.status !== 'active' || f.location === p.from) continue;
    const back = ownForce(ctx, f);
    ctx.items.push({
      kind: 'move',
      side: back.side,
      force: back.id,
      name: back.name,
      from: back.location,
      to: p.from,
      distance: 0,
      oil: 0,
    });
    back.location = p.from;
  }
  const turned = forceById(ctx.state, p.force);
  if (turned?.status === 'active')
    ctx.items.push({
      kind: 'damage',
      side: p.side,
      force: p.force,
      name: turned.name,
      amount: 0,
      destroyed: false,
      cause: { code: 'convoy-beaten', area: sea, to: p.from },
    });
}
