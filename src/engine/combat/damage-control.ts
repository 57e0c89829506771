/**
 * Damage control: whether a ship that a hit would sink is kept afloat
 * (`rules.combat.damageControl`, by side from a date; the latest entry in force).
 *
 * Why: what sank a carrier was as often the fires and the petrol vapour after
 * the hits as the hits themselves. Lexington was lost at the Coral Sea to a
 * vapour explosion hours after the strike (BUSHIPS-WDR-1943); Akagi and Kaga
 * burned out at Midway and Japan's damage control stayed poor — Taihō, Shōkaku
 * and Hiyō were lost to fires and vapour in 1944 (PARSHALL-TULLY-2005, B13).
 * The US Navy learnt from 1942 (damage-control schools, fog nozzles, petrol lines
 * purged with inert gas): Franklin (19 March 1945) and Bunker Hill (11 May
 * 1945), burned out with hundreds dead, steamed home under their own power
 * (MORISON-1960). A ship so saved is out of the fight: she leaves the battle
 * (LossBook.withdraw) and goes to the yard for months (retire.ts, ship-repair.ts).
 */
import type { Scenario, SideId } from '../../scenario/schema';
import { entryInForce } from '../in-force';
import type { Rng } from '../rng';
import type { ForceState } from '../state';
import type { TurnContext } from '../turn-context';

/** What a side's damage control does now: `savePercent` chance to leave a ship afloat at `afloatDamagePercent`. */
export interface DamageControl {
  readonly savePercent: number;
  readonly afloatDamagePercent: number;
}

/** The side's damage control at `date` (the latest entry from on or before it), or null if none. */
export function damageControlOf(rules: Scenario['rules'], side: SideId, date: string): DamageControl | null {
  return entryInForce(rules.combat.damageControl, date, side);
}

/** Each side's damage control this turn, by the force's side (for LossBook). */
export function damageControlIn(ctx: TurnContext): (f: ForceState) => DamageControl | null {
  const { rules } = ctx.world.scenario;
  const japan = damageControlOf(rules, 'japan', ctx.state.date);
  const allies = damageControlOf(rules, 'allies', ctx.state.date);
  return (f) => (f.side === 'japan' ? japan : allies);
}

/**
 * Whether a ship now at `damage` percent, about to take `added` more that would sink her, is kept
 * afloat: one roll of the side's chance, only when the hit would sink her and she is not already
 * worse than the damage she would be left with (a wreck saved once is not saved again).
 */
export function keptAfloat(rng: Rng, dc: DamageControl | null, damage: number, added: number): boolean {
  if (!dc || dc.savePercent <= 0 || damage + added < 100 || damage >= dc.afloatDamagePercent) return false;
  return rng.int(100) < dc.savePercent;
}
