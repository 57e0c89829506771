/**
 * The selected area in words: who holds it, what it produces and which forces
 * are there. A <select> offers the same choice as clicking the map, so the
 * board can be read with a keyboard or a screen reader too.
 */
import type { ForceState } from '../engine/index';
import { kindLine, productionLine } from './describe-area';
import { byId, el } from './dom';
import { remaining } from './force-groups';
import { formatNumber, ownerLabel } from './format';
import type { GameSession } from './session';

export class AreaPanel {
  private readonly session: GameSession;
  private readonly select: HTMLSelectElement;
  private selected: string | null = null;

  constructor(session: GameSession, onSelect: (id: string | null) => void) {
    this.session = session;
    this.select = byId<HTMLSelectElement>('area-select');
    const areas = [...session.world.scenario.areas].sort((a, b) => a.name.localeCompare(b.name, 'en'));
    this.select.replaceChildren(
      el('option', { text: 'Choose an area…', attrs: { value: '' } }),
      ...areas.map((a) => el('option', { text: a.name, attrs: { value: a.id } })),
    );
    this.select.addEventListener('change', () => onSelect(this.select.value || null));
  }

  show(id: string | null) {
    this.selected = id;
    this.select.value = id ?? '';
    this.render();
  }

  render() {
    const body = byId('area-details');
    const area = this.selected ? this.session.world.areas.get(this.selected) : undefined;
    if (!area) {
      body.replaceChildren(
        el('p', {
          className: 'muted',
          text: 'Click an area on the map to see who holds it and which forces are there.',
        }),
      );
      return;
    }
    const { state, world } = this.session;
    const owner = state.control[area.id] ?? area.owner;
    const production = productionLine(world.scenario, area);
    const forces = state.forces.filter((f) => f.location === area.id && f.status === 'active');
    const children: HTMLElement[] = [
      el('h3', { text: area.name }),
      el('p', {
        text: area.kind === 'sea' ? kindLine(area) : `${kindLine(area)} · held by ${ownerLabel(owner)}`,
      }),
    ];
    if (production)
      children.push(el('p', { text: `Produces ${production} while held and connected to home.` }));
    if (forces.length === 0) children.push(el('p', { className: 'muted', text: 'No forces here.' }));
    for (const side of ['japan', 'allies'] as const) {
      const mine = forces.filter((f) => f.side === side);
      if (mine.length === 0) continue;
      children.push(
        el('h4', { className: `side-${side}`, text: side === 'japan' ? 'Japan' : 'Allies' }),
        el(
          'ul',
          { className: 'force-list' },
          mine.map((f) => el('li', {}, [el('strong', { text: f.name }), ` — ${describeForce(f)}`])),
        ),
      );
    }
    body.replaceChildren(...children);
  }
}

const CLASS_NAMES: Record<string, [string, string]> = {
  'fleet-carrier': ['fleet carrier', 'fleet carriers'],
  'light-carrier': ['light carrier', 'light carriers'],
  'escort-carrier': ['escort carrier', 'escort carriers'],
  battleship: ['battleship', 'battleships'],
  'heavy-cruiser': ['heavy cruiser', 'heavy cruisers'],
  'light-cruiser': ['light cruiser', 'light cruisers'],
  cruiser: ['cruiser', 'cruisers'],
  destroyer: ['destroyer', 'destroyers'],
  escort: ['escort', 'escorts'],
  submarine: ['submarine', 'submarines'],
  transport: ['transport', 'transports'],
};

export function describeForce(f: ForceState): string {
  switch (f.type) {
    case 'ship': {
      const parts = [CLASS_NAMES[f.class]?.[0] ?? f.class];
      if (f.aircraft > 0) parts.push(`${formatNumber(f.aircraft)} aircraft`);
      if (f.damage > 0) parts.push(`${f.damage}% damaged`);
      return parts.join(', ');
    }
    case 'flotilla': {
      const n = remaining(f);
      const names = CLASS_NAMES[f.class] ?? [f.class, f.class];
      return `${formatNumber(n)} ${n === 1 ? names[0] : names[1]}`;
    }
    case 'air':
      return `${formatNumber(remaining(f))} aircraft`;
    case 'army':
      return `${formatNumber(remaining(f))} thousand men`;
    default: {
      const never: never = f;
      return never;
    }
  }
}
