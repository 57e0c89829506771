/**
 * Full-screen moments between turns, as one modal <dialog> (it keeps the
 * keyboard inside and is announced to screen readers): the hot-seat hand-over,
 * which hides the board so one player never sees the other's orders, and
 * "the computer is thinking".
 */
import { button, el } from './dom';

function dialog(): HTMLDialogElement {
  let d = document.getElementById('overlay') as HTMLDialogElement | null;
  if (!d) {
    d = el('dialog', { attrs: { id: 'overlay', 'aria-labelledby': 'overlay-title' } });
    // Escape must not skip a hand-over: the next player has to say they are ready.
    d.addEventListener('cancel', (e) => e.preventDefault());
    document.body.append(d);
  }
  return d;
}

export function closeDialog() {
  const d = document.getElementById('overlay') as HTMLDialogElement | null;
  if (d?.open) d.close();
  document.body.classList.remove('covered');
}

function open(className: string, children: HTMLElement[], focus?: HTMLElement) {
  const d = dialog();
  d.className = className;
  d.replaceChildren(...children);
  document.body.classList.add('covered');
  if (!d.open) d.showModal();
  // Focus without scrolling: a long dialog (the end of the game) is read from its top.
  (focus ?? d).focus({ preventScroll: true });
  d.scrollTop = 0;
}

/** Covers the game until the next player says they are ready. */
export function showHandover(
  title: string,
  lines: readonly string[],
  buttonText: string,
  onReady: () => void,
) {
  const go = button(
    buttonText,
    () => {
      closeDialog();
      onReady();
    },
    { className: 'primary big', key: 'handover-ready' },
  );
  open(
    'handover',
    [
      el('h2', { attrs: { id: 'overlay-title' }, text: title }),
      ...lines.map((t) => el('p', { text: t })),
      go,
    ],
    go,
  );
}

export function showThinking(text: string) {
  const d = dialog();
  d.className = 'thinking';
  d.replaceChildren(
    el('div', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
    el('h2', { attrs: { id: 'overlay-title', role: 'status' }, text }),
  );
  if (!d.open) d.showModal();
}

/** A modal with arbitrary content (the end of the game). */
export function showPanel(className: string, children: HTMLElement[], focus?: HTMLElement) {
  open(className, children, focus);
}
