/**
 * The start screen: pick a scenario (title, period, playing time, summary),
 * a side, history or one of the scenario's what-ifs, the computer's
 * difficulty and a seed — or continue the autosaved game. It also shows the link that starts the chosen game directly, for a
 * teacher to hand to a class.
 */

import type { IndexEntry } from '../../scenario/listing';
import { splitSources } from '../../text/source-keys';
import type { Autosave } from '../app/autosave';
import { cleanSeed, DIFFICULTIES, type LaunchOptions, linkFor, SIDE_CHOICES } from '../app/launch';
import { type ClassroomHooks, renderClassroomTools } from '../classroom/classroom-tools';
import { button, el } from '../kit/dom';
import { formatMinutes } from '../kit/format';
import { goalsList } from '../kit/goals-view';
import { problemItem } from '../kit/problem-item';
import { bundledScenarios, loadBundled } from '../scenarios/bundled-scenarios';
import { type CustomScenario, customScenarios, removeCustomScenario } from '../scenarios/custom-scenarios';
import { scenarioChangesView } from '../scenarios/scenario-changes-view';
import { scenarioFragment } from '../scenarios/scenario-link';
import { HISTORY_CHOICE } from '../scenarios/what-ifs';
import { randomSeed } from './random-seed';
import { renderSavedGames } from './saved-games';

export interface StartHooks extends ClassroomHooks {
  start(options: LaunchOptions): void;
  /** Continues a saved game: from the list (with its id, so it goes on saving there) or an imported file. */
  resume(save: Autosave, id?: string): void;
}

export function renderStartScreen(root: HTMLElement, hooks: StartHooks, notice?: string) {
  // Scenarios loaded from a file or a link come first (the newest is chosen).
  // Bundled ones are listed from the index: a scenario's file is fetched when it is chosen or started.
  const scenarios: readonly IndexEntry[] = [...customScenarios(), ...bundledScenarios()];
  const playable = scenarios.filter((s) => s.loaded.ok);
  const state: LaunchOptions = {
    scenario: playable[0]?.file ?? '',
    side: 'japan',
    difficulty: 'normal',
    seed: randomSeed(),
    fog: true,
  };

  const linkField = el('input', { attrs: { type: 'text', readonly: '', id: 'start-link' } });
  linkField.addEventListener('focus', () => linkField.select());
  const linkNote = el('p', { className: 'hint link-note', attrs: { id: 'start-link-note' } });
  const updateLink = () => {
    const custom = customScenarios().find((c) => c.file === state.scenario);
    linkField.value = state.scenario ? linkFor(state, window.location.href) : '';
    linkNote.textContent = '';
    if (custom?.file.startsWith('file:')) {
      // A small scenario travels inside the link; a big one needs its file loaded first.
      const packed = scenarioFragment(custom.text);
      if (packed.ok) {
        linkField.value += `#${packed.fragment}`;
        linkNote.textContent = 'The scenario file is inside this link: students need nothing else.';
      } else {
        linkNote.textContent = `This scenario is too big to fit inside a link: each computer must load its file (${custom.origin}) with Load scenario first, then open the link.`;
      }
    }
  };

  // What if… : history, or one of the chosen scenario's counterfactuals (hidden when it has none).
  const whatIfSelect = el('select', {
    attrs: { id: 'what-if', 'aria-describedby': 'what-if-description' },
  });
  const whatIfDescription = el('p', {
    className: 'hint what-if-description',
    attrs: { id: 'what-if-description', 'aria-live': 'polite' },
  });
  const whatIfField = el('div', { className: 'field what-if-field' }, [
    el('label', { text: 'What if…', attrs: { for: 'what-if' } }),
    whatIfSelect,
    whatIfDescription,
  ]);
  const whatIfsOf = (file: string) => {
    const found = scenarios.find((s) => s.file === file);
    return found?.loaded.ok ? found.loaded.value.whatIfs : [];
  };
  const describeWhatIf = () => {
    const chosen = whatIfsOf(state.scenario).find((w) => w.id === state.whatIf);
    whatIfDescription.replaceChildren(
      ...(chosen
        ? [el('strong', { text: 'A what-if, not history. ' }), splitSources(chosen.description).text]
        : [HISTORY_CHOICE.description]),
    );
    whatIfField.classList.toggle('counterfactual', chosen !== undefined);
  };
  /** Fills the what-if menu for the chosen scenario; a what-if of another scenario is dropped. */
  const updateWhatIfs = () => {
    const whatIfs = whatIfsOf(state.scenario);
    if (!whatIfs.some((w) => w.id === state.whatIf)) delete state.whatIf;
    whatIfSelect.replaceChildren(
      el('option', { text: HISTORY_CHOICE.title, attrs: { value: '' } }),
      ...whatIfs.map((w) => el('option', { text: w.title, attrs: { value: w.id } })),
    );
    whatIfSelect.value = state.whatIf ?? '';
    whatIfField.hidden = whatIfs.length === 0;
    describeWhatIf();
  };
  whatIfSelect.addEventListener('change', () => {
    if (whatIfSelect.value) state.whatIf = whatIfSelect.value;
    else delete state.whatIf;
    describeWhatIf();
    updateLink();
  });

  // Scenarios.
  const scenarioList = el('div', { className: 'scenario-list' });
  for (const s of scenarios) {
    if (!s.loaded.ok) {
      scenarioList.append(
        el('div', { className: 'scenario-card broken' }, [
          el('h3', { text: `${s.file}.json cannot be played` }),
          el('ul', { className: 'problem-list' }, s.loaded.problems.slice(0, 5).map(problemItem)),
        ]),
      );
      continue;
    }
    const meta = s.loaded.value.meta;
    const cal = s.loaded.value.calendar;
    const radio = el('input', { attrs: { type: 'radio', name: 'scenario', value: s.file } });
    radio.checked = s.file === state.scenario;
    radio.addEventListener('change', () => {
      state.scenario = s.file;
      updateWhatIfs();
      updateLink();
      // Fetched while the rest is chosen (a failure is told when the game starts).
      void loadBundled(s.file);
    });
    const turns = `${cal.lastTurn} turns of ${cal.turnLength.count === 1 ? 'one' : cal.turnLength.count} ${cal.turnLength.unit}${cal.turnLength.count === 1 ? '' : 's'}`;
    const custom = customScenarios().find((c) => c.file === s.file);
    scenarioList.append(
      el('label', { className: 'scenario-card' }, [
        radio,
        el('span', { className: 'scenario-text' }, [
          el('span', { className: 'scenario-title', text: meta.title }),
          el('span', {
            className: 'scenario-meta',
            text: `${meta.period} · ${turns} · about ${formatMinutes(meta.playMinutes)}`,
          }),
          el('span', { className: 'scenario-summary', text: meta.summary }),
          goalsList(s.loaded.value, null, 'goals scenario-goals'),
          custom ? customNote(custom, hooks) : null,
          custom ? scenarioChangesView(custom.loaded.value, true) : null,
        ]),
      ]),
    );
  }

  // Sides.
  const sideList = el('div', { className: 'side-list' });
  for (const c of SIDE_CHOICES) {
    const radio = el('input', { attrs: { type: 'radio', name: 'side', value: c.value } });
    radio.checked = c.value === state.side;
    radio.addEventListener('change', () => {
      state.side = c.value;
      updateLink();
    });
    sideList.append(
      el('label', { className: 'side-card' }, [
        radio,
        el('span', {}, [
          el('span', { className: 'side-title', text: c.label }),
          el('span', { className: 'side-hint', text: c.hint }),
        ]),
      ]),
    );
  }

  const difficulty = el(
    'select',
    { attrs: { id: 'difficulty' } },
    DIFFICULTIES.map((d) => el('option', { text: d.label, attrs: { value: d.value } })),
  );
  difficulty.value = state.difficulty;
  difficulty.addEventListener('change', () => {
    state.difficulty = difficulty.value as LaunchOptions['difficulty'];
    updateLink();
  });

  const seed = el('input', {
    attrs: {
      type: 'text',
      id: 'seed',
      maxlength: '100',
      value: state.seed,
      spellcheck: 'false',
      autocomplete: 'off',
    },
  });
  seed.addEventListener('input', () => {
    state.seed = cleanSeed(seed.value) || 'classroom';
    updateLink();
  });
  const newSeed = button(
    'New seed',
    () => {
      state.seed = randomSeed();
      seed.value = state.seed;
      updateLink();
    },
    { label: 'Make a new random seed', className: 'small' },
  );

  // Fog of war (engine/sight.ts): on for a new game, so Midway's search and surprise are the player's too.
  const fog = el('input', { attrs: { type: 'checkbox', id: 'fog', 'aria-describedby': 'fog-hint' } });
  fog.checked = state.fog === true;
  fog.addEventListener('change', () => {
    state.fog = fog.checked;
    updateLink();
  });

  const startButton = el('button', {
    className: 'primary big',
    text: 'Start the game',
    attrs: { type: 'submit' },
  });
  startButton.disabled = playable.length === 0;
  const form = el('form', { className: 'start-form', attrs: { 'aria-label': 'New game' } }, [
    el('fieldset', { className: 'scenarios' }, [
      el('legend', { text: '1. Choose a scenario' }),
      scenarioList,
    ]),
    el('div', { className: 'start-side' }, [
      el('fieldset', {}, [el('legend', { text: '2. Choose who plays' }), sideList]),
      el('fieldset', { className: 'settings' }, [
        el('legend', { text: '3. Settings' }),
        whatIfField,
        el('div', { className: 'field' }, [
          el('label', { text: 'Computer player', attrs: { for: 'difficulty' } }),
          difficulty,
        ]),
        el('div', { className: 'field' }, [
          el('label', { text: 'Seed', attrs: { for: 'seed' } }),
          el('div', { className: 'seed-row' }, [seed, newSeed]),
          el('p', {
            className: 'hint',
            text: 'The same seed and the same orders always give the same game: give a class one seed to compare.',
          }),
        ]),
        el('div', { className: 'field fog-field' }, [
          el('label', { className: 'check' }, [fog, ' Hide enemy fleets at sea (fog of war)']),
          el('p', {
            className: 'hint',
            attrs: { id: 'fog-hint' },
            text: 'You see enemy ships at sea only where your ships are or your aircraft search nearby; enemy ports, airfields and armies are always seen. Replays and the after-action report show everything.',
          }),
        ]),
      ]),
      el('div', { className: 'start-actions' }, [startButton]),
      el('div', { className: 'field link-field' }, [
        el('label', { text: 'Link that starts this game (for a class)', attrs: { for: 'start-link' } }),
        linkField,
        linkNote,
      ]),
    ]),
  ]);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!state.scenario) return;
    startButton.disabled = true;
    startButton.textContent = 'Starting…';
    hooks.start({ ...state });
  });
  updateWhatIfs();
  updateLink();

  const continueBox = renderSavedGames(hooks);

  root.replaceChildren(
    el('header', { className: 'start-header' }, [
      el('div', { className: 'start-header-inner' }, [
        el('h1', { text: 'Price of Victory' }),
        el('p', {
          className: 'tagline',
          text: 'The Pacific War, July 1941 – September 1945. A strategy game about oil, shipping and the price of every decision.',
        }),
      ]),
    ]),
    el('div', { className: 'start-inner' }, [
      notice ? el('p', { className: 'notice', text: notice, attrs: { role: 'alert' } }) : null,
      continueBox,
      form,
      renderClassroomTools(root, hooks),
    ]),
  );
}

/** Where a scenario from a file came from, whether it is kept on this computer, and its Remove button. */
function customNote(custom: CustomScenario, hooks: StartHooks): HTMLElement {
  const where = custom.kept
    ? `From ${custom.origin}, kept on this computer.`
    : `From ${custom.origin}; not kept (gone after a reload).`;
  const remove = button(
    'Remove',
    () => {
      removeCustomScenario(custom.file);
      hooks.refresh(
        `Removed the scenario “${custom.loaded.value.meta.title}” from this computer. Saved games played with it keep their own copy.`,
      );
    },
    { className: 'small', label: `Remove the scenario ${custom.loaded.value.meta.title} from this computer` },
  );
  return el('span', { className: 'scenario-origin' }, [el('span', { text: where }), remove]);
}
