/**
 * Two timelines side by side — two teams on the same seed, or a branch and
 * its original: where their orders parted, each series charted for both
 * games, and the key events one game had and the other did not.
 */
import { compareReplays, type Replay, type TimelineEntry } from '../../replay/index';
import type { Scenario } from '../../scenario/schema';
import { whatIfById } from '../../scenario/what-if';
import { endText } from '../../text/end-text';
import { gameOf, playedByWords } from '../classroom/class-results-logic';
import { statusLine } from '../classroom/classroom-dialog';
import { button, el } from '../kit/dom';
import { capitalise, formatDate } from '../kit/format';
import { lineChart } from './charts';
import { shippingTable } from './shipping-table';

export class CompareView {
  private readonly root: HTMLElement;
  private readonly status = statusLine('Working out both games…');

  constructor(
    parent: HTMLElement,
    private readonly scenario: Scenario,
    private readonly a: Replay,
    private readonly b: Replay,
    private readonly hooks: { back(): void },
  ) {
    this.root = el('main', { className: 'compare-view', attrs: { id: 'compare-view' } });
    parent.replaceChildren(this.root);
  }

  start() {
    // Both replays have the same scenario hash (main.ts checks), so the same what-if.
    const whatIf = this.a.whatIf ? whatIfById(this.scenario, this.a.whatIf) : undefined;
    document.title = `Compare: ${this.scenario.meta.title} — Price of Victory`;
    this.root.replaceChildren(
      el('header', { className: 'replay-header' }, [
        el('div', {}, [
          el('p', { className: 'eyebrow', text: 'Compare two games' }),
          el('h1', { text: this.scenario.meta.title }),
          whatIf
            ? el('p', { className: 'what-if-badge', text: `What if: ${whatIf.title} (both games)` })
            : null,
        ]),
        el('div', { className: 'classroom-buttons' }, [
          button('Back to the start screen', () => this.hooks.back()),
        ]),
      ]),
      this.status,
    );
    // Both games are replayed through the engine: let the page paint the heading first.
    window.setTimeout(() => this.render(), 30);
  }

  destroy() {}

  private render() {
    const c = compareReplays(this.scenario, this.a, this.b);
    const weekly = this.scenario.calendar.turnLength.unit !== 'month';
    // Who played each side, with a branch's first turns (class-results-logic.ts): "Japan: a player"
    // for a branch whose first 6 turns were the computer's was play31's class-results mistake too.
    const calendar = { start: this.scenario.calendar.start, turnLength: this.scenario.calendar.turnLength };
    const monthly = this.scenario.calendar.turnLength.unit === 'month';
    const games = [this.a, this.b].map((r, i) => gameOf(i + 1, `game ${i}`, r, '', monthly, calendar));
    const who = (r: Replay) => {
      const g = games[r === this.a ? 0 : 1]!;
      return `Japan: ${playedByWords(g, 'japan', games, 'a player')} · Allies: ${playedByWords(g, 'allies', games, 'a player')}`;
    };
    const summary = (label: 'A' | 'B', r: Replay, outcome: typeof c.a.outcome, turns: number) =>
      el(
        'section',
        { className: `compare-game game-${label.toLowerCase()}`, attrs: { 'aria-label': `Game ${label}` } },
        [
          el('h2', {}, [
            el('span', { className: `key key-${label.toLowerCase()}` }, [
              el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } }),
            ]),
            `Game ${label}`,
          ]),
          el('p', { text: `Seed “${r.seed}” · ${who(r)} · ${turnsWord(turns)}` }),
          el('p', {
            className: 'aar-outcome',
            text: outcome
              ? `${capitalise(endText(outcome, this.scenario))} (${formatDate(outcome.date, weekly)}).`
              : 'Not finished.',
          }),
        ],
      );
    const datesOf = c.a.timeline.concat(c.b.timeline);
    const divergeDate = c.divergesAt ? datesOf.find((e) => e.turn === c.divergesAt)?.date : undefined;
    const parted =
      this.a.seed !== this.b.seed
        ? `The two games use different seeds (“${this.a.seed}” and “${this.b.seed}”), so chance differs from the first turn.`
        : c.divergesAt
          ? `The orders are the same until turn ${c.divergesAt}${divergeDate ? ` (${formatDate(divergeDate, weekly)})` : ''}, where the games part.`
          : 'One game is the beginning of the other: the orders never differ.';
    // Only what the other game could have had: a branch compared with its shorter original listed
    // the Doolittle raid, Midway and Guadalcanal as "only in game B" because game A had stopped
    // before them (play31). Events after the other game's last turn are counted, not listed.
    const events = (title: string, all: TimelineEntry[], label: string, otherTurns: number) => {
      const list = all.filter((e) => e.turn <= otherTurns);
      const later = all.length - list.length;
      return el('section', { className: 'compare-events', attrs: { 'aria-label': title } }, [
        el('h3', { text: title }),
        list.length
          ? el(
              'ol',
              {},
              list.map((e) =>
                el('li', {}, [
                  el('strong', { text: `Turn ${e.turn}, ${formatDate(e.date, weekly)}: ${e.title}` }),
                  e.detail && e.detail !== 'a decision' ? ` — ${e.detail}` : '',
                ]),
              ),
            )
          : el('p', {
              className: 'muted',
              text:
                later > 0
                  ? `Nothing in ${otherTurns === 1 ? 'turn 1' : `the first ${otherTurns} turns`} that game ${label} did not have too.`
                  : `Nothing that game ${label} did not have too.`,
            }),
        later > 0
          ? el('p', {
              className: 'muted compare-later',
              text: `${later} more after turn ${otherTurns}, where game ${label} stops: not compared.`,
            })
          : null,
      ]);
    };
    this.status.textContent = parted;
    this.root.append(
      el('div', { className: 'compare-columns' }, [
        summary('A', this.a, c.a.outcome, c.a.turns),
        summary('B', this.b, c.b.outcome, c.b.turns),
      ]),
      el('section', { attrs: { 'aria-labelledby': 'compare-charts' } }, [
        el('h2', { attrs: { id: 'compare-charts' }, text: 'The two wars, side by side' }),
        el('p', { className: 'hint', text: 'Solid line: game A. Dashed line: game B.' }),
        el(
          'div',
          { className: 'chart-grid' },
          c.series.map((s) =>
            lineChart(
              s.label,
              s.unit,
              [
                {
                  label: 'Game A',
                  style: 'a',
                  points: s.points.flatMap((p) => (p.a === undefined ? [] : [{ date: p.date, value: p.a }])),
                },
                {
                  label: 'Game B',
                  style: 'b',
                  points: s.points.flatMap((p) => (p.b === undefined ? [] : [{ date: p.date, value: p.b }])),
                },
              ],
              `compare-${s.id}`,
            ),
          ),
        ),
        c.a.shipping && c.b.shipping
          ? shippingTable([
              { label: 'Game A', short: 'A', shipping: c.a.shipping },
              { label: 'Game B', short: 'B', shipping: c.b.shipping },
            ])
          : null,
      ]),
      el('section', { attrs: { 'aria-labelledby': 'compare-events' } }, [
        el('h2', { attrs: { id: 'compare-events' }, text: 'Key events only one game had' }),
        el('div', { className: 'compare-columns' }, [
          events('Only in game A', c.onlyA, 'B', c.b.turns),
          events('Only in game B', c.onlyB, 'A', c.a.turns),
        ]),
      ]),
    );
  }
}

/** "1 turn", "16 turns" (a one-turn game read "1 turns", play31). */
function turnsWord(n: number): string {
  return `${n} turn${n === 1 ? '' : 's'}`;
}
