/**
 * The command line: `npm run cli -- <command> …`. Every failure ends here as
 * one readable message on stderr and a non-zero exit code — never a stack
 * trace, which tells a teacher nothing.
 *
 * The program itself is loaded with a dynamic import, after the handlers are
 * in place, so even a module that fails to load is reported as one message.
 */
import { CliError } from './errors';

function fail(err: unknown): void {
  if (err instanceof CliError) {
    process.stderr.write(`error: ${err.message}\n`);
    process.exitCode = err.exitCode;
  } else {
    const what = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      `error: something went wrong inside the program: ${what}. This is a bug; please report it with the command you ran.\n`,
    );
    process.exitCode = 1;
  }
}

// Failures that escape the promise chain (e.g. in a worker's event handler) still end as one message.
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

try {
  const { run } = await import('./run');
  await run(process.argv.slice(2));
} catch (err) {
  fail(err);
}
