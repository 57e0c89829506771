import { adaptivePolicy } from './adaptive';
import { ADAPTIVE_FOR, COMMANDER_FOR, DIFFICULTY_LEVELS, isDifficultyLevel } from './difficulty';
import { DOCTRINES } from './doctrines';
import { historicalPolicy } from './historical';
import { passPolicy } from './pass';
import type { Policy } from './policy';
import { randomPolicy } from './random';

const POLICIES: readonly Policy[] = [
  passPolicy,
  randomPolicy,
  historicalPolicy,
  adaptivePolicy('easy'),
  adaptivePolicy('normal'),
  adaptivePolicy('hard'),
  ...DOCTRINES,
];

/** Names of the computer players, for help texts and error messages, then the difficulty levels. */
export const POLICY_NAMES: readonly string[] = [...POLICIES.map((p) => p.name), ...DIFFICULTY_LEVELS];

/**
 * The policy called `name`. A difficulty level (`easy`, `normal`, `hard`)
 * names the commander of that level, or the adaptive player of that level
 * while no commander is registered (see difficulty.ts).
 */
export function policyByName(name: string): Policy | undefined {
  if (isDifficultyLevel(name)) return byOwnName(COMMANDER_FOR[name]) ?? byOwnName(ADAPTIVE_FOR[name]);
  return byOwnName(name);
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
