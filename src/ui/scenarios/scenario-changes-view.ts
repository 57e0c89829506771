/**
 * What a scenario loaded from a file or a link changes from the bundled scenario it is based on
 * (src/scenario/scenario-changes.ts, words in src/text/scenario-change-text.ts), shown before play
 * on its card of the start screen and in About: the twenty-first play session's teacher loaded a
 * changed copy of the grand campaign and nothing said what had been changed. The bundled file is
 * fetched to compare (the list fills in when it is there).
 */
import {
  baseScenarioId,
  MAX_CHANGES,
  type ScenarioChange,
  scenarioChanges,
} from '../../scenario/scenario-changes';
import type { Scenario } from '../../scenario/schema';
import {
  CHANGES_SHOWN,
  changesHeading,
  changeText,
  moreChangesText,
  unchangedText,
} from '../../text/scenario-change-text';
import { el } from '../kit/dom';
import { bundledScenarios, loadBundled } from './bundled-scenarios';

/**
 * The changes of each scenario from its bundled one, once worked out: the Orders tab draws the
 * view again after every order, and a grand campaign's comparison takes a while. (A scenario
 * object never changes once loaded.)
 */
const known = new WeakMap<Scenario, ScenarioChange[]>();

function changesOf(base: Scenario, scenario: Scenario): ScenarioChange[] {
  let changes = known.get(scenario);
  if (!changes) {
    changes = scenarioChanges(base, scenario);
    known.set(scenario, changes);
  }
  return changes;
}

/**
 * A section that fills in with the changes from the bundled scenario `scenario` is based on; null
 * when it is based on none. `sayUnchanged`: say so when nothing is changed (otherwise the section
 * stays hidden, as in About for a bundled game).
 */
export function scenarioChangesView(scenario: Scenario, sayUnchanged: boolean): HTMLElement | null {
  const bundled = bundledScenarios().flatMap((s) =>
    s.loaded.ok ? [{ id: s.id, calendar: s.loaded.value.calendar }] : [],
  );
  const baseId = baseScenarioId(scenario, bundled);
  if (baseId === null) return null;
  const box = el('section', {
    className: 'scenario-changes',
    attrs: { 'aria-live': 'polite', 'aria-label': 'Changed from the bundled scenario' },
  });
  box.hidden = true;
  void loadBundled(baseId)?.then((r) => {
    if (!r.ok || !r.scenario.loaded.ok) return;
    const base = r.scenario.loaded.value;
    if (base === scenario) return;
    const changes = changesOf(base, scenario);
    if (changes.length === 0) {
      if (!sayUnchanged) return;
      box.replaceChildren(el('p', { text: unchangedText(base) }));
      box.hidden = false;
      return;
    }
    const shown = changes.slice(0, CHANGES_SHOWN);
    const more = changes.length - shown.length;
    box.replaceChildren(
      el('strong', { text: changesHeading(base, changes.length, changes.length >= MAX_CHANGES) }),
      el(
        'ul',
        {},
        shown.map((c) => el('li', { text: changeText(base, scenario, c) })),
      ),
      more > 0 ? el('p', { className: 'muted', text: moreChangesText(more) }) : '',
    );
    box.hidden = false;
  });
  return box;
}
