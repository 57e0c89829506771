/**
 * How much of the board's left edge its buttons cover (the zoom column, with the
 * Map key under it), in CSS pixels, so the camera can keep the map's edge beside them
 * (board-camera.ts `insetLeft`). Measured on the page, since the buttons are
 * sized in rem; a small gap keeps cards from touching them. None when they are not over
 * the board (a phone's strip above it).
 */
const GAP_PX = 6;

export function controlsInset(board: HTMLElement, controls: HTMLElement | null): number {
  const r = controls?.getBoundingClientRect();
  if (!r || r.width === 0) return 0;
  const b = board.getBoundingClientRect();
  // On a phone the buttons sit in a strip above the board (style.css): they cover none of it.
  if (r.bottom <= b.top) return 0;
  return Math.ceil(r.right - b.left + GAP_PX);
}
