/**
 * Who played a side, in words, with the same difficulty names everywhere
 * (start screen, command line, replay viewer): "computer (hard)". Old
 * replays that say `adaptive:hard` read as the same level.
 */
import { difficultyOfPlayer } from '../ai/difficulty';

const OTHER: Record<string, string> = {
  historical: 'as in history',
  random: 'random',
  pass: 'does nothing',
};

/** "computer (hard)", "computer (as in history)", or "a student" for a person. */
export function playerWords(player: string, person = 'a student'): string {
  if (player === 'human') return person;
  return `computer (${difficultyOfPlayer(player) ?? OTHER[player] ?? player})`;
}

/**
 * For the command line's header: the level in the words the start screen and the replay viewer
 * use, then the registered policy that plays it — "the computer (hard), policy commander:hard".
 * Before (play10) the header named only the policy, so a teacher read "commander:hard" in the
 * terminal and "computer (hard)" on the screen for the same player.
 */
export function policyWords(player: string): string {
  const words = playerWords(player);
  if (player === 'human') return words;
  return words.includes(player) ? `the ${words}` : `the ${words}, policy ${player}`;
}
