/**
 * Pan and zoom with the mouse (drag, wheel), touch (drag, pinch) and the
 * keyboard (arrows, + and −, 0 to see everything), and clicks and hovers on
 * areas. DOM pointer events on the board element: the same code for mouse,
 * pen and fingers.
 */
import type { BoardCamera } from './board-camera';
import type { Point } from './map-frame';

export interface BoardInputHooks {
  areaAt(p: Point): string | null;
  onClick(areaId: string | null): void;
  onHover(areaId: string | null, p: Point): void;
  /** Escape: drop the current selection. */
  onEscape(): void;
  /** Keyboard: the next (+1) or previous (−1) area gets the focus and shows its card. */
  onStep?(direction: 1 | -1): void;
  /** Keyboard: Enter on the board acts on the focused area like a click. */
  onEnter?(): void;
}

/** A press that moves less than this (pixels) is a click, not a drag. */
const CLICK_SLOP = 5;
const KEY_PAN = 90;
const KEY_ZOOM = 1.4;

export function attachBoardInput(element: HTMLElement, view: BoardCamera, hooks: BoardInputHooks) {
  const pointers = new Map<number, Point>();
  let pressed: { id: number; start: Point; moved: boolean } | null = null;
  let pinchDistance = 0;

  const local = (e: { clientX: number; clientY: number }): Point => {
    const r = element.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };

  element.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    try {
      element.setPointerCapture(e.pointerId);
    } catch {
      // A synthetic or already-released pointer cannot be captured; dragging still works inside the board.
    }
    const p = local(e);
    pointers.set(e.pointerId, p);
    if (pointers.size === 1) pressed = { id: e.pointerId, start: p, moved: false };
    else {
      // A second finger: from now on this is a pinch, never a click.
      if (pressed) pressed.moved = true;
      pinchDistance = spread(pointers);
    }
  });

  element.addEventListener('pointermove', (e) => {
    const p = local(e);
    const last = pointers.get(e.pointerId);
    if (!last) {
      if (e.pointerType === 'mouse') hooks.onHover(hooks.areaAt(p), p);
      return;
    }
    pointers.set(e.pointerId, p);
    if (pointers.size >= 2) {
      const d = spread(pointers);
      const mid = middle(pointers);
      if (pinchDistance > 0 && d > 0) view.zoomAt(d / pinchDistance, mid.x, mid.y);
      pinchDistance = d;
      // Both fingers move the map too: half of this finger's movement each.
      view.panBy((p.x - last.x) / 2, (p.y - last.y) / 2);
      return;
    }
    if (pressed && !pressed.moved && Math.hypot(p.x - pressed.start.x, p.y - pressed.start.y) > CLICK_SLOP) {
      pressed.moved = true;
      element.classList.add('panning');
    }
    if (pressed?.moved) view.panBy(p.x - last.x, p.y - last.y);
  });

  const release = (e: PointerEvent, cancelled: boolean) => {
    if (!pointers.has(e.pointerId)) return;
    pointers.delete(e.pointerId);
    if (pointers.size < 2) pinchDistance = 0;
    if (pointers.size === 0) {
      element.classList.remove('panning');
      if (pressed && !pressed.moved && !cancelled && pressed.id === e.pointerId) {
        hooks.onClick(hooks.areaAt(local(e)));
      }
      pressed = null;
    }
  };
  element.addEventListener('pointerup', (e) => release(e, false));
  element.addEventListener('pointercancel', (e) => release(e, true));
  element.addEventListener('pointerleave', (e) => {
    if (e.pointerType === 'mouse' && pointers.size === 0) hooks.onHover(null, local(e));
  });

  element.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const p = local(e);
      // Trackpads send small steady deltas, mouse wheels large steps: both zoom smoothly.
      const delta = e.deltaMode === 1 ? e.deltaY * 33 : e.deltaY;
      view.zoomAt(Math.exp(-delta * 0.0015), p.x, p.y);
    },
    { passive: false },
  );

  element.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    let handled = true;
    switch (e.key) {
      case 'ArrowLeft':
        view.panBy(KEY_PAN, 0);
        break;
      case 'ArrowRight':
        view.panBy(-KEY_PAN, 0);
        break;
      case 'ArrowUp':
        view.panBy(0, KEY_PAN);
        break;
      case 'ArrowDown':
        view.panBy(0, -KEY_PAN);
        break;
      case '+':
      case '=':
        view.zoomAt(KEY_ZOOM);
        break;
      case '-':
      case '_':
        view.zoomAt(1 / KEY_ZOOM);
        break;
      case '0':
        view.fit();
        break;
      case 'Escape':
        hooks.onEscape();
        break;
      case 'n':
      case 'N':
        if (!hooks.onStep) handled = false;
        else hooks.onStep(1);
        break;
      case 'p':
      case 'P':
        if (!hooks.onStep) handled = false;
        else hooks.onStep(-1);
        break;
      case 'Enter':
        if (!hooks.onEnter) handled = false;
        else hooks.onEnter();
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  });
}

function spread(pointers: Map<number, Point>): number {
  const [a, b] = [...pointers.values()];
  return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
}

function middle(pointers: Map<number, Point>): Point {
  const [a, b] = [...pointers.values()];
  return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : { x: 0, y: 0 };
}
