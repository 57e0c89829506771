/**
 * A tiny DOM builder. Text only ever goes in through `textContent`: scenario
 * and report strings are data and are never parsed as HTML.
 */
type Child = Node | string | null | undefined | false;

export interface ElOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no element #${id}`);
  return node as T;
}

/**
 * Scrolls the side panel (not the page) so `node` shows, its top first. Does
 * nothing when the panel does not scroll (small screens, where the page does).
 */
export function revealInPanel(node: HTMLElement) {
  const panel = node.closest<HTMLElement>('.panel');
  if (!panel || panel.scrollHeight <= panel.clientHeight) return;
  const top = node.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
  const bottom = top + node.offsetHeight;
  if (top < panel.scrollTop) panel.scrollTop = top - 8;
  else if (bottom > panel.scrollTop + panel.clientHeight) {
    panel.scrollTop = Math.min(top - 8, bottom - panel.clientHeight + 8);
  }
}

/**
 * Re-renders a part of the page without losing the keyboard focus: the
 * focused element's `data-key` is remembered and the element with the same
 * key in the new content gets the focus back.
 */
export function keepFocus(render: () => void) {
  const active = document.activeElement;
  const key = active instanceof HTMLElement ? active.dataset.key : undefined;
  render();
  if (!key) return;
  const again = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  if (again && again !== document.activeElement) again.focus({ preventScroll: true });
}

/** A button with text, an optional accessible name and a focus key. */
export function button(
  text: string,
  onClick: () => void,
  options: { className?: string; label?: string; key?: string; disabled?: boolean; title?: string } = {},
): HTMLButtonElement {
  const b = el('button', { className: options.className ?? '', text, attrs: { type: 'button' } });
  if (options.label) b.setAttribute('aria-label', options.label);
  if (options.key) b.dataset.key = options.key;
  if (options.title) b.title = options.title;
  b.disabled = options.disabled ?? false;
  b.addEventListener('click', onClick);
  return b;
}
