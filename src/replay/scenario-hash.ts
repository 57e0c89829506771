import { canonicalJson, sha256Hex } from '../engine/index';
import type { Scenario } from '../scenario/schema';

/** Hashes already computed, by scenario object (loaded scenarios are never changed in place). A memo only. */
const known = new WeakMap<Scenario, string>();

/**
 * The identity of a scenario's content: the hash of its canonical JSON after
 * parsing (defaults filled in), so reformatting the file or reordering keys
 * does not change it, but changing any rule or number does.
 */
export function scenarioHash(scenario: Scenario): string {
  let hash = known.get(scenario);
  if (hash === undefined) {
    hash = sha256Hex(canonicalJson(scenario));
    known.set(scenario, hash);
  }
  return hash;
}
