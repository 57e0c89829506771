/**
 * One problem in a file, as a list item: where (the JSON path), what is wrong
 * and what was expected, and what the file holds there (the bad value,
 * shortened). Text only: a file's values are never read as HTML.
 */
import type { Problem } from '../../scenario/problems';
import { el } from './dom';

export function problemItem(p: Problem): HTMLLIElement {
  return el('li', {}, [
    el('code', { text: p.path }),
    ` ${p.message}`,
    p.found !== undefined
      ? el('span', { className: 'problem-found' }, [' — found: ', el('code', { text: p.found })])
      : null,
  ]);
}
