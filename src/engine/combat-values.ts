/**
 * How hard each kind of force hits and how much it takes to sink or destroy.
 * Carriers hit only through their aircraft, so a carrier that lost its air
 * group is nearly harmless — the lesson of Coral Sea and Midway (B8
 * B9, PARSHALL-TULLY-2005). Battleships dominate only when fleets meet within gun range.
 */
import type { FlotillaClass, ShipClass } from '../scenario/schema';
import { assertNever } from './assert-never';
import type { ForceState } from './state';

/** Gunfire in a surface action. */
export const SHIP_GUNS: Record<ShipClass, number> = {
  'fleet-carrier': 1,
  'light-carrier': 1,
  'escort-carrier': 0,
  battleship: 12,
  'heavy-cruiser': 6,
  'light-cruiser': 4,
};

/** Damage points that sink a ship of the class. */
export const SHIP_TOUGHNESS: Record<ShipClass, number> = {
  'fleet-carrier': 30,
  'light-carrier': 18,
  'escort-carrier': 10,
  battleship: 50,
  'heavy-cruiser': 20,
  'light-cruiser': 14,
};

/**
 * Damage points that sink ship `f`: her own figure where the scenario gives one (`toughness`: the
 * Yamato class, 72,800 tons with armour and compartments no other battleship had, took several
 * times the hits of the older battleships before she sank — YAMATO-CLASS; the data,
 * scripts/data/yamato_class.py), else her class's.
 */
export function shipToughness(f: { class: ShipClass; toughness?: number | undefined }): number {
  return f.toughness ?? SHIP_TOUGHNESS[f.class];
}

/** Gunfire per ship of a flotilla. */
export const FLOTILLA_FIRE: Record<FlotillaClass, number> = {
  cruiser: 5,
  destroyer: 2,
  escort: 1,
  submarine: 1,
  transport: 0,
  oiler: 0,
};

/** Damage points that sink one ship of the flotilla. */
export const FLOTILLA_TOUGHNESS: Record<FlotillaClass, number> = {
  cruiser: 15,
  destroyer: 6,
  escort: 4,
  submarine: 4,
  transport: 5,
  // A fleet oiler was a big, slow, unarmoured hull full of fuel: Neosho, found by the Shōkaku and
  // Zuikaku air groups on 7 May 1942, burned and was scuttled (B8).
  oiler: 5,
};

export const isCarrier = (f: ForceState): boolean =>
  f.type === 'ship' &&
  (f.class === 'fleet-carrier' || f.class === 'light-carrier' || f.class === 'escort-carrier');

export const isNaval = (f: ForceState): boolean => f.type === 'ship' || f.type === 'flotilla';

/**
 * Submarines fight their own war: the campaign against shipping (and their
 * losses to escorts) is resolved in the economy phase. In battles they are
 * neither seen nor targeted, and their presence starts no battle.
 */
export const isSubmarine = (f: ForceState): boolean => f.type === 'flotilla' && f.class === 'submarine';

/** Aircraft that can strike in a battle here: carrier air groups and tactical air groups. */
export function strikeAircraft(f: ForceState): number {
  if (f.type === 'ship') return f.aircraft;
  if (f.type === 'air' && f.role !== 'strategic-bomber') return f.aircraft;
  return 0;
}

/**
 * A force's strike power in a battle when all its strike aircraft fly (phases/battles.ts
 * `powerOf`): a third of them, scaled by experience. Port strikes, the danger warning and the
 * commander's carrier battles weigh it the same way.
 */
export function strikePower(f: ForceState): number {
  return withExperience(Math.floor(strikeAircraft(f) / 3), f.experience);
}

/**
 * Surface gunfire of a force (0 for aircraft and armies). A damaged ship fires
 * in proportion to what is left of her: turrets, fire control and speed go
 * with the hits (Hiei, crippled off Guadalcanal on 13 November 1942, fought no
 * more — B12); a carrier's air group already shrinks with her damage (hits.ts).
 */
export function gunfire(f: ForceState): number {
  switch (f.type) {
    case 'ship':
      return Math.floor((SHIP_GUNS[f.class] * (100 - f.damage)) / 100);
    case 'flotilla':
      return FLOTILLA_FIRE[f.class] * f.count;
    case 'air':
    case 'army':
      return 0;
    default:
      return assertNever(f);
  }
}

/** Scales raw fire by experience: a green force (0) hits half as hard as an average one, a veteran (100) 1.5×. */
export function withExperience(raw: number, experience: number): number {
  return Math.floor((raw * (50 + experience)) / 100);
}

/**
 * The tenths of bombardment and close air support that count in a ground battle (phases/battles.ts)
 * beside `troops` tenths of the side's own troops' fire (after the landing's penalty and short supply): all of it
 * without `rules.combat.supportMaxPercent`, else at most that percent of the troops' fire — no troops
 * ashore, no support. Ships' guns and aircraft helped troops ashore; they did not take ground or kill
 * dug-in garrisons by themselves. Betio was shelled with some 3,000 tons in under three hours on
 * 20 November 1943 and most of its 4,800 defenders fought on from their bunkers (ALEXANDER-1993); Iwo
 * Jima's three days of bombardment left most of 21,000 men in their tunnels for three Marine
 * divisions to take in five weeks (BARTLEY-1954, L3). What fire support did was get the troops ashore
 * and keep them there: the destroyers firing close in from Tarawa's lagoon, the naval gunfire that
 * broke the night counter-attacks on Saipan (L1). The holder's bonus (`defenderBonusPercent`) then
 * multiplies its troops and its counted support together, as before; the cap is what stands for the
 * dug-in garrison the guns could not reach, on either side. The commanders reckon their invasion
 * odds with the same cap (ai/commander/fire-support.ts `counted`).
 */
export function supportCounted(support: number, troops: number, maxPercent: number | undefined): number {
  if (maxPercent === undefined) return support;
  return Math.min(support, Math.floor((Math.max(0, troops) * maxPercent) / 100));
}
