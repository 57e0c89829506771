/**
 * A game in progress as a replay (for Export replay, the share link, the
 * viewer and the report). For a what-if, the hash is that of the scenario
 * played (with the what-if applied), and the replay names the what-if. A game played under the fog
 * of war says so (`fog`).
 */
import { REPLAY_VERSION, type Replay } from '../../replay/index';
import { hashOf } from '../scenarios/custom-scenarios';
import type { GameSession } from './session';

export function replayOf(session: GameSession): Replay {
  const scenario = session.world.scenario;
  const outcome = session.state.outcome;
  return {
    replayVersion: REPLAY_VERSION,
    scenario: { id: scenario.meta.id, hash: hashOf(scenario) },
    ...(session.whatIf ? { whatIf: session.whatIf.id } : {}),
    ...(session.fog ? { fog: true as const } : {}),
    seed: session.seed,
    players: { ...session.players },
    turns: session.turns.map((t, i) => ({
      turn: i + 1,
      orders: structuredClone(t.orders),
      hash: t.hash,
      ...(t.intents ? { intents: structuredClone(t.intents) } : {}),
    })),
    outcome: outcome ? { ...outcome } : null,
  };
}
