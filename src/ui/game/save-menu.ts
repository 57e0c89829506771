/**
 * "Save & share" in the game: Export save and Export replay as files, a
 * replay link (copied, or shown to copy by hand), the replay viewer, the
 * after-action report so far, and — for a branch — the comparison with the
 * game it was branched from.
 */
import { replayToFragment } from '../../replay/index';
import { type DraftsNow, saveOf } from '../app/autosave';
import { branchOrigin, requestClassroom } from '../app/classroom-events';
import type { LaunchOptions } from '../app/launch';
import { openClassroomDialog, statusLine } from '../classroom/classroom-dialog';
import { button, el } from '../kit/dom';
import { downloadText, fileSlug } from '../kit/files';
import { verdictHeadlineOf } from '../kit/verdict-headline';
import { hashOf } from '../scenarios/custom-scenarios';
import type { GameSession } from './session';
import { replayOf } from './session-replay';

export function gameFileName(session: GameSession, kind: 'save' | 'replay'): string {
  const s = session.world.scenario.meta.id;
  return `price-of-victory-${fileSlug(s)}-${fileSlug(session.seed)}-turn-${session.state.turn}.${kind}.json`;
}

export function showSaveMenu(session: GameSession, launch: LaunchOptions, label: string, drafts?: DraftsNow) {
  const { body, close } = openClassroomDialog('Save and share this game', 'save-menu');
  const status = statusLine();
  const linkBox = el('div', { className: 'link-box' });

  const exportSave = button(
    'Export save',
    () => {
      downloadText(
        gameFileName(session, 'save'),
        JSON.stringify(saveOf(session, launch, label, drafts), null, 1),
      );
      status.textContent = 'The save file is downloading. Import save on the start screen opens it again.';
    },
    { className: 'primary', label: 'Export save as a file' },
  );
  const exportReplay = button(
    'Export replay',
    () => {
      downloadText(gameFileName(session, 'replay'), JSON.stringify(replayOf(session), null, 1));
      status.textContent =
        'The replay file is downloading. Import replay on the start screen opens it in the viewer.';
    },
    { label: 'Export replay as a file' },
  );
  const shareLink = button(
    'Replay link',
    () => {
      const packed = replayToFragment(replayOf(session));
      if (!packed.ok) {
        status.textContent = packed.message;
        linkBox.replaceChildren();
        return;
      }
      const url = new URL(window.location.href);
      url.search = '';
      url.hash = packed.fragment;
      const field = el('input', {
        attrs: {
          type: 'text',
          readonly: '',
          id: 'replay-link',
          value: url.href,
          'aria-label': 'Replay link',
        },
      });
      field.addEventListener('focus', () => field.select());
      linkBox.replaceChildren(el('label', { text: 'Replay link', attrs: { for: 'replay-link' } }), field);
      const written = navigator.clipboard?.writeText(url.href);
      if (written) {
        written.then(
          () => {
            status.textContent = `The link is copied (${url.href.length} characters). Whoever opens it sees this game in the replay viewer.`;
          },
          () => {
            status.textContent = 'Copy the link below (it could not be copied for you).';
            field.focus();
          },
        );
      } else {
        status.textContent = 'Copy the link below.';
        field.focus();
      }
    },
    { label: 'Make a replay link and copy it' },
  );
  const viewer = button(
    'Open in the replay viewer',
    () => {
      close();
      requestClassroom({ kind: 'view-replay', replay: replayOf(session), turn: session.turns.length });
    },
    { disabled: session.turns.length === 0 },
  );
  const aar = button(
    'After-action report',
    () => {
      close();
      void import('../replay/after-action-page').then((m) =>
        m.showAfterAction(
          session.world.scenario,
          replayOf(session),
          verdictHeadlineOf(session.world, session.state, session.reports),
        ),
      );
    },
    { disabled: session.turns.length === 0, label: 'After-action report of the game so far' },
  );
  const origin = branchOrigin(hashOf(session.world.scenario), session.seed);
  const compare = origin
    ? button(
        'Compare with the original game',
        () => {
          close();
          requestClassroom({ kind: 'compare', a: origin.replay, b: replayOf(session) });
        },
        { label: `Compare this branch with the game it was branched from (at turn ${origin.turn})` },
      )
    : null;

  body.append(
    el('p', {
      text: 'The game is saved in this browser after every turn. To keep it elsewhere, or to hand it to someone, export it:',
    }),
    el('div', { className: 'classroom-buttons' }, [exportSave, exportReplay, shareLink]),
    linkBox,
    el('div', { className: 'classroom-buttons' }, compare ? [viewer, aar, compare] : [viewer, aar]),
    status,
  );
  exportSave.focus();
}
