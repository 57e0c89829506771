/**
 * Who played a side, in words, with the same difficulty names everywhere
 * (start screen, command line, replay viewer): "computer (hard)". Old
 * replays that say `adaptive:hard` read as the same level.
 */
import { type DifficultyLevel, difficultyOfPlayer } from '../ai/difficulty';

/**
 * The computer's levels as the start screen's "Computer player" list names them (ui/app/launch.ts
 * takes its labels from here), and as the after-action report says them in a sentence.
 */
export const LEVEL_NAMES: Record<DifficultyLevel | 'historical', string> = {
  easy: 'Easy',
  normal: 'Normal',
  hard: 'Hard',
  historical: 'As in history (follows the real plans)',
};

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

/**
 * Who played a side in a sentence, with the start screen's names of the levels: "a student", "the
 * computer at the Normal level", "the computer, as in history (it follows the real plans)". The
 * after-action report is read by students and parents who never saw the command line: before
 * (play10, play11) it said "the computer (normal)".
 */
export function playerInWords(player: string, person = 'a student'): string {
  if (player === 'human') return person;
  const level = difficultyOfPlayer(player);
  if (level) return `the computer at the ${LEVEL_NAMES[level]} level`;
  if (player === 'historical') return 'the computer, as in history (it follows the real plans)';
  return `the ${playerWords(player)}`;
}
