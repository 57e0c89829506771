/** When the game cannot start, say why in words: never a blank screen. */
import type { Problem } from '../../scenario/problems';
import { el } from './dom';
import { problemItem } from './problem-item';

export function showProblems(title: string, problems: readonly Problem[], hint?: string) {
  const app = document.getElementById('app') ?? document.body;
  const list = el('ul', { className: 'problem-list' }, problems.map(problemItem));
  const back = el('a', { text: 'Back to the start screen', attrs: { href: window.location.pathname } });
  app.replaceChildren(
    el('main', { className: 'problems-page' }, [
      el(
        'section',
        { className: 'problems', attrs: { role: 'alert', 'aria-labelledby': 'problems-heading' } },
        [
          el('h2', { attrs: { id: 'problems-heading' }, text: title }),
          list,
          hint ? el('p', { text: hint }) : null,
          el('p', {}, [back]),
        ],
      ),
    ]),
  );
}
