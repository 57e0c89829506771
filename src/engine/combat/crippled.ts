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
 */
import type { SideId } from '../../scenario/schema';
import { isNaval, isSubmarine, strikeAircraft } from '../combat-values';
import { entryInForce } from '../in-force';
import { SIDE_IDS } from '../sides';
import type { ForceState } from '../state';
import { enemyOf, type TurnContext } from '../turn-context';
import { applyHits, type LossBook, pointsForPercent } from './hits';

export function loseCrippledShips(
  ctx: TurnContext,
  forces: Readonly<Record<SideId, readonly ForceState[]>>,
  book: LossBook,
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
    if (!enemyThere) continue;
    for (const f of forces[side]) {
      if (f.type !== 'ship' || f.status !== 'active' || !book.wasHit(f.id) || f.damage < rule.damagePercent)
        continue;
      if (rule.classes && !rule.classes.includes(f.class)) continue;
      if (ctx.rng.int(100) >= rule.lostPercent) continue;
      book.cripple(f, applyHits(f, pointsForPercent(f, 100 - f.damage)));
    }
  }
}
