/**
 * The autosave: after every turn, the game is written to this browser's
 * localStorage as the scenario's identity, the seed, the players and the
 * orders of every turn (never the state: the engine rebuilds it exactly). A
 * write that fails is reported, never thrown, and leaves the last good save
 * in place (localStorage replaces a key whole or not at all).
 */
import { z } from 'zod';
import { TurnOrders } from '../engine/index';
import { scenarioHash } from '../replay/index';
import { findScenario } from './bundled-scenarios';
import type { LaunchOptions } from './launch';
import { GameSession } from './session';

const KEY = 'price-of-victory.autosave.v1';

const Player = z.string().min(1).max(40);
const Autosave = z.strictObject({
  version: z.literal(1),
  scenario: z.strictObject({ id: z.string().max(100), hash: z.string().max(64) }),
  seed: z.string().min(1).max(200),
  players: z.strictObject({ japan: Player, allies: Player }),
  launch: z.strictObject({
    side: z.enum(['japan', 'allies', 'both', 'none']),
    difficulty: z.enum(['easy', 'normal', 'hard', 'history']),
  }),
  /** Shown on the Continue button. */
  label: z.string().max(200),
  savedAt: z.string().max(40),
  turns: z.array(z.strictObject({ orders: TurnOrders, hash: z.string().max(64) })).max(200),
});
export type Autosave = z.infer<typeof Autosave>;

export type SaveResult = { ok: true } | { ok: false; message: string };

export function saveGame(session: GameSession, launch: LaunchOptions, label: string): SaveResult {
  const save: Autosave = {
    version: 1,
    scenario: { id: session.world.scenario.meta.id, hash: scenarioHash(session.world.scenario) },
    seed: session.seed,
    players: { ...session.players },
    launch: { side: launch.side, difficulty: launch.difficulty },
    label,
    savedAt: new Date().toISOString(),
    turns: session.turns.map((t) => ({ orders: t.orders, hash: t.hash })),
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(save));
    return { ok: true };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      message: `The game could not be saved in this browser (${why}). You can keep playing, but Continue will not bring back this turn.`,
    };
  }
}

/** The autosave if there is a readable one (null when there is none or it is damaged). */
export function readAutosave(): Autosave | null {
  let text: string | null;
  try {
    text = localStorage.getItem(KEY);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const parsed = Autosave.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearAutosave(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to do: storage is unavailable, so there is nothing saved either.
  }
}

export type ResumeResult =
  | { ok: true; session: GameSession; launch: LaunchOptions }
  | { ok: false; message: string };

/** Rebuilds the saved game by playing its orders again through the engine, checking each turn's hash. */
export function resume(save: Autosave): ResumeResult {
  const bundled = findScenario(save.scenario.id);
  if (!bundled?.loaded.ok) {
    return {
      ok: false,
      message: `The saved game needs the scenario "${save.scenario.id}", which this version of the game does not have.`,
    };
  }
  const scenario = bundled.loaded.value;
  if (scenarioHash(scenario) !== save.scenario.hash) {
    return {
      ok: false,
      message: `The saved game was played with an earlier version of "${scenario.meta.title}". The scenario has changed since, so the game cannot be continued exactly.`,
    };
  }
  let session: GameSession;
  try {
    session = new GameSession(scenario, save.seed, save.players);
    for (const [i, turn] of save.turns.entries()) {
      if (session.over)
        return { ok: false, message: `The saved game goes on after the game ended (turn ${i + 1}).` };
      session.apply(turn.orders);
      if (session.turns[i]?.hash !== turn.hash) {
        return {
          ok: false,
          message: `Turn ${i + 1} of the saved game does not come out the same when replayed, so it cannot be continued.`,
        };
      }
    }
  } catch (err) {
    return {
      ok: false,
      message: `The saved game could not be rebuilt: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  return {
    ok: true,
    session,
    launch: {
      scenario: bundled.file,
      side: save.launch.side,
      difficulty: save.launch.difficulty,
      seed: save.seed,
    },
  };
}
