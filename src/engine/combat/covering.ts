/**
 * A fleet covering a landing. A side covers a landing next to a sea area when one of its armies
 * came ashore this turn in a land area next to it (movement.ts puts them in `ctx.landed`). Its
 * carriers then stay off the beaches: they strike what comes within reach and do not go far
 * after a port on the sea's far coast (port-strike.ts) or, while the side's `rules.combat.
 * coveringFleet` entry says it holds to the beachhead, after the enemy's cripples (crippled.ts).
 * Spruance at Saipan, June 1944, held the fast carriers to the landing, and what the dusk strike
 * of 20 June hit got away (B13); for Leyte the enemy fleet's destruction was made the primary task
 * (B14).
 */
import type { SideId } from '../../scenario/schema';
import { entryInForce } from '../in-force';
import { forceById } from '../state';
import type { TurnContext } from '../turn-context';

/** Whether `side` landed an army this turn in an area next to `seaId`. */
export function coversLandingNextTo(ctx: TurnContext, seaId: string, side: SideId): boolean {
  const next = ctx.world.neighbours.get(seaId) ?? [];
  return [...ctx.landed].some((id) => {
    const f = forceById(ctx.state, id);
    return f?.side === side && next.some((n) => n.area === f.location);
  });
}

/** Whether `side`'s fleet in `seaId` holds to a beachhead next to it this turn and does not pursue. */
export function holdsToBeachhead(ctx: TurnContext, seaId: string, side: SideId): boolean {
  const entry = entryInForce(ctx.world.scenario.rules.combat.coveringFleet, ctx.state.date, side);
  return entry?.holdsToBeachhead === true && coversLandingNextTo(ctx, seaId, side);
}
