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
