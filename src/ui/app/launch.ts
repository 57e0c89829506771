/**
 * How a game is started: scenario, who plays, difficulty, seed and — for a
 * counterfactual — the what-if. The same options come from the start screen
 * or from a link
 * (`?scenario=pacific-1941&side=japan&seed=class-3b&difficulty=hard&whatIf=no-embargo`),
 * so a teacher can give a whole class one link and everyone gets the same game.
 */
import { COMMANDER_FOR } from '../../ai/difficulty';
import type { SideId } from '../../scenario/schema';
import { LEVEL_NAMES } from '../../text/player-text';
import type { Players } from '../game/session';

export type SideChoice = SideId | 'both' | 'none';
export type Difficulty = 'easy' | 'normal' | 'hard' | 'history';

export interface LaunchOptions {
  scenario: string;
  side: SideChoice;
  difficulty: Difficulty;
  seed: string;
  /** The id of one of the scenario's what-ifs; absent for history. Checked against the scenario when the game starts. */
  whatIf?: string;
  /**
   * Fog of war: a player sees the enemy's fleets at sea only where their own forces are or their
   * aircraft search (engine/sight.ts). On for a new game; a link turns it off with `fog=off`; absent
   * (a game saved before the option) is off.
   */
  fog?: boolean;
}

export const SIDE_CHOICES: readonly { value: SideChoice; label: string; hint: string }[] = [
  { value: 'japan', label: 'Japan', hint: 'You command Japan; the computer plays the Allies.' },
  { value: 'allies', label: 'The Allies', hint: 'You command the Allies; the computer plays Japan.' },
  { value: 'both', label: 'Both sides (two players)', hint: 'Two players share this screen and take turns.' },
  { value: 'none', label: 'Watch the computer play', hint: 'The computer plays both sides; you watch.' },
];

/**
 * The difficulty levels, with the same names as on the command line (`--japan hard`) and in the
 * replay viewer ("computer (hard)"); each plays the computer player its level names (difficulty.ts).
 */
export const DIFFICULTIES: readonly { value: Difficulty; label: string; short: string; policy: string }[] = [
  { value: 'easy', label: LEVEL_NAMES.easy, short: 'easy', policy: COMMANDER_FOR.easy },
  { value: 'normal', label: LEVEL_NAMES.normal, short: 'normal', policy: COMMANDER_FOR.normal },
  { value: 'hard', label: LEVEL_NAMES.hard, short: 'hard', policy: COMMANDER_FOR.hard },
  { value: 'history', label: LEVEL_NAMES.historical, short: 'as in history', policy: 'historical' },
];

const SEED_MAX = 100;
/** What-if ids are short (`no-embargo`); a longer one in a link is cut before it is quoted in a message. */
const WHAT_IF_MAX = 60;

export function cleanSeed(seed: string): string {
  return seed.trim().slice(0, SEED_MAX);
}

/** The options in a link, or null when the link does not name a scenario. */
export function optionsFromUrl(search: string): { options: LaunchOptions | null; problems: string[] } {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario')?.trim();
  if (!scenario) return { options: null, problems: [] };
  const problems: string[] = [];
  const sideParam = params.get('side')?.trim().toLowerCase() ?? 'japan';
  const side = SIDE_CHOICES.find((c) => c.value === sideParam)?.value;
  if (!side) problems.push(`side "${sideParam}" is not one of japan, allies, both, none`);
  const difficultyParam = params.get('difficulty')?.trim().toLowerCase() ?? 'normal';
  // The command line calls the historical plan `historical` (`--japan historical`): a teacher who
  // writes that in a link means "as in history", not a mistake (play10).
  const difficulty = DIFFICULTIES.find(
    (d) => d.value === difficultyParam || (d.value === 'history' && difficultyParam === d.policy),
  )?.value;
  if (!difficulty) problems.push(`difficulty "${difficultyParam}" is not one of easy, normal, hard, history`);
  const seed = cleanSeed(params.get('seed') ?? '') || 'classroom';
  const whatIf = params.get('whatIf')?.trim().slice(0, WHAT_IF_MAX);
  const fogParam = params.get('fog')?.trim().toLowerCase() ?? 'on';
  if (fogParam !== 'on' && fogParam !== 'off') problems.push(`fog "${fogParam}" is not one of on, off`);
  return {
    options: {
      scenario,
      side: side ?? 'japan',
      difficulty: difficulty ?? 'normal',
      seed,
      ...(whatIf ? { whatIf } : {}),
      fog: fogParam !== 'off',
    },
    problems,
  };
}

/** A link that starts this game (relative to the page, so it works from any folder). */
export function linkFor(options: LaunchOptions, base: string): string {
  const params = new URLSearchParams({
    scenario: options.scenario,
    side: options.side,
    seed: options.seed,
  });
  if (options.difficulty !== 'normal') params.set('difficulty', options.difficulty);
  if (options.whatIf) params.set('whatIf', options.whatIf);
  if (options.fog === false) params.set('fog', 'off');
  const url = new URL(base);
  url.search = params.toString();
  url.hash = '';
  return url.toString();
}

export function playersFor(side: SideChoice, difficulty: Difficulty): Players {
  const computer = DIFFICULTIES.find((d) => d.value === difficulty)?.policy ?? COMMANDER_FOR.normal;
  switch (side) {
    case 'japan':
      return { japan: 'human', allies: computer };
    case 'allies':
      return { japan: computer, allies: 'human' };
    case 'both':
      return { japan: 'human', allies: 'human' };
    case 'none':
      return { japan: computer, allies: computer };
    default: {
      const never: never = side;
      return never;
    }
  }
}
