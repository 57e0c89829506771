/**
 * Phase 2 — economy, in this order for each side:
 * policies set by this turn's orders → scheduled production → output of held
 * areas sails home (limited by tankers and freighters; what submarines,
 * aircraft and mines sink on the way does not arrive) → oil burned (economy, idle ships, sorties) →
 * garrisons whose supply did not arrive waste away → aircraft and pilots replaced → damaged ships repaired in port.
 * Builds are paid before this phase, as soon as the orders are checked (builds.ts): the month's
 * output is spent the month after it comes in.
 */
import { SIDE_IDS } from '../../sides';
import type { TurnContext } from '../../turn-context';
import { replaceAircraft } from './air-replacement';
import { deliverAreaOutput } from './deliveries';
import { starveGarrisons } from './garrison-supply';
import { shippingNetwork } from './network';
import { burnOil } from './oil-burn';
import { applyPolicies } from './policies';
import { scheduledProduction } from './production';
import { repairShips } from './ship-repair';

export function runEconomyPhase(ctx: TurnContext): void {
  for (const side of SIDE_IDS) {
    const network = shippingNetwork(ctx, side);
    applyPolicies(ctx, side);
    scheduledProduction(ctx, side);
    const garrisons = deliverAreaOutput(ctx, side, network);
    burnOil(ctx, side);
    // After the oil is burned for the armies as they stood (what the players' oil forecast shows).
    starveGarrisons(ctx, side, garrisons.needs, garrisons.cargoes);
    replaceAircraft(ctx, side);
    repairShips(ctx, side);
  }
}
