/** When the game cannot start, say why in words: never a blank screen. */
import type { Problem } from '../scenario/problems';
import { el } from './dom';

export function showProblems(title: string, problems: readonly Problem[], hint?: string) {
  const app = document.getElementById('app') ?? document.body;
  const list = el(
    'ul',
    { className: 'problem-list' },
    problems.map((p) => el('li', {}, [el('code', { text: p.path }), ` ${p.message}`])),
  );
  app.replaceChildren(
    el(
      'section',
      { className: 'problems', attrs: { role: 'alert', 'aria-labelledby': 'problems-heading' } },
      [
        el('h2', { attrs: { id: 'problems-heading' }, text: title }),
        list,
        hint ? el('p', { text: hint }) : null,
      ],
    ),
  );
  const button = document.getElementById('end-turn');
  if (button instanceof HTMLButtonElement) button.disabled = true;
  const texts: [string, string][] = [
    ['turn-status', 'The game has not started'],
    ['scenario-title', 'No scenario loaded'],
    ['end-turn-hint', ''],
  ];
  for (const [id, text] of texts) {
    const node = document.getElementById(id);
    if (node) node.textContent = text;
  }
}
