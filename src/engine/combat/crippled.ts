/**
 * Crippled ships that could not be saved (`rules.combat.crippled`, by side from a date; the
 * latest entry in force). After a battle at sea, each ship of the side that was hit in it and is
 * left at the entry's `damagePercent` damage or worse, while the enemy is still in the fight, is
 * lost with `lostPercent` chance: one roll a ship, in the order of the battle's forces; only ships
 * of the entry's `classes` when it names them.
 *
 * Why: a ship that retires from a battle must first get away from it. The three US fleet carriers
 * crippled in the carrier battles of 1942 did not: Lexington, her petrol lines opened by two
 * torpedoes, blew up hours after the Coral Sea strike (BUSHIPS-WDR-1943); Yorktown, dead in the
 * water after two torpedoes at Midway, was sunk under tow by I-168 two days later (B9); Hornet,
 * stopped by torpedoes and bombs at Santa Cruz, could not be towed clear, was abandoned and sunk by
 * Japanese destroyers (B12). Shōkaku, crippled by bombs at the Coral Sea and again at Santa Cruz,
 * kept her speed and went home (B8 B12): the Japanese aerial torpedo of 1942 stopped ships, the US
 * one of 1942 seldom hit or exploded. From 1943 US damage control saved what 1942's could not
 * (damage-control.ts, MORISON-1960). Without this rule every crippled ship reached the yard
 * (retire.ts), and the game lost half as many US carriers in 1942 as history (docs/CALIBRATION.md §1m).
 *
 * A fleet holding to a beachhead next to the battle's sea area (`rules.combat.coveringFleet`,
 * combat/covering.ts) does not pursue: the enemy's cripples get away (the Philippine Sea, June 1944:
 * Zuikaku, Chiyoda, Jun'yō and Haruna, hit on 20 June, reached home — B13).
 *
 * An entry with `torpedoes` applies after a submarine attack too (phases/submarine-attacks.ts):
 * the boats that crippled her are still there. Japan's heavy ships torpedoed in 1944 sank within
 * hours of hits a better-served ship survived: Taihō (one torpedo; petrol vapour), Shōkaku (three;
 * fire), Kongō (two; a magazine), Shinano (four; a green crew, open watertight doors), Unryū (two)
 * — B13 BLAIR-1975; docs/CALIBRATION.md §1n.
 */
import type { SideId } from '../../scenario/schema';
import { isNaval, isSubmarine, strikeAircraft } from '../combat-values';
import { entryInForce } from '../in-force';
import { SIDE_IDS } from '../sides';
import type { ForceState } from '../state';
import { enemyOf, type TurnContext } from '../turn-context';
import { holdsToBeachhead } from './covering';
import { applyHits, type LossBook, pointsForPercent } from './hits';

export function loseCrippledShips(
  ctx: TurnContext,
  forces: Readonly<Record<SideId, readonly ForceState[]>>,
  book: LossBook,
  /** The battle's sea area. */
  seaId: string,
): void {
  const entries = ctx.world.scenario.rules.combat.crippled;
  if (entries.length === 0) return;
  for (const side of SIDE_IDS) {
    const rule = entryInForce(entries, ctx.state.date, side);
    if (!rule || rule.lostPercent === 0) continue;
    // Someone must be left to finish her: a fleet that sank or drove off the enemy towed its cripples home.
    const enemyThere = forces[enemyOf(side)].some(
      (f) =>
        f.status === 'active' &&
        !book.hasLeft(f.id) &&
        ((isNaval(f) && !isSubmarine(f)) || (f.type === 'air' && strikeAircraft(f) > 0)),
    );
    // A fleet holding to a beachhead next to the sea does not go after them (combat/covering.ts).
    if (!enemyThere || holdsToBeachhead(ctx, seaId, enemyOf(side))) continue;
    for (const f of forces[side]) {
      if (f.type !== 'ship' || f.status !== 'active' || !book.wasHit(f.id) || f.damage < rule.damagePercent)
        continue;
      if (rule.classes && !rule.classes.includes(f.class)) continue;
      if (ctx.rng.int(100) >= rule.lostPercent) continue;
      book.cripple(f, applyHits(f, pointsForPercent(f, 100 - f.damage)));
    }
  }
}

/**
 * A ship just torpedoed (phases/submarine-attacks.ts) and left at her side's crippled mark or worse
 * is lost with the entry's chance when the entry in force says `torpedoes`. Returns the damage that
 * sank her, or null when she was not lost; draws nothing when no such entry applies to her.
 */
export function loseTorpedoedCripple(
  ctx: TurnContext,
  f: ForceState,
): { amount: number; aircraft: number } | null {
  if (f.type !== 'ship' || f.status !== 'active') return null;
  const rule = entryInForce(ctx.world.scenario.rules.combat.crippled, ctx.state.date, f.side);
  if (!rule?.torpedoes || rule.lostPercent === 0 || f.damage < rule.damagePercent) return null;
  if (rule.classes && !rule.classes.includes(f.class)) return null;
  if (ctx.rng.int(100) >= rule.lostPercent) return null;
  return applyHits(f, pointsForPercent(f, 100 - f.damage));
}
