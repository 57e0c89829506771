/**
 * What each computer side said it intended for a turn, at the top of that
 * turn's report (the game's Report tab and the replay viewer): the sentences
 * of the one text module, so the screen and `simulate` say the same thing.
 *
 * A defending side states a dozen "Hold X with Y" lines a turn; shown in full
 * they push what happened below the fold every turn (Road to Tokyo as the
 * Allies, on a laptop). Its moves come first, and more than a few holds fold
 * under a line a student can open.
 */
import './intent-view.css';
import type { Intent, Operation } from '../../ai/intent';
import type { GameState, World } from '../../engine/index';
import {
  intentHeading,
  intentLines,
  intentNames,
  operationSentence,
  planSpeaks,
} from '../../text/intent-text';
import { el } from '../kit/dom';

/** Holds shown as lines before the rest fold away. */
const HOLDS_SHOWN = 2;

/** An operation that keeps forces where they are (said with "Hold …" or "Keep … in place"), no news of its own. */
function staysPut(op: Operation): boolean {
  if (op.kind === 'hold') return op.reason === 'objective';
  // A defence on the code-breakers' word is news; an area held "because the enemy is within reach" is
  // not, nor air groups kept on guard over their own bases.
  return op.kind === 'defend' && !op.numbers?.decoded;
}

/** The areas held first, then the air groups on guard over their bases. */
const areasFirst = (a: Operation, b: Operation): number =>
  Number(a.target === undefined) - Number(b.target === undefined);

/** The intents as a section, or null when no side said what it intended. */
export function renderIntents(
  world: World,
  state: GameState,
  intents: readonly Intent[] | undefined,
): HTMLElement | null {
  if (!intents || intents.length === 0) return null;
  const names = intentNames(world, state);
  return el(
    'section',
    { className: 'intents', attrs: { 'aria-label': 'What the computer intended this turn' } },
    intents.map((intent) => {
      const moves = intent.operations.filter((op) => !staysPut(op));
      const holds = intent.operations.filter(staysPut).sort(areasFirst);
      const shown = holds.length > HOLDS_SHOWN + 1 ? [] : holds;
      const folded = holds.length > HOLDS_SHOWN + 1 ? holds : [];
      const planSaid = planSpeaks(intent);
      const lines =
        intent.operations.length === 0
          ? intentLines(names, intent)
          : [...moves, ...shown].map((op) => operationSentence(names, op, planSaid));
      return el('div', { className: `intent side-${intent.side}`, attrs: { 'data-side': intent.side } }, [
        el('h3', { text: intentHeading(intent.side, intent, true) }),
        el(
          'ul',
          {},
          lines.map((line) => el('li', { text: line })),
        ),
        folded.length > 0
          ? el('details', { className: 'intent-holds' }, [
              el('summary', {
                text: `${folded.length} more: forces that stay where they are`,
              }),
              el(
                'ul',
                {},
                folded.map((op) => el('li', { text: operationSentence(names, op, planSaid) })),
              ),
            ])
          : null,
      ]);
    }),
  );
}
