/**
 * The latest turn report as a readable list: events with their notes, moves,
 * battles, changes of control and every stock change with its causes.
 */
import type { BattleLoss, ForceState, GameState, ReportItem, TurnReport, World } from '../engine/index';
import type { SideId } from '../scenario/schema';
import { el } from './dom';
import { capitalise, formatDate, formatNumber, formatSigned, sideName } from './format';

export function renderReport(
  container: HTMLElement,
  world: World,
  state: GameState,
  report: TurnReport | null,
) {
  const heading = el('h2', {
    attrs: { id: 'report-heading' },
    text: report
      ? `What happened in ${formatDate(report.date, world.scenario.calendar.turnLength.unit !== 'month')}`
      : 'Turn report',
  });
  if (!report) {
    container.replaceChildren(
      heading,
      el('p', {
        className: 'muted',
        text: 'Nothing has happened yet. Press “End turn” to play the month: production, oil use and events are worked out by the rules and explained here.',
      }),
    );
    return;
  }
  const list = el('ol', { className: 'report-list' });
  const forces = new Map(state.forces.map((f) => [f.id, f]));
  for (const item of report.items) list.append(renderItem(world, forces, item));
  if (report.items.length === 0) list.append(el('li', { text: 'Nothing happened.' }));
  container.replaceChildren(heading, list);
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

function renderItem(world: World, forces: ReadonlyMap<string, ForceState>, i: ReportItem): HTMLLIElement {
  const { scenario } = world;
  switch (i.kind) {
    case 'event': {
      const source = scenario.meta.sources.find((s) => s.key === i.source);
      return item('event', [
        tag('Event'),
        el('strong', { text: i.title }),
        ...i.effects.map((e) => el('p', { text: e })),
        el('p', { className: 'note', text: i.note }),
        el('p', { className: 'source', text: `Source: ${source ? source.citation : i.source}` }),
      ]);
    }
    case 'choice':
      return item('choice', [
        tag('Decision', i.side),
        `${capitalise(sideName(i.side))} decided: `,
        el('strong', { text: i.label }),
      ]);
    case 'reinforcement':
      return item('reinforcement', [
        tag('Reinforcement', i.side),
        el('strong', { text: i.name }),
        ` arrives in ${areaName(world, i.area)}.`,
      ]);
    case 'economy': {
      const res = scenario.resources.find((r) => r.id === i.resource);
      const name = res?.name ?? i.resource;
      return item('economy', [
        tag(i.side === 'japan' ? 'Japan' : 'Allies', i.side),
        el('strong', { text: `${name} ${formatNumber(i.before)} → ${formatNumber(i.after)}` }),
        ` (${formatSigned(i.after - i.before)}${res ? ` ${res.unit}` : ''})`,
        el(
          'ul',
          { className: 'changes' },
          i.changes.map((c) =>
            el('li', { className: c.amount < 0 ? 'down' : 'up' }, [
              el('span', { className: 'amount', text: formatSigned(c.amount) }),
              ` ${c.cause}`,
            ]),
          ),
        ),
      ]);
    }
    case 'rejected':
      return item('rejected', [
        tag('Order refused', i.side),
        `${capitalise(sideName(i.side))}: ${i.reason}.`,
      ]);
    case 'move':
      return item('move', [
        tag('Move', i.side),
        el('strong', { text: i.name }),
        ` ${areaName(world, i.from)} → ${areaName(world, i.to)} (${formatNumber(i.distance)} nautical miles, ${formatNumber(i.oil)} oil).`,
      ]);
    case 'detection':
      return item('detection', [
        tag('Search', i.side),
        `${capitalise(sideName(i.side))} ${i.spotted ? 'spotted' : 'did not spot'} the enemy in ${areaName(world, i.area)} `,
        `(chance ${i.chance}%, rolled ${i.roll}): ${i.why}.`,
      ]);
    case 'battle':
      return item('battle', [
        tag('Battle'),
        el('strong', { text: i.summary }),
        el(
          'ul',
          { className: 'losses' },
          i.losses.map((l) =>
            el('li', {
              text: `${l.name} (${sideName(l.side)}): ${lossText(forces.get(l.force), l)} — ${l.why}`,
            }),
          ),
        ),
      ]);
    case 'damage':
      return item('damage', [
        tag('Loss', i.side),
        el('strong', { text: i.name }),
        `: ${lossText(forces.get(i.force), i)} — ${i.why}.`,
      ]);
    case 'intelligence':
      return item('intelligence', [
        tag('Intelligence', i.side),
        `${i.text} (chance ${i.chance}%, rolled ${i.roll}).`,
      ]);
    case 'built':
      return item('built', [
        tag('Built', i.side),
        el('strong', { text: i.name }),
        ` is ready for ${sideName(i.side)}.`,
      ]);
    case 'control':
      return item('control', [
        tag('Control', i.to === 'japan' || i.to === 'allies' ? i.to : undefined),
        el('strong', { text: areaName(world, i.area) }),
        ` passes from ${ownerWord(i.from)} to ${ownerWord(i.to)}: ${i.why}.`,
      ]);
    case 'end':
      return item('end', [tag('Game over', i.winner), `${capitalise(i.reason)}.`]);
    default:
      // A kind of report item this view does not know yet: still shown, never dropped.
      return genericItem(i as ReportItem);
  }
}

const TEXT_FIELDS = ['title', 'name', 'label', 'summary', 'text', 'reason', 'why'] as const;

function genericItem(i: ReportItem): HTMLLIElement {
  const fields = i as unknown as Record<string, unknown>;
  const side = fields.side === 'japan' || fields.side === 'allies' ? fields.side : undefined;
  const parts = TEXT_FIELDS.map((k) => fields[k]).filter(
    (v): v is string => typeof v === 'string' && v !== '',
  );
  return item(i.kind, [tag(capitalise(i.kind), side), parts.join(' — ')]);
}

function ownerWord(owner: string): string {
  return owner === 'japan' || owner === 'allies'
    ? sideName(owner)
    : owner === 'neutral'
      ? 'neutral hands'
      : 'nobody';
}

/** What a loss means for this kind of force: "sunk", "35% damage", "12 aircraft lost", … */
function lossText(
  force: ForceState | undefined,
  l: Pick<BattleLoss, 'amount' | 'destroyed'> & { aircraft?: number },
): string {
  const planes = l.aircraft ? `, ${formatNumber(l.aircraft)} aircraft lost` : '';
  switch (force?.type) {
    case 'ship':
      return (l.destroyed ? 'sunk' : `${l.amount}% damage`) + planes;
    case 'flotilla':
      return `${formatNumber(l.amount)} ${l.amount === 1 ? 'ship' : 'ships'} sunk${l.destroyed ? ' (none left)' : ''}`;
    case 'air':
      return `${formatNumber(l.amount)} aircraft lost${l.destroyed ? ' (none left)' : ''}`;
    case 'army':
      return `${formatNumber(l.amount)} thousand men lost${l.destroyed ? ' (destroyed)' : ''}`;
    default:
      return (l.destroyed ? 'destroyed' : `${formatNumber(l.amount)} lost`) + planes;
  }
}
