/** The map key, in the DOM (readable by screen readers), drawn with the board's own shapes. */
import { el } from './dom';
import { counterIcon, type IconShape, starPoints } from './icons';

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
  return svg([
    ...icon.fills.map((p) => shape('polygon', { points: pairs(p), fill: colour })),
    ...icon.strokes.map((p) =>
      shape('polyline', { points: pairs(p), fill: 'none', stroke: colour, 'stroke-width': '1.6' }),
    ),
  ]);
}

function entry(symbol: SVGSVGElement, text: string): HTMLLIElement {
  return el('li', {}, [symbol, el('span', { text })]);
}

export function renderLegend(container: HTMLElement) {
  const chip = (icon: IconShape) => {
    const s = iconSvg(icon, '#fff');
    s.classList.add('legend-chip');
    return s;
  };
  container.replaceChildren(
    el('ul', { className: 'legend-list' }, [
      entry(
        svg([shape('rect', { x: '2', y: '2', width: '12', height: '12', rx: '2', class: 'fill-japan' })]),
        'Japan',
      ),
      entry(
        svg([shape('rect', { x: '2', y: '2', width: '12', height: '12', rx: '2', class: 'fill-allies' })]),
        'Allies',
      ),
      entry(
        svg([shape('rect', { x: '2', y: '2', width: '12', height: '12', rx: '2', class: 'fill-neutral' })]),
        'land',
      ),
      entry(svg([shape('circle', { cx: '8', cy: '8', r: '6', class: 'fill-neutral' })]), 'island'),
      entry(svg([shape('circle', { cx: '8', cy: '8', r: '6.5', class: 'sea-symbol' })]), 'sea area'),
      entry(
        svg([
          shape('rect', { x: '1', y: '1', width: '14', height: '14', rx: '2', class: 'fill-neutral' }),
          shape('polygon', { points: pairs(starPoints(8, 8, 6, 2.6)), fill: '#fff' }),
        ]),
        'capital',
      ),
      entry(chip(counterIcon('naval')), 'ships'),
      entry(chip(counterIcon('air')), 'aircraft'),
      entry(chip(counterIcon('army')), 'troops (thousands)'),
    ]),
  );
}
