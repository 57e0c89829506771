/**
 * The classroom's dialogs (save and share, teacher view, branch): a modal
 * <dialog> that keeps the keyboard inside, closes with Escape or its Close
 * button, and gives the focus back to where it was.
 */
import type { Problem } from '../../scenario/problems';
import { button, el } from '../kit/dom';
import { problemItem } from '../kit/problem-item';

export interface OpenDialog {
  dialog: HTMLDialogElement;
  body: HTMLElement;
  close(): void;
}

export function openClassroomDialog(title: string, className = '', onClose?: () => void): OpenDialog {
  document.getElementById('classroom-dialog')?.remove();
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const body = el('div', { className: 'classroom-dialog-body' });
  const dialog = el('dialog', {
    className: `classroom-dialog ${className}`,
    attrs: { id: 'classroom-dialog', 'aria-labelledby': 'classroom-dialog-title' },
  });
  const close = () => {
    if (dialog.open) dialog.close();
    dialog.remove();
    back?.focus({ preventScroll: true });
    onClose?.();
  };
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    close();
  });
  dialog.append(
    el('div', { className: 'classroom-dialog-head' }, [
      el('h2', { attrs: { id: 'classroom-dialog-title' }, text: title }),
      button('Close', close, { className: 'small', label: `Close: ${title}` }),
    ]),
    body,
  );
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, body, close };
}

/** A polite line that screen readers announce and everyone can read. */
export function statusLine(text = '', className = 'status-line'): HTMLElement {
  return el('p', { className, text, attrs: { role: 'status', 'aria-live': 'polite' } });
}

/** A list of problems, each with its path, in plain words. */
export function problemList(problems: readonly Problem[], max = 30): HTMLElement {
  const shown = problems.slice(0, max);
  const list = el('ul', { className: 'problem-list' }, shown.map(problemItem));
  if (problems.length > max) list.append(el('li', { text: `… and ${problems.length - max} more.` }));
  return list;
}
