/**
 * The command-line options the bench scripts share: a number (`--seeds 100`), a word
 * (`--scenario path`), a flag (`--raids`), and the scenario's world loaded from `--scenario`.
 */
import { readFileSync } from 'node:fs';
import { buildWorld, type World } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';

/** `--name N`, or `fallback` when absent. */
export function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}

/** `--name word`, or null when absent. */
export function word(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? null : (process.argv[i + 1] ?? null);
}

/** Whether `--name` is given. */
export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

/** The world of `--scenario path` (default the grand campaign); a file that does not load stops with its problems. */
export function scenarioWorld(fallback = 'scenarios/pacific-1941.json'): World {
  const path = word('scenario') ?? fallback;
  const loaded = loadScenarioText(readFileSync(path, 'utf8'));
  if (!loaded.ok) throw new Error(`${path}: ${JSON.stringify(loaded.problems)}`);
  return buildWorld(loaded.value);
}
