/**
 * Reading and writing the files a teacher names on the command line, with
 * messages that say which file and what is wrong with it.
 */
import {
  existsSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_LIMITS } from '../scenario/json-guard';
import { CliError } from './errors';

/** Reads a text file of at most `DEFAULT_LIMITS.maxBytes`, checked before reading so a huge file is never loaded. */
export function readInputFile(path: string, what: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new CliError(`"${path}" is a folder, not a ${what} file`);
    if (!st.isFile()) throw new CliError(`"${path}" is not a regular file, so it cannot be a ${what} file`);
    size = st.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(fileProblem(err, path, what));
  }
  if (size > DEFAULT_LIMITS.maxBytes) {
    throw new CliError(
      `the ${what} file "${path}" is too large (${formatBytes(size)}; the limit is ${formatBytes(DEFAULT_LIMITS.maxBytes)})`,
    );
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CliError(fileProblem(err, path, what));
  }
  // Editors on Windows often save a byte-order mark, which JSON.parse refuses.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Writes a whole file or nothing: the text goes to a temporary file beside
 * the target, then replaces it in one rename, so a failed write never leaves
 * a half-written replay in place of a good one.
 */
export function writeOutputFile(path: string, text: string, what: string): void {
  const dir = dirname(resolve(path));
  if (!existsSync(dir))
    throw new CliError(`cannot write the ${what} "${path}": the folder "${dir}" does not exist`);
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new CliError(`cannot write the ${what} to "${path}": it is a folder; name a file instead`);
  }
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, path);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // The temporary file may never have been created; nothing to clean up.
    }
    throw new CliError(`cannot write the ${what} "${path}": ${errorText(err)}`);
  }
}

/** Whether two paths name the same existing file (so an output never replaces an input). */
export function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

function fileProblem(err: unknown, path: string, what: string): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `cannot find the ${what} file "${path}": there is no such file (check the name and the folder)`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read the ${what} file "${path}": permission denied`;
    case 'EISDIR':
      return `"${path}" is a folder, not a ${what} file`;
    default:
      return `cannot read the ${what} file "${path}": ${errorText(err)}`;
  }
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} MB`;
  if (n >= 1000) return `${(n / 1000).toFixed(0)} kB`;
  return `${n} bytes`;
}
