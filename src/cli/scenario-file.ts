import { fileURLToPath } from 'node:url';
import { loadScenarioText } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { readInputFile } from './files';
import { problemsError } from './problems';

/** The scenarios that ship with the game, found from this file so the working folder does not matter. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export function loadScenarioFile(path: string): { scenario: Scenario; text: string } {
  const text = readInputFile(path, 'scenario');
  const result = loadScenarioText(text);
  if (!result.ok) throw problemsError(path, 'scenario', result.problems);
  return { scenario: result.value, text };
}
