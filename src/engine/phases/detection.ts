/**
 * Phase 4 — detection and intelligence.
 *
 * Code-breaking is information, given before the Allies give their orders.
 * While a scenario's code-breaking period runs, the Allied code-breakers may
 * read enough of the Japanese operational traffic to learn where Japan's forces
 * are going this turn (`readJapaneseIntentions`): the Allied player reads it at
 * the start of the Allied turn and the Allied computer player receives it with
 * the state. Only 10–20% of the JN-25B traffic was ever read, more in the
 * spring of 1942 before the codebook change of late May, and Midway was found
 * from that window (C1–C7, PARSHALL-TULLY-2005).
 *
 * The ambush comes only from having been in position: where Japan's forces go
 * as the decrypt said and Allied forces were already waiting there at the start
 * of the turn, the Allies find the enemy without searching and the Japanese
 * search at half the chance — as at Midway, where Nimitz's carriers waited
 * north-east of the atoll for Kidō Butai (B9, C5). At sea the Allies strike first
 * there even when that search finds them (midway32). A force that sails into the
 * area the same turn meets the enemy as anyone would: by searching.
 *
 * Search: where enemies meet, each side searches; aircraft make search far
 * likelier. A side that finds the enemy while staying unseen strikes first.
 * At sea, what a side's land-based air strikes depends on it too: bombers
 * flying from shore find a fleet only from a sighting (battles.ts,
 * `rules.combat.unsightedLandAirPercent`).
 */

import type { SideId } from '../../scenario/schema';
import { isSubmarine } from '../combat-values';
import { emptyList, mapList } from '../lists';
import { checkOrder, movingForce, type Order } from '../orders';
import { restoreRng, seedRng } from '../rng';
import { SIDE_IDS } from '../sides';
import type { GameState } from '../state';
import type { TurnContext } from '../turn-context';
import { area, type World } from '../world';
import { type Contact, hasAircraft, participants } from './contact';

/** What each side's search found in a contested area, and who strikes first there (null: neither first). */
export interface Sighting {
  first: SideId | null;
  found: Record<SideId, boolean>;
}

export function runDetectionPhase(ctx: TurnContext, contact: Contact): Map<string, Sighting> {
  readJapaneseTraffic(ctx);
  const sightings = new Map<string, Sighting>();
  const { searchChance } = ctx.world.scenario.rules;
  for (const areaId of contact.contested) {
    const spotted: Record<SideId, boolean> = { japan: false, allies: false };
    const ambush = ctx.ambushes.has(areaId);
    for (const side of SIDE_IDS) {
      const air = hasAircraft(participants(ctx, contact, areaId, side));
      if (ambush && side === 'allies') {
        spotted.allies = true;
        ctx.items.push({
          kind: 'detection',
          area: areaId,
          side,
          spotted: true,
          chance: 100,
          roll: 0,
          cause: { code: 'code-breakers' },
        });
        continue;
      }
      let chance = air ? searchChance.withAircraft : searchChance.without;
      if (ambush) chance = Math.floor(chance / 2);
      const { hit, roll } = ctx.rng.chance(chance);
      spotted[side] = hit;
      const cause = { code: 'search', aircraft: air, ambush } as const;
      ctx.items.push({ kind: 'detection', area: areaId, side, spotted: hit, chance, roll, cause });
    }
    // An ambush at sea is the first strike at the moment the waiting fleet chooses: the Japanese
    // search that finds it does not take it back. On 4 June 1942 Tone's No. 4 plane reported American
    // ships at about 07:30, when Spruance's carriers had been launching their strike since 07:00; the
    // Kidō Butai was caught re-arming all the same (PARSHALL-TULLY-2005). What the sighting still gives
    // Japan is its strike back with what survives the first (Hiryū's on Yorktown), and its land-based
    // air a target (battles.ts `unsightedLandAirPercent`). A garrison that knows the landing is coming
    // has no such moment to choose: on land the searches decide, as before (midway32).
    const firstAtSea = ambush && area(ctx.world, areaId).kind === 'sea';
    sightings.set(areaId, {
      first: firstAtSea
        ? 'allies'
        : spotted.japan === spotted.allies
          ? null
          : spotted.japan
            ? 'japan'
            : 'allies',
      found: spotted,
    });
  }
  return sightings;
}

/** The code-breaking chance (percent) on `date`, if a period of the scenario covers it. */
export function codebreakingChanceOn(world: World, date: string): number | null {
  const period = world.scenario.rules.codebreaking.find((p) => p.from <= date && date <= p.until);
  return period ? period.percent : null;
}

/** What the Allied code-breakers learn of Japan's orders for one turn. */
export interface JapaneseIntentions {
  /** The chance of reading enough of the traffic this turn (percent) and the roll (0–99). */
  chance: number;
  roll: number;
  read: boolean;
  /** When read: where Japan's forces are ordered to go, by area (sorted by id), with their names. */
  destinations: { area: string; forces: string[] }[];
}

/**
 * What code-breaking tells the Allies of Japan's orders `japanOrders` for the
 * turn of `state`, or null when no code-breaking period covers the date.
 *
 * Pure and free: the roll comes from a generator of its own, seeded from the
 * game's seed and the turn, never from the state's generator, so asking (before
 * the Allies' orders, in the browser, the CLI or a computer player) changes
 * nothing, and the turn's resolution reads the same report again from the same
 * inputs. Only the orders Japan could give are read (the illegal ones are never
 * carried out).
 */
export function readJapaneseIntentions(
  world: World,
  state: GameState,
  japanOrders: readonly Order[],
  /** Japan's orders already checked against `state` (the turn's resolution has them): not checked again. */
  checked?: readonly Order[],
): JapaneseIntentions | null {
  const chance = codebreakingChanceOn(world, state.date);
  if (chance === null) return null;
  const { hit, roll } = restoreRng(seedRng(`${state.seed}/codebreaking/${state.turn}`)).chance(chance);
  if (!hit) {
    return {
      chance,
      roll,
      read: false,
      destinations: emptyList(),
    };
  }
  const legal: Order[] = [];
  const byDestination = new Map<string, string[]>();
  for (const o of checked ?? japanOrders) {
    if (!checked && !checkOrder(world, state, 'japan', o, legal).ok) continue;
    legal.push(o);
    if (o.type !== 'move') continue;
    // A detachment is read as what sails: its own name (detach.ts).
    const force = movingForce(world, state, o);
    if (!force) continue;
    byDestination.set(o.to, [...(byDestination.get(o.to) ?? []), force.name]);
  }
  const destinations = mapList(
    [...byDestination.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ([to, forces]) => ({ area: to, forces }),
  );
  // Its words, as the Allied player reads them: src/text/report-text.ts `intelligenceText`.
  return { chance, roll, read: true, destinations };
}

/**
 * The turn's decrypt, reported to the Allies, and the areas where it puts
 * Allied forces in ambush: a destination it named where Allied forces (not
 * submarines) stood at the start of the turn and still stand.
 */
function readJapaneseTraffic(ctx: TurnContext): void {
  const intel = ctx.intel;
  if (!intel) return;
  ctx.items.push({
    kind: 'intelligence',
    side: 'allies',
    chance: intel.chance,
    roll: intel.roll,
    read: intel.read,
    destinations: intel.destinations,
  });
  for (const d of intel.destinations) {
    const waiting = ctx.state.forces.some(
      (f) =>
        f.side === 'allies' &&
        f.status === 'active' &&
        !isSubmarine(f) &&
        f.location === d.area &&
        ctx.startLocation(f.id) === d.area,
    );
    if (waiting) ctx.ambushes.add(d.area);
  }
}
