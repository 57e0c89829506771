/**
 * What the last order given from a list (a build, an air mission) came to, beside the button that
 * gave it: "Ordered: Build 5 × …" or "Not possible: 50 × Kaibōkan escorts needs 2,000 industry and
 * you have 69 now — …". Before, both went only to the screen reader's live region, and a sighted
 * student who typed 50 and pressed Order saw the box go back to 1 and nothing else.
 */
import { el } from '../kit/dom';
import type { ScreenContext } from './screen-state';

export function orderNote(ctx: ScreenContext, key: string): HTMLElement | null {
  const note = ctx.screen.orderNote;
  if (!note || note.key !== key) return null;
  return el('p', {
    className: note.ok ? 'order-note ok' : 'order-note refusal',
    text: note.text,
    attrs: { 'data-key': `note-${key}` },
  });
}
