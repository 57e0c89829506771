/**
 * Phase 3 — movement: every fuelled move order takes its force to its
 * destination. An army crossing the sea sails with its transports, and lands
 * under fire if the shore is not its own; an invasion's escorts from its port
 * sail with the convoy and are back in port at the turn's end (sea-control.ts).
 * Each move by sea is recorded with the sea areas it passes and the forces
 * that made it, escorts included, where it may meet the enemy (interception.ts).
 * Oilers that refuel ships beyond their radius sail with them and stay with
 * them at sea; oilers left at sea without warships go back to a fuelled port
 * (endurance.ts).
 */

import { oilerReturns } from '../endurance';
import { routeOf } from '../move-route';
import { anyWar, checkOrder, seaLiftTransports, sortieOil } from '../orders';
import { SIDE_IDS } from '../sides';
import { type ForceState, forceById } from '../state';
import { movesOf, ownForce, type TurnContext } from '../turn-context';
import { area } from '../world';
import type { Passage } from './interception';

/** No forces (most moves have no escorts or oilers to list: no array made for them). */
const NONE: readonly ForceState[] = [];

export function runMovementPhase(ctx: TurnContext): Passage[] {
  const passages: Passage[] = [];
  const war = anyWar(ctx.world, ctx.state);
  for (const side of SIDE_IDS) {
    for (const order of movesOf(ctx.orders[side])) {
      if (!ctx.fuelled.has(order.force)) continue;
      const force = forceById(ctx.state, order.force);
      if (force?.status !== 'active') continue;
      // Already there: transports that sailed with an army earlier this turn (an order to stay put is never legal).
      if (force.location === order.to) continue;
      // Events earlier this turn may have changed what is legal (e.g. a port changed hands).
      const earlier = ctx.legalityMayHaveChanged ? undefined : ctx.verdicts.get(order);
      const legal = earlier ?? checkOrder(ctx.world, ctx.state, side, order);
      if (!legal.ok) {
        ctx.items.push({ kind: 'rejected', side, order, refusal: legal.refusal });
        continue;
      }
      const convoy = legal.bySea ? seaLiftTransports(ctx.world, ctx.state, force, order.to, true) : [];
      const from = force.location;
      // Where forces may meet on the way (interception.ts): only at war.
      const atSea = war && (force.type === 'ship' || force.type === 'flotilla' || legal.bySea === true);
      const route = atSea ? (legal.route ?? routeOf(ctx.world, ctx.state, force, order.to, legal)) : null;
      // Read before anything moves; only a passage (below, with a route) names them.
      const escorts =
        route && legal.escorts && legal.escorts.length > 0 ? escortsAt(ctx, legal.escorts, from) : NONE;
      // The fleet train: oilers from where the ships sail, or from in or next to the destination.
      const oilers =
        legal.oilers && legal.oilers.length > 0 ? oilersNotAt(ctx, legal.oilers, order.to) : NONE;
      for (const oiler of oilers) {
        ctx.items.push({
          kind: 'move',
          side,
          force: oiler.id,
          name: oiler.name,
          from: oiler.location,
          to: order.to,
          distance: 0,
          oil: sortieOil(ctx.world, oiler),
        });
        ownForce(ctx, oiler).location = order.to;
      }
      // The force, then the transports that carry it.
      for (let k = -1; k < convoy.length; k++) {
        const mover = k < 0 ? force : convoy[k]!;
        ctx.items.push({
          kind: 'move',
          side,
          force: mover.id,
          name: mover.name,
          from,
          to: order.to,
          distance: legal.distance ?? 0,
          oil: sortieOil(ctx.world, mover),
        });
        ownForce(ctx, mover).location = order.to;
      }
      const dest = area(ctx.world, order.to);
      const landing = legal.bySea === true && (ctx.state.control[dest.id] ?? dest.owner) !== side;
      if (landing) ctx.landed.add(force.id);
      if (route) {
        // The sea areas passed on the way (not where the move starts or ends).
        const seas: string[] = [];
        for (let k = 1; k < route.length - 1; k++)
          if (area(ctx.world, route[k]!).kind === 'sea') seas.push(route[k]!);
        if (seas.length > 0) {
          const movers = [force.id];
          for (const t of convoy) movers.push(t.id);
          for (const e of escorts) if (e) movers.push(e.id);
          for (const o of oilers) movers.push(o.id);
          passages.push({ side, force: force.id, movers, from, to: order.to, seas, landing });
        }
      }
    }
  }
  // Oilers left alone at sea go back to fill up (endurance.ts).
  const ordered = new Set<string>();
  for (const side of SIDE_IDS) for (const o of movesOf(ctx.orders[side])) ordered.add(o.force);
  for (const { force, to } of oilerReturns(ctx.world, ctx.state, ordered)) {
    ctx.items.push({
      kind: 'move',
      side: force.side,
      force: force.id,
      name: force.name,
      from: force.location,
      to,
      distance: 0,
      oil: 0,
    });
    ownForce(ctx, force).location = to;
  }
  return passages;
}

// The escorts and oilers of a move as lists built by loops, not by `map` and `filter`: an array a
// builtin makes in optimised code can have another map than the one it made before, and the next
// read of it then throws the optimised `runMovementPhase` away (PERFORMANCE.md, pass 24).

/** The escorts still active where the move starts, in the order the verdict lists them. */
function escortsAt(ctx: TurnContext, ids: readonly string[], from: string): ForceState[] {
  const out: ForceState[] = [];
  for (const id of ids) {
    const f = forceById(ctx.state, id);
    if (f?.status === 'active' && f.location === from) out.push(f);
  }
  return out;
}

/** The oilers still active and not already at the destination, in the order the verdict lists them. */
function oilersNotAt(ctx: TurnContext, ids: readonly string[], to: string): ForceState[] {
  const out: ForceState[] = [];
  for (const id of ids) {
    const f = forceById(ctx.state, id);
    if (f?.status === 'active' && f.location !== to) out.push(f);
  }
  return out;
}
