import type { Scenario, SideId } from '../../../scenario/schema';
import type { GameState } from '../../state';
import { adjustStock, type TurnContext } from '../../turn-context';

/**
 * The scenario's `production` entries (by index) that `side` receives or pays this turn: between
 * their dates, while their flags hold. One rule for the turn (below) and the players' oil clock
 * (the Oil Clock's wartime drain, src/ui/game/oil-forecast.ts). Read from the state as it stands,
 * or with the flags the caller gives.
 */
export function scheduledEntries(
  scenario: Scenario,
  state: GameState,
  side: SideId,
  /** The flags to read (the oil clock's: as this turn's due events leave them, events.ts `flagsAfterDueEvents`). */
  flags: Readonly<Record<string, boolean>> = state.flags,
): number[] {
  const { date } = state;
  const out: number[] = [];
  scenario.production.forEach((p, entry) => {
    if (p.side !== side) return;
    if ((p.from && date < p.from) || (p.until && date > p.until)) return;
    if (Object.entries(p.requires).some(([flag, value]) => (flags[flag] ?? false) !== value)) return;
    out.push(entry);
  });
  return out;
}

/** Scheduled production (and drains) between their dates, while their flags hold. */
export function scheduledProduction(ctx: TurnContext, side: SideId): void {
  const { production } = ctx.world.scenario;
  for (const entry of scheduledEntries(ctx.world.scenario, ctx.state, side)) {
    const p = production[entry]!;
    adjustStock(ctx, side, p.resource, p.perTurn, { code: 'scheduled', entry });
  }
}
