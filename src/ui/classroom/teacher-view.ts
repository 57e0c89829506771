/**
 * The teacher view of a scenario: its notes, discussion prompts (with the
 * event each belongs to), sources and what-ifs. Everything from the scenario
 * is set as text, never parsed as HTML.
 */
import type { Scenario } from '../../scenario/schema';
import { overlayClosed, overlayOpened } from '../app/routes';
import { el } from '../kit/dom';
import { proseWithSources, sourcesLists } from '../kit/prose-sources';
import { forStudents } from '../kit/student-text';
import { openClassroomDialog } from './classroom-dialog';

export function showTeacherView(scenario: Scenario) {
  const meta = scenario.meta;
  const { body, close } = openClassroomDialog(`Teacher view: ${meta.title}`, 'teacher-view', () =>
    overlayClosed('teacher'),
  );
  // A page of its own: Back closes it, Forward opens it again.
  overlayOpened({ page: 'teacher', scenario: meta.id }, close, () => showTeacherView(scenario));
  const eventTitle = (id: string) => scenario.events.find((e) => e.id === id)?.title ?? id;
  const parts: (HTMLElement | null)[] = [
    el('p', { className: 'muted', text: `${meta.period} · about ${meta.playMinutes} minutes` }),
    el('p', { text: meta.summary }),
    el('section', { attrs: { 'aria-labelledby': 'tv-notes' } }, [
      el('h3', { attrs: { id: 'tv-notes' }, text: 'Notes for the teacher' }),
      el(
        'ul',
        {},
        meta.teacherNotes.map((n) => proseWithSources(scenario, n, 'li')),
      ),
    ]),
    el('section', { attrs: { 'aria-labelledby': 'tv-prompts' } }, [
      el('h3', { attrs: { id: 'tv-prompts' }, text: 'Discussion prompts' }),
      el(
        'ol',
        {},
        meta.discussionPrompts.map((p) =>
          el('li', {}, [
            forStudents(p.prompt),
            p.event ? el('span', { className: 'muted', text: ` (after “${eventTitle(p.event)}”)` }) : null,
          ]),
        ),
      ),
    ]),
    scenario.whatIfs.length
      ? el('section', { attrs: { 'aria-labelledby': 'tv-whatifs' } }, [
          el('h3', { attrs: { id: 'tv-whatifs' }, text: 'What-ifs this scenario offers' }),
          el('p', {
            className: 'muted',
            text: 'To play one, choose it under “What if…” in the start screen’s settings: the “Link that starts this game” shown there then starts the same what-if for every student.',
          }),
          el(
            'dl',
            {},
            scenario.whatIfs.flatMap((w) => [
              el('dt', { text: w.title }),
              proseWithSources(scenario, w.description, 'dd'),
            ]),
          ),
        ])
      : null,
    el('section', { attrs: { 'aria-labelledby': 'tv-sources' } }, [
      el('h3', { attrs: { id: 'tv-sources' }, text: 'Sources' }),
      ...sourcesLists(scenario),
    ]),
  ];
  body.append(...parts.filter((p): p is HTMLElement => p !== null));
}
