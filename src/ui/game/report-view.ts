/**
 * The turn report as a student reads it: what happened and why, grouped —
 * the end (if it came), events with their historical notes and sources,
 * decisions, battles with the ships sunk by name and the aircraft and pilots
 * lost, other losses, changes of control, moves, every stock change with its
 * causes, and intelligence (only for the side it belongs to). Each item that
 * happened somewhere has a button that shows the place on the map.
 */

import type {
  EffectDone,
  ForceState,
  ReportItem,
  Sight,
  StockChange,
  TurnReport,
  World,
} from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import { aircrewLine, airMissionLine, airReplacementLine } from '../../text/air-text';
import { airLossesText, battlePlaces, battleSummary, restrikeNoOilText } from '../../text/battle-text';
import { builtName, groupBuilt } from '../../text/built-text';
import { damageCauseText } from '../../text/damage-text';
import { endText } from '../../text/end-text';
import { effectText } from '../../text/event-text';
import { ENEMY_PLANS_HIDDEN, eventsNotTold, itemsSeen, unseenMovesLine } from '../../text/fog-text';
import { oilerCargoLine } from '../../text/fuel-text';
import { flotillaLossText } from '../../text/loss-text';
import { detachedLineIn } from '../../text/move-text';
import { nameList } from '../../text/name-list';
import { convoyTurnedBackText, refusalText } from '../../text/refusal-text';
import { type ReportNames, reportNames } from '../../text/report-names';
import {
  controlCauseText,
  detectionCauseText,
  intelligenceText,
  policyLine,
  shippingLine,
  shockLine,
  willItemLines,
} from '../../text/report-text';
import { eventSourceLine, splitSources } from '../../text/source-keys';
import { changeText, summaryStockText } from '../../text/stock-text';
import { shortName } from '../board/board-model';
import { button, el } from '../kit/dom';
import {
  capitalise,
  formatDate,
  formatNumber,
  formatSigned,
  formatThousands,
  namePossessive,
  sideName,
} from '../kit/format';
import { datedMessage, forStudents } from '../kit/student-text';
import { renderIntents } from './intent-view';
import type { ScreenContext } from './screen-state';

type Item<K extends ReportItem['kind']> = Extract<ReportItem, { kind: K }>;

export function renderReportTab(container: HTMLElement, ctx: ScreenContext) {
  const { session, screen } = ctx;
  const reports = session.reports;
  const index = screen.reportIndex ?? reports.length - 1;
  const report = reports[index] ?? null;
  const length = session.world.scenario.calendar.turnLength;
  const weekly = length.unit !== 'month';
  // "What happened in 4 May 1942" reads as one day: a turn shorter than a month says it is a week (or days).
  const span =
    length.count > 1
      ? `the ${length.count} ${length.unit}s from `
      : length.unit === 'week'
        ? 'the week of '
        : '';
  const heading = el('h2', {
    attrs: { id: 'report-heading' },
    text: report ? `What happened in ${span}${formatDate(report.date, weekly)}` : 'Turn report',
  });
  container.setAttribute('aria-labelledby', 'report-heading');
  if (!report) {
    container.replaceChildren(
      heading,
      el('p', {
        className: 'muted',
        text: 'Nothing has happened yet. Give your orders and press “End turn”: production, oil, moves, battles and events are worked out by the rules and explained here, with the numbers.',
      }),
    );
    return;
  }
  const parts: (HTMLElement | null)[] = [heading];
  if (reports.length > 1) parts.push(reportPicker(ctx, index, weekly));
  // "In short" first, then what the computer meant to do, then the rest: after End turn the panel
  // opened on a long list of the enemy's intentions with the month's summary below the fold (play23).
  // With the fog of war on: the side's sight when the turn began and after it (engine/sight.ts).
  const fog = ctx.sight
    ? {
        before: session.sightAfter(index, ctx.sight.side),
        after: session.sightAfter(index + 1, ctx.sight.side) ?? ctx.sight,
      }
    : undefined;
  const [short, ...rest] = renderReport(ctx, report, fog);
  // With the fog of war on, the enemy's plans were not known to the player (what the code-breakers
  // read is in Intelligence): the replay and the after-action report show them. The note stands in
  // every fogged report, not only where the computer had plans: in hot-seat (no computer) the report
  // of a battle against ships never drawn on the map had no word of the fog (playfog26).
  const intents = session.turns[index]?.intents;
  parts.push(
    short ?? null,
    ctx.sight
      ? el('p', {
          className: 'muted fog-note',
          attrs: { 'data-key': 'fog-intents' },
          text: ENEMY_PLANS_HIDDEN,
        })
      : renderIntents(session.world, session.state, intents),
  );
  parts.push(...rest);
  container.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  // Clicking anywhere on an item that happened somewhere shows the place (the button does the same for keyboards).
  for (const li of container.querySelectorAll<HTMLElement>('.report-item')) {
    const place = li.querySelector<HTMLButtonElement>('button.place');
    if (!place) continue;
    li.classList.add('has-place');
    li.addEventListener('click', (e) => {
      if (e.target instanceof Element && e.target.closest('button, a, select, input, summary')) return;
      place.click();
    });
  }
}

function reportPicker(ctx: ScreenContext, index: number, weekly: boolean): HTMLElement {
  const select = el(
    'select',
    { attrs: { id: 'report-select', 'data-key': 'report-select' } },
    ctx.session.reports.map((r, i) =>
      el('option', { text: `Turn ${r.turn}: ${formatDate(r.date, weekly)}`, attrs: { value: String(i) } }),
    ),
  );
  select.value = String(index);
  select.addEventListener('change', () => ctx.actions.showReport(Number(select.value)));
  return el('div', { className: 'report-picker' }, [
    el('label', { text: 'Earlier reports', attrs: { for: 'report-select' } }),
    select,
  ]);
}

/** The report's items for the side on screen, grouped under headings. */
export function renderReport(
  ctx: ScreenContext,
  report: TurnReport,
  /** With the fog of war on, what the side on screen saw when the turn began and after it. */
  fog?: { before: Sight | null; after: Sight },
): HTMLElement[] {
  const { session, screen } = ctx;
  const world = session.world;
  const forces = new Map(session.state.forces.map((f) => [f.id, f]));
  const names = reportNames(world, session.state);
  // Whether this report's turn ended at peace: the state counts the turns that ended at war
  // (warTurns, will.ts), and a war, once begun, lasts to the end, so they are the last reports.
  const shown = screen.reportIndex ?? session.reports.length - 1;
  const atPeace = shown < session.reports.length - session.state.warTurns;
  // The enemy's moves the side did not see are left out (text/fog-text.ts); battles and searches stay.
  const fogged = fog
    ? itemsSeen(report.items, fog.before, fog.after, eventsNotTold(world, fog.after.side))
    : null;
  const visible = (fogged?.items ?? report.items).filter(
    (i) => !(i.kind === 'intelligence' && screen.viewer !== null && i.side !== screen.viewer),
  );
  const of = <K extends ReportItem['kind']>(kind: K) => visible.filter((i): i is Item<K> => i.kind === kind);
  const out: HTMLElement[] = [summary(ctx, report, visible)];
  const section = (title: string, items: HTMLElement[], open = true) => {
    if (items.length === 0) return;
    const s = el('section', { className: 'report-section' }, [
      el('h3', { text: title }),
      el('ol', { className: 'report-list' }, items),
    ]);
    if (open) out.push(s);
    else {
      const d = el('details', { className: 'report-section' }, [
        el('summary', { text: `${title} (${items.length})` }),
        el('ol', { className: 'report-list' }, items),
      ]);
      out.push(d);
    }
  };
  const refused = (i: Item<'rejected'>) =>
    item('rejected', [
      tag('Order refused', i.side),
      // An invasion met by an enemy fleet on its way (under the fog, one the side could not see when it
      // gave the order): the convoy turned back, said as what happened at sea.
      `${capitalise(sideName(i.side))}: ${
        i.order.type === 'move' && i.refusal.code === 'sea-held'
          ? convoyTurnedBackText(world.areas.get(i.order.to)?.name ?? i.order.to, i.refusal)
          : refusalText(i.refusal)
      }.`,
    ]);
  const viewer = screen.viewer;
  if (viewer === null) section('Orders refused — these did not happen', of('rejected').map(refused));
  else {
    // The player's own refused orders first and open; the other side's (the computer's, which may
    // repeat one every turn) apart and closed: under one heading an Allied student read Japan's
    // "not enough oil: 35th Army needs 235 thousand barrels" as if it were about their own orders (play21).
    const other = viewer === 'japan' ? 'allies' : 'japan';
    section(
      'Your orders refused — these did not happen',
      of('rejected')
        .filter((i) => i.side === viewer)
        .map(refused),
    );
    section(
      `${capitalise(namePossessive(sideName(other)))} orders refused`,
      of('rejected')
        .filter((i) => i.side === other)
        .map(refused),
      false,
    );
  }
  section(
    'The end',
    of('end').map((i) =>
      item('end', [
        tag('Game over', i.winner),
        `${capitalise(endText({ kind: i.outcome, cause: i.cause }, world.scenario))}.`,
      ]),
    ),
  );
  section(
    'Events',
    of('event').map((i) =>
      eventItem(world, i, report.date, report.nextDate, (e) => eventEffectText(e, forces, names)),
    ),
  );
  section('National will', [
    ...of('shock').map((i) => item('shock', [tag('Shock', i.side), shockLine(i, names)])),
    ...of('will')
      .filter((i) => i.after !== i.before || i.decision)
      .map((i) => {
        // The will the turn began with, from the side's ledger: ships sunk and events move it before the situation is weighed.
        const ledger = report.items.find(
          (e) =>
            e.kind === 'economy' && e.side === i.side && e.resource === world.scenario.victory.willResource,
        );
        const [head, ...rest] = willItemLines(
          i,
          ledger?.kind === 'economy' ? ledger.before : undefined,
          atPeace,
        );
        return item('will', [
          tag('Will', i.side),
          el('strong', { text: head ?? '' }),
          // Lines of words, not amount-and-text rows: not the two-column `changes` grid.
          el(
            'ul',
            { className: 'will-lines' },
            rest.map((line) => el('li', { text: line })),
          ),
        ]);
      }),
  ]);
  section(
    'The war on shipping',
    of('shipping').flatMap((i) => {
      const line = shippingLine(i, areaName(world, i.area));
      return line ? [item('shipping', [tag('Shipping', i.side), line, placeButton(ctx, i.area)])] : [];
    }),
    false,
  );
  section(
    'The air war',
    [
      ...of('air-replacement').map((i) => item('air', [tag('Air', i.side), airReplacementLine(i)])),
      ...of('aircrew').map((i) => item('air', [tag('Aircrew', i.side), aircrewLine(i)])),
      ...of('air-mission').map((i) =>
        item('air', [
          tag('Mission', i.side),
          airMissionLine(i.name, i.mission, areaName(world, i.target), i.aircraft),
        ]),
      ),
    ],
    false,
  );
  section('Decisions', [
    ...of('policy').map((i) => item('choice', [tag('Policy', i.side), `${policyLine(i)}.`])),
    ...of('choice').map((i) =>
      item('choice', [
        tag('Decision', i.side),
        `${capitalise(sideName(i.side))} decided: `,
        el('strong', { text: i.label }),
      ]),
    ),
  ]);
  section('Battles', [
    ...of('battle').map((i) => battleItem(ctx, forces, i)),
    // Carriers that stayed off an enemy port and had no oil to strike it again (the CLI prints it
    // too): without it the player sees the fleet sit there and nothing happen.
    ...of('restrike-no-oil').map((i) =>
      item('battle', [
        tag('No strike', i.side),
        `${restrikeNoOilText(i, (id) => areaName(world, id))}.`,
        placeButton(ctx, i.from),
      ]),
    ),
  ]);
  section(
    'Losses',
    of('damage').map((i) => {
      const f = forces.get(i.force);
      return item('damage', [
        tag('Loss', i.side),
        el('strong', { text: i.name }),
        `: ${lossText(f, i)} — ${damageCauseText(i.cause, (id) => areaName(world, id))}.`,
        f ? placeButton(ctx, f.location) : null,
      ]);
    }),
  );
  section(
    'The fleet train',
    of('oilers').map((i) =>
      item('move', [
        tag('Oilers', i.side),
        `${oilerCargoLine(i, (id) => areaName(world, id))}.`,
        placeButton(ctx, i.area),
      ]),
    ),
    false,
  );
  section(
    'Control',
    of('control').map((i) =>
      item('control', [
        tag('Control', i.to === 'japan' || i.to === 'allies' ? i.to : undefined),
        el('strong', { text: areaName(world, i.area) }),
        ` passes from ${ownerWord(i.from)} to ${ownerWord(i.to)}: ${controlCauseText(i, names)}.`,
        placeButton(ctx, i.area),
      ]),
    ),
  );
  section('Arrivals', [
    ...of('reinforcement').map((i) =>
      item('reinforcement', [
        tag('Reinforcement', i.side),
        // No verb to agree with the name ("US Far East Air reinforcements arrives" read as a slip).
        `Arrived in ${areaName(world, i.area)}: `,
        el('strong', { text: i.name }),
        '.',
        placeButton(ctx, i.area),
      ]),
    ),
    // The same stock build of a turn in one line (built-text.ts): twelve freighters are one line.
    ...groupBuilt(of('built')).map((group) => {
      const i = group.item;
      const f = i.force ? forces.get(i.force) : undefined;
      return item('built', [
        tag('Built', i.side),
        el('strong', { text: builtName(group) }),
        ` ${group.count > 1 ? 'are' : 'is'} ready for ${sideName(i.side)}.`,
        f ? placeButton(ctx, f.location) : null,
      ]);
    }),
  ]);
  section(
    'Intelligence',
    of('intelligence').map((i) =>
      item('intelligence', [
        tag('Intelligence', i.side),
        // Which month's reading: beside it the notice above the map gives the next month's, and the two
        // read "Code-breakers read Japanese traffic" and "could not read enough" on one screen (play31).
        `Before the orders of ${formatDate(report.date, world.scenario.calendar.turnLength.unit !== 'month')}: ${intelligenceText(i, names.area)} (chance ${i.chance}%, rolled ${i.roll}).`,
      ]),
    ),
  );
  // A player reads the ledger of the side on screen only: what the enemy burnt, shipped and built was
  // known to its own government, not to its enemy (Japan's oil stocks were set out only after the war,
  // by the Strategic Bombing Survey — USSBS-OIL). Two players at one screen, and the replay viewer,
  // show both.
  for (const side of screen.viewer ? [screen.viewer] : (['japan', 'allies'] as const)) {
    section(
      `Economy: ${world.scenario.sides[side].name}`,
      of('economy')
        .filter((i) => i.side === side)
        .map((i) => economyItem(world, names, i)),
    );
  }
  const moves = of('move');
  const detached = of('detached');
  section(
    'Moves',
    [
      // A detachment formed by a move of part of an army (engine/detach.ts), before its move.
      ...detached.map((i) =>
        item('detached', [
          tag('Detachment', i.side),
          `${detachedLineIn(report.items, i, (id) => areaName(world, id))}.`,
          // Where it is now: where it went, or where it formed if it could not sail.
          placeButton(ctx, moves.some((m) => m.force === i.force) ? i.to : i.area),
        ]),
      ),
      ...moves.map((i) =>
        item('move', [
          tag('Move', i.side),
          el('strong', { text: i.name }),
          ` ${areaName(world, i.from)} → ${areaName(world, i.to)} (${formatNumber(i.distance)} nautical miles, ${i.oil > 0 ? `${formatNumber(i.oil)} thousand barrels of oil` : 'no oil'}).`,
          placeButton(ctx, i.to),
        ]),
      ),
      ...(fogged && fogged.leftWatched > 0
        ? [
            item('move unseen-moves', [
              tag('Unseen', fog?.after.side === 'japan' ? 'allies' : 'japan'),
              unseenMovesLine(fogged.leftWatched),
            ]),
          ]
        : []),
    ],
    moves.length + detached.length <= 8,
  );
  section(
    'Searches',
    of('detection').map((i) =>
      item('detection', [
        tag('Search', i.side),
        `${capitalise(sideName(i.side))} ${i.spotted ? 'spotted' : 'did not spot'} the enemy in ${areaName(world, i.area)} `,
        `(chance ${i.chance}%, rolled ${i.roll}): ${detectionCauseText(i, names.area)}.`,
        placeButton(ctx, i.area),
      ]),
    ),
    false,
  );
  if (out.length === 0) out.push(el('p', { className: 'muted', text: 'Nothing happened.' }));
  return out;
}

/** The report in five lines: stocks of the side on screen, battles, ships sunk, areas taken, events. */
function summary(ctx: ScreenContext, report: TurnReport, items: readonly ReportItem[]): HTMLElement {
  const { world } = ctx.session;
  const sides: SideId[] = ctx.screen.viewer ? [ctx.screen.viewer] : ['japan', 'allies'];
  const lines: string[] = [];
  for (const side of sides) {
    const stocks = items
      .filter((i): i is Item<'economy'> => i.kind === 'economy' && i.side === side)
      .map((i) => {
        const name = world.scenario.resources.find((r) => r.id === i.resource)?.name ?? i.resource;
        return summaryStockText(name, i.before, i.after);
      })
      .filter((t): t is string => t !== null);
    if (stocks.length) lines.push(`${world.scenario.sides[side].name}: ${stocks.join('; ')}.`);
  }
  const battles = items.filter((i): i is Item<'battle'> => i.kind === 'battle');
  if (battles.length) {
    lines.push(
      `${battles.length} ${battles.length === 1 ? 'battle' : 'battles'}: ${battlePlaces(battles.map((b) => shortName(areaName(world, b.area))))}.`,
    );
  }
  const sunk = [
    ...battles.flatMap((b) => b.losses.filter((l) => l.destroyed)),
    ...items.filter((i): i is Item<'damage'> => i.kind === 'damage' && i.destroyed),
  ];
  const named = sunk.filter((l) => ctx.session.state.forces.find((f) => f.id === l.force)?.type === 'ship');
  if (named.length) lines.push(`Sunk: ${nameList(named.map((l) => l.name))}.`);
  const control = items.filter((i): i is Item<'control'> => i.kind === 'control');
  if (control.length) {
    lines.push(
      `Changed hands: ${nameList(control.map((c) => `${shortName(areaName(world, c.area))} (to ${ownerWord(c.to)})`))}.`,
    );
  }
  const events = items.filter((i) => i.kind === 'event').length;
  if (events) lines.push(`${events} ${events === 1 ? 'event' : 'events'} — read them below.`);
  if (lines.length === 0) lines.push('A quiet turn.');
  return el('section', { className: 'report-summary', attrs: { 'aria-label': 'In short' } }, [
    el('strong', { text: `In short (turn ${report.turn})` }),
    el(
      'ul',
      {},
      lines.map((t) => el('li', { text: t })),
    ),
  ]);
}

function areaName(world: World, id: string): string {
  return world.areas.get(id)?.name ?? id;
}

function tag(text: string, side?: SideId | 'draw'): HTMLElement {
  return el('span', { className: `tag${side ? ` tag-${side}` : ''}`, text });
}

function item(kind: string, children: Parameters<typeof el>[2]): HTMLLIElement {
  return el('li', { className: `report-item report-${kind}` }, children);
}

function placeButton(ctx: ScreenContext, areaId: string): HTMLElement {
  const name = areaName(ctx.session.world, areaId);
  return button(`Show ${name}`, () => ctx.actions.showOnMap(areaId), {
    className: 'place',
    label: `Show ${name} on the map`,
  });
}

function eventItem(
  world: World,
  i: Item<'event'>,
  turnStart: string,
  turnEnd: string,
  effectText: (e: EffectDone) => string,
): HTMLLIElement {
  const source = world.scenario.meta.sources.find((s) => s.key === i.source);
  // The note's closing Sources sentence (src/text/source-keys.ts) joins the Source line.
  const note = splitSources(i.note);
  return item('event', [
    tag('Event'),
    el('strong', { text: i.title }),
    ...i.effects.map((e) => el('p', { text: datedMessage(effectText(e), turnStart, turnEnd) })),
    el('p', { className: 'note', text: forStudents(note.text) }),
    el('p', {
      className: 'source',
      text: eventSourceLine(forStudents(source ? source.citation : i.source), note.keys),
    }),
  ]);
}

function battleItem(
  ctx: ScreenContext,
  forces: ReadonlyMap<string, ForceState>,
  i: Item<'battle'>,
): HTMLLIElement {
  const world = ctx.session.world;
  const sunk = i.losses.filter((l) => l.destroyed);
  const stages = i.stages.map((s) =>
    s === 'air' ? 'air strikes' : s === 'surface' ? 'surface action' : 'ground fighting',
  );
  const perSide = (['japan', 'allies'] as const).flatMap((side) => {
    const planes = i.aircraftLost[side] ?? 0;
    const pilots = i.pilotsLost[side] ?? 0;
    const ships = lostNames(sunk, forces, side, true, 'sunk');
    const units = lostNames(sunk, forces, side, false, 'destroyed');
    if (planes === 0 && pilots === 0 && !ships && !units) return [];
    const air = planes || pilots ? airLossesText(planes, pilots) : '';
    const rest = [ships, units].filter(Boolean).join('; ');
    return [
      el('li', {}, [
        el('strong', { text: `${world.scenario.sides[side].name}: ` }),
        `${[air, rest].filter(Boolean).join('; ')}.`,
      ]),
    ];
  });
  return item('battle', [
    tag('Battle'),
    el('strong', { text: battleSummary(i, (id) => areaName(world, id)) }),
    el('p', {
      className: 'muted',
      text: `In ${areaName(world, i.area)}: ${stages.join(', ') || 'a clash'}.`,
    }),
    perSide.length ? el('ul', { className: 'battle-sides' }, perSide) : null,
    el(
      'ul',
      { className: 'losses' },
      i.losses.map((l) =>
        el('li', {
          text: `${l.name} (${sideName(l.side)}): ${lossText(forces.get(l.force), l)} — ${damageCauseText(l.cause, (id) => areaName(world, id))}`,
        }),
      ),
    ),
    placeButton(ctx, i.area),
  ]);
}

/** "; sunk: Akagi, Kaga" for ships (`ships` true) or "; destroyed: …" for the rest, or ''. */
function lostNames(
  lost: readonly { side: SideId; force: string; name: string }[],
  forces: ReadonlyMap<string, ForceState>,
  side: SideId,
  ships: boolean,
  word: string,
): string {
  const names = lost
    .filter((l) => l.side === side && (forces.get(l.force)?.type === 'ship') === ships)
    .map((l) => l.name);
  return names.length ? `${word}: ${names.join(', ')}` : '';
}

/** "points (0–100)" → "points": the range is for the tile, not for every line. */
function plainUnit(unit: string): string {
  return unit.replace(/\s*\([^)]*\)\s*$/, '');
}

function economyItem(world: World, names: ReportNames, i: Item<'economy'>): HTMLLIElement {
  const res = world.scenario.resources.find((r) => r.id === i.resource);
  const name = res?.name ?? i.resource;
  return item('economy', [
    tag(world.scenario.sides[i.side].name, i.side),
    el('strong', { text: `${name} ${formatNumber(i.before)} → ${formatNumber(i.after)}` }),
    ` (${formatSigned(i.after - i.before)}${res ? ` ${plainUnit(res.unit)}` : ''})`,
    el(
      'ul',
      { className: 'changes' },
      ledgerLines(i.changes).map(({ change: c, count }) =>
        // A line of 0 explains another (cargo lost on the way, not worked up): no "±0" before it.
        el('li', { className: c.amount < 0 ? 'down' : c.amount > 0 ? 'up' : 'note' }, [
          el('span', { className: 'amount', text: c.amount === 0 ? '' : formatSigned(c.amount) }),
          el('span', {
            text:
              count > 1 && c.cause.code === 'build-completed'
                ? `${count} × ${names.buildable(c.cause.item)} completed`
                : changeText(c, names),
          }),
        ]),
      ),
    ),
  ]);
}

/**
 * A ledger's lines as the report lists them: ships of one kind completed the same turn on one line
 * ("+50 5 × Wartime standard freighters completed"), not one line each (play24 read five alike).
 */
function ledgerLines(changes: readonly StockChange[]): { change: StockChange; count: number }[] {
  const lines: { change: StockChange; count: number }[] = [];
  for (const c of changes) {
    const last = lines.at(-1);
    if (
      last &&
      c.cause.code === 'build-completed' &&
      last.change.cause.code === 'build-completed' &&
      last.change.cause.item === c.cause.item &&
      last.change.asked === undefined &&
      c.asked === undefined
    ) {
      last.change = { ...last.change, amount: last.change.amount + c.amount };
      last.count += 1;
    } else lines.push({ change: c, count: 1 });
  }
  return lines;
}

function ownerWord(owner: string): string {
  return owner === 'japan' || owner === 'allies'
    ? sideName(owner)
    : owner === 'neutral'
      ? 'neutral hands'
      : 'nobody';
}

/**
 * An event's effect as a student reads it: a scripted strike's damage is told as what the loss
 * means for that force ("189 aircraft lost"), the rest in the shared words.
 */
function eventEffectText(e: EffectDone, forces: Map<string, ForceState>, names: ReportNames): string {
  return e.code === 'damage'
    ? `${names.force(e.force)}: ${lossText(forces.get(e.force), e)}`
    : effectText(e, names);
}

/** What a loss means for this kind of force: "sunk", "35% damage", "12 aircraft lost", … */
function lossText(
  force: ForceState | undefined,
  l: { amount: number; destroyed: boolean; aircraft?: number },
): string {
  const planes = l.aircraft ? `, ${formatNumber(l.aircraft)} aircraft lost` : '';
  switch (force?.type) {
    case 'ship':
      return (l.destroyed ? 'sunk' : `${l.amount}% damage`) + planes;
    case 'flotilla':
      return flotillaLossText(force.class, l);
    case 'air':
      return `${formatNumber(l.amount)} aircraft lost${l.destroyed ? ' (none left)' : ''}`;
    case 'army':
      return `${formatThousands(l.amount)} men lost${l.destroyed ? ' (destroyed)' : ''}`;
    default:
      return (l.destroyed ? 'destroyed' : `${formatNumber(l.amount)} lost`) + planes;
  }
}
