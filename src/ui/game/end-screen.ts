/**
 * The end of the game: the outcome, and the game measured against history —
 * when the war ended compared with 2 September 1945, what each side holds,
 * what each side lost, and the stocks next to the historical figures.
 */

import { scoreGame } from '../../judge/score';
import { judgeGame } from '../../judge/verdict';
import type { SideId } from '../../scenario/schema';
import { endWeighedLine } from '../../text/report-text';
import { verdictWords } from '../../text/verdict-text';
import { closeDialog, showPanel } from '../kit/dialogs';
import { button, el } from '../kit/dom';
import { formatDate, formatNumber, formatThousands } from '../kit/format';
import { outcomeLine, outcomeTitle } from './outcome-text';
import type { GameSession } from './session';
import { replayOf } from './session-replay';

export function showEndScreen(session: GameSession, onNewGame: () => void) {
  const { world, state } = session;
  const outcome = state.outcome;
  if (!outcome) return;
  const score = scoreGame(world, state, session.reports);
  const hist = world.scenario.victory.historical;
  const histDate = formatDate(hist.date, true);
  const sides: SideId[] = ['japan', 'allies'];
  const name = (s: SideId) => world.scenario.sides[s].name;

  // Why the side that gave in had so little will left: the pressures of its last will item.
  const weighed = endWeighedLine(outcome, session.reports);

  const verdict = judgeGame(world, state, score);
  const words = verdict ? verdictWords(verdict, world.scenario) : null;
  let history: string | null;
  if (verdict?.againstHistory?.code === 'surrender-date') {
    // The verdict says when Japan surrendered and how many months from the real end, counted to the
    // end of the turn it gave up in: a second count from the turn's first day read "10 months earlier"
    // above "9 months sooner" (twelfth play-through), so the line is left to the verdict.
    history = null;
  } else if (outcome.kind === 'terms-accepted' && !state.warTurns) {
    // No war with the US was fought: nothing to set against the real war's length.
    history = `There was no Pacific War: Japan gave in on ${formatDate(outcome.date, true)} without fighting the United States.`;
  } else if (score.daysVersusHistory !== null) {
    const months = Math.round(Math.abs(score.daysVersusHistory) / 30.4);
    const when = formatDate(outcome.date, true);
    history =
      months === 0
        ? `The war ended on ${when}, within a month of the real end (${histDate}).`
        : `The war ended on ${when}: ${months} ${months === 1 ? 'month' : 'months'} ${score.daysVersusHistory < 0 ? 'earlier' : 'later'} than in history, where it ended on ${histDate}.`;
  } else {
    // Only what the scenario says really happened: never a date turned into a surrender.
    // The outcome's date is the start of its last turn: "ends on 1 June 1942" read as if June was not played.
    const length = world.scenario.calendar.turnLength;
    const turnName =
      length.unit === 'month' && length.count === 1
        ? formatDate(outcome.date)
        : `the turn from ${formatDate(outcome.date, true)}`;
    history =
      outcome.kind === 'last-turn'
        ? `The scenario ends after its last turn, ${turnName}.`
        : `The scenario ends in ${turnName}.`;
  }

  const table = (caption: string, head: string[], rows: (string | number)[][]) =>
    el('table', { className: 'score-table' }, [
      el('caption', { text: caption }),
      el('thead', {}, [
        el(
          'tr',
          {},
          head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })),
        ),
      ]),
      el(
        'tbody',
        {},
        rows.map((r) =>
          el(
            'tr',
            {},
            r.map((c, i) =>
              i === 0
                ? el('th', { text: String(c), attrs: { scope: 'row' } })
                : el('td', { text: String(c) }),
            ),
          ),
        ),
      ),
    ]);

  const held = table(
    'What each side holds',
    // Every land area, not only the objectives the verdict above counts ("holds none of the 4 objective areas").
    // Not "Victory points": the verdict's "worth 8 of their 28 victory points" sat over "36 (started
    // with 28)" in a column of that name, two totals of one word (play24).
    ['', 'Land areas', 'Points of all areas held'],
    sides.map((s) => [
      name(s),
      `${score.sides[s].areas} (started with ${score.sides[s].areasAtStart})`,
      `${score.sides[s].points} (started with ${score.sides[s].pointsAtStart})`,
    ]),
  );
  const losses = table(
    'What each side lost',
    ['', 'Named ships sunk', 'Smaller ships', 'Aircraft', 'Trained pilots', 'Men'],
    sides.map((s) => {
      const x = score.sides[s];
      return [
        name(s),
        `${x.shipsSunk.length}${x.carriersSunk ? ` (${x.carriersSunk} ${x.carriersSunk === 1 ? 'carrier' : 'carriers'})` : ''}`,
        formatNumber(x.smallShipsLost),
        formatNumber(x.aircraftLost),
        formatNumber(x.pilotsLost),
        `${formatThousands(x.troopsLost)}`,
      ];
    }),
  );
  const sunkNames = sides
    .filter((s) => score.sides[s].shipsSunk.length > 0)
    .map((s) =>
      el('p', { className: 'muted', text: `${name(s)} lost: ${score.sides[s].shipsSunk.join(', ')}.` }),
    );

  // A what-if is measured against the real war too: say so, so nobody reads it as history.
  const whatIfNote = session.whatIf
    ? el('p', {
        className: 'what-if-note',
        attrs: { id: 'end-what-if' },
        text: `This game was a what-if — “${session.whatIf.title}” — not history. Everything below compares your counterfactual war with the real one.`,
      })
    : null;
  const comparisons = score.comparisons.length
    ? table(
        `Your ${session.whatIf ? 'what-if ' : ''}war next to the real one (${formatDate(score.endDate)})`,
        ['', 'Your game', 'History'],
        score.comparisons.map((c) => [
          c.label,
          `${formatNumber(c.played)} ${c.unit}`,
          `${formatNumber(c.history)}${c.estimated ? ' (estimated between the yearly figures)' : ''}`,
        ]),
      )
    : null;

  const look = button('Look at the final board', () => closeDialog(), {
    className: 'primary',
    key: 'end-look',
  });
  const aar = button(
    'After-action report',
    () => {
      closeDialog();
      void import('../replay/after-action-page').then((m) =>
        m.showAfterAction(world.scenario, replayOf(session), words?.headline ?? null),
      );
    },
    { key: 'end-aar', label: 'After-action report: timeline, charts next to history, discussion prompts' },
  );
  const again = button(
    'New game',
    () => {
      closeDialog();
      onNewGame();
    },
    { key: 'end-new' },
  );

  showPanel(
    'end-screen',
    [
      el('p', { className: 'eyebrow', text: 'The end' }),
      el('h2', { attrs: { id: 'overlay-title' }, text: outcomeTitle(outcome) }),
      el('p', {
        className: 'outcome-line',
        text: outcomeLine(outcome, world.scenario, Boolean(verdict && words)),
      }),
      ...(weighed ? [el('p', { attrs: { id: 'end-weighed' }, text: `${weighed}.` })] : []),
      ...(verdict && words
        ? [
            el('p', { className: 'verdict', attrs: { id: 'end-verdict' }, text: `${words.headline}.` }),
            ...youLine(session, verdict.winner),
            ...words.reasons.map((r) => el('p', { text: r })),
          ]
        : []),
      ...(whatIfNote ? [whatIfNote] : []),
      ...(history ? [el('p', { attrs: { id: 'end-war-length' }, text: history })] : []),
      ...(words?.againstHistory
        ? [
            el('p', {
              className: 'against-history',
              attrs: { id: 'end-against-history' },
              text: words.againstHistory,
            }),
          ]
        : []),
      ...(verdict?.history
        ? [
            el('details', { attrs: { id: 'end-real-war' } }, [
              el('summary', { text: 'What really happened' }),
              el('p', { text: verdict.history }),
            ]),
          ]
        : []),
      ...(verdict?.afterwards
        ? [
            el('p', { attrs: { id: 'end-afterwards' } }, [
              // After a game that left history (the Oil Clock's withdrawal), "what happened next" alone reads as this game's sequel.
              el('strong', { text: 'What happened next in the real war: ' }),
              verdict.afterwards,
            ]),
          ]
        : []),
      held,
      // A student read "Japan 42 victory points, the Allies 24" under "a marginal Allied victory" as a
      // contradiction (tenth play-through): the totals count every land area, the winner the goals.
      ...(verdict
        ? [
            el('p', {
              className: 'muted',
              attrs: { id: 'end-points-note' },
              text: 'These totals count every land area; who won is judged on the scenario’s goals, above.',
            }),
          ]
        : []),
      losses,
      ...sunkNames,
      ...(comparisons ? [comparisons] : []),
      el('div', { className: 'end-actions' }, [look, aar, again]),
    ],
    look,
  );
}

/** For one player: did they win? ("You played Japan: you won.") */
function youLine(session: GameSession, winner: SideId | 'draw'): HTMLElement[] {
  const humans = session.humanSides();
  const you = humans.length === 1 ? humans[0] : undefined;
  if (!you) return [];
  const name = session.world.scenario.sides[you].name;
  const result =
    winner === 'draw' ? 'neither side reached its goal' : winner === you ? 'you won' : 'you lost';
  return [
    el('p', { className: 'you-line', attrs: { id: 'end-you' }, text: `You played ${name}: ${result}.` }),
  ];
}
