/**
 * A small, strict command-line parser: every option must be known, values are
 * never guessed, and each mistake gets a usage error naming it. (Node's
 * `util.parseArgs` works too, but its messages talk about positional
 * arguments and escaping, which is not what a teacher needs to read.)
 */
import { UsageError } from './errors';

export interface ArgSpec {
  command: string;
  /** Options that take a value: `--seed 42` or `--seed=42`. */
  values: readonly string[];
  /** Options that are on or off: `--json`. */
  flags: readonly string[];
  /** Names of the positional arguments, in order (all required). */
  positionals: readonly string[];
}

export interface ParsedArgs {
  values: Map<string, string>;
  flags: Set<string>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const out: ParsedArgs = { values: new Map(), flags: new Set(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      if (arg === '--' || (arg.startsWith('-') && arg.length > 1)) {
        throw new UsageError(`${spec.command}: unknown option "${arg}"`, spec.command);
      }
      if (out.positionals.length >= spec.positionals.length) {
        throw new UsageError(`${spec.command}: unexpected argument "${arg}"`, spec.command);
      }
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (spec.flags.includes(name)) {
      if (eq !== -1) throw new UsageError(`${spec.command}: --${name} takes no value`, spec.command);
      out.flags.add(name);
    } else if (spec.values.includes(name)) {
      if (out.values.has(name))
        throw new UsageError(`${spec.command}: --${name} is given twice`, spec.command);
      let value: string | undefined;
      if (eq !== -1) value = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) value = argv[++i];
      if (value === undefined || value === '')
        throw new UsageError(`${spec.command}: --${name} needs a value`, spec.command);
      out.values.set(name, value);
    } else {
      const known = [...spec.values, ...spec.flags].map((n) => `--${n}`).join(', ');
      throw new UsageError(
        `${spec.command}: unknown option "--${name}" (known options: ${known})`,
        spec.command,
      );
    }
  }
  if (!out.flags.has('help') && out.positionals.length < spec.positionals.length) {
    throw new UsageError(
      `${spec.command}: missing ${spec.positionals[out.positionals.length]}`,
      spec.command,
    );
  }
  return out;
}

export function requireValue(args: ParsedArgs, name: string, command: string): string {
  const v = args.values.get(name);
  if (v === undefined) throw new UsageError(`${command}: --${name} is required`, command);
  return v;
}
