/**
 * The resource bar under the top bar: each stock of the side on screen, with
 * what changed last turn. Oil gets the oil clock: this turn's burn with the
 * orders given so far (the engine's forecast) and how long the stock lasts at
 * that rate. A stock at or under the scenario's warning level is marked in
 * words, not only colour.
 */
import { buildsCost, MERCHANT, TANKERS } from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import {
  aircraftWaitingWhyText,
  NOT_SPENT_WHY,
  notSpentText,
  notSpentWhyText,
  oilLastsText,
  restrikeOilText,
  southernCutOffText,
  stockTileShortName,
  UNCHANGED_SHORT,
  unchangedShippingWhyText,
  unspentText,
} from '../../text/stock-text';
import { shortName } from '../board/board-model';
import { el } from '../kit/dom';
import { formatNumber, formatSigned, sideName } from '../kit/format';
import { turnWord } from '../kit/turn-words';
import { beforeDeliveries, oilClock } from './oil-forecast';
import type { ScreenContext } from './screen-state';
import { unspentStock } from './unspent-stock';

export function renderHud(container: HTMLElement, ctx: ScreenContext) {
  const sides: SideId[] = ctx.screen.viewer ? [ctx.screen.viewer] : ['japan', 'allies'];
  const whys: HTMLElement[] = [];
  container.replaceChildren(
    ...sides.map((side) => sideRow(ctx, side, sides.length > 1, container, whys)),
    ...whys,
    detailsToggle(container),
  );
  const name = sides.map((s) => ctx.session.world.scenario.sides[s].name).join(' and ');
  container.setAttribute('aria-label', `Resources: ${name}`);
}

/**
 * On a phone the tiles are a compact grid (name, number, how long the oil lasts), so the map
 * keeps most of the screen (before, the full tiles took half of it); this button shows the rest
 * of each tile. Hidden by the style sheet on wider screens, where the tiles are always whole.
 */
function detailsToggle(container: HTMLElement): HTMLButtonElement {
  const button = el('button', {
    className: 'hud-toggle',
    attrs: { type: 'button', 'data-key': 'hud-toggle', 'aria-controls': container.id || 'hud' },
  });
  const show = () => {
    const open = container.classList.contains('open');
    button.textContent = open ? 'Less ▴' : 'More ▾';
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? 'Show the stocks in short' : 'Show the stocks in full');
  };
  button.addEventListener('click', () => {
    container.classList.toggle('open');
    show();
  });
  show();
  return button;
}

/**
 * The "why?" button of a stock the side makes and never spends (the grand campaign's Allied
 * Industry) and the explanation it opens under the tiles, on every screen size (a phone has no
 * tooltip: play25 §4.7). Whether it is open is kept on the HUD, which is drawn again on each render.
 */
function notSpentWhy(
  hud: HTMLElement,
  key: string,
  text: string,
  labels = { ask: 'Why does this figure only grow?', hide: 'Hide why this figure only grows' },
): { button: HTMLButtonElement; note: HTMLElement } {
  const id = `why-${key}`;
  const note = el('p', { className: 'hud-why', text, attrs: { id, 'data-key': id } });
  const button = el('button', {
    className: 'tile-why',
    text: NOT_SPENT_WHY,
    attrs: { type: 'button', 'aria-controls': id, 'data-key': `why-button-${key}` },
  });
  const show = () => {
    const open = hud.dataset.why === key;
    note.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? labels.hide : labels.ask);
  };
  button.addEventListener('click', () => {
    if (hud.dataset.why === key) delete hud.dataset.why;
    else hud.dataset.why = key;
    show();
  });
  show();
  return { button, note };
}

function sideRow(
  ctx: ScreenContext,
  side: SideId,
  labelled: boolean,
  hud: HTMLElement,
  whys: HTMLElement[],
): HTMLElement {
  const { session, drafts } = ctx;
  const { world, state, lastReport } = session;
  const scenario = world.scenario;
  const start = scenario.sides[side].stocks;
  const willId = scenario.victory.willResource;
  const tiles: HTMLElement[] = [];
  if (labelled) tiles.push(el('p', { className: `hud-side side-${side}`, text: scenario.sides[side].name }));
  const unit = turnWord(scenario);
  for (const r of scenario.resources) {
    // The shipyards' capacity is not a stock to spend: Orders → Production shows it with the room
    // left this turn (shipyards.ts), where the ships are ordered.
    if (r.id === scenario.rules.shipyards?.capacity) continue;
    const value = state.sides[side].stocks[r.id] ?? 0;
    // A stock the side does not have in this scenario (e.g. the Allies' industry) is left out,
    // unless the side can spend it on something.
    // A stock the last turn's ledger touched is the side's, even at 0 at the start and now: a class's
    // copy with Japan's oil set to 0 lost its Oil tile while the report listed oil burned (play23).
    const spent = scenario.buildables.some((b) => b.side === side && (b.cost[r.id] ?? 0) > 0);
    const line = lastReport?.items.find(
      (i) => i.kind === 'economy' && i.side === side && i.resource === r.id,
    );
    if (value === 0 && (start[r.id] ?? 0) === 0 && r.id !== willId && !spent && !line) continue;
    const low = r.warnBelow !== undefined && value <= r.warnBelow;
    const delta = line?.kind === 'economy' ? line.after - line.before : null;
    const notes: (HTMLElement | null)[] = [];
    let why: HTMLButtonElement | null = null;
    let title = `${r.name} (${r.unit})`;
    // What this turn's builds take from a stock paid on ordering (Industry): the tile said "94 points to
    // spend" after 5 freighters were ordered for 25, while Production said "you have 69 now". It takes
    // the place of a note the order makes moot, so the bar (and the map under it) keeps its height.
    const ordered = spent ? buildsCost(scenario, drafts[side].orders, r.id) : 0;
    const orderedNote =
      ordered > 0
        ? el('span', {
            className: 'tile-note',
            text: `${formatNumber(ordered)} ordered this ${unit.one} · ${formatNumber(Math.max(0, value - ordered))} left`,
            attrs: { 'data-key': `ordered-${r.id}` },
          })
        : null;
    if (r.id === 'oil' && state.outcome) {
      // The game is over: no month is left to burn (play24: "burns 1,765 this month · lasts ≈ 17
      // months" stood behind the end screen of a finished Southern Oil Run).
      notes.push(el('span', { className: 'tile-note', text: 'when the game ended' }));
    } else if (r.id === 'oil') {
      // As the orders were checked (session.orderState): under the fog, an invasion into a sea the side
      // does not watch is costed as it would sail, as the Orders tab and the line under End turn do.
      const f = oilClock(world, session.orderState(side), side, drafts[side].orders, lastReport);
      const remaining = scenario.calendar.lastTurn - state.turn + 1;
      const lasts = oilLastsText(f, remaining, unit, 'short');
      notes.push(
        el('span', { className: `tile-note key ${f.turnsLeft !== null && f.turnsLeft <= 6 ? 'warn' : ''}` }, [
          // The burn is left out of a phone's compact tiles; how long the oil lasts stays.
          el('span', { className: 'tile-burn', text: `burns ${formatNumber(f.burn)} this ${unit.one} · ` }),
          el('strong', { text: lasts }),
        ]),
      );
      title =
        `Oil (${r.unit}). This ${unit.one}: the economy burns ${formatNumber(f.economy)}, ships in port ${formatNumber(f.idle)}, ` +
        `ordered sorties ${formatNumber(f.sorties)}` +
        (f.restrike > 0 ? `, ${restrikeOilText(f.restrikeCarriers, f.restrike)}` : '') +
        (f.drains > 0 ? `, operations not shown as moves ${formatNumber(f.drains)}` : '') +
        (f.training > 0 ? `, training new pilots ${formatNumber(f.training)}` : '') +
        (f.builds > 0 ? `, builds ordered ${formatNumber(f.builds)}` : '') +
        (f.unfuelled > 0
          ? `; ${f.unfuelled} ordered ${f.unfuelled === 1 ? 'sortie finds' : 'sorties find'} the tanks empty ${beforeDeliveries(scenario)}`
          : '') +
        (f.income !== null ? `; last ${unit.one} ${formatNumber(f.income)} came in` : '') +
        (f.firstIncome > 0 ? `; ${formatNumber(f.firstIncome)} comes in this ${unit.one} as scheduled` : '') +
        (f.incomeChange < 0 ? `, of which ${formatNumber(-f.incomeChange)} stops this ${unit.one}` : '') +
        (f.incomeChange > 0 ? `, and ${formatNumber(f.incomeChange)} more begins this ${unit.one}` : '') +
        `.${oilLastsText(f, remaining, unit, 'long')}`;
    } else if (r.id === willId) {
      // Where the will breaks: Japan surrenders, the Allies accept a negotiated peace.
      const breaks = side === 'japan' ? scenario.victory.surrenderWill : scenario.victory.peaceWill;
      const change = delta !== null && delta !== 0 ? `${formatSigned(delta)} last ${unit.one} · ` : '';
      notes.push(
        el(
          'span',
          {
            className: `tile-note ${value - breaks <= 15 ? 'warn' : delta !== null && delta < 0 ? 'down' : ''}`,
          },
          [`${change}breaks at ${breaks}`],
        ),
      );
      title = `${r.name}: at ${breaks} or lower ${side === 'japan' ? 'Japan surrenders' : 'the Allies accept a negotiated peace'}.`;
    } else if (spent && delta === null) {
      // A stock made and spent (Industry): it starts a scenario empty; builds ordered now are paid
      // from what is here now, and this turn's output comes in as the turn is played, for the next
      // turn's orders (economy/builds.ts).
      notes.push(
        orderedNote ??
          el('span', { className: 'tile-note', text: `more come in as the ${unit.one} is played` }),
      );
      title = `${r.name} (${r.unit}): made and not yet spent. Builds under Orders → Production are paid from what is here when you order; each ${unit.one}'s output comes in as the ${unit.one} is played, for the next ${unit.one}'s orders.`;
    } else if (!spent && r.unit === 'production points') {
      // Made and never spent by this side: not "points to spend".
      title = notSpentText('long', scenario.sides[side].name, r.name);
      const opened = notSpentWhy(
        hud,
        `${side}-${r.id}`,
        notSpentWhyText(sideName(side), r.name, delta, unit.one),
      );
      why = opened.button;
      whys.push(opened.note);
      notes.push(
        el('span', {
          className: `tile-note ${delta !== null && delta < 0 ? 'down' : delta !== null && delta > 0 ? 'up' : ''}`,
          text: `${delta !== null ? `${formatSigned(delta)} last ${unit.one} · ` : ''}${notSpentText('short', '', '')}`,
        }),
      );
    } else if (
      (r.id === MERCHANT || r.id === TANKERS) &&
      delta === null &&
      state.turn > 1 &&
      value === (start[r.id] ?? 0)
    ) {
      // Shipping the side cannot spend and nothing has touched since the game began (the grand
      // campaign's Allied merchant ships and tankers: 8,000 and 2,000 all year, play31 §5.9, a tile
      // that never moved and said nothing). Its "why?" says what it is, what would change it, and
      // what the player can change instead: the enemy's shipping, sunk so far by the reports.
      const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
      // The enemy's shipping is told of only where it is at stake: the enemy ships goods home by sea
      // (Japan: the ledgers' "shipped home") or its shipping has moved in a ledger. Not the Allies'
      // to a Japanese player: as unmoved as Japan's own tankers at peace, and shipping nothing home.
      const live = session.reports.some((report) =>
        report.items.some(
          (i) =>
            i.kind === 'economy' &&
            i.side === enemy &&
            (i.resource === r.id || i.changes.some((c) => c.cause.code === 'shipped-home')),
        ),
      );
      const sunk = session.reports.reduce(
        (t, report) =>
          t +
          report.items.reduce(
            (u, i) =>
              i.kind === 'shipping' && i.side === enemy
                ? u + i.sunkBySubmarines + i.sunkByAircraft + i.sunkByMines
                : u,
            0,
          ),
        0,
      );
      const whyText = unchangedShippingWhyText(
        sideName(side),
        sideName(enemy),
        r.name,
        value,
        live ? sunk : null,
      );
      title = whyText;
      const opened = notSpentWhy(hud, `${side}-${r.id}`, whyText, {
        ask: 'Why has this figure not changed?',
        hide: 'Hide why this figure has not changed',
      });
      opened.button.classList.add('tile-why-more');
      why = opened.button;
      whys.push(opened.note);
      notes.push(el('span', { className: 'tile-note', text: UNCHANGED_SHORT }));
    } else if (
      r.id === scenario.rules.air?.aircraftResource &&
      delta !== null &&
      delta > 0 &&
      lastReport?.items.some((i) => i.kind === 'air-replacement' && i.side === side && i.aircraft === 0)
    ) {
      // New aircraft that grew while no unit took any (economy/air-replacement.ts): a tile that only
      // grew, turn after turn, with no word why (Road to Tokyo as the Allies, play32).
      const whyText = aircraftWaitingWhyText(sideName(side), value, unit.one);
      title = whyText;
      const opened = notSpentWhy(hud, `${side}-${r.id}`, whyText, {
        ask: 'Why does this figure only grow?',
        hide: 'Hide why this figure only grows',
      });
      opened.button.classList.add('tile-why-more');
      why = opened.button;
      whys.push(opened.note);
      notes.push(
        el('span', {
          className: 'tile-note up',
          // The why? on the figure's line says the rest: a longer note wrapped the tiles at 1280 (ui29).
          text: `${formatSigned(delta)} last ${unit.one}`,
          attrs: { 'data-key': `last-${r.id}` },
        }),
      );
    } else if (delta !== null) {
      const unspent = spent && unspentStock(scenario, side, r.id, value, drafts[side].orders);
      if (spent)
        title = `${r.name} (${r.unit}): made and not yet spent. Builds under Orders → Production are paid from what is here when you order.${unspent ? unspentText('long') : ''}`;
      // What was made, apart from what the side's own builds took (play24: Japan's tile read
      // "−103 last month" in red after a month that made 87 and paid 190 for a carrier and yards).
      const paid =
        spent && line?.kind === 'economy'
          ? -line.changes.reduce((t, c) => t + (c.cause.code === 'build-ordered' ? c.amount : 0), 0)
          : 0;
      const made = delta + paid;
      // The southern stock the tankers could not load last turn says so (deliveries.ts).
      const cutOff =
        line?.kind === 'economy'
          ? line.changes.find((c) => c.cause.code === 'southern-stock-cut-off')?.cause
          : undefined;
      if (cutOff?.code === 'southern-stock-cut-off') {
        const capital = scenario.areas.find((a) => a.id === cutOff.capital)?.name ?? cutOff.capital;
        title = `${r.name} (${r.unit}).${southernCutOffText('long', capital)}`;
      }
      notes.push(
        el('span', {
          className: `tile-note ${made < 0 ? 'down' : made > 0 ? 'up' : ''}`,
          text: `${formatSigned(made)} last ${unit.one}${paid > 0 ? ` · ${formatNumber(paid)} spent` : ''}${cutOff ? ` · ${southernCutOffText('short', '')}` : ''}`,
          attrs: { 'data-key': `last-${r.id}` },
        }),
        unspent
          ? el('span', { className: 'tile-note warn tile-note-full', text: unspentText('short') })
          : orderedNote,
        unspent ? unspentButton(title) : null,
      );
    }
    // A phone's compact tile and a laptop's row show the name without its note in brackets ("New
    // aircraft"), or a shorter one ("Southern oil"); the style sheet picks which.
    const short = stockTileShortName(r.name) ?? shortName(r.name);
    tiles.push(
      el('div', { className: `tile${low ? ' low' : ''}`, attrs: { title } }, [
        short === r.name
          ? el('span', { className: 'tile-name', text: r.name })
          : el('span', { className: 'tile-name' }, [
              el('span', { className: 'tile-name-full', text: r.name }),
              el('span', { className: 'tile-name-short', text: short }),
            ]),
        el('span', { className: 'tile-value-line' }, [
          el('span', {
            className: 'tile-value',
            text: formatNumber(value),
            attrs: { 'data-testid': `stock-${side}-${r.id}` },
          }),
          el('span', { className: 'tile-unit', text: shortUnit(r.unit, spent) }),
          low ? el('span', { className: 'badge-low', text: 'low' }) : null,
          why,
        ]),
        ...notes,
      ]),
    );
  }
  return el('div', { className: `hud-row side-${side}` }, tiles);
}

/**
 * The unspent note of a phone's compact tile: one word, and a tap on it shows the tiles in full
 * (the short words under it); the style sheet shows it only on the compact tiles.
 */
function unspentButton(title: string): HTMLButtonElement {
  const button = el('button', {
    className: 'tile-note warn tile-note-short',
    text: unspentText('tiny'),
    attrs: { type: 'button', title, 'aria-label': `${unspentText('short')}: show the stocks in full` },
  });
  button.addEventListener('click', () => {
    const toggle = button.closest('.hud')?.querySelector<HTMLButtonElement>('.hud-toggle');
    if (toggle && !button.closest('.hud')?.classList.contains('open')) toggle.click();
  });
  return button;
}

/** "thousand barrels" → "k bbl" etc.: the tile is small; the full unit is in its title. */
function shortUnit(unit: string, spent: boolean): string {
  const known: Record<string, string> = {
    'thousand barrels': 'thousand bbl',
    'thousand gross tons': 'thousand tons',
    'points (0–100)': 'of 100',
    'production points': spent ? 'points to spend' : 'points',
  };
  return known[unit] ?? unit;
}
