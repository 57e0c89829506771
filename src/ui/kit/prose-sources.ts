/**
 * A scenario text as paragraphs a student reads: the prose (forStudents), and its closing
 * Sources sentence apart as a small Sources line (src/text/source-keys.ts), keys given with
 * their citations on hover.
 */
import type { Scenario } from '../../scenario/schema';
import { sourcesLine, splitSources } from '../../text/source-keys';
import { el } from './dom';
import { forStudents } from './student-text';

export function proseWithSources(
  scenario: Scenario,
  text: string,
  tag: 'p' | 'li' | 'dd' = 'p',
): HTMLElement {
  const { text: prose, keys } = splitSources(text);
  if (keys.length === 0) return el(tag, { text: forStudents(prose) });
  const cited = keys.map((k) => `${k}: ${scenario.meta.sources.find((s) => s.key === k)?.citation ?? k}`);
  return el(tag, {}, [
    forStudents(prose),
    ' ',
    el('small', { className: 'sources-line', text: sourcesLine(keys), attrs: { title: cited.join('\n') } }),
  ]);
}
