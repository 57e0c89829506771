/**
 * The oilers' cargo at the turn's end (`rules.endurance.oilers.cargo`): an
 * oiler flotilla in a fuelled port of its side fills its tanks from the stock
 * of that region — at a southern port (`shipping.southernOil`) from the
 * southern stock, elsewhere from the home stock — as far as the stock holds;
 * when it is empty, nothing is loaded. Japan's fleet tankers loaded at the
 * Home Islands in 1941–43 and at Singapore and Palembang from 1944, when the
 * home tanks were nearly dry and the fleet had moved to Lingga to sit on
 * Sumatran oil (USSBS-OIL, CARTER-1953 for the US oilers that shuttled to
 * the anchorages). Each flotilla whose cargo changed is reported: what it gave
 * ships beyond their radius (economy/oil-burn.ts), lost with oilers sunk
 * (combat/hits.ts), and loaded.
 */
import { OIL } from '../../scenario/resource-ids';
import { fuelledPorts, oilerTanks } from '../endurance';
import { southernPool } from '../oil-forecast';
import { SIDE_IDS } from '../sides';
import { forceById, type GameState } from '../state';
import { adjustStock, forcesOf, ownForce, type TurnContext } from '../turn-context';

export function loadOilers(ctx: TurnContext, previous: GameState): void {
  const { world, state } = ctx;
  if (!world.scenario.rules.endurance?.oilers?.cargo) return;
  for (const side of SIDE_IDS) {
    const tanks = oilerTanks(world, side);
    if (tanks === null) continue;
    const ports = fuelledPorts(world, state, side);
    for (const at of forcesOf(ctx, side, 'flotilla')) {
      const f = state.forces[at]!;
      if (f.type !== 'flotilla' || f.class !== 'oiler' || f.cargo === undefined) continue;
      const was = forceById(previous, f.id);
      // A flotilla new this turn starts from what it came with.
      const before = was?.type === 'flotilla' && was.cargo !== undefined ? was.cargo : f.cargo;
      const issued = ctx.oilerIssued.get(f.id) ?? 0;
      const lost = Math.max(0, before - issued - f.cargo);
      const inPort = f.status === 'active' && ports.includes(f.location);
      let loaded = 0;
      const room = tanks * f.count - f.cargo;
      if (inPort && room > 0) {
        const pool = southernPool(world, side, f.location) ?? OIL;
        const def = world.resources.get(pool);
        const available = Math.max(0, (state.sides[side].stocks[pool] ?? 0) - (def?.min ?? 0));
        const take = Math.min(room, available);
        if (take > 0) {
          loaded = -adjustStock(ctx, side, pool, -take, {
            code: 'oiler-loaded',
            force: f.id,
            area: f.location,
          });
          ownForce(ctx, f).cargo = f.cargo + loaded;
        }
      }
      if (issued === 0 && lost === 0 && loaded === 0) continue;
      const now = forceById(state, f.id)!;
      ctx.items.push({
        kind: 'oilers',
        side,
        force: f.id,
        name: f.name,
        area: f.location,
        before,
        issued,
        lost,
        loaded,
        after: now.type === 'flotilla' ? (now.cargo ?? 0) : 0,
        tanks: tanks * Math.max(f.count, 0),
        inPort,
      });
    }
  }
}
