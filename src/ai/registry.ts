import { commanderPolicy } from './commander/commander';
import { LEVEL_NAMES, type Level } from './commander/levels';
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

/** Names of the computer players, for help texts and error messages. */
export const POLICY_NAMES: readonly string[] = POLICIES.map((p) => p.name);

export function policyByName(name: string): Policy | undefined {
  return POLICIES.find((p) => p.name === name);
}

export function listPolicies(): readonly Policy[] {
  return POLICIES;
}

/** The message for a name that is not a policy: `unknown policy X (available: pass, random)`. */
export function unknownPolicyMessage(name: string): string {
  return `unknown policy "${name}" (available: ${POLICY_NAMES.join(', ')})`;
}
