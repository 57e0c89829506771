/**
 * Phase 2 — economy, in this order for each side:
 * scheduled production → output of held areas delivered home (limited by
 * tankers and freighters) → shipping sunk by submarines and aircraft →
 * builds paid for → oil burned (economy, idle ships, sorties) → aircraft and
 * pilots replaced → damaged ships repaired in port.
 */
import { SIDE_IDS } from '../../sides';
import type { TurnContext } from '../../turn-context';
import { replaceAircraft } from './air-replacement';
import { payForBuilds } from './builds';
import { deliverAreaOutput } from './deliveries';
import { shippingNetwork } from './network';
import { burnOil } from './oil-burn';
import { scheduledProduction } from './production';
import { repairShips } from './ship-repair';
import { sinkShipping } from './shipping-losses';

export function runEconomyPhase(ctx: TurnContext): void {
  for (const side of SIDE_IDS) {
    const network = shippingNetwork(ctx, side);
    scheduledProduction(ctx, side);
    deliverAreaOutput(ctx, side, network);
    sinkShipping(ctx, side, network);
    payForBuilds(ctx, side);
    burnOil(ctx, side);
    replaceAircraft(ctx, side);
    repairShips(ctx, side);
  }
}
