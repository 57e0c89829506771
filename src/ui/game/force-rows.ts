/**
 * Forces as a list a player can pick from with the mouse or the keyboard:
 * one checkbox per force, its strength in words, and its order if it has one.
 * Used for an area's forces and for all of a side's forces.
 */
import type { ForceState } from '../../engine/index';
import { describeForce } from '../kit/describe-force';
import { button, el } from '../kit/dom';
import type { ScreenContext } from './screen-state';

export function forceRows(ctx: ScreenContext, forces: readonly ForceState[], pickable: boolean): HTMLElement {
  const { screen, session, drafts } = ctx;
  const list = el('ul', { className: 'force-list' });
  for (const f of forces) {
    const move = screen.viewer === f.side ? drafts[f.side].moveOf(f.id) : undefined;
    const to = move ? (session.world.areas.get(move.to)?.name ?? move.to) : null;
    const text = [
      el('strong', { text: f.name }),
      el('span', { className: 'force-desc', text: describeForce(f) }),
    ];
    const status = to ? el('span', { className: 'force-order', text: `→ ${to}` }) : null;
    if (!pickable) {
      list.append(el('li', { className: 'force-row' }, [...text, status]));
      continue;
    }
    const box = el('input', { attrs: { type: 'checkbox', 'data-key': `pick-${f.id}` } });
    box.checked = screen.selection?.forces.includes(f.id) ?? false;
    box.addEventListener('change', () => ctx.actions.toggleForce(f.id));
    // Keyboard: Enter on a ticked force goes on to where the picked forces can go.
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && box.checked) {
        e.preventDefault();
        focusDestinations();
      }
    });
    // The name and description wrap beside the box, never under it: a long name ("Grand Escort Command
    // (kaibōkan and old destroyers)") left the box alone on a line above it in the side panel.
    list.append(
      el('li', { className: 'force-row' }, [
        el('label', {}, [box, el('span', { className: 'force-text' }, text)]),
        status,
      ]),
    );
  }
  return list;
}

/** Moves focus to the first destination the picked forces may go to (the move panel's list). */
export function focusDestinations() {
  const first =
    document.querySelector<HTMLElement>('#composer [data-key^="dest-"]') ??
    document.querySelector<HTMLElement>('#composer [data-key="composer-clear"]');
  first?.focus();
}

/** Buttons that pick several forces of an area at once. */
export function pickAllButtons(
  ctx: ScreenContext,
  areaId: string,
  forces: readonly ForceState[],
): HTMLElement {
  const ships = forces.filter((f) => f.type === 'ship' || f.type === 'flotilla');
  const groups: [string, ForceState[]][] = [
    ['all ships', ships],
    ['all forces', [...forces]],
  ];
  const buttons = groups
    .filter(([, list], i) => list.length > 1 && !(i === 1 && list.length === ships.length))
    .map(([label, list]) =>
      button(
        `Pick ${label}`,
        () => {
          ctx.actions.selectForces(list.map((f) => f.id));
          focusDestinations();
        },
        {
          className: 'small',
          key: `pick-${label}-${areaId}`,
        },
      ),
    );
  return el('div', { className: 'pick-all' }, buttons);
}
