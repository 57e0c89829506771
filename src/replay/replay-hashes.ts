/**
 * Replays a recorded game and lists the state hash after every turn, without
 * comparing: the cross-runtime test runs this in Node and in Chromium and
 * compares the two lists turn by turn.
 */
import { buildWorld } from '../engine/index';
import { loadScenarioText } from '../scenario/load';
import { loadReplayText } from './load';
import { replayTurns } from './replay-turns';

export function replayHashes(scenarioText: string, replayText: string): string[] {
  const scenario = loadScenarioText(scenarioText);
  if (!scenario.ok)
    throw new Error(`scenario: ${scenario.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const replay = loadReplayText(replayText);
  if (!replay.ok)
    throw new Error(`replay: ${replay.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const world = buildWorld(scenario.value);
  return [...replayTurns(world, replay.value)].map((t) => t.hash);
}
