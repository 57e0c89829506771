/**
 * The Area tab: the selected area in words — who holds it, what it produces,
 * its port and airfield, where its routes lead and which forces are there.
 * A <select> offers the same choice as clicking the map, so the board can be
 * used with a keyboard or a screen reader too.
 */
import { airDangerAt, type Ghost, portDangerAt } from '../../engine/index';
import { airDangerText, portDangerText } from '../../text/air-danger-text';
import { lastSeenText, NO_ENEMY_SEEN } from '../../text/fog-text';
import { kindLine, productionLine } from '../board/describe-area';
import { summariseForces } from '../kit/describe-force';
import { button, el } from '../kit/dom';
import { formatNumber, ownerLabel } from '../kit/format';
import { forceRows, pickAllButtons } from './force-rows';
import type { ScreenContext } from './screen-state';
import { mayOrder } from './turn-phase';

/** "Last seen here in January 1942: Allied 2 heavy cruisers, …" with the forces' names under it. */
function lastSeenNote(ctx: ScreenContext, ghost: Ghost): HTMLElement {
  const { world } = ctx.session;
  const enemy = ghost.forces[0]?.side ?? 'allies';
  const withDay = world.scenario.calendar.turnLength.unit !== 'month';
  return el('div', { className: 'last-seen', attrs: { 'data-key': 'last-seen' } }, [
    el('p', {
      text: lastSeenText(enemy, ghost.date, withDay, summariseForces(ghost.forces)),
    }),
    el('p', { className: 'muted', text: ghost.forces.map((f) => f.name).join(', ') }),
  ]);
}

export function renderAreaTab(container: HTMLElement, ctx: ScreenContext) {
  const { session, screen } = ctx;
  const { world, state } = session;
  const areas = [...world.scenario.areas].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const select = el('select', { attrs: { id: 'area-select', 'data-key': 'area-select' } }, [
    el('option', { text: 'Choose an area…', attrs: { value: '' } }),
    ...areas.map((a) => el('option', { text: a.name, attrs: { value: a.id } })),
  ]);
  select.value = screen.selectedArea ?? '';
  select.addEventListener('change', () => ctx.actions.selectArea(select.value || null));
  const head = el('div', { className: 'area-head' }, [
    el('label', { text: 'Choose an area', attrs: { for: 'area-select' }, className: 'visually-hidden' }),
    select,
  ]);
  const body = el('div', { attrs: { id: 'area-details' } });
  const area = screen.selectedArea ? world.areas.get(screen.selectedArea) : undefined;
  if (!area) {
    body.append(
      el('p', {
        className: 'muted',
        text: 'Click an area on the map, or choose one here, to see who holds it and which forces are there.',
      }),
    );
    container.replaceChildren(head, body);
    return;
  }
  const owner = state.control[area.id] ?? area.owner;
  const production = productionLine(world.scenario, area);
  body.append(
    el('h3', { text: area.name }),
    el('p', {
      text: area.kind === 'sea' ? kindLine(area) : `${kindLine(area)} · held by ${ownerLabel(owner)}`,
    }),
  );
  if (production) body.append(el('p', { text: `Produces ${production} while held and connected to home.` }));
  // Fields wrecked when the area changed hands (deliveries.ts sabotageOilFields): play24's Borneo
  // panel said "oil +1,450 a month" while the report said "+580 (fields at 40% after sabotage)".
  const fields = state.oilFields[area.id];
  const repair = world.scenario.rules.oilFields?.repairPerTurnPercent ?? 0;
  if (production && fields !== undefined)
    body.append(
      el('p', {
        attrs: { 'data-key': 'oil-fields' },
        text: `Its oil fields were wrecked when it changed hands: they give ${fields}% of their oil now${repair > 0 ? `, ${repair} points more each month as they are repaired` : ''}.`,
      }),
    );
  if (area.value > 0)
    body.append(
      el('p', { className: 'muted', text: `Worth ${area.value} victory points to whoever holds it.` }),
    );
  body.append(
    button('Show on map', () => ctx.actions.showOnMap(area.id), {
      className: 'small link',
      key: 'area-show',
    }),
  );

  // The forces the side on screen sees here (ctx.seen: without the enemy's fleets at sea it does not see).
  const seen = ctx.seen;
  const forces = seen.forces.filter((f) => f.location === area.id && f.status === 'active');
  const unwatched = ctx.sight?.unwatched.has(area.id) === true;
  if (forces.length === 0 && !unwatched)
    body.append(el('p', { className: 'muted', text: 'No forces here.' }));
  for (const side of ['japan', 'allies'] as const) {
    const mine = forces.filter((f) => f.side === side);
    if (mine.length === 0) continue;
    const pickable = mayOrder(screen.phase) && screen.viewer === side;
    body.append(
      el('h4', { className: `force-heading side-${side}`, text: world.scenario.sides[side].name }),
      el('p', { className: 'force-summary', text: summariseForces(mine) }),
      pickable ? pickAllButtons(ctx, area.id, mine) : el('span'),
      forceRows(ctx, mine, pickable),
    );
  }
  // A sea area the side does not watch never says "no enemy": it does not know (engine/sight.ts).
  if (unwatched)
    body.append(el('p', { className: 'fog-note', attrs: { 'data-key': 'fog-note' }, text: NO_ENEMY_SEEN }));
  // Where the side last saw enemy forces it does not see now (engine/last-seen.ts): the board's faded counters in words.
  const ghost = unwatched ? ctx.ghosts.find((g) => g.area === area.id) : undefined;
  if (ghost) body.append(lastSeenNote(ctx, ghost));
  // Ships of the side on screen in a sea area within reach of enemy aircraft: how strong they are,
  // from the battle rules (engine/air-danger.ts) — play22's carriers were sunk "with no warning".
  // As the Danger line under End turn counts it (game-screen.ts airDangerHint): the ships ordered
  // away are not left there, and their carriers do not cover those that stay (play25: the line
  // named Midway's escorts left behind while this panel, counting the departing carriers, said
  // "you can fight back").
  const viewer = screen.viewer;
  const moving = new Set(
    viewer
      ? ctx.drafts[viewer].orders.flatMap((o) => (o.type === 'move' && o.men === undefined ? [o.force] : []))
      : [],
  );
  const ships = viewer
    ? forces.filter(
        (f) =>
          f.side === viewer &&
          !moving.has(f.id) &&
          (f.type === 'ship' || (f.type === 'flotilla' && f.class !== 'submarine')),
      )
    : [];
  const danger = viewer && ships.length > 0 ? airDangerAt(world, seen, viewer, area.id, moving) : null;
  if (danger)
    body.append(
      el('p', {
        className: danger.outgunned ? 'air-danger warn' : 'air-danger',
        text: airDangerText(danger, (id) => world.areas.get(id)?.name ?? id),
        attrs: { role: 'note' },
      }),
    );
  // Ships in a port: the carriers that can sail in and strike it this turn, against its AA, by the
  // port-strike rule (engine/air-danger.ts portDangerAt) — play25's Pearl Harbor battleships beside
  // seven Japanese carriers had no word. The same count as the Danger line; the enemy carriers the
  // side does not see are not in `seen`.
  const portDanger =
    viewer && ships.length > 0 && area.kind !== 'sea'
      ? portDangerAt(world, seen, viewer, area.id, moving)
      : null;
  if (portDanger)
    body.append(
      el('p', {
        className: portDanger.outgunned ? 'air-danger port-danger warn' : 'air-danger port-danger',
        text: portDangerText(portDanger, (id) => world.areas.get(id)?.name ?? id),
        attrs: { role: 'note', 'data-key': 'port-danger' },
      }),
    );
  const routes = world.neighbours.get(area.id) ?? [];
  if (routes.length) {
    body.append(
      el('h4', { text: 'Routes' }),
      el(
        'ul',
        { className: 'route-list' },
        routes.map((n) =>
          el('li', {}, [
            button(world.areas.get(n.area)?.name ?? n.area, () => ctx.actions.selectArea(n.area), {
              className: 'link',
              key: `route-${n.area}`,
            }),
            ` ${formatNumber(n.distance)} nm`,
          ]),
        ),
      ),
    );
  }
  container.replaceChildren(head, body);
}
