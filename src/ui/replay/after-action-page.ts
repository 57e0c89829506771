/**
 * The after-action report as a printable page: the game's outcome, the
 * decisions that mattered most, charts of oil, shipping, carriers and areas
 * held next to history's series, the timeline of key events with their
 * historical notes and sources, and the scenario's discussion prompts. The
 * browser's Print turns it into paper or a PDF (style.css has the print rules).
 */
import { buildAfterAction, type Replay, type TimelineEntry } from '../../replay/index';
import type { Scenario } from '../../scenario/schema';
import { endText } from '../../text/end-text';
import { playerInWords } from '../../text/player-text';
import { verdictCheckingText } from '../../text/replay-text';
import { splitSources } from '../../text/source-keys';
import { overlayClosed, overlayOpened } from '../app/routes';
import { button, el } from '../kit/dom';
import { capitalise, formatDate } from '../kit/format';
import { proseWithSources } from '../kit/prose-sources';
import { forStudents } from '../kit/student-text';
import { lineChart } from './charts';
import { shippingTable } from './shipping-table';

const KIND_WORDS: Record<TimelineEntry['kind'], string> = {
  event: 'Event',
  choice: 'Decision',
  battle: 'Battle',
  control: 'Control',
  end: 'The end',
};

/**
 * What the report says of the verdict: the game's verdict on the goals in the end screen's words
 * (verdict-headline.ts), none (a game not finished), or one still being checked by the replay viewer,
 * shown when the check ends (`verdict`: the verdict, or `unjudged`: the words of why there is none).
 */
export type AfterActionVerdict = string | null | Promise<{ verdict: string | null } | { unjudged: string }>;

export function showAfterAction(scenario: Scenario, replay: Replay, verdict: AfterActionVerdict = null) {
  closeAfterAction();
  const report = buildAfterAction(scenario, replay);
  const weekly = scenario.calendar.turnLength.unit !== 'month';
  const app = document.getElementById('app');
  const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const sourceText = (key?: string) =>
    key ? forStudents(scenario.meta.sources.find((s) => s.key === key)?.citation ?? key) : '';
  const player = (p: string) => playerInWords(p, 'a player');

  const close = button('Close the report', () => {
    closeAfterAction();
    back?.focus({ preventScroll: true });
    overlayClosed('report');
  });
  const print = button('Print or save as PDF', () => window.print(), { className: 'primary' });

  const outcome = report.outcome
    ? // "The scenario's last turn (16) has been played (turn 16, …)": the turn is said once.
      `${capitalise(endText(report.outcome, scenario))} (${report.outcome.cause.code === 'last-turn' ? '' : `turn ${report.outcome.turn}, `}${formatDate(report.outcome.date, weekly)}).`
    : `The game is not finished: ${report.turns} ${report.turns === 1 ? 'turn' : 'turns'} played.`;

  const outcomeLine = el('p', {
    className: 'aar-outcome',
    attrs: { 'aria-live': 'polite' },
    text:
      typeof verdict === 'string'
        ? `${outcome} ${verdict}.`
        : verdict && report.outcome
          ? `${outcome} ${verdictCheckingText()}`
          : outcome,
  });
  if (verdict instanceof Promise && report.outcome) {
    void verdict.then((known) => {
      outcomeLine.textContent =
        'unjudged' in known
          ? `${outcome} ${known.unjudged}`
          : known.verdict
            ? `${outcome} ${known.verdict}.`
            : outcome;
    });
  }

  const timelineRow = (e: TimelineEntry) =>
    el('tr', { className: `tl-${e.kind}` }, [
      el('td', { text: `${e.turn}` }),
      el('td', { text: formatDate(e.date, weekly) }),
      el('td', {}, [
        el('span', { className: `tag tag-${e.kind}`, text: KIND_WORDS[e.kind] }),
        ' ',
        el('strong', { text: e.title }),
        e.detail ? ` — ${e.detail}` : '',
      ]),
      el('td', {}, [
        forStudents(splitSources(e.note ?? '').text),
        e.source ? el('span', { className: 'source', text: ` Source: ${sourceText(e.source)}` }) : '',
        ...splitSources(e.note ?? '').keys.map((k) =>
          el('span', { className: 'source', text: `; ${sourceText(k)}` }),
        ),
      ]),
    ]);

  const page = el(
    'section',
    {
      className: 'aar-page',
      attrs: { id: 'aar-page', 'aria-labelledby': 'aar-title', role: 'region' },
    },
    [
      el('div', { className: 'aar-toolbar no-print' }, [print, close]),
      el('header', { className: 'aar-header' }, [
        el('p', { className: 'eyebrow', text: 'Price of Victory — after-action report' }),
        el('h1', { attrs: { id: 'aar-title' }, text: report.scenario.title }),
        report.whatIf
          ? el('div', { className: 'aar-what-if', attrs: { id: 'aar-what-if' } }, [
              el('p', { className: 'what-if-badge', text: `What if: ${report.whatIf.title}` }),
              el('p', {
                text: `This game was a what-if, not history.${report.whatIf.description ? ` ${splitSources(report.whatIf.description).text}` : ''} The history lines and the notes in this report are the real war.`,
              }),
            ])
          : null,
        el('p', {
          className: 'muted',
          text: `${report.scenario.period} · seed “${report.seed}” · Japan: ${player(report.players.japan)} · the Allies: ${player(report.players.allies)}`,
        }),
        outcomeLine,
      ]),
      el('section', { attrs: { 'aria-labelledby': 'aar-decisions' } }, [
        el('h2', { attrs: { id: 'aar-decisions' }, text: 'The decisions and moments that mattered most' }),
        report.decisions.length
          ? el(
              'ol',
              { className: 'aar-decisions' },
              report.decisions.map((d) =>
                el('li', {}, [
                  el('strong', { text: `${formatDate(d.date, weekly)}: ${d.title}` }),
                  d.detail && d.detail !== 'a decision' ? ` — ${d.detail}` : '',
                ]),
              ),
            )
          : el('p', { className: 'muted', text: 'Nothing decisive has happened yet.' }),
      ]),
      el('section', { attrs: { 'aria-labelledby': 'aar-charts' } }, [
        el('h2', { attrs: { id: 'aar-charts' }, text: 'This war next to the real one' }),
        el('p', {
          className: 'hint',
          text: `Solid line: this game${report.whatIf ? ` (what if: ${report.whatIf.title})` : ''}. Dashed line with dots: history, from the sources of the scenario.`,
        }),
        el(
          'div',
          { className: 'chart-grid' },
          report.series.map((s) =>
            lineChart(
              s.label,
              s.unit,
              [
                { label: 'This game', style: 'played', points: s.points },
                ...(s.history
                  ? [
                      {
                        label: `History: ${s.history.label}`,
                        style: 'history' as const,
                        points: s.history.points,
                      },
                    ]
                  : []),
              ],
              s.id,
            ),
          ),
        ),
        report.shipping ? shippingTable([{ label: null, shipping: report.shipping }]) : null,
      ]),
      el('section', { attrs: { 'aria-labelledby': 'aar-timeline' } }, [
        el('h2', { attrs: { id: 'aar-timeline' }, text: 'Timeline of key events' }),
        report.timeline.length
          ? el('table', { className: 'aar-timeline' }, [
              el('thead', {}, [
                el(
                  'tr',
                  {},
                  ['Turn', 'Date', 'What happened', 'What really happened (note and source)'].map((h) =>
                    el('th', { text: h, attrs: { scope: 'col' } }),
                  ),
                ),
              ]),
              el('tbody', {}, report.timeline.map(timelineRow)),
            ])
          : el('p', { className: 'muted', text: 'No key events yet.' }),
      ]),
      el('section', { attrs: { 'aria-labelledby': 'aar-prompts' } }, [
        el('h2', { attrs: { id: 'aar-prompts' }, text: 'Questions for discussion' }),
        el(
          'ol',
          { className: 'aar-prompts' },
          report.prompts.map((p) => proseWithSources(scenario, p.prompt, 'li')),
        ),
      ]),
    ],
  );
  document.body.append(page);
  document.body.classList.add('aar-open');
  app?.setAttribute('inert', '');
  page.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close.click();
  });
  print.focus();
  // A page of its own: Back closes it, Forward opens it again.
  overlayOpened(
    { page: 'report' },
    () => {
      closeAfterAction();
      back?.focus({ preventScroll: true });
    },
    () => showAfterAction(scenario, replay, verdict),
  );
}

export function closeAfterAction() {
  document.getElementById('aar-page')?.remove();
  document.body.classList.remove('aar-open');
  document.getElementById('app')?.removeAttribute('inert');
}
