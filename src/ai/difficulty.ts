/**
 * The three difficulty levels (issue 13): one set of names — easy, normal,
 * hard — on the start screen, on the command line (`--japan hard`) and in the
 * replay viewer. Each names the operational commander of that level
 * (`commander:easy|normal|hard`). Replays recorded with the names the levels
 * had before the commander (`adaptive:easy`, `adaptive`, `adaptive:hard`:
 * registry.ts plays the commander of the same level for them) keep reading
 * as the same levels.
 */
export const DIFFICULTY_LEVELS = ['easy', 'normal', 'hard'] as const;
export type DifficultyLevel = (typeof DIFFICULTY_LEVELS)[number];

/** The policy each level names. */
export const COMMANDER_FOR: Record<DifficultyLevel, string> = {
  easy: 'commander:easy',
  normal: 'commander:normal',
  hard: 'commander:hard',
};

/** The policy each level named before the commander (old replays record these names). */
export const ADAPTIVE_FOR: Record<DifficultyLevel, string> = {
  easy: 'adaptive:easy',
  normal: 'adaptive',
  hard: 'adaptive:hard',
};

export function isDifficultyLevel(name: string): name is DifficultyLevel {
  return (DIFFICULTY_LEVELS as readonly string[]).includes(name);
}

/** The level a recorded player name stands for (`commander:hard`, `adaptive:hard`, `hard` → hard), or null. */
export function difficultyOfPlayer(name: string): DifficultyLevel | null {
  if (isDifficultyLevel(name)) return name;
  if (name === 'adaptive' || name === 'adaptive:normal') return 'normal';
  for (const level of DIFFICULTY_LEVELS) {
    if (name === COMMANDER_FOR[level] || name === ADAPTIVE_FOR[level]) return level;
  }
  return null;
}
