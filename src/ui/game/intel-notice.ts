/**
 * The Allies' intelligence report at the start of their turn (code-breaking),
 * from the engine's reading of Japan's orders: one line per destination, the
 * carriers named first. The engine's one sentence ("…: Mikuma, Mogami, …
 * heading for Central Pacific; North Seas Detachment … heading for Kuriles;
 * Akagi, Kaga, … heading for North Pacific") ran to twenty names in one
 * banner at Midway, the carriers lost in the middle of it.
 */
import type { GameState, JapaneseIntentions, World } from '../../engine/index';
import { INTEL_UNDER_FOG } from '../../text/fog-text';
import { intelligenceText } from '../../text/report-text';
import { el } from '../kit/dom';

/** Names listed on a line before "and N more". */
const NAMED = 5;

const HEAD = 'Intelligence report, before your orders (code-breaking): ';

export function renderIntelNotice(
  container: HTMLElement,
  world: World,
  state: GameState,
  intel: JapaneseIntentions | null,
  fogged = false,
): void {
  container.hidden = intel === null;
  if (!intel) {
    container.replaceChildren();
    return;
  }
  if (!intel.read || intel.destinations.length === 0) {
    container.replaceChildren(
      el('strong', { text: HEAD }),
      intelligenceText(intel, (id) => world.areas.get(id)?.name ?? id),
    );
    return;
  }
  const isCarrier = (name: string) =>
    state.forces.some(
      (f) => f.side === 'japan' && f.name === name && f.type === 'ship' && f.class.endsWith('carrier'),
    );
  const lines = intel.destinations.map((d) => {
    const carriers = d.forces.filter(isCarrier);
    const names = [...carriers, ...d.forces.filter((n) => !isCarrier(n))];
    const shown = names.length > NAMED + 1 ? names.slice(0, NAMED) : names;
    const more = names.length - shown.length;
    const list = more > 0 ? `${shown.join(', ')} and ${more} more` : listed(shown);
    const area = world.areas.get(d.area)?.name ?? d.area;
    return el('li', {}, [
      el('strong', { text: `${area}: ` }),
      `${list}${carriers.length > 0 ? ` (${carriers.length} carrier${carriers.length === 1 ? '' : 's'})` : ''}.`,
    ]);
  });
  // A phone shows one line (where the carriers go) and More for the whole report: the whole of it
  // took 290 px of an 844 px screen at Midway and pushed the map below the fold (play25). A wider
  // screen shows it whole; the style sheet picks (.intel-short, .intel-full).
  const carriersTo = intel.destinations.map((d) => ({
    area: world.areas.get(d.area)?.name ?? d.area,
    carriers: d.forces.filter(isCarrier).length,
  }));
  const first = [...carriersTo].sort((a, b) => b.carriers - a.carriers).slice(0, 2);
  const others = carriersTo.length - first.length;
  const named = first.map((d) =>
    d.carriers > 0 ? `${d.area} (${d.carriers} carrier${d.carriers === 1 ? '' : 's'})` : d.area,
  );
  const short = `Japanese forces heading for ${others > 0 ? `${named.join(', ')} and ${others} more` : listed(named)}${fogged ? ' (a reading, not a sighting)' : ''}.`;
  const key = String(state.turn);
  const toggle = (text: string, label: string) => {
    const b = el('button', {
      className: 'intel-more',
      text,
      attrs: { type: 'button', 'aria-controls': 'intel-full', 'aria-label': label },
    });
    b.addEventListener('click', () => {
      if (container.dataset.open === key) delete container.dataset.open;
      else container.dataset.open = key;
      show();
    });
    return b;
  };
  const more = toggle('More ▾', 'Show the whole intelligence report');
  const less = toggle('Less ▴', 'Show the intelligence report in short');
  const show = () => {
    const open = container.dataset.open === key;
    container.classList.toggle('open', open);
    more.setAttribute('aria-expanded', String(open));
    less.setAttribute('aria-expanded', String(open));
  };
  // The whole report first: its words are the notice's (what a screen reader or a copy reads first).
  container.replaceChildren(
    el('div', { className: 'intel-full', attrs: { id: 'intel-full' } }, [
      el('strong', { text: HEAD }),
      'Code-breakers read Japanese traffic. Japanese forces are heading for:',
      el('ul', { className: 'intel-lines' }, lines),
      ...(fogged ? [el('p', { className: 'intel-fog', text: INTEL_UNDER_FOG })] : []),
      less,
    ]),
    el('p', { className: 'intel-short' }, [el('strong', { text: 'Code-breaking: ' }), short, ' ', more]),
  );
  show();
}

/** "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
