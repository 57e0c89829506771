/**
 * The About tab: the what-if being played (if the game is one), the
 * scenario's summary, the discussion prompts, the notes
 * for teachers and the sources, and the link that starts this same game for
 * a whole class.
 */

import { el } from '../kit/dom';
import { formatDate, formatMinutes } from '../kit/format';
import { goalsList } from '../kit/goals-view';
import { proseWithSources, sourcesLists } from '../kit/prose-sources';
import { scenarioChangesView } from '../scenarios/scenario-changes-view';
import type { ScreenContext } from './screen-state';

export function renderAboutTab(container: HTMLElement, ctx: ScreenContext, classLink: string) {
  const { scenario } = ctx.session.world;
  const meta = scenario.meta;
  const { calendar } = scenario;
  const weekly = calendar.turnLength.unit !== 'month';
  const linkField = el('input', {
    attrs: { type: 'text', readonly: '', value: classLink, id: 'class-link', 'data-key': 'class-link' },
  });
  linkField.addEventListener('focus', () => linkField.select());
  const whatIf = ctx.session.whatIf;
  container.replaceChildren(
    el('h2', { text: meta.title }),
    el('p', {
      className: 'muted',
      text: `${meta.period} · ${calendar.lastTurn} turns from ${formatDate(calendar.start, weekly)} · about ${formatMinutes(meta.playMinutes)}`,
    }),
    whatIf
      ? el('section', { className: 'what-if-about', attrs: { 'aria-labelledby': 'about-what-if' } }, [
          el('h3', { attrs: { id: 'about-what-if' }, text: `What if: ${whatIf.title}` }),
          el('p', {
            text: 'This game is a what-if: it does not follow history. What changes, and what historians argue:',
          }),
          proseWithSources(scenario, whatIf.description),
        ])
      : '',
    // A class's copy of a bundled scenario: what it changes, before anything else is read.
    scenarioChangesView(scenario, false) ?? '',
    el('p', { text: meta.summary }),
    el('h3', { text: 'Goals' }),
    goalsList(scenario, ctx.screen.viewer) ??
      el('p', {
        className: 'muted',
        text: 'This scenario states no goals: read the summary and the prompts.',
      }),
    el('h3', { text: 'To discuss' }),
    el(
      'ul',
      { className: 'prompts' },
      meta.discussionPrompts.map((p) => proseWithSources(scenario, p.prompt, 'li')),
    ),
    el('details', {}, [
      el('summary', { text: 'Notes for teachers' }),
      ...meta.teacherNotes.map((n) => proseWithSources(scenario, n)),
    ]),
    el('details', {}, [
      el('summary', { text: `Sources (${meta.sources.length})` }),
      ...sourcesLists(scenario),
    ]),
    el('h3', { text: 'The same game for a class' }),
    el('p', {
      className: 'muted',
      text: `Seed “${ctx.session.seed}”: the same seed and the same orders always give the same game. This link starts it:`,
    }),
    el('label', { text: 'Link to this game', attrs: { for: 'class-link' }, className: 'visually-hidden' }),
    linkField,
    el('p', { className: 'muted small', text: 'Coastlines: Natural Earth (public domain).' }),
  );
}
