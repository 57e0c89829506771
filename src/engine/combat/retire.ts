/**
 * After the battles: badly damaged ships, and carriers whose air groups are
 * gone, leave the battle area for the nearest dockyard of their side (the
 * nearest port if it holds none within reach), where they
 * are repaired (economy/ship-repair.ts) and stay in the yard until the damage
 * is below `rules.combat.retireDamagePercent` (orders.ts refuses to sail them
 * anywhere but another of their ports).
 *
 * Why: a fleet did not stay to be finished off. Shōkaku, hit by three bombs at
 * the Coral Sea, steamed home and was out of the war for two months; Zuikaku,
 * unhurt but with her air group shot up, went home with her; Yorktown, lightly
 * damaged, was patched in three days and fought at Midway (B8 B9,
 * PARSHALL-TULLY-2005). Off Okinawa in May 1945 Bunker Hill, burned out by two
 * kamikazes, sailed back to the United States instead of being sunk the next
 * day (L4). Without this a ship hit in one battle waited in the same sea area
 * for the next month's battle, and the model sank the ships that history
 * repaired.
 */
import type { SideId } from '../../scenario/schema';
import { isCarrier } from '../combat-values';
import { ownForce, type TurnContext } from '../turn-context';
import { area } from '../world';
import { inNeedOfTheYard, isOwnPort } from './yard';

/**
 * Where a ship that must leave goes: the nearest dockyard of `side` by sea from `from`, or, when
 * the side holds none it can reach, the nearest of its ports (ties: by id); null if there is none.
 *
 * Why a yard and not any port: a ship that needed the yard went back to one — Shōkaku and
 * Zuikaku to Kure after the Coral Sea, Yorktown to Pearl Harbor (B8 B9) — not to the forward
 * anchorage nearest the battle. Sent to the nearest port, carriers damaged in the Coral Sea sat
 * at a newly taken Guadalcanal and fought the Allied landing from there.
 */
function retreatPort(ctx: TurnContext, from: string, side: SideId): string | null {
  return (
    nearestOwnPort(ctx, from, side, (id) => area(ctx.world, id).yard) ??
    nearestOwnPort(ctx, from, side, () => true)
  );
}

/** The nearest port of `side` by sea from `from` that `fits` (ties: by id), or null if there is none. */
function nearestOwnPort(
  ctx: TurnContext,
  from: string,
  side: SideId,
  fits: (id: string) => boolean,
): string | null {
  const { world } = ctx;
  const done = new Set<string>();
  const best = new Map<string, number>([[from, 0]]);
  for (;;) {
    let at: string | null = null;
    let d = Number.POSITIVE_INFINITY;
    for (const [id, dist] of best) {
      if (done.has(id)) continue;
      if (dist < d || (dist === d && at !== null && id < at)) {
        at = id;
        d = dist;
      }
    }
    if (at === null) return null;
    done.add(at);
    if (at !== from && isOwnPort(world, ctx.state.control, at, side) && fits(at)) return at;
    // Ships sail through sea areas; a port is where they stop, not a way across land.
    if (at !== from && area(world, at).kind !== 'sea') continue;
    for (const n of world.neighbours.get(at) ?? []) {
      const a = area(world, n.area);
      if (a.kind !== 'sea' && !a.port) continue;
      const nd = d + n.distance;
      if (nd < (best.get(n.area) ?? Number.POSITIVE_INFINITY)) best.set(n.area, nd);
    }
  }
}

export function retireShips(ctx: TurnContext): void {
  const { world } = ctx;
  for (const f of ctx.state.forces) {
    if (f.type !== 'ship' || f.status !== 'active') continue;
    if (isOwnPort(world, ctx.state.control, f.location, f.side)) continue;
    const damaged = inNeedOfTheYard(world, f);
    const noAirGroup = isCarrier(f) && f.aircraft === 0;
    if (!damaged && !noAirGroup) continue;
    const to = retreatPort(ctx, f.location, f.side);
    if (!to) continue;
    const ship = ownForce(ctx, f);
    const from = ship.location;
    ship.location = to;
    ctx.items.push({
      kind: 'retired',
      side: ship.side,
      force: ship.id,
      name: ship.name,
      from,
      to,
      damage: ship.damage,
      why: damaged
        ? `${ship.damage}% damaged, she goes to the yard until repaired below ${world.scenario.rules.combat.retireDamagePercent}%`
        : 'her air group is gone: she goes back to port to take on new aircraft',
    });
  }
}
