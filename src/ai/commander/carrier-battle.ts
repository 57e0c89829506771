/**
 * How a battle at sea with carriers is fought, as the battle rules fight it
 * (src/engine/phases/battles.ts), for the commander's reading of the odds.
 * Where carriers fly, the fleets keep out of gun range and the strike
 * aircraft decide: the carriers' air groups and the land-based air groups
 * within reach of the sea (contact.ts `airInReach`), the land-based strikes
 * cut down by the other side's carrier fighters (`through = land² / (land +
 * cover)`). Battleships and cruisers count for nothing in it: at Midway
 * Yamamoto's battleships never came within gun range (B9). The crude reading
 * (`navalPower`: guns plus a third of the aircraft) sees a fleet of
 * battleships as stronger than three carriers; the hard level reads the
 * carrier battle instead (levels.ts `readsCarrierBattles`).
 */
import { isCarrier, strikePower } from '../../engine/combat-values';
import { entryInForce } from '../../engine/in-force';
import type { ForceState } from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import type { Situation } from './situation';

/** A carrier's weight in a carrier battle: its strike aircraft as the battle rules count them (a third, by experience). */
export function carrierAir(f: ForceState): number {
  return f.status === 'active' && isCarrier(f) ? strikePower(f) : 0;
}

/** Land-based strike air of `side` that joins a battle in `sea` (air groups next to it within `landAirReach`). */
export function landAirNear(s: Situation, sea: string, side: SideId): number {
  const reach = s.world.scenario.rules.landAirReach;
  if (reach === 0) return 0;
  const near = new Set(
    (s.world.neighbours.get(sea) ?? [])
      .filter((n) => n.distance <= reach && s.world.areas.get(n.area)?.kind !== 'sea')
      .map((n) => n.area),
  );
  return (
    s.state.forces
      .filter((f) => f.side === side && f.status === 'active' && f.type === 'air' && near.has(f.location))
      // strikeAircraft leaves the strategic bombers out, as the battle rules do.
      .reduce((n, f) => n + strikePower(f), 0)
  );
}

/** What of `land` gets through the fighters of `carriers` (battles.ts: land² / (land + cover)). */
export function through(s: Situation, land: number, carriers: number, coverSide: SideId): number {
  const percent =
    entryInForce(s.world.scenario.rules.combat.fighterCover, s.state.date, coverSide)?.percent ?? 100;
  const cover = Math.floor((carriers * percent) / 100);
  return land > 0 && cover > 0 ? Math.floor((land * land) / (land + cover)) : land;
}

export interface AirOdds {
  /** The side's strike in a battle in the sea: its carriers given and the air groups within reach. */
  ours: number;
  /** The enemy's: its carriers in the sea and next to it, and its air groups within reach. */
  theirs: number;
}

/**
 * The strike each side brings to a battle in `sea` if `ships` of the commander's side fight there,
 * or null when the enemy has no carrier that can join it (then no carrier battle: guns decide).
 */
export function carrierBattleOdds(s: Situation, sea: string, ships: readonly ForceState[]): AirOdds | null {
  const seas = [sea, ...(s.world.neighbours.get(sea) ?? []).map((n) => n.area)].filter(
    (id) => s.world.areas.get(id)?.kind === 'sea',
  );
  const enemyCarriers = s.state.forces
    .filter((f) => f.side === s.enemy && seas.includes(f.location))
    .reduce((n, f) => n + carrierAir(f), 0);
  if (enemyCarriers === 0) return null;
  const ownCarriers = ships.reduce((n, f) => n + carrierAir(f), 0);
  return {
    ours: ownCarriers + through(s, landAirNear(s, sea, s.side), enemyCarriers, s.enemy),
    theirs: enemyCarriers + through(s, landAirNear(s, sea, s.enemy), ownCarriers, s.side),
  };
}
