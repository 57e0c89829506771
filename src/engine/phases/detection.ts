/**
 * Phase 4 — detection. Where enemies meet, each side searches; aircraft make
 * search far likelier. A side that finds the enemy while staying unseen
 * strikes first in the battle phase (the decisive fact of Midway).
 */
import { SIDE_IDS } from '../sides';
import type { TurnContext } from '../turn-context';
import { contestedAreas, forcesAt, hasAircraft } from './contact';

export function runDetectionPhase(ctx: TurnContext): Map<string, 'japan' | 'allies' | null> {
  const firstStrike = new Map<string, 'japan' | 'allies' | null>();
  const { searchChance } = ctx.world.scenario.rules;
  for (const areaId of contestedAreas(ctx)) {
    const spotted: Record<'japan' | 'allies', boolean> = { japan: false, allies: false };
    for (const side of SIDE_IDS) {
      const air = hasAircraft(forcesAt(ctx, areaId, side));
      const chance = air ? searchChance.withAircraft : searchChance.without;
      const { hit, roll } = ctx.rng.chance(chance);
      spotted[side] = hit;
      ctx.items.push({
        kind: 'detection',
        area: areaId,
        side,
        spotted: hit,
        chance,
        roll,
        why: air ? 'searched with aircraft' : 'searched without aircraft',
      });
    }
    firstStrike.set(areaId, spotted.japan === spotted.allies ? null : spotted.japan ? 'japan' : 'allies');
  }
  return firstStrike;
}
