/**
 * Continuing a saved game: its orders played again through the engine, each
 * turn's hash checked, then the orders being drafted checked against it. A
 * module of its own, loaded with the game (it needs the engine and the bots),
 * so the start screen's script stays small.
 */
import { type RestoredDrafts, restoreDrafts } from '../../save/index';
import { draftsNoticeText } from '../../text/save-text';
import { GameSession } from '../game/session';
import { findAnyScenario, scenarioFor } from '../scenarios/custom-scenarios';
import { type Autosave, rememberGameId } from './autosave';
import type { LaunchOptions } from './launch';

export type ResumeResult =
  | {
      ok: true;
      session: GameSession;
      launch: LaunchOptions;
      /** The orders drafted in the saved turn that still hold, or null. */
      drafts: RestoredDrafts | null;
      /** Why drafted orders were left out, or null. */
      notice: string | null;
    }
  | { ok: false; message: string };

/**
 * Rebuilds the saved game by playing its orders again through the engine,
 * checking each turn's hash, then checks the orders being drafted against it.
 */
export function resume(save: Autosave, gameId?: string): ResumeResult {
  const found = scenarioFor(save.scenario.id, save.scenario.hash, save.scenario.text, save.whatIf);
  if (!found.ok) return found;
  const scenario = found.base;
  let session: GameSession;
  try {
    session = new GameSession(scenario, save.seed, save.players, save.whatIf);
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
  // Continued from the list: later saves go to the same game's slots. An imported save becomes a new game.
  if (gameId) rememberGameId(session, gameId);
  // Drafted orders were checked against what their side saw under the fog (session.orderState): so again.
  session.fog = save.launch.fog === true;
  const checked = restoreDrafts(session.world, session.state, save.drafts, session.humanSides(), (side) =>
    session.orderState(side),
  );
  return {
    ok: true,
    session,
    drafts: checked.drafts,
    notice: checked.notice ? draftsNoticeText(checked.notice, session.world.scenario) : null,
    launch: {
      scenario: findAnyScenario(found.key) ? found.key : scenario.meta.id,
      side: save.launch.side,
      difficulty: save.launch.difficulty,
      fog: save.launch.fog === true,
      seed: save.seed,
      ...(save.whatIf !== undefined ? { whatIf: save.whatIf } : {}),
    },
  };
}
