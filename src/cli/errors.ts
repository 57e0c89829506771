/**
 * Errors the CLI expects: each carries a message a teacher can act on and the
 * exit code. Anything else reaching the top level is a bug, reported as one.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The command line itself is wrong (unknown command or option, missing value): exit code 2. */
export class UsageError extends CliError {
  /** `command` points the hint at that command's own help. */
  constructor(message: string, command?: string) {
    super(`${message}. Run "npm run cli -- ${command ? `${command} ` : ''}--help" for usage.`, 2);
    this.name = 'UsageError';
  }
}
