/**
 * Phase 6 — control. A land area held by armies of only one side (at war)
 * passes to that side. The side that loses it loses national will in
 * proportion to the area's value, and its air groups and ships there must
 * leave (overrun.ts).
 */
import type { SideId } from '../../scenario/schema';
import { atWar } from '../orders';
import { adjustStock, type TurnContext } from '../turn-context';
import { sabotageOilFields } from './economy/deliveries';
import { evacuateOverrunArea } from './overrun';

export function runControlPhase(ctx: TurnContext): void {
  const { world, state } = ctx;
  if (!atWar(world, state)) return;
  // Which sides have armies where, gathered once.
  const armiesIn = new Map<string, Set<SideId>>();
  for (const f of state.forces) {
    if (f.status !== 'active' || f.type !== 'army') continue;
    const sides = armiesIn.get(f.location) ?? new Set<SideId>();
    sides.add(f.side);
    armiesIn.set(f.location, sides);
  }
  for (const a of world.scenario.areas) {
    if (a.kind === 'sea') continue;
    const armies = armiesIn.get(a.id);
    if (!armies) continue;
    if (armies.size !== 1) continue;
    const holder = [...armies][0]!;
    const from = state.control[a.id] ?? a.owner;
    if (from === holder) continue;
    state.control[a.id] = holder;
    sabotageOilFields(ctx, a.id);
    if (from === 'japan' || from === 'allies') evacuateOverrunArea(ctx, a.id, from);
    ctx.items.push({
      kind: 'control',
      area: a.id,
      from,
      to: holder,
      why: `${holder === 'japan' ? 'Japanese' : 'Allied'} troops hold ${a.name} unopposed`,
    });
    if ((from === 'japan' || from === 'allies') && a.value > 0) {
      const loss = a.value * world.scenario.victory.willPerValueLost;
      adjustStock(ctx, from, world.scenario.victory.willResource, -loss, `${a.name} lost (value ${a.value})`);
    }
  }
}
