/**
 * The save-game format, version 3. A save is a replay with what the screen
 * needs to resume: the scenario's identity (and, for a scenario loaded from a
 * file or a link, the scenario itself), the what-if it is played in (if any),
 * the seed, who plays each side, every
 * turn's orders with the state hash after it, and the orders being drafted.
 * The state is never stored: the engine rebuilds it, and the hashes prove it.
 */
import { z } from 'zod';
import { SideOrders, TurnOrders } from '../scenario/order-schema';
import { Id } from '../scenario/primitives';
import { FORMAT_PREFIX } from '../scenario/problems';

export const SAVE_VERSION = 4;

const Player = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9:-]*$/, `${FORMAT_PREFIX}save-player`);

/**
 * The orders being drafted when the game was saved, so a reload mid-turn
 * loses nothing. Added to version 3 as an optional field rather than as a
 * version 4: version 3 was introduced the same day and has not been released,
 * and a save without drafts (every save written so far) stays valid as it is.
 * After the schema, `restoreDrafts` (drafts.ts) checks each order against the
 * rebuilt game; a draft that fails is dropped with a notice, never the save.
 */
export const SavedDrafts = z.strictObject({
  /** The turn (the state's `turn`) the orders are for; a draft for any other turn is not restored. */
  turn: z.int().min(1).max(10_000),
  japan: SideOrders,
  allies: SideOrders,
  /** Hot-seat: sides that have ended their part of the turn (their orders stay hidden from the other). */
  submitted: z
    .array(z.enum(['japan', 'allies']))
    .max(2)
    .optional(),
});
export type SavedDrafts = z.infer<typeof SavedDrafts>;

/** What a drafts field that does not fit the schema is read as: dropped (with a notice), not the whole save. */
const UnreadableDrafts = z.strictObject({ unreadable: z.literal(true) });
export const UNREADABLE_DRAFTS: z.infer<typeof UnreadableDrafts> = { unreadable: true };

export const SaveGame = z
  .strictObject({
    saveVersion: z.literal(SAVE_VERSION),
    scenario: z.strictObject({
      id: Id,
      /** The hash of the scenario played: for a what-if, the scenario with the what-if applied. */
      hash: z.string().regex(/^[0-9a-f]{64}$/, `${FORMAT_PREFIX}sha256`),
      /** The scenario file itself (without the what-if), when it is not one bundled with the game. */
      text: z.string().max(2_000_000).optional(),
    }),
    /** The id of the scenario's what-if the game is played in; absent for history (version 3). */
    whatIf: Id.optional(),
    seed: z.string().min(1).max(200),
    players: z.strictObject({ japan: Player, allies: Player }),
    launch: z.strictObject({
      side: z.enum(['japan', 'allies', 'both', 'none']),
      difficulty: z.enum(['easy', 'normal', 'hard', 'history']),
      /** Fog of war on (version 4; engine/sight.ts). Absent: off, as every game saved before it was played. */
      fog: z.boolean().optional(),
    }),
    /** Shown on the Continue button, e.g. "Pacific War 1941–45 — Turn 7, January 1942". */
    label: z.string().max(200),
    /** When it was saved (ISO 8601, written by the browser: the engine never reads a clock). */
    savedAt: z.string().max(40),
    turns: z
      .array(
        z.strictObject({
          orders: TurnOrders,
          hash: z.string().regex(/^[0-9a-f]{16}$/, `${FORMAT_PREFIX}state-hash`),
        }),
      )
      .max(200),
    /** Orders given but not yet sent with End turn (see SavedDrafts). */
    drafts: z.union([SavedDrafts, UnreadableDrafts]).optional().catch(UNREADABLE_DRAFTS),
  })
  .meta({ title: 'Price of Victory saved game' });

export type SaveGame = z.infer<typeof SaveGame>;
