/**
 * The scenarios that come with the game: every scenarios/*.json (except the
 * JSON schema) is built into the site as a file of its own, and listed from
 * a small index made at build time (scripts/scenario-index.mjs: ids, titles,
 * calendars, goals, what-ifs), so a new file shows up on the start screen by
 * itself and the start page downloads none of them. A scenario's file is
 * fetched when it is needed — a game started, a link opened, a save or a
 * replay of it — and checked then; the service worker precaches the files, so
 * this works offline after one visit. A broken file is listed with its
 * problems (found when the index is made) instead of breaking the page.
 */

import INDEX from 'virtual:scenario-index';
import type { IndexEntry } from '../../scenario/listing';
import { loadScenarioText } from '../../scenario/load';
import type { Problem } from '../../scenario/problems';
import type { Scenario } from '../../scenario/schema';

/** Each bundled file's address in the built site (a JSON asset, never inlined in a script). */
const URLS = import.meta.glob<string>(['../../../scenarios/*.json', '!../../../scenarios/*.schema.json'], {
  eager: true,
  query: '?url',
  import: 'default',
});

export interface BundledScenario {
  /** The file name without .json (what a link names). */
  file: string;
  /** The scenario's own id (meta.id), or the file name if it cannot be read. */
  id: string;
  loaded: { ok: true; value: Scenario } | { ok: false; problems: Problem[] };
}

export type BundledLoad = { ok: true; scenario: BundledScenario } | { ok: false; message: string };

/** The bundled scenarios fetched so far, by file name. */
const fetched = new Map<string, BundledScenario>();
const fetching = new Map<string, Promise<BundledLoad>>();

/** Every bundled scenario's listing, in play order (shortest first, broken files last). */
export function bundledScenarios(): readonly IndexEntry[] {
  return INDEX;
}

/** A bundled scenario's listing by its id or file name. */
export function findListing(idOrFile: string): IndexEntry | undefined {
  return INDEX.find((s) => s.id === idOrFile || s.file === idOrFile);
}

/** A bundled scenario by its id or file name, if its file has been fetched (`loadBundled`). */
export function findScenario(idOrFile: string): BundledScenario | undefined {
  const listed = findListing(idOrFile);
  return listed ? fetched.get(listed.file) : undefined;
}

/** Fetches and checks a bundled scenario's file (once); undefined when no bundled scenario has that id or file name. */
export function loadBundled(idOrFile: string): Promise<BundledLoad> | undefined {
  const listed = findListing(idOrFile);
  if (!listed) return undefined;
  const done = fetched.get(listed.file);
  if (done) return Promise.resolve({ ok: true, scenario: done });
  let pending = fetching.get(listed.file);
  if (!pending) {
    pending = fetchBundled(listed).then((r) => {
      // A failed download may be tried again (the network may come back).
      fetching.delete(listed.file);
      if (r.ok) fetched.set(listed.file, r.scenario);
      return r;
    });
    fetching.set(listed.file, pending);
  }
  return pending;
}

/**
 * Makes sure a bundled scenario named by id or file name is loaded: null when
 * it is (or no bundled scenario has that name), or a message a teacher can read.
 */
export async function ensureBundled(idOrFile: string): Promise<string | null> {
  const result = await loadBundled(idOrFile);
  return result && !result.ok ? result.message : null;
}

async function fetchBundled(listed: IndexEntry): Promise<BundledLoad> {
  const title = listed.loaded.ok ? listed.loaded.value.meta.title : `${listed.file}.json`;
  const url = URLS[`../../../scenarios/${listed.file}.json`];
  if (url === undefined)
    return { ok: false, message: `The scenario “${title}” is not in this build of the game.` };
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    text = await response.text();
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      message: `The scenario “${title}” could not be downloaded (${why}). Check the network connection and try again: once the game has been opened online, it also plays offline.`,
    };
  }
  const loaded = loadScenarioText(text);
  return {
    ok: true,
    scenario: { file: listed.file, id: loaded.ok ? loaded.value.meta.id : listed.id, loaded },
  };
}
