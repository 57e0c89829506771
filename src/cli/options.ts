/** Checks for option values shared by several commands. */
import type { Policy } from '../ai/policy';
import { policyByName, unknownPolicyMessage } from '../ai/registry';
import type { SideId } from '../scenario/schema';
import type { ParsedArgs } from './args';
import { UsageError } from './errors';

/** The policy named by `--japan`/`--allies`, `random` when not given. */
export function policyOption(args: ParsedArgs, side: SideId, command: string): Policy {
  const name = args.values.get(side) ?? 'random';
  const policy = policyByName(name);
  if (!policy) throw new UsageError(`${command}: --${side}: ${unknownPolicyMessage(name)}`, command);
  return policy;
}

export function positiveIntOption(
  args: ParsedArgs,
  name: string,
  command: string,
  max: number,
): number | undefined {
  const raw = args.values.get(name);
  if (raw === undefined) return undefined;
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new UsageError(
      `${command}: --${name} must be a whole number from 1 to ${max}, got "${raw}"`,
      command,
    );
  }
  return n;
}
