/**
 * A scenario text as paragraphs a student reads: the prose (forStudents), and its closing
 * Sources sentence apart as a small Sources line (src/text/source-keys.ts), keys given with
 * their citations on hover.
 */
import type { Scenario } from '../../scenario/schema';
import { citedSourcesLine, sourcesLine, splitSources } from '../../text/source-keys';
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

/**
 * As `proseWithSources`, the sources named by their citations ("Source: combinedfleet.com,
 * "Japanese economic statistics" …") where a key alone ("Source: I10.") tells a student nothing and
 * a hover cannot be read on a phone: Production's notes (play20), as a turn report's events name theirs.
 */
export function proseNamingSources(scenario: Scenario, text: string, className?: string): HTMLElement {
  const { text: prose, keys } = splitSources(text);
  const attrs = className ? { className } : {};
  if (keys.length === 0) return el('p', { ...attrs, text: forStudents(prose) });
  const cited = keys.map((k) => forStudents(scenario.meta.sources.find((s) => s.key === k)?.citation ?? k));
  return el('p', attrs, [
    forStudents(prose),
    ' ',
    el('small', { className: 'sources-line', text: citedSourcesLine(cited) }),
  ]);
}
