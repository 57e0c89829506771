import { commanderPolicy } from './commander/commander';
import { LEVEL_NAMES, type Level } from './commander/levels';
import { COMMANDER_FOR, DIFFICULTY_LEVELS, isDifficultyLevel } from './difficulty';
import { DOCTRINES } from './doctrines';
import { historicalPolicy } from './historical';
import { passPolicy } from './pass';
import type { Policy } from './policy';
import { randomPolicy } from './random';

/**
 * The names the levels had before the commander (`adaptive:easy`, `adaptive`,
 * `adaptive:hard`): replays record player names, so they stay loadable and
 * now play the commander of the same level.
 */
function adaptiveAlias(level: Level): Policy {
  const commander = commanderPolicy(level);
  return {
    ...commander,
    name: level === 'normal' ? 'adaptive' : `adaptive:${level}`,
    description: `the earlier name of commander:${level}, which it now plays`,
  };
}

const POLICIES: readonly Policy[] = [
  passPolicy,
  randomPolicy,
  historicalPolicy,
  ...LEVEL_NAMES.map(commanderPolicy),
  ...LEVEL_NAMES.map(adaptiveAlias),
  ...DOCTRINES,
];

/** Names of the computer players, for help texts and error messages, then the difficulty levels. */
export const POLICY_NAMES: readonly string[] = [...POLICIES.map((p) => p.name), ...DIFFICULTY_LEVELS];

/** The policy called `name`; a difficulty level (`easy`, `normal`, `hard`) names the commander of that level. */
export function policyByName(name: string): Policy | undefined {
  return byOwnName(isDifficultyLevel(name) ? COMMANDER_FOR[name] : name);
}

function byOwnName(name: string): Policy | undefined {
  return POLICIES.find((p) => p.name === name);
}

export function listPolicies(): readonly Policy[] {
  return POLICIES;
}

/** The message for a name that is not a policy: `unknown policy X (available: pass, random)`. */
export function unknownPolicyMessage(name: string): string {
  return `unknown policy "${name}" (available: ${POLICY_NAMES.join(', ')})`;
}
