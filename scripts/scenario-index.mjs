// The bundled scenarios' index as a Vite plugin, for vite.config.ts and vitest.config.ts (plain
// JavaScript, so both configs load it as it is; its types: scenario-index.d.mts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The bundled scenarios' index, served as the module `virtual:scenario-index`
 * (by the build, the dev server and the unit tests): for every scenarios/*.json
 * but the JSON schema, its file name, id and listing — what the start screen
 * and the saved games show (src/scenario/listing.ts) — shortest first, so the
 * start page lists the scenarios without downloading them
 * (src/ui/scenarios/bundled-scenarios.ts fetches a file when it is played).
 * The listing is read straight from the JSON (this file imports nothing of the
 * game); tests/unit/scenario-index.test.ts checks it against `listingOf` of each
 * scenario as the game loads it. A file that is not JSON or has no `meta` is
 * listed with its problem; any other problem is shown when it is played.
 *
 * @param {string} dir the scenarios folder
 * @returns {import('vite').Plugin}
 */
export function scenarioIndexPlugin(dir) {
  const id = 'virtual:scenario-index';
  return {
    name: 'price-of-victory-scenario-index',
    /** @param {string} source */
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    /** @param {string} resolved */
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const names = readdirSync(dir).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'));
      for (const name of names) this.addWatchFile(join(dir, name));
      return `export default ${JSON.stringify(scenarioIndex(dir, names))};`;
    },
  };
}

/**
 * `value.a.b…`, or undefined where a step is not an object.
 * @param {unknown} value
 * @param {...string} path
 * @returns {unknown}
 */
function at(value, ...path) {
  let v = value;
  for (const key of path)
    v = v !== null && typeof v === 'object' ? /** @type {Record<string, unknown>} */ (v)[key] : undefined;
  return v;
}

/**
 * @param {string} dir
 * @param {string[]} names
 */
function scenarioIndex(dir, names) {
  const entries = names.map((name) => {
    const file = name.replace(/\.json$/, '');
    /** @param {string} path @param {string} message */
    const broken = (path, message) => ({
      file,
      id: file,
      playMinutes: Number.MAX_SAFE_INTEGER,
      loaded: { ok: false, problems: [{ path, message }] },
    });
    /** @type {unknown} */
    let s;
    try {
      s = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (err) {
      return broken(
        '(root)',
        `the file is not valid JSON (${err instanceof Error ? err.message : String(err)})`,
      );
    }
    const id = at(s, 'meta', 'id');
    if (typeof id !== 'string') return broken('meta.id', 'the scenario has no id');
    const goals = at(s, 'meta', 'goals');
    const whatIfs = at(s, 'whatIfs');
    const value = {
      meta: {
        id,
        title: at(s, 'meta', 'title'),
        period: at(s, 'meta', 'period'),
        summary: at(s, 'meta', 'summary'),
        playMinutes: at(s, 'meta', 'playMinutes'),
        ...(goals ? { goals } : {}),
      },
      calendar: {
        start: at(s, 'calendar', 'start'),
        turnLength: at(s, 'calendar', 'turnLength'),
        lastTurn: at(s, 'calendar', 'lastTurn'),
      },
      sides: {
        japan: { name: at(s, 'sides', 'japan', 'name') },
        allies: { name: at(s, 'sides', 'allies', 'name') },
      },
      whatIfs: (Array.isArray(whatIfs) ? whatIfs : []).map((/** @type {unknown} */ w) => ({
        id: at(w, 'id'),
        title: at(w, 'title'),
        description: at(w, 'description'),
      })),
    };
    const minutes = Number(value.meta.playMinutes);
    return {
      file,
      id,
      playMinutes: Number.isFinite(minutes) ? minutes : Number.MAX_SAFE_INTEGER,
      loaded: { ok: true, value },
    };
  });
  return entries
    .sort((a, b) => a.playMinutes - b.playMinutes || a.file.localeCompare(b.file, 'en'))
    .map(({ playMinutes: _, ...entry }) => entry);
}
