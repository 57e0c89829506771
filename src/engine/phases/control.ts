/**
 * Phase 6 — control. A land area held by armies of only one side (at war
 * there) passes to that side, and the loser's air groups and ships there must
 * leave (overrun.ts). What the loss costs in will is a pressure worked out
 * from who holds what (phases/will.ts), so an area taken and retaken is not
 * charged again and again.
 */
import type { SideId } from '../../scenario/schema';
import { anyWar, atWarIn } from '../orders';
import { SIDE_IDS } from '../sides';
import { forcesOf, holders, setHolder, type TurnContext } from '../turn-context';
import { sabotageOilFields } from './economy/deliveries';
import { evacuateOverrunArea } from './overrun';

const JAPAN = 1;
const ALLIES = 2;

export function runControlPhase(ctx: TurnContext): void {
  const { world, state } = ctx;
  if (!anyWar(world, state)) return;
  // Which sides have armies where, gathered once: by area index, 1 for Japan, 2 for the Allies, 3 both.
  const { index } = world.graph;
  const areas = world.scenario.areas;
  const armiesIn = new Uint8Array(areas.length);
  for (const side of SIDE_IDS) {
    const mark = side === 'japan' ? JAPAN : ALLIES;
    for (const position of forcesOf(ctx, side, 'army')) {
      const f = state.forces[position]!;
      if (f.status !== 'active') continue;
      const at = index.get(f.location);
      if (at !== undefined) armiesIn[at]! |= mark;
    }
  }
  const held = holders(ctx);
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i]!;
    // Armies first: most areas have none, and asking about war there scans every front.
    const armies = armiesIn[i];
    if (armies !== JAPAN && armies !== ALLIES) continue;
    if (a.kind === 'sea' || !atWarIn(world, state, a.id)) continue;
    const holder: SideId = armies === JAPAN ? 'japan' : 'allies';
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
      cause: { code: 'unopposed' },
    });
  }
}
