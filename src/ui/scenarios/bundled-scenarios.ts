/**
 * The scenarios that come with the game: every scenarios/*.json (except the
 * JSON schema) is bundled, so a new file shows up on the start screen by
 * itself. Each is checked when first asked for; a broken one is listed with
 * its problems instead of breaking the page.
 */

import { loadScenarioValue } from '../../scenario/load';
import type { Problem } from '../../scenario/problems';
import type { Scenario } from '../../scenario/schema';

const FILES = import.meta.glob<unknown>('../../../scenarios/*.json', { eager: true, import: 'default' });

export interface BundledScenario {
  /** The file name without .json (what a link names). */
  file: string;
  /** The scenario's own id (meta.id), or the file name if it cannot be read. */
  id: string;
  loaded: { ok: true; value: Scenario } | { ok: false; problems: Problem[] };
}

let cache: BundledScenario[] | null = null;

export function bundledScenarios(): BundledScenario[] {
  if (cache) return cache;
  cache = Object.entries(FILES)
    .filter(([path]) => !path.endsWith('.schema.json'))
    .map(([path, value]) => {
      const file = path.replace(/^.*\//, '').replace(/\.json$/, '');
      const loaded = loadScenarioValue(value);
      return { file, id: loaded.ok ? loaded.value.meta.id : file, loaded };
    })
    .sort((a, b) => playOrder(a) - playOrder(b) || a.file.localeCompare(b.file, 'en'));
  return cache;
}

/** Shortest first: a class starts with a short scenario; broken files go last. */
function playOrder(s: BundledScenario): number {
  return s.loaded.ok ? s.loaded.value.meta.playMinutes : Number.MAX_SAFE_INTEGER;
}

/** A scenario by its id or file name. */
export function findScenario(idOrFile: string): BundledScenario | undefined {
  return bundledScenarios().find((s) => s.id === idOrFile || s.file === idOrFile);
}
