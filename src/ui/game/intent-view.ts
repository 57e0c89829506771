/**
 * What each computer side said it intended for a turn, at the top of that
 * turn's report (the game's Report tab and the replay viewer): the sentences
 * of the one text module, so the screen and `simulate` say the same thing.
 */
import './intent-view.css';
import type { Intent } from '../../ai/intent';
import type { GameState, World } from '../../engine/index';
import { intentHeading, intentLines, intentNames } from '../../text/intent-text';
import { el } from '../kit/dom';

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
    intents.map((intent) =>
      el('div', { className: `intent side-${intent.side}`, attrs: { 'data-side': intent.side } }, [
        el('h3', { text: intentHeading(intent.side, intent) }),
        el(
          'ul',
          {},
          intentLines(names, intent).map((line) => el('li', { text: line })),
        ),
      ]),
    ),
  );
}
