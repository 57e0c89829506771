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
  const { ids, index, edges, sea } = world.graph;
  const start = index.get(from);
  if (start === undefined) return null;
  // By area index (a search per retiring ship): the nearest not yet settled is the least
  // distance, ties by id — what a search over the areas by id would settle first.
  const best = new Float64Array(ids.length).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(ids.length);
  best[start] = 0;
  for (;;) {
    let at = -1;
    let d = Number.POSITIVE_INFINITY;
    for (let i = 0; i < ids.length; i++) {
      if (done[i] === 1) continue;
      const dist = best[i]!;
      if (dist < d || (dist === d && at >= 0 && ids[i]! < ids[at]!)) {
        at = i;
        d = dist;
      }
    }
    if (at < 0) return null;
    done[at] = 1;
    const id = ids[at]!;
    if (at !== start && isOwnPort(world, ctx.state.control, id, side) && fits(id)) return id;
    // Ships sail through sea areas; a port is where they stop, not a way across land.
    if (at !== start && sea[at] === 0) continue;
    for (const e of edges[at]!) {
      const a = world.scenario.areas[e.to]!;
      if (a.kind !== 'sea' && !a.port) continue;
      const nd = d + e.distance;
      if (nd < best[e.to]!) best[e.to] = nd;
    }
  }
}

export function retireShips(ctx: TurnContext): void {
  const { world } = ctx;
  // Where ships retire to from an area depends on the area and the side alone while they retire
  // (who holds what does not change here): one search per area and side, shared by a fleet's ships.
  let ports: Map<string, string | null> | null = null;
  for (const f of ctx.state.forces) {
    if (f.type !== 'ship' || f.status !== 'active') continue;
    if (isOwnPort(world, ctx.state.control, f.location, f.side)) continue;
    const damaged = inNeedOfTheYard(world, f);
    const noAirGroup = isCarrier(f) && f.aircraft === 0;
    if (!damaged && !noAirGroup) continue;
    ports ??= new Map();
    const key = `${f.side}:${f.location}`;
    let to = ports.get(key);
    if (to === undefined) {
      to = retreatPort(ctx, f.location, f.side);
      ports.set(key, to);
    }
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
      cause: damaged
        ? { code: 'yard', damage: ship.damage, below: world.scenario.rules.combat.retireDamagePercent }
        : { code: 'air-group-gone' },
    });
  }
}
