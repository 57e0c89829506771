/** The map key, in the DOM (readable by screen readers), drawn with the board's own shapes. */

import { LAST_SEEN_KEY } from '../../text/fog-text';
import { el } from '../kit/dom';
import { counterIcon, type IconShape, starPoints } from '../kit/icons';

const SVG = 'http://www.w3.org/2000/svg';

function svg(children: SVGElement[]): SVGSVGElement {
  const s = document.createElementNS(SVG, 'svg');
  s.setAttribute('viewBox', '0 0 16 16');
  s.setAttribute('width', '16');
  s.setAttribute('height', '16');
  s.setAttribute('aria-hidden', 'true');
  s.append(...children);
  return s;
}

function shape(tag: string, attrs: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function pairs(flat: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push(`${flat[i]},${flat[i + 1]}`);
  return out.join(' ');
}

function iconSvg(icon: IconShape, colour: string): SVGSVGElement {
  return svg(icon.fills.map((p) => shape('polygon', { points: pairs(p), fill: colour })));
}

function entry(symbol: SVGSVGElement, text: string): HTMLLIElement {
  return el('li', {}, [symbol, el('span', { text })]);
}

/** A faded warships chip in a dashed frame, as the board draws enemy ships last seen (card-canvas.ts `ghost`). */
function ghostChip(): SVGSVGElement {
  const s = iconSvg(counterIcon('fleet'), '#fff');
  s.classList.add('legend-chip', 'legend-ghost');
  return s;
}

export function renderLegend(container: HTMLElement) {
  const chip = (icon: IconShape) => {
    const s = iconSvg(icon, '#fff');
    s.classList.add('legend-chip');
    return s;
  };
  const square = (cls: string) =>
    svg([shape('rect', { x: '2', y: '2', width: '12', height: '12', rx: '2', class: cls })]);
  container.replaceChildren(
    el('ul', { className: 'legend-list' }, [
      entry(square('fill-japan'), 'held by Japan'),
      entry(square('fill-allies'), 'held by the Allies'),
      entry(square('fill-neutral'), 'neutral'),
      entry(square('shape-symbol'), 'land area'),
      entry(svg([shape('circle', { cx: '8', cy: '8', r: '6', class: 'shape-symbol' })]), 'island'),
      entry(svg([shape('circle', { cx: '8', cy: '8', r: '6.5', class: 'sea-symbol' })]), 'sea area'),
      entry(
        svg([
          shape('circle', { cx: '8', cy: '8', r: '6.5', class: 'unwatched-symbol' }),
          Object.assign(shape('text', { x: '8', y: '11.5', class: 'unwatched-mark' }), { textContent: '?' }),
        ]),
        'sea area your forces do not watch (fog of war): enemy ships there are not shown',
      ),
      entry(ghostChip(), LAST_SEEN_KEY),
      entry(
        svg([
          shape('rect', { x: '1', y: '1', width: '14', height: '14', rx: '2', class: 'fill-neutral' }),
          shape('polygon', { points: pairs(starPoints(8, 8, 6, 2.6)), fill: '#fff' }),
        ]),
        'capital',
      ),
      entry(chip(counterIcon('fleet', true)), 'fleet with carriers (warships)'),
      entry(chip(counterIcon('fleet')), 'warships'),
      entry(chip(counterIcon('transport')), 'transports'),
      entry(chip(counterIcon('air')), 'aircraft'),
      entry(chip(counterIcon('army')), 'troops (thousands)'),
      entry(svg([shape('line', { x1: '1', y1: '8', x2: '15', y2: '8', class: 'lane-symbol' })]), 'sea route'),
      entry(
        svg([shape('line', { x1: '1', y1: '8', x2: '15', y2: '8', class: 'road-symbol' })]),
        'overland route',
      ),
      entry(
        svg([
          shape('circle', { cx: '8', cy: '8', r: '7', class: 'sunk-disc-symbol' }),
          shape('polygon', { points: '2.5,7 13.5,6 11.5,10.5 3.5,11', class: 'sunk-hull-symbol' }),
          shape('polyline', { points: '1,10 4,8.5 7,10 10,8.5 15,10', class: 'sunk-wave-symbol' }),
        ]),
        'ships sunk there this turn (shown while the turn plays)',
      ),
      entry(svg([shape('circle', { cx: '8', cy: '8', r: '5.5', class: 'legal-symbol' })]), 'can move here'),
      entry(svg([shape('circle', { cx: '8', cy: '8', r: '5.5', class: 'selected-symbol' })]), 'selected'),
      entry(
        svg([
          shape('line', { x1: '3', y1: '3', x2: '13', y2: '13', class: 'refused-symbol' }),
          shape('line', { x1: '3', y1: '13', x2: '13', y2: '3', class: 'refused-symbol' }),
        ]),
        'your order there was refused last turn (the report says why)',
      ),
    ]),
  );
}
