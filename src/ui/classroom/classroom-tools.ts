/**
 * The classroom corner of the start screen: Load scenario (a file picker, or
 * a file dropped anywhere on the page), Import save, Import replay, Compare
 * two replays, and the teacher view of the chosen scenario. A dropped file is
 * recognised by what it is (scenario, save or replay). Problems are listed
 * with their place in the file, in plain words; nothing in a file is run.
 */
import { loadReplayText, type Replay } from '../../replay/index';
import { loadSaveText, type SaveGame } from '../../save/index';
import { parseGuardedJson } from '../../scenario/json-guard';
import type { Problem } from '../../scenario/problems';
import type { Scenario } from '../../scenario/schema';
import { button, el } from '../kit/dom';
import { filePicker, readFileText } from '../kit/files';
import { addCustomScenario, findAnyScenario } from '../scenarios/custom-scenarios';
import { loadScenarioShown } from '../scenarios/scenario-loading';
import { problemList, statusLine } from './classroom-dialog';
import { showTeacherView } from './teacher-view';

export interface ClassroomHooks {
  /** Shows the start screen again (with a custom scenario just added), with a notice. */
  refresh(notice?: string): void;
  resume(save: SaveGame): void;
  openReplay(replay: Replay): void;
  compare(a: Replay, b: Replay): void;
  /** Opens Class results: a class's replays verified, listed and charted. */
  classResults(): void;
}

type FileKind = 'scenario' | 'save' | 'replay';

export function renderClassroomTools(root: HTMLElement, hooks: ClassroomHooks): HTMLElement {
  const status = statusLine('', 'classroom-status');
  const problemsBox = el('div', {
    className: 'file-problems',
    attrs: { role: 'alert', id: 'file-problems', tabindex: '-1' },
  });
  problemsBox.hidden = true;

  const showProblems = (title: string, problems: readonly Problem[], hint?: string) => {
    problemsBox.replaceChildren(el('h3', { text: title }), problemList(problems));
    if (hint) problemsBox.append(el('p', { className: 'hint', text: hint }));
    problemsBox.hidden = false;
    status.textContent = '';
    problemsBox.focus();
  };
  const clear = () => {
    problemsBox.hidden = true;
    problemsBox.replaceChildren();
  };

  const handle = async (file: File, expected?: FileKind) => {
    clear();
    status.textContent = `Reading “${file.name}”…`;
    const read = await readFileText(file);
    if (!read.ok)
      return showProblems(`“${file.name}” cannot be opened`, [{ path: '(file)', message: read.message }]);
    const kind = expected ?? sniff(read.text);
    if (kind === 'scenario') {
      const added = addCustomScenario(read.text, file.name, { keep: true });
      if (!added.ok) {
        return showProblems(
          `“${file.name}” cannot be used as a scenario: ${added.problems.length} ${added.problems.length === 1 ? 'problem' : 'problems'}`,
          added.problems,
          'Each line says where in the file (the path) and what is wrong. Fix the file and load it again.',
        );
      }
      const kept = added.scenario.kept
        ? 'It stays in the list on this computer until you remove it.'
        : 'The browser storage is full, so it will be gone after a reload: load the file again then.';
      return hooks.refresh(
        `Loaded the scenario “${added.scenario.loaded.value.meta.title}” from ${file.name}. It is chosen below: pick who plays and start. ${kept}`,
      );
    }
    if (kind === 'save') {
      const save = loadSaveText(read.text);
      if (!save.ok) {
        return showProblems(`“${file.name}” cannot be opened as a saved game`, save.problems);
      }
      status.textContent = `Opening the saved game “${save.value.label}”…`;
      return hooks.resume(save.value);
    }
    const replay = loadReplayText(read.text);
    if (!replay.ok) return showProblems(`“${file.name}” cannot be opened as a replay`, replay.problems);
    return hooks.openReplay(replay.value);
  };

  const scenarioPicker = filePicker(
    'Load scenario…',
    '.json,application/json',
    (f) => void handle(f[0]!, 'scenario'),
    {
      id: 'load-scenario-file',
      label: 'Load scenario from a file',
      className: 'primary',
    },
  );
  const savePicker = filePicker('Import save…', '.json,application/json', (f) => void handle(f[0]!, 'save'), {
    id: 'import-save-file',
    label: 'Import save from a file',
  });
  const replayPicker = filePicker(
    'Import replay…',
    '.json,application/json',
    (f) => void handle(f[0]!, 'replay'),
    {
      id: 'import-replay-file',
      label: 'Import replay from a file',
    },
  );
  const comparePicker = filePicker(
    'Compare two replays…',
    '.json,application/json',
    (f) => void compareFiles(f),
    {
      id: 'compare-replay-files',
      label: 'Compare two replay files',
      multiple: true,
    },
  );
  const compareFiles = async (files: File[]) => {
    clear();
    if (files.length !== 2) {
      return showProblems('Choose two replay files', [
        {
          path: '(files)',
          message: `${files.length} chosen: pick exactly two (hold Ctrl or Shift to pick the second).`,
        },
      ]);
    }
    const replays: Replay[] = [];
    for (const f of files) {
      const read = await readFileText(f);
      if (!read.ok)
        return showProblems(`“${f.name}” cannot be opened`, [{ path: '(file)', message: read.message }]);
      const r = loadReplayText(read.text);
      if (!r.ok) return showProblems(`“${f.name}” cannot be opened as a replay`, r.problems);
      replays.push(r.value);
    }
    hooks.compare(replays[0]!, replays[1]!);
  };

  const teacher = button(
    'Teacher view',
    async () => {
      const chosen = root.querySelector<HTMLInputElement>('input[name="scenario"]:checked')?.value;
      if (!chosen) return;
      const failed = await loadScenarioShown(chosen);
      if (failed)
        return showProblems('The teacher view cannot be opened', [{ path: chosen, message: failed }]);
      const s = findAnyScenario(chosen);
      if (s?.loaded.ok) showTeacherView(s.loaded.value as Scenario);
    },
    { label: 'Teacher view of the chosen scenario: notes, prompts and sources' },
  );

  const classResults = button('Class results', () => hooks.classResults(), {
    label: "Class results: check and compare a class's replays",
    className: 'primary',
  });

  const drop = el('p', {
    className: 'drop-hint',
    text: 'Or drop a scenario, save or replay file anywhere on this page.',
  });
  const section = el(
    'section',
    { className: 'classroom-tools', attrs: { 'aria-labelledby': 'classroom-heading' } },
    [
      el('h2', { attrs: { id: 'classroom-heading' }, text: 'For the classroom' }),
      el('div', { className: 'classroom-buttons' }, [
        scenarioPicker.button,
        scenarioPicker.input,
        teacher,
        savePicker.button,
        savePicker.input,
        replayPicker.button,
        replayPicker.input,
        comparePicker.button,
        comparePicker.input,
        classResults,
      ]),
      drop,
      status,
      problemsBox,
    ],
  );

  // Drag and drop anywhere on the start screen.
  root.addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    root.classList.add('dropping');
  });
  root.addEventListener('dragleave', (e) => {
    if (e.target === root) root.classList.remove('dropping');
  });
  root.addEventListener('drop', (e) => {
    e.preventDefault();
    root.classList.remove('dropping');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length === 2) void compareFiles(files);
    else if (files[0]) void handle(files[0]);
  });
  return section;
}

/** What a file is, from its top-level keys (a scenario when in doubt: its problems are the most helpful). */
function sniff(text: string): FileKind {
  const parsed = parseGuardedJson(text);
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return 'scenario';
  const v = parsed.value as Record<string, unknown>;
  if ('replayVersion' in v) return 'replay';
  if ('saveVersion' in v || ('version' in v && 'turns' in v)) return 'save';
  return 'scenario';
}
