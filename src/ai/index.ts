/** Computer players and headless games. */
export { type AutoplayOptions, type AutoplayResult, autoplay, type SeriesPoint } from './autoplay';
export { passPolicy } from './pass';
export type { Policy, PolicyInput } from './policy';
export { randomPolicy } from './random';
export { listPolicies, POLICY_NAMES, policyByName, unknownPolicyMessage } from './registry';
