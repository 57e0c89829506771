/**
 * Scenarios brought by the teacher — from a file or from a link — next to the
 * bundled ones. They are checked by the same loader as the command line
 * (`loadScenarioText`) and, once valid, play exactly like a bundled scenario.
 * Their text goes into saves, so Continue works after a reload.
 */
import { scenarioHash } from '../replay/index';
import { loadScenarioText } from '../scenario/load';
import type { Problem } from '../scenario/problems';
import type { Scenario } from '../scenario/schema';
import { type BundledScenario, bundledScenarios, findScenario } from './bundled-scenarios';

export interface CustomScenario extends BundledScenario {
  loaded: { ok: true; value: Scenario };
  /** The file's text as it was read, for saves. */
  text: string;
  /** Where it came from: a file name or an address. */
  origin: string;
  hash: string;
}

const customs: CustomScenario[] = [];
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
): { ok: true; scenario: CustomScenario } | { ok: false; problems: Problem[] } {
  const loaded = loadScenarioText(text);
  if (!loaded.ok) return loaded;
  const value = loaded.value;
  const hash = hashOf(value);
  const file = isUrl(origin) ? origin : `file:${value.meta.id}`;
  const custom: CustomScenario = { file, id: value.meta.id, loaded: { ok: true, value }, text, origin, hash };
  const old = customs.findIndex((c) => c.file === file || c.hash === hash);
  if (old >= 0) customs.splice(old, 1);
  customs.unshift(custom);
  return { ok: true, scenario: custom };
}

export function customScenarios(): readonly CustomScenario[] {
  return customs;
}

/** A scenario by the key a launch uses: a bundled file or id, or a custom scenario's key. */
export function findAnyScenario(key: string): BundledScenario | undefined {
  return customs.find((c) => c.file === key) ?? findScenario(key);
}

/** The launch key of a scenario that is loaded (bundled or custom), by content. */
export function keyOf(scenario: Scenario): string {
  const hash = hashOf(scenario);
  const bundled = bundledScenarios().find((b) => b.loaded.ok && b.id === scenario.meta.id);
  if (bundled?.loaded.ok && hashOf(bundled.loaded.value) === hash) return bundled.file;
  return customs.find((c) => c.hash === hash)?.file ?? scenario.meta.id;
}

/**
 * The scenario a save or a replay was played with: bundled (same id and
 * content), a custom one loaded in this page, or the text the save carries.
 */
export function scenarioFor(
  id: string,
  hash: string,
  text?: string,
): { ok: true; scenario: Scenario; key: string } | { ok: false; message: string } {
  const bundled = findScenario(id);
  if (bundled?.loaded.ok && hashOf(bundled.loaded.value) === hash) {
    return { ok: true, scenario: bundled.loaded.value, key: bundled.file };
  }
  const custom = customs.find((c) => c.hash === hash);
  if (custom) return { ok: true, scenario: custom.loaded.value, key: custom.file };
  if (text !== undefined) {
    const added = addCustomScenario(text, `saved game (${id})`);
    if (!added.ok) {
      const first = added.problems[0];
      return {
        ok: false,
        message: `The scenario inside the saved game cannot be read${first ? ` (${first.path}: ${first.message})` : ''}.`,
      };
    }
    if (added.scenario.hash !== hash) {
      return {
        ok: false,
        message: 'The scenario inside the saved game does not match the game (it was changed).',
      };
    }
    return { ok: true, scenario: added.scenario.loaded.value, key: added.scenario.file };
  }
  if (bundled?.loaded.ok) {
    return {
      ok: false,
      message: `This game was played with another version of the scenario “${bundled.loaded.value.meta.title}” (${id}). Load that version with Load scenario, then try again.`,
    };
  }
  return {
    ok: false,
    message: `This game was played with the scenario “${id}”, which is not loaded. Load its file with Load scenario, then try again.`,
  };
}

/** The text to keep in a save: nothing for a bundled scenario, the file's text for a custom one. */
export function textToEmbed(scenario: Scenario): string | undefined {
  const hash = hashOf(scenario);
  const bundled = findScenario(scenario.meta.id);
  if (bundled?.loaded.ok && hashOf(bundled.loaded.value) === hash) return undefined;
  return customs.find((c) => c.hash === hash)?.text ?? JSON.stringify(scenario);
}
