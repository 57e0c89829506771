/**
 * "Branch from here": a new game that shares a replay's scenario, seed and
 * first `turns` turns, and is then played differently. Because the seed and
 * the orders up to the branch are the same, the branch starts from exactly
 * the same position, so a class can
 * see what the decision alone changed (the generator starts the branch in the
 * same state; from there the dice follow the new game).
 */
import type { Players, Replay } from './schema';

export function branchReplay(replay: Replay, turns: number, players: Players = replay.players): Replay {
  const keep = Math.max(0, Math.min(turns, replay.turns.length));
  return { ...replay, players: { ...players }, turns: replay.turns.slice(0, keep), outcome: null };
}
