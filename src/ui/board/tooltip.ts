/**
 * The tooltip over the board: an area's name, holder, port and airfield,
 * production and garrison, plus — while forces are picked — whether they can
 * go there. Text only; it follows the mouse and never takes the focus.
 */

import { lastSeenTip, NOT_WATCHED } from '../../text/fog-text';
import type { ScreenContext } from '../game/screen-state';
import { summariseForces } from '../kit/describe-force';
import { el } from '../kit/dom';
import { formatNumber, ownerLabel } from '../kit/format';
import { kindLine, productionLine } from './describe-area';
import type { Point } from './map-frame';

export function showTooltip(
  tip: HTMLElement,
  ctx: ScreenContext,
  areaId: string | null,
  at: Point,
  destinations: ReadonlyMap<string, number> | null,
) {
  const area = areaId ? ctx.session.world.areas.get(areaId) : undefined;
  if (!area) {
    tip.hidden = true;
    return;
  }
  const { world, state } = ctx.session;
  const owner = state.control[area.id] ?? area.owner;
  const lines: HTMLElement[] = [
    el('strong', { text: area.name }),
    el('span', { text: area.kind === 'sea' ? kindLine(area) : `${kindLine(area)} · ${ownerLabel(owner)}` }),
  ];
  const production = productionLine(world.scenario, area);
  if (production) lines.push(el('span', { text: `Produces ${production}` }));
  // What the side on screen sees there (the fog of war: engine/sight.ts).
  const here = ctx.seen.forces.filter((f) => f.location === area.id && f.status === 'active');
  for (const side of ['japan', 'allies'] as const) {
    const mine = here.filter((f) => f.side === side);
    if (mine.length)
      lines.push(
        el('span', {
          className: `tip-side side-${side}`,
          text: `${world.scenario.sides[side].name}: ${summariseForces(mine)}`,
        }),
      );
  }
  if (here.length === 0 && area.kind !== 'sea')
    lines.push(el('span', { className: 'muted', text: 'No garrison' }));
  if (ctx.sight?.unwatched.has(area.id)) lines.push(el('span', { className: 'muted', text: NOT_WATCHED }));
  // The faded counters in words (engine/last-seen.ts): what was last seen here, and when.
  const ghost = ctx.ghosts.find((g) => g.area === area.id);
  if (ghost?.forces[0])
    lines.push(
      el('span', {
        className: 'tip-last-seen',
        text: `${lastSeenTip(ghost.forces[0].side, ghost.date, world.scenario.calendar.turnLength.unit !== 'month')}: ${summariseForces(ghost.forces)}`,
      }),
    );
  if (destinations) {
    const d = destinations.get(area.id);
    lines.push(
      el('span', {
        className: d !== undefined ? 'tip-ok' : 'tip-no',
        text:
          d !== undefined
            ? `Your picked forces can go here: ${formatNumber(d)} nm. Click to see the cost.`
            : 'Out of reach for the picked forces',
      }),
    );
  }
  tip.replaceChildren(...lines);
  tip.hidden = false;
  const parent = tip.parentElement;
  const w = parent?.clientWidth ?? 800;
  const h = parent?.clientHeight ?? 600;
  const x = at.x + 16 + tip.offsetWidth > w ? at.x - 12 - tip.offsetWidth : at.x + 16;
  const y = Math.min(Math.max(4, at.y + 14), h - tip.offsetHeight - 4);
  tip.style.transform = `translate(${Math.round(Math.max(4, x))}px, ${Math.round(y)}px)`;
}
