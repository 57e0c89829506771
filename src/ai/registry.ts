import { adaptivePolicy } from './adaptive';
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
