/**
 * Objectives: the areas worth taking or holding, for what they give — oil
 * (worth more to a side whose oil is running out), raw materials, an airfield
 * or a port, and for the Allies nearness to Japan (the bases from which the
 * home islands can be bombed and invaded). Worth is a property of holding
 * an area, never of taking it: an area lost and retaken is worth no more
 * than one held all along.
 */
import { airDistance, openDistance, type World } from '../../engine/world';
import type { AreaDef, SideId } from '../../scenario/schema';
import type { OperationReason } from '../intent';
import type { Situation } from './situation';
import { mayInvade } from './war-plan';

export interface Objective {
  area: string;
  worth: number;
  reason: OperationReason;
  /** Enemy troops there now. */
  defenders: number;
  /** Enemy troops that could come to its defence this turn (its own reach). */
  support: number;
}

/**
 * Worth added to an objective area of the scenario's goals (`meta.goals.objectives`): more than the
 * most an area is worth for its value, resources and bases alone (a capital of value 10 with an
 * airfield and a port: 108), so a commander takes Borneo for the goal before an empty Australia.
 */
export const GOAL_WORTH = 120;

/**
 * Worth added (at the hard level) to an own airfield from which the enemy could bomb the side's
 * capital (`rules.bombing.range`, the B-29s: the Marianas, taken in the summer of 1944 — B13,
 * USSBS-END) or that counts for the will's threat pressure (`threat.range`): in enemy hands it
 * costs will every turn, for the rest of the war (phases/will.ts), and the atomic bomb of 1945
 * needs such a base (the Road to Tokyo's Hiroshima event). Half a goal's objective: after the
 * areas that decide the verdict, before any other prize.
 */
export const HOME_AIRFIELD_WORTH = 60;

/** Whether `a` is a land airfield (not the capital) within the bombing or threat range of the side's capital. */
export function isHomeAirfield(world: World, side: SideId, a: AreaDef): boolean {
  const capital = world.scenario.sides[side].capital;
  if (!a.airfield || a.kind === 'sea' || a.id === capital) return false;
  const bombing = side === 'japan' ? (world.scenario.rules.bombing?.range ?? 0) : 0;
  const range = Math.max(bombing, world.scenario.rules.will?.[side]?.pressures.threat?.range ?? 0);
  // The air distances are a table kept with the world: a look-up, not a search.
  return range > 0 && airDistance(world, a.id, capital, range) !== null;
}

/** What holding an area is worth to the situation's side (an integer). */
export function areaWorth(s: Situation, a: AreaDef): number {
  const oil = a.produces.oil ?? 0;
  const industry = a.produces.industry ?? 0;
  let worth = a.value * 10 + industry * 3 + (a.airfield ? 4 : 0) + (a.port ? 4 : 0);
  // Oil: the side whose stock runs out values it more the sooner it would (oil-forecast's burn).
  worth += Math.floor(oil / (s.oil.months < 24 ? 10 : 25));
  // The scenario's goals: the areas its verdict weighs at the last turn (src/judge/verdict.ts) decide
  // who wins a game that runs its course, so they come before any other prize.
  if (s.world.scenario.meta.goals?.objectives?.includes(a.id)) worth += GOAL_WORTH;
  if (s.guardsHomeAirfields && isHomeAirfield(s.world, s.side, a)) worth += HOME_AIRFIELD_WORTH;
  const capital = s.world.scenario.sides[s.enemy].capital;
  if (s.side === 'allies' && s.driveOnCapital && capital !== a.id) {
    const d = openDistance(s.world, a.id, capital, 1_000_000);
    if (d !== null) worth += Math.max(0, 40 - Math.floor(d / 100));
  }
  return worth;
}

export function reasonFor(s: Situation, a: AreaDef): OperationReason {
  if ((a.produces.oil ?? 0) > 0) return 'oil';
  if ((a.produces.industry ?? 0) > 0) return 'raw-materials';
  // Worth most to the commander (GOAL_WORTH), so said before its airfield or harbour: "Take Malaya and
  // Singapore because it is one of the objective areas", not "for an airfield within reach of the next target".
  if (s.world.scenario.meta.goals?.objectives?.includes(a.id)) return 'objective';
  if (a.airfield) return 'air-base';
  if (a.port) return 'naval-base';
  return s.side === 'allies' ? 'will' : 'weak-garrison';
}

/** Areas to take, most worth first (ties by id: deterministic). */
export function objectivesToTake(s: Situation): Objective[] {
  const out: Objective[] = [];
  const reachOfEnemy = defendersReach(s);
  for (const a of s.world.scenario.areas) {
    if (!mayInvade(s.world, s.state, s.side, a.id)) continue;
    out.push({
      area: a.id,
      worth: areaWorth(s, a),
      reason: reasonFor(s, a),
      defenders: s.ground[s.enemy].get(a.id) ?? 0,
      support: reachOfEnemy.get(a.id) ?? 0,
    });
  }
  return out.sort((x, y) => y.worth - x.worth || (x.area < y.area ? -1 : 1));
}

/**
 * Enemy troops in the areas next to each enemy-held area (overland neighbours):
 * what could counter-attack an area once taken. A cheap bound; the rollouts
 * see the real thing.
 */
function defendersReach(s: Situation): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of s.world.scenario.areas) {
    if (a.kind === 'sea') continue;
    let n = 0;
    for (const nb of s.world.neighbours.get(a.id) ?? []) {
      if (s.world.areas.get(nb.area)?.kind === 'sea') continue;
      n += s.ground[s.enemy].get(nb.area) ?? 0;
    }
    out.set(a.id, n);
  }
  return out;
}

/**
 * Own areas the enemy can reach this turn, most worth first: `defenders` is
 * the garrison, `support` what the enemy can bring, `urgent` whether enemy
 * troops already stand next door (a slow commander reinforces only then).
 */
export function areasToHold(s: Situation): (Objective & { urgent: boolean; decoded: number })[] {
  const out: (Objective & { urgent: boolean; decoded: number })[] = [];
  for (const a of s.world.scenario.areas) {
    if (a.kind === 'sea' || s.holder(a.id) !== s.side) continue;
    // A decrypt naming the area as the target of Japanese troops: defended now, against what it names.
    const decoded = s.decoded.get(a.id)?.troops ?? 0;
    const threat = Math.max(s.enemyReach.get(a.id) ?? 0, decoded);
    if (threat <= 0) continue;
    let next = 0;
    for (const nb of s.world.neighbours.get(a.id) ?? []) next += s.troops[s.enemy].get(nb.area) ?? 0;
    out.push({
      area: a.id,
      worth: areaWorth(s, a),
      reason: 'enemy-within-reach',
      defenders: s.troops[s.side].get(a.id) ?? 0,
      support: threat,
      urgent: next > 0 || decoded > 0,
      decoded,
    });
  }
  // The decoded targets first: the decrypt says where the blow falls.
  return out.sort(
    (x, y) =>
      Number(y.decoded > 0) - Number(x.decoded > 0) || y.worth - x.worth || (x.area < y.area ? -1 : 1),
  );
}
