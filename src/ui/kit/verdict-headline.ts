/**
 * A finished game's verdict on the scenario's goals in the end screen's words ("A decisive Allied
 * victory"), or null while it is not over. The replay viewer and the after-action report said only
 * "the scenario's last turn (6) has been played": a teacher could not tell who had won.
 */
import type { GameState, TurnReport, World } from '../../engine/index';
import { scoreGame } from '../../judge/score';
import { judgeGame } from '../../judge/verdict';
import { verdictHeadline } from '../../text/verdict-text';

export function verdictHeadlineOf(
  world: World,
  state: GameState,
  reports: readonly TurnReport[],
): string | null {
  const verdict = judgeGame(world, state, scoreGame(world, state, reports));
  return verdict ? verdictHeadline(verdict) : null;
}
