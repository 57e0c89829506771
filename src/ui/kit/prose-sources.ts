/**
 * A scenario text as paragraphs a student reads: the prose (forStudents), and its closing
 * Sources sentence apart as a small Sources line (src/text/source-keys.ts), keys given with
 * their citations on hover.
 */
import type { Scenario } from '../../scenario/schema';
import { sourcesByUse } from '../../scenario/source-uses';
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

/**
 * A scenario's Sources list: those its own events, history, plans and notes cite first, then those
 * behind the rules every scenario shares (src/scenario/source-uses.ts). One list read as this
 * scenario's own named Leyte Gulf, Iwo Jima and the Kure raids beside the Southern Oil Run of 1942 (play29).
 */
export function sourcesLists(scenario: Scenario): HTMLElement[] {
  const { own, rules } = sourcesByUse(scenario);
  const list = (sources: typeof own) =>
    el(
      'ul',
      { className: 'sources' },
      sources.map((s) => el('li', {}, [el('code', { text: s.key }), ` ${forStudents(s.citation)}`])),
    );
  const parts: HTMLElement[] = [];
  if (own.length > 0)
    parts.push(
      el('p', {
        className: 'muted',
        text: `Cited by this scenario’s events, history and plans (${own.length}):`,
      }),
      list(own),
    );
  if (rules.length > 0)
    parts.push(
      el('p', {
        className: 'muted',
        text: `Behind the rules every scenario shares (${rules.length}): what the rules are measured on, some of it from battles outside this scenario’s dates.`,
      }),
      list(rules),
    );
  return parts;
}
