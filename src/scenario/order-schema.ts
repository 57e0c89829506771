/**
 * Orders as data: what a player (or a scenario's historical plan) asks for.
 * The engine checks their legality (src/engine/orders.ts); here is only their shape.
 */
import { z } from 'zod';
import { Id } from './primitives';

export const MoveOrder = z.strictObject({
  type: z.literal('move'),
  force: Id,
  to: Id,
  /**
   * An army only: detach this many thousand men and move them; the army keeps the rest where it
   * stands (engine/detach.ts). Fewer than the army's men: a move of the whole army has no `men`.
   * Added without a new save or replay version, on purpose (as `whatIf` and `intents` were): the
   * field is optional and its absence means the move of the whole force, so every file written
   * before it is still valid and means what it meant, and an order without it is written byte
   * for byte as before; an older release refuses a file with a detachment as an unknown key
   * rather than moving the whole army.
   */
  men: z.int().min(1).max(10000).optional(),
});

export const ChooseOrder = z.strictObject({
  type: z.literal('choose'),
  choice: Id,
  /**
   * With a level, the order sets a standing policy rather than making a one-off decision:
   * `rationing` (a level of `rules.rationing`) or `sailings` (percent of the cargo fleet that
   * sails). A policy may be changed any turn.
   */
  level: z.int().min(0).max(100).optional(),
});

export const BuildOrder = z.strictObject({
  type: z.literal('build'),
  item: Id,
  count: z.int().min(1).max(100).default(1),
});

/**
 * A mission for a land-based air group this turn (phases/air-missions.ts): `strike` an area or sea
 * area in reach, `cover` an invasion target (join the battle there), `patrol` a sea area (search
 * and attack shipping there), `defend` a home area (intercept bombers). The group stays at its base.
 */
export const AirMission = z.enum(['strike', 'cover', 'patrol', 'defend']);
export type AirMission = z.infer<typeof AirMission>;

export const AirOrder = z.strictObject({
  type: z.literal('air'),
  force: Id,
  mission: AirMission,
  target: Id,
});

export const Order = z.discriminatedUnion('type', [MoveOrder, ChooseOrder, BuildOrder, AirOrder]);
export type Order = z.infer<typeof Order>;

export const SideOrders = z.array(Order).max(500);
export const TurnOrders = z.strictObject({ japan: SideOrders, allies: SideOrders });
export type TurnOrders = z.infer<typeof TurnOrders>;
