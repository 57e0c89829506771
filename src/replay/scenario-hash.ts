import { canonicalJson, sha256Hex } from '../engine/index';
import type { Scenario } from '../scenario/schema';

/**
 * The identity of a scenario's content: the hash of its canonical JSON after
 * parsing (defaults filled in), so reformatting the file or reordering keys
 * does not change it, but changing any rule or number does.
 */
export function scenarioHash(scenario: Scenario): string {
  return sha256Hex(canonicalJson(scenario));
}
