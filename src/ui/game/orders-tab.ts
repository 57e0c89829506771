/**
 * The Orders tab: the orders given so far (each can be cancelled), the
 * decisions and builds this side may order, and all of its forces to pick
 * from. Everything here works with the keyboard alone.
 */

import type { Order, SortieFuel } from '../../engine/index';
import {
  checkOrder,
  forecastOil,
  MERCHANT,
  TANKERS,
  turnDate,
  yardExpansion,
  yardRoom,
} from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import { airMissionLine } from '../../text/air-text';
import { CONVOY_RULE_TEXT, lastSailingsText } from '../../text/convoy-text';
import { detachmentWords } from '../../text/move-text';
import { refusalText } from '../../text/refusal-text';
import { yardRoomText, yardUseText } from '../../text/shipyard-text';
import { restrikeOrdersText } from '../../text/stock-text';
import { button, el } from '../kit/dom';
import { formatDate, formatNumber, namePossessive } from '../kit/format';
import { goalsList } from '../kit/goals-view';
import { proseNamingSources } from '../kit/prose-sources';
import { scenarioChangesView } from '../scenarios/scenario-changes-view';
import { airMissionsSection } from './air-missions-section';
import { forceRows, pickAllButtons } from './force-rows';
import { guideApplies, OPEN_GUIDE_EVENT } from './guided-turn';
import { beforeDeliveries, sortiesByOrder, unfuelled } from './oil-forecast';
import { orderNote } from './order-note';
import type { ScreenContext } from './screen-state';

export function renderOrdersTab(container: HTMLElement, ctx: ScreenContext) {
  const side = ctx.screen.viewer;
  if (!side) {
    container.replaceChildren(
      el('p', {
        className: 'muted',
        text: 'The computer gives the orders for both sides. Its moves appear in the turn report.',
      }),
    );
    return;
  }
  const name = ctx.session.world.scenario.sides[side].name;
  const parts: HTMLElement[] = [];
  const goal = goalBox(ctx, side);
  if (goal) parts.push(goal);
  parts.push(howToPlay(ctx.session.state.turn === 1, guideApplies(ctx.session)), orderList(ctx, side, name));
  const decisions = decisionsSection(ctx, side);
  if (decisions) parts.push(decisions);
  const homeFront = homeFrontSection(ctx, side);
  if (homeFront) parts.push(homeFront);
  const builds = buildsSection(ctx, side);
  if (builds) parts.push(builds);
  const air = airMissionsSection(ctx, side);
  if (air) parts.push(air);
  parts.push(forcesSection(ctx, side, name));
  container.replaceChildren(...parts);
}

/** The player's goal (and the other side's), open on the first turn so every game starts with it. */
function goalBox(ctx: ScreenContext, side: SideId): HTMLElement | null {
  const list = goalsList(ctx.session.world.scenario, side);
  if (!list) return null;
  const d = el('details', { className: 'goal-box', attrs: { id: 'goal-box' } }, [
    el('summary', { text: 'Your goal' }),
    list,
    // A class's copy of a bundled scenario: what the teacher changed, read before the first orders.
    scenarioChangesView(ctx.session.world.scenario, false),
  ]);
  // Open on the first turn until the player folds it away (it stays folded across renders).
  const folded = '#goal-folded';
  d.open = ctx.session.state.turn === 1 && !ctx.screen.openGroups.has(folded);
  d.addEventListener('toggle', () => {
    if (d.open) ctx.screen.openGroups.delete(folded);
    else ctx.screen.openGroups.add(folded);
  });
  return d;
}

/** Five steps for a first game; open on the first turn, folded away after. */
function howToPlay(open: boolean, guided: boolean): HTMLElement {
  const d = el('details', { className: 'how-to', attrs: { id: 'how-to' } }, [
    el('summary', { text: 'How to play' }),
    el('ol', {}, [
      el('li', { text: 'Look at your stocks in the bar at the top: oil runs out, ships are scarce.' }),
      el('li', {
        text: 'Click an area with your forces on the map, tick the forces to move, then click a green-ringed area.',
      }),
      el('li', { text: 'Check the cost and the risk, then confirm. Take decisions below if there are any.' }),
      el('li', { text: 'Press “End turn”. Both sides move at once; the rules work out what happens.' }),
      el('li', { text: 'Read the report: every number that changed, and why. Click an item to see where.' }),
    ]),
    el('p', { className: 'keys', attrs: { id: 'keys-help' } }, [
      el('strong', { text: 'Keys: ' }),
      el('kbd', { text: 'E' }),
      ' end turn · ',
      el('kbd', { text: '?' }),
      ' this help · ',
      el('kbd', { text: 'Enter' }),
      ' on a ticked force: where it can go · ',
      el('kbd', { text: 'Esc' }),
      ' clear the selection · map: arrows move, + and − zoom, 0 shows it all, ',
      el('kbd', { text: 'N' }),
      ' / ',
      el('kbd', { text: 'P' }),
      ' next / previous area (its card shows), ',
      el('kbd', { text: 'Enter' }),
      ' selects it.',
    ]),
    guided
      ? el('p', {}, [
          button('Guided first turn', () => document.dispatchEvent(new Event(OPEN_GUIDE_EVENT)), {
            className: 'small',
            key: 'open-guide',
          }),
          ' the stocks, an invasion, ending the turn and the report, step by step.',
        ])
      : null,
  ]);
  d.open = open;
  return d;
}

function orderList(ctx: ScreenContext, side: SideId, name: string): HTMLElement {
  const { session, drafts } = ctx;
  const orders = drafts[side].orders;
  // As the orders were checked (session.orderState): under the fog, an invasion into a sea the side
  // does not watch is costed as it would sail, not dropped for a fleet it cannot see.
  const forecast = forecastOil(session.world, session.orderState(side), side, orders);
  const sorties = sortiesByOrder(forecast);
  const short = unfuelled(forecast.sorties).length;
  const list = el('ol', { className: 'order-list' });
  orders.forEach((order, i) => {
    list.append(
      el('li', {}, [
        el('span', { className: 'order-text', text: orderText(ctx, order, sorties.get(order)) }),
        button('Cancel', () => ctx.actions.cancelOrder(i), {
          className: 'small',
          label: `Cancel order ${i + 1}: ${orderText(ctx, order, undefined)}`,
          key: `cancel-${i}`,
        }),
      ]),
    );
  });
  const summary =
    orders.length === 0
      ? 'No orders yet: every force stays where it is. That is allowed — waiting costs oil too.'
      : `${orders.length} ${orders.length === 1 ? 'order' : 'orders'}; sorties burn ${formatNumber(forecast.fuelledOil)} thousand barrels of oil.` +
        (short > 0
          ? ` ${short === 1 ? 'One sortie finds' : `${short} sorties find`} the tanks empty ${beforeDeliveries(session.world.scenario)}.`
          : '');
  // Carriers left next to an enemy port strike it again with no order, and burn a sortie's oil.
  const areaName = (id: string) => session.world.areas.get(id)?.name ?? id;
  const restrikeNote = forecast.restrikes
    .filter((r) => r.fuelled.length > 0)
    .map((r) => ` ${restrikeOrdersText(r.fuelled.length, areaName(r.sea), areaName(r.port), r.oil)}`)
    .join('');
  return el(
    'section',
    { className: 'tab-section', attrs: { 'aria-label': `${namePossessive(name)} orders this turn` } },
    [
      el('h3', { text: 'Orders this turn' }),
      el('p', { className: 'muted', text: summary + restrikeNote }),
      orders.length ? list : null,
    ],
  );
}

/** An order in words; a move with its oil from the forecast (`sortie`), and whether the tanks hold it. */
export function orderText(ctx: ScreenContext, order: Order, sortie: SortieFuel | undefined): string {
  const { world, state } = ctx.session;
  switch (order.type) {
    case 'move': {
      const f = state.forces.find((x) => x.id === order.force);
      const to = world.areas.get(order.to)?.name ?? order.to;
      const from = f ? (world.areas.get(f.location)?.name ?? f.location) : '?';
      const oil = sortie?.oil
        ? ` (oil ${formatNumber(sortie.oil)}${sortie.fuelled ? '' : ' — more than the tanks hold now'})`
        : '';
      // Refused for another reason than oil: transports taken by another order.
      const stays =
        sortie && !sortie.fuelled && !sortie.emptyTanks
          ? ` — will not sail: ${refusalText(sortie.refusal)}`
          : '';
      // A detachment (engine/detach.ts): "4 thousand men of 16th Army: Formosa → Borneo".
      return `${detachmentWords(order.men)}${f?.name ?? order.force}: ${from} → ${to}${oil}${stays}`;
    }
    case 'choose': {
      if (order.choice === 'rationing' && order.level !== undefined) {
        const level = world.scenario.rules.rationing?.levels[order.level];
        return `Rationing: ${level?.name ?? `level ${order.level}`}`;
      }
      if (order.choice === 'sailings' && order.level !== undefined)
        return `Cargo fleet at sea: ${order.level}%`;
      const c = world.scenario.choices.find((x) => x.id === order.choice);
      return `Decision: ${c?.label ?? order.choice}`;
    }
    case 'build': {
      const b = world.scenario.buildables.find((x) => x.id === order.item);
      return `Build ${order.count} × ${b?.name ?? order.item}`;
    }
    case 'air': {
      const f = state.forces.find((x) => x.id === order.force);
      return airMissionLine(
        f?.name ?? order.force,
        order.mission,
        world.areas.get(order.target)?.name ?? order.target,
      );
    }
    default: {
      const never: never = order;
      return never;
    }
  }
}

function decisionsSection(ctx: ScreenContext, side: SideId): HTMLElement | null {
  const { session, drafts } = ctx;
  const { world, state } = session;
  const choices = world.scenario.choices.filter((c) => c.side === side && state.choices[c.id] === undefined);
  if (choices.length === 0) return null;
  // What was decided before (play24: once "Keep negotiating" was taken it left the list, and
  // nothing on the panel said it had been; the report of that month says what it did).
  const { calendar } = world.scenario;
  const taken = world.scenario.choices
    .filter((c) => c.side === side && state.choices[c.id] !== undefined)
    .map(
      (c) =>
        `${c.label} (${formatDate(turnDate(calendar.start, calendar.turnLength, state.choices[c.id] ?? 1), calendar.turnLength.unit !== 'month')})`,
    );
  const list = el('ul', { className: 'choice-list' });
  for (const c of choices) {
    const chosen = drafts[side].orders.some((o) => o.type === 'choose' && o.choice === c.id);
    const verdict = checkOrder(world, state, side, { type: 'choose', choice: c.id }, drafts[side].orders);
    list.append(
      el('li', { className: chosen ? 'chosen' : '' }, [
        el('strong', { text: c.label }),
        el('p', { text: c.description }),
        chosen
          ? el('p', {
              className: 'ok',
              text: 'Chosen for this turn (cancel it in the order list).',
              // Where the Decide button was: focus stays here after choosing.
              attrs: { 'data-key': `choose-${c.id}`, tabindex: '-1' },
            })
          : verdict.ok
            ? button(`Decide: ${c.label}`, () => ctx.actions.choose(c.id), { key: `choose-${c.id}` })
            : el('p', { className: 'muted', text: `Not now: ${refusalText(verdict.refusal)}.` }),
      ]),
    );
  }
  return el('section', { className: 'tab-section', attrs: { 'aria-label': 'Decisions' } }, [
    el('h3', { text: 'Decisions' }),
    el('p', { className: 'muted', text: 'One decision a turn. It takes effect when the turn is resolved.' }),
    taken.length > 0
      ? el('p', {
          className: 'decided',
          attrs: { 'data-key': 'decided' },
          text: `Decided before: ${taken.join('; ')}.`,
        })
      : null,
    list,
  ]);
}

/** Percent of the cargo fleet a player can send to sea. */
const SAILINGS = [100, 80, 60, 40, 20, 0];

/**
 * Standing policies: how hard to ration oil at home, and how much of the cargo fleet to send to
 * sea. They stay in force until changed; the engine's rules say what each costs (rules.rationing,
 * the shipping war), the panel only offers them.
 */
function homeFrontSection(ctx: ScreenContext, side: SideId): HTMLElement | null {
  const { session, drafts } = ctx;
  const { world, state } = session;
  const rationing = world.scenario.rules.rationing;
  const shipping = world.scenario.rules.shipping;
  const hasRationing = rationing?.side === side;
  const hasSailings = shipping?.sides.includes(side) ?? false;
  if (!hasRationing && !hasSailings) return null;
  const drafted = (policy: string) => {
    const o = drafts[side].orders.find((x) => x.type === 'choose' && x.choice === policy);
    return o?.type === 'choose' ? o.level : undefined;
  };
  const parts: HTMLElement[] = [el('h3', { text: 'Home front' })];
  if (rationing && hasRationing) {
    const now = state.policies[side].rationing;
    const chosen = drafted('rationing') ?? now;
    const words = (l: (typeof rationing.levels)[number]) =>
      `${l.name}: ${formatNumber(l.oilPerTurn)} thousand barrels a month, ${l.industryPercent}% of industry${l.willPerTurn > 0 ? ', hardship at home' : ''}`;
    const select = el(
      'select',
      { attrs: { id: 'policy-rationing', 'data-key': 'policy-rationing' } },
      rationing.levels.map((l, i) =>
        el('option', {
          text: `${words(l)}${i === now ? ' (now)' : ''}`,
          attrs: { value: String(i) },
        }),
      ),
    );
    select.value = String(chosen);
    select.addEventListener('change', () => ctx.actions.setPolicy('rationing', Number(select.value)));
    const level = rationing.levels[chosen];
    parts.push(
      el('label', { text: 'Oil rationing', attrs: { for: 'policy-rationing' } }),
      select,
      // The closed list cuts its words short on a laptop and a phone: what is chosen, in full.
      el('p', {
        className: 'policy-chosen',
        attrs: { 'data-key': 'rationing-chosen' },
        text: level ? `${words(level)}.` : '',
      }),
      proseNamingSources(world.scenario, level?.note ?? '', 'muted'),
    );
  }
  if (hasSailings) {
    const now = state.policies[side].sailings;
    const chosen = drafted('sailings') ?? now;
    const options = SAILINGS.includes(now) ? SAILINGS : [...SAILINGS, now].sort((a, b) => b - a);
    const select = el(
      'select',
      { attrs: { id: 'policy-sailings', 'data-key': 'policy-sailings' } },
      options.map((p) =>
        el('option', {
          text: `${p}% of the cargo fleet at sea${p === now ? ' (now)' : ''}`,
          attrs: { value: String(p) },
        }),
      ),
    );
    select.value = String(chosen);
    select.addEventListener('change', () => ctx.actions.setPolicy('sailings', Number(select.value)));
    parts.push(
      el('label', { text: 'Convoys', attrs: { for: 'policy-sailings' } }),
      select,
      el('p', { className: 'muted', text: CONVOY_RULE_TEXT }),
    );
    const stocks = state.sides[side].stocks;
    const last = lastSailingsText(
      state.supply[side].sailedKgt,
      (stocks[MERCHANT] ?? 0) + (stocks[TANKERS] ?? 0),
      world.scenario.calendar.turnLength.unit === 'month',
    );
    if (last)
      parts.push(el('p', { className: 'muted', text: last, attrs: { 'data-key': 'sailed-last-month' } }));
  }
  parts.push(el('p', { className: 'muted', text: 'A policy stays in force until you change it.' }));
  return el('section', { className: 'tab-section home-front', attrs: { 'aria-label': 'Home front' } }, parts);
}

function buildsSection(ctx: ScreenContext, side: SideId): HTMLElement | null {
  const { session, drafts } = ctx;
  const { world, state } = session;
  const items = world.scenario.buildables.filter((b) => b.side === side);
  if (items.length === 0) return null;
  const list = el('ul', { className: 'build-list' });
  // The shipyards' room after this turn's builds so far (the engine's numbers, shipyards.ts).
  const room = items.some((b) => (b.yardKgt ?? 0) > 0)
    ? yardRoom(world, state, side, drafts[side].orders)
    : null;
  for (const b of items) {
    const cost = Object.entries(b.cost)
      .map(
        ([res, n]) =>
          `${formatNumber(n)} ${world.scenario.resources.find((r) => r.id === res)?.name.toLowerCase() ?? res}`,
      )
      .join(', ');
    const count = el('input', {
      attrs: {
        type: 'number',
        min: '1',
        max: '100',
        value: '1',
        'aria-label': `How many ${b.name}`,
        'data-key': `count-${b.id}`,
      },
    });
    const verdict = checkOrder(
      world,
      state,
      side,
      { type: 'build', item: b.id, count: 1 },
      drafts[side].orders,
    );
    list.append(
      el('li', {}, [
        el('strong', { text: b.name }),
        el('p', {
          className: 'muted',
          text: `Costs ${cost} each; ready in ${b.turns} ${b.turns === 1 ? 'turn' : 'turns'}.${room && b.yardKgt ? ` ${yardUseText(b.yardKgt)}` : ''}`,
        }),
        proseNamingSources(world.scenario, b.note),
        el('div', { className: 'build-row' }, [
          count,
          button(
            'Order',
            () => ctx.actions.build(b.id, Math.max(1, Math.min(100, Math.floor(Number(count.value) || 1)))),
            { key: `build-${b.id}`, label: `Order ${b.name}`, disabled: !verdict.ok },
          ),
        ]),
        orderNote(ctx, `build-${b.id}`),
        verdict.ok
          ? null
          : el('p', { className: 'muted', text: `Not now: ${refusalText(verdict.refusal)}.` }),
      ]),
    );
  }
  return el('section', { className: 'tab-section', attrs: { 'aria-label': 'Production' } }, [
    el('h3', { text: 'Production' }),
    room
      ? el('p', {
          className: 'muted yard-room',
          text: yardRoomText(room, yardExpansion(world, side)?.name ?? null),
        })
      : null,
    list,
  ]);
}

function forcesSection(ctx: ScreenContext, side: SideId, name: string): HTMLElement {
  const { session, screen } = ctx;
  const { world, state } = session;
  const mine = state.forces.filter((f) => f.side === side && f.status === 'active');
  const byArea = new Map<string, typeof mine>();
  for (const f of mine) byArea.set(f.location, [...(byArea.get(f.location) ?? []), f]);
  const areas = [...byArea.keys()].sort((a, b) =>
    (world.areas.get(a)?.name ?? a).localeCompare(world.areas.get(b)?.name ?? b, 'en'),
  );
  const groups = areas.map((id) => {
    const forces = byArea.get(id) ?? [];
    const details = el('details', { className: 'area-group' });
    details.open = screen.openGroups.has(id) || screen.selection?.origin === id || screen.selectedArea === id;
    // Open stays open (after a confirm, a new render): the list never collapses under the player.
    details.addEventListener('toggle', () => {
      if (details.open) screen.openGroups.add(id);
      else screen.openGroups.delete(id);
    });
    details.append(
      el('summary', { attrs: { 'data-key': `group-${id}` } }, [
        el('span', { text: world.areas.get(id)?.name ?? id }),
        el('span', { className: 'count', text: `${forces.length}` }),
      ]),
      el('div', { className: 'group-tools' }, [
        pickAllButtons(ctx, id, forces),
        button('Show on map', () => ctx.actions.showOnMap(id), {
          className: 'small link',
          key: `show-${id}`,
        }),
      ]),
      forceRows(ctx, forces, true),
    );
    return details;
  });
  return el(
    'section',
    { className: 'tab-section', attrs: { 'aria-label': `${namePossessive(name)} forces` } },
    [
      el('h3', { text: 'Your forces' }),
      el('p', {
        className: 'muted',
        text: 'Tick the forces to move together (from one area), then choose where they go.',
      }),
      ...groups,
    ],
  );
}
