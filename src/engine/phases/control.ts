/**
 * Phase 6 — control. A land area held by armies of only one side (at war
 * there) passes to that side, and the loser's air groups and ships there must
 * leave (overrun.ts). What the loss costs in will is a pressure worked out
 * from who holds what (phases/will.ts), so an area taken and retaken is not
 * charged again and again.
 */
import type { SideId } from '../../scenario/schema';
import { anyWar, atWarIn } from '../orders';
import { holders, setHolder, type TurnContext } from '../turn-context';
import { sabotageOilFields } from './economy/deliveries';
import { evacuateOverrunArea } from './overrun';

export function runControlPhase(ctx: TurnContext): void {
  const { world, state } = ctx;
  if (!anyWar(world, state)) return;
  // Which sides have armies where, gathered once.
  const armiesIn = new Map<string, Set<SideId>>();
  for (const f of state.forces) {
    if (f.status !== 'active' || f.type !== 'army') continue;
    const sides = armiesIn.get(f.location) ?? new Set<SideId>();
    sides.add(f.side);
    armiesIn.set(f.location, sides);
  }
  const areas = world.scenario.areas;
  const held = holders(ctx);
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i]!;
    // Armies first: most areas have none, and asking about war there scans every front.
    const armies = armiesIn.get(a.id);
    if (armies?.size !== 1) continue;
    if (a.kind === 'sea' || !atWarIn(world, state, a.id)) continue;
    const holder = [...armies][0]!;
    const from = held[i]!;
    if (from === holder) continue;
    setHolder(ctx, a.id, holder);
    sabotageOilFields(ctx, a.id);
    if (from === 'japan' || from === 'allies') evacuateOverrunArea(ctx, a.id, from);
    ctx.items.push({
      kind: 'control',
      area: a.id,
      from,
      to: holder,
      why: `${holder === 'japan' ? 'Japanese' : 'Allied'} troops hold ${a.name} unopposed`,
    });
  }
}
