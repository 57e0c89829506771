import type { Problem } from '../scenario/problems';
import { problemsToText, problemText } from '../scenario/problems';
import { CliError } from './errors';

/**
 * A load failure as one error: a single problem reads as one sentence
 * ("… cannot be used as a scenario: the file is empty"); otherwise every
 * problem is listed as `path: message`, so a teacher can fix them all at once.
 */
export function problemsError(path: string, what: string, problems: readonly Problem[]): CliError {
  const only = problems[0];
  if (problems.length === 1 && only) {
    // About the whole file ("is not valid JSON") it reads as a sentence; otherwise `path: message`, like the list.
    const where = only.path === '(root)' ? (/^(is|must) /.test(only.message) ? 'it ' : '') : `${only.path}: `;
    return new CliError(`"${path}" cannot be used as a ${what}: ${where}${problemText(only)}`);
  }
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new CliError(`"${path}" is not a valid ${what} (${count}):\n${problemsToText(problems)}`);
}
