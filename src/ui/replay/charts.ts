/**
 * Line charts as plain SVG (built with createElementNS, labels as text
 * nodes): a game's series next to history's, or two games side by side. Each
 * chart is a <figure> with a caption, a legend and a table of the values for
 * screen readers and for checking the numbers.
 */
import { el } from '../kit/dom';
import { formatDate, formatNumber } from '../kit/format';

export interface ChartLine {
  label: string;
  /** played: solid; history: dashed with dots; a / b: the two games compared. */
  style: 'played' | 'history' | 'a' | 'b';
  points: readonly { date: string; value: number }[];
}

const SVG = 'http://www.w3.org/2000/svg';
const W = 560;
const H = 220;
const PAD = { left: 56, right: 16, top: 12, bottom: 28 };

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

const time = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * A line as drawn between `t0` and `t1`: its points inside, and where it runs past an edge, its
 * value there by straight interpolation between the figures either side (history's yearly figures
 * around a short scenario). `dots` are the line's own points inside.
 */
export function clipToSpan(
  line: ChartLine,
  t0: number,
  t1: number,
): { line: { t: number; value: number }[]; dots: { date: string; value: number }[] } {
  const pts = [...line.points].sort((a, b) => time(a.date) - time(b.date));
  const dots = pts.filter((p) => time(p.date) >= t0 && time(p.date) <= t1);
  const at = (t: number): number | null => {
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1]!;
      const b = pts[i]!;
      const ta = time(a.date);
      const tb = time(b.date);
      if (ta < t && t < tb) return a.value + ((b.value - a.value) * (t - ta)) / (tb - ta);
    }
    return null;
  };
  const out = dots.map((p) => ({ t: time(p.date), value: p.value }));
  const start = at(t0);
  const end = at(t1);
  if (start !== null) out.unshift({ t: t0, value: start });
  if (end !== null && t1 > t0) out.push({ t: t1, value: end });
  return { line: out, dots };
}

export function lineChart(title: string, unit: string, lines: readonly ChartLine[], id: string): HTMLElement {
  const all = lines.flatMap((l) => l.points);
  const figure = el('figure', { className: 'chart', attrs: { 'data-chart': id } });
  const captionId = `chart-${id}-caption`;
  figure.append(
    // A unit with its own brackets is not put in a second pair: "(points, 0–100)", not "(points (0–100))".
    el('figcaption', { attrs: { id: captionId } }, [
      el('strong', { text: title }),
      ` (${unit.replace(/\s*\(([^()]*)\)$/, ', $1')})`,
    ]),
  );
  if (all.length === 0) {
    figure.append(el('p', { className: 'muted', text: 'No data.' }));
    return figure;
  }
  // The time axis is the game's (the played lines'): history's yearly figures beyond it are cut
  // at its edges, interpolated there, so a six-month scenario's oil chart does not run to 1943
  // while the others run January to July 1942 (play25). The table below keeps every figure.
  const played = lines.filter((l) => l.style !== 'history').flatMap((l) => l.points);
  const span = played.length > 0 ? played : all;
  const t0 = Math.min(...span.map((p) => time(p.date)));
  const t1 = Math.max(...span.map((p) => time(p.date)));
  const drawn = lines.map((l) => clipToSpan(l, t0, t1));
  const values = drawn.flatMap((d) => d.line.map((p) => p.value));
  const vMax = Math.max(1, ...values);
  const vMin = Math.min(0, ...values);
  const xt = (t: number) => PAD.left + ((t - t0) / Math.max(1, t1 - t0)) * (W - PAD.left - PAD.right);
  const x = (d: string) => xt(time(d));
  const y = (v: number) => PAD.top + (1 - (v - vMin) / (vMax - vMin)) * (H - PAD.top - PAD.bottom);

  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-labelledby': captionId,
    class: 'chart-svg',
    preserveAspectRatio: 'xMidYMid meet',
  });
  // Axes, gridlines and labels.
  for (const v of vMax - vMin >= 4 ? [vMin, (vMin + vMax) / 2, vMax] : [vMin, vMax]) {
    chart.append(svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v), class: 'grid' }));
    chart.append(
      svg(
        'text',
        { x: PAD.left - 6, y: y(v) + 4, class: 'axis-label', 'text-anchor': 'end' },
        formatNumber(Math.round(v)),
      ),
    );
  }
  const firstYear = new Date(t0).getUTCFullYear();
  const lastYear = new Date(t1).getUTCFullYear();
  const short = firstYear === lastYear || t1 - t0 < 200 * 86_400_000;
  for (let year = firstYear; year <= lastYear + 1 && !short; year++) {
    const d = `${year}-01-01`;
    if (time(d) < t0 || time(d) > t1) continue;
    chart.append(svg('line', { x1: x(d), x2: x(d), y1: PAD.top, y2: H - PAD.bottom, class: 'grid' }));
    chart.append(
      svg('text', { x: x(d), y: H - 8, class: 'axis-label', 'text-anchor': 'middle' }, String(year)),
    );
  }
  if (short) {
    const first = span.reduce((a, b) => (time(a.date) <= time(b.date) ? a : b)).date;
    const last = span.reduce((a, b) => (time(a.date) >= time(b.date) ? a : b)).date;
    chart.append(
      svg('text', { x: PAD.left, y: H - 8, class: 'axis-label', 'text-anchor': 'start' }, formatDate(first)),
    );
    chart.append(
      svg(
        'text',
        { x: W - PAD.right, y: H - 8, class: 'axis-label', 'text-anchor': 'end' },
        formatDate(last),
      ),
    );
  }
  lines.forEach((line, i) => {
    const { line: pts, dots } = drawn[i]!;
    if (pts.length === 0) return;
    const poly = svg('polyline', {
      points: pts.map((p) => `${xt(p.t).toFixed(1)},${y(p.value).toFixed(1)}`).join(' '),
      class: `line line-${line.style}`,
      'data-points': pts.length,
    });
    poly.append(svg('title', {}, line.label));
    chart.append(poly);
    // A dot is a figure from the sources (or a lone point), never a point made up at the edge.
    if (line.style === 'history' || pts.length === 1) {
      for (const p of dots)
        chart.append(
          svg('circle', { cx: x(p.date), cy: y(p.value), r: 3.5, class: `dot dot-${line.style}` }),
        );
    }
  });
  figure.append(chart);
  figure.append(
    el(
      'ul',
      { className: 'chart-legend' },
      lines.map((l) =>
        el('li', { className: `key key-${l.style}` }, [
          el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } }),
          l.label,
        ]),
      ),
    ),
  );
  // The numbers themselves, for checking (folded away on screen, printed with the report).
  const dates = [...new Set(all.map((p) => p.date))].sort();
  const table = el('table', { className: 'chart-data' }, [
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: 'Date', attrs: { scope: 'col' } }),
        ...lines.map((l) => el('th', { text: l.label, attrs: { scope: 'col' } })),
      ]),
    ]),
    el(
      'tbody',
      {},
      dates.map((d) =>
        el('tr', {}, [
          el('th', { text: formatDate(d), attrs: { scope: 'row' } }),
          ...lines.map((l) => {
            const p = l.points.find((q) => q.date === d);
            return el('td', { text: p ? formatNumber(p.value) : '' });
          }),
        ]),
      ),
    ),
  ]);
  figure.append(
    el('details', { className: 'chart-numbers' }, [el('summary', { text: 'The numbers' }), table]),
  );
  return figure;
}
