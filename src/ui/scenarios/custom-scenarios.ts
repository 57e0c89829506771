/**
 * Scenarios brought by the teacher — from a file or from a link — next to the
 * bundled ones. They are checked by the same loader as the command line
 * (`loadScenarioText`) and, once valid, play exactly like a bundled scenario.
 * Their text goes into saves, so Continue works after a reload. One loaded
 * from a file (or a class link) is kept in the browser's storage and listed
 * again after a reload until it is removed (kept-scenarios.ts).
 */
import { scenarioHash } from '../../replay/index';
import { loadScenarioText } from '../../scenario/load';
import type { Problem } from '../../scenario/problems';
import type { Scenario } from '../../scenario/schema';
import { unknownWhatIfMessage, whatIfById } from '../../scenario/what-if';
import { type BundledScenario, findScenario } from './bundled-scenarios';
import { forget, keep, readKept, scenarioStorage } from './kept-scenarios';
import { playedScenario } from './what-ifs';

export interface CustomScenario extends BundledScenario {
  loaded: { ok: true; value: Scenario };
  /** The file's text as it was read, for saves. */
  text: string;
  /** Where it came from: a file name or an address. */
  origin: string;
  hash: string;
  /** Kept in this browser's storage, so it is listed again after a reload. */
  kept: boolean;
}

const customs: CustomScenario[] = [];
let keptLoaded = false;

/** The scenarios kept from earlier visits, checked again like any file (one that no longer loads is dropped). */
function loadKept() {
  if (keptLoaded) return;
  keptLoaded = true;
  for (const { kept } of readKept(scenarioStorage())) {
    const loaded = loadScenarioText(kept.text);
    if (!loaded.ok) continue;
    const value = loaded.value;
    const hash = hashOf(value);
    const file = `file:${value.meta.id}`;
    const old = customs.findIndex((c) => c.file === file || c.hash === hash);
    if (old >= 0) customs.splice(old, 1);
    customs.unshift({
      file,
      id: value.meta.id,
      loaded: { ok: true, value },
      text: kept.text,
      origin: kept.origin,
      hash,
      kept: true,
    });
  }
}
const hashes = new WeakMap<Scenario, string>();

/** `scenarioHash`, remembered per scenario object (the grand campaign takes a while to hash). */
export function hashOf(scenario: Scenario): string {
  let h = hashes.get(scenario);
  if (!h) {
    h = scenarioHash(scenario);
    hashes.set(scenario, h);
  }
  return h;
}

export function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value.trim());
}

/** Checks a scenario's text and, if it is valid, offers it on the start screen. */
export function addCustomScenario(
  text: string,
  origin: string,
  options: { keep?: boolean } = {},
): { ok: true; scenario: CustomScenario } | { ok: false; problems: Problem[] } {
  loadKept();
  const loaded = loadScenarioText(text);
  if (!loaded.ok) return loaded;
  const value = loaded.value;
  const hash = hashOf(value);
  const file = isUrl(origin) ? origin : `file:${value.meta.id}`;
  const old = customs.findIndex((c) => c.file === file || c.hash === hash);
  const replaced = old >= 0 ? customs.splice(old, 1)[0] : undefined;
  // A file's scenario is kept in the browser; a new version of it replaces the one kept.
  let kept = replaced?.kept === true && replaced.hash === hash;
  if (options.keep && !isUrl(origin)) {
    if (replaced?.kept && replaced.hash !== hash) forget(scenarioStorage(), replaced.hash);
    kept = keep(scenarioStorage(), hash, { text, origin, keptAt: new Date().toISOString() });
  }
  const custom: CustomScenario = {
    file,
    id: value.meta.id,
    loaded: { ok: true, value },
    text,
    origin,
    hash,
    kept,
  };
  customs.unshift(custom);
  return { ok: true, scenario: custom };
}

/** Takes a kept scenario off the list and out of the browser's storage (saved games keep their own copy). */
export function removeCustomScenario(file: string): CustomScenario | undefined {
  loadKept();
  const i = customs.findIndex((c) => c.file === file);
  if (i < 0) return undefined;
  const [removed] = customs.splice(i, 1);
  if (removed) forget(scenarioStorage(), removed.hash);
  return removed;
}

export function customScenarios(): readonly CustomScenario[] {
  loadKept();
  return customs;
}

/** A scenario by the key a launch uses: a bundled file or id (once fetched: `loadBundled`), or a custom scenario's key. */
export function findAnyScenario(key: string): BundledScenario | undefined {
  loadKept();
  return customs.find((c) => c.file === key) ?? findScenario(key);
}

/** The launch key of a scenario that is loaded (bundled or custom), by content. */
export function keyOf(scenario: Scenario): string {
  loadKept();
  const hash = hashOf(scenario);
  const bundled = findScenario(scenario.meta.id);
  if (bundled?.loaded.ok && hashOf(bundled.loaded.value) === hash) return bundled.file;
  return customs.find((c) => c.hash === hash)?.file ?? scenario.meta.id;
}

/**
 * The scenario a save or a replay was played with: bundled (same id and
 * content; fetched first with `ensureBundled`), a custom one loaded in this
 * page, or the text the save carries.
 * With a what-if, `hash` is that of the scenario with the what-if applied:
 * `scenario` is that scenario (the one to play or verify), `base` the one it
 * was made from (the one to start a new game or a branch from).
 */
export function scenarioFor(
  id: string,
  hash: string,
  text?: string,
  whatIf?: string,
): { ok: true; scenario: Scenario; base: Scenario; key: string } | { ok: false; message: string } {
  loadKept();
  const matches = (base: Scenario) =>
    (whatIf === undefined || whatIfById(base, whatIf) !== undefined) &&
    hashOf(playedScenario(base, whatIf)) === hash;
  const found = (base: Scenario, key: string) => ({
    ok: true as const,
    scenario: playedScenario(base, whatIf),
    base,
    key,
  });
  const bundled = findScenario(id);
  if (bundled?.loaded.ok && matches(bundled.loaded.value)) return found(bundled.loaded.value, bundled.file);
  const custom = customs.find((c) => matches(c.loaded.value));
  if (custom) return found(custom.loaded.value, custom.file);
  if (text !== undefined) {
    const added = addCustomScenario(text, `saved game (${id})`);
    if (!added.ok) {
      const first = added.problems[0];
      return {
        ok: false,
        message: `The scenario inside the saved game cannot be read${first ? ` (${first.path}: ${first.message})` : ''}.`,
      };
    }
    const value = added.scenario.loaded.value;
    if (whatIf !== undefined && !whatIfById(value, whatIf)) {
      return {
        ok: false,
        message: `The saved game cannot be continued: ${unknownWhatIfMessage(value, whatIf)}.`,
      };
    }
    if (!matches(value)) {
      return {
        ok: false,
        message: 'The scenario inside the saved game does not match the game (it was changed).',
      };
    }
    return found(value, added.scenario.file);
  }
  if (bundled?.loaded.ok) {
    const title = bundled.loaded.value.meta.title;
    if (whatIf !== undefined && !whatIfById(bundled.loaded.value, whatIf)) {
      return {
        ok: false,
        message: `This game was played with the what-if “${whatIf}”, which this version of the scenario “${title}” does not have (${unknownWhatIfMessage(bundled.loaded.value, whatIf)}). Load the version it was played with using Load scenario, then try again.`,
      };
    }
    return {
      ok: false,
      message: `This game was played with another version of the scenario “${title}” (${id}). Load that version with Load scenario, then try again.`,
    };
  }
  return {
    ok: false,
    message: `This game was played with the scenario “${id}”, which is not loaded. Load its file with Load scenario, then try again.`,
  };
}

/** The text to keep in a save: nothing for a bundled scenario, the file's text for a custom one. */
export function textToEmbed(scenario: Scenario): string | undefined {
  loadKept();
  const hash = hashOf(scenario);
  const bundled = findScenario(scenario.meta.id);
  if (bundled?.loaded.ok && hashOf(bundled.loaded.value) === hash) return undefined;
  return customs.find((c) => c.hash === hash)?.text ?? JSON.stringify(scenario);
}
