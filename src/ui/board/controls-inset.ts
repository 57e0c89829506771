/**
 * How much of the board's left edge its buttons cover (the zoom column, with the
 * Map key under it), in CSS pixels, so the camera can keep the map's edge beside them
 * (board-camera.ts `insetLeft`). Measured on the page, since the buttons are
 * sized in rem; a small gap keeps cards from touching them.
 */
const GAP_PX = 6;

export function controlsInset(board: HTMLElement, controls: HTMLElement | null): number {
  const r = controls?.getBoundingClientRect();
  if (!r || r.width === 0) return 0;
  return Math.ceil(r.right - board.getBoundingClientRect().left + GAP_PX);
}
