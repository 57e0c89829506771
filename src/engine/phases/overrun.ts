/**
 * When troops take an area, what the losing side still had there that was
 * not an army — air groups on its airfields, ships in its port — cannot stay:
 * each leaves for the side's nearest airfield (air groups) or port (ships)
 * within a turn's reach, or is lost if there is none. The Far East Air Force's
 * bombers flew south from Luzon and the ABDA ships sailed from Java as those
 * islands fell; what could not leave was destroyed or scuttled (T: Manila,
 * Singapore, the Netherlands Indies). Without this rule an air
 * group kept flying from an island the enemy held. The escape is forced, so
 * it burns no oil.
 */
import type { SideId } from '../../scenario/schema';
import type { ForceState } from '../state';
import { ownForce, type TurnContext } from '../turn-context';
import { airDistance, area, seaDistance } from '../world';

export function evacuateOverrunArea(ctx: TurnContext, areaId: string, loser: SideId): void {
  const { state } = ctx;
  for (const stranded of state.forces) {
    if (stranded.status !== 'active' || stranded.side !== loser || stranded.location !== areaId) continue;
    if (stranded.type === 'army') continue;
    const f = ownForce(ctx, stranded);
    const refuge = nearestRefuge(ctx, f);
    if (refuge) {
      ctx.items.push({
        kind: 'move',
        side: f.side,
        force: f.id,
        name: f.name,
        from: areaId,
        to: refuge.id,
        distance: refuge.distance,
        oil: 0,
      });
      f.location = refuge.id;
      continue;
    }
    const lost = f.type === 'ship' ? 1 : f.type === 'flotilla' ? f.count : f.type === 'air' ? f.aircraft : 0;
    if (f.type === 'flotilla') {
      f.count = 0;
      if (f.cargo !== undefined) f.cargo = 0;
    }
    if (f.type === 'air') f.aircraft = 0;
    f.lost += lost;
    f.status = 'lost';
    ctx.items.push({
      kind: 'damage',
      side: f.side,
      force: f.id,
      name: f.name,
      amount: f.type === 'ship' ? 100 : lost,
      destroyed: true,
      cause: { code: 'trapped', area: areaId },
    });
  }
}

/** The side's nearest own airfield (air groups) or port (ships) within one turn's move, ties by id. */
function nearestRefuge(ctx: TurnContext, f: ForceState): { id: string; distance: number } | null {
  const { world, state } = ctx;
  const { rules } = world.scenario;
  const own = (id: string) => (state.control[id] ?? area(world, id).owner) === f.side;
  let best: { id: string; distance: number } | null = null;
  for (const a of world.scenario.areas) {
    if (a.id === f.location || !own(a.id)) continue;
    let distance: number | null = null;
    if (f.type === 'air' && a.airfield) {
      distance = airDistance(world, f.location, a.id, rules.rangePerTurn.ship);
    } else if ((f.type === 'ship' || f.type === 'flotilla') && a.port) {
      const range = Math.floor((rules.rangePerTurn.ship * (rules.speedPercent[f.class] ?? 100)) / 100);
      distance = seaDistance(world, f.location, a.id, range);
    }
    if (distance === null) continue;
    if (!best || distance < best.distance || (distance === best.distance && a.id < best.id))
      best = { id: a.id, distance };
  }
  return best;
}
