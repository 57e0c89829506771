/**
 * Cross-reference checks for a scenario's what-ifs: unique ids, and every
 * change naming something that exists (an event, a rule and a value that
 * fits it, decisions of the same side that the historical plan makes, a
 * scheduled reinforcement).
 */
import { assertNever } from '../engine/assert-never';
import { problem } from '../text/problem-text';
import { check } from './check-codes';
import { formatPath, type Problem, type ProblemWhat, unknownId } from './problems';
import { Rules, type Scenario } from './schema';
import { zodProblems } from './zod-problems';

export function whatIfProblems(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PropertyKey[], what: ProblemWhat) => problems.push(problem(formatPath(path), what));
  const events = new Set(s.events.map((e) => e.id));
  const reinforcements = new Set(s.reinforcements.map((r) => r.force.id));
  const planChoices = new Set(
    s.historicalPlan.flatMap((step) => step.orders.flatMap((o) => (o.type === 'choose' ? [o.choice] : []))),
  );
  const ids = new Set<string>();
  s.whatIfs.forEach((w, i) => {
    if (ids.has(w.id)) report(['whatIfs', i, 'id'], { code: 'duplicate-id', kind: 'what-if', id: w.id });
    ids.add(w.id);
    w.changes.forEach((c, j) => {
      const path = ['whatIfs', i, 'changes', j];
      switch (c.op) {
        case 'remove-event':
          if (!events.has(c.event)) report([...path, 'event'], unknownId('event', c.event, events));
          return;
        case 'set-rule': {
          const field = Rules.shape[c.rule as keyof typeof Rules.shape];
          if (!field) {
            report(
              [...path, 'rule'],
              check('unknown-rule', { rule: c.rule, rules: Object.keys(Rules.shape) }),
            );
            return;
          }
          const parsed = field.safeParse(c.value);
          if (!parsed.success) {
            for (const p of zodProblems(parsed.error)) {
              const at = p.path === '(root)' ? '' : p.path.startsWith('[') ? p.path : `.${p.path}`;
              problems.push({ ...p, path: `${formatPath([...path, 'value'])}${at}` });
            }
          }
          return;
        }
        case 'replace-plan-choice': {
          const from = s.choices.find((x) => x.id === c.from);
          const to = s.choices.find((x) => x.id === c.to);
          if (!from)
            report(
              [...path, 'from'],
              unknownId(
                'choice',
                c.from,
                s.choices.map((x) => x.id),
              ),
            );
          else if (!planChoices.has(c.from))
            report([...path, 'from'], check('plan-never-chooses', { choice: c.from }));
          if (!to)
            report(
              [...path, 'to'],
              unknownId(
                'choice',
                c.to,
                s.choices.map((x) => x.id),
              ),
            );
          if (from && to && from.side !== to.side)
            report(
              [...path, 'to'],
              check('choices-of-two-sides', { to: c.to, toSide: to.side, from: c.from, fromSide: from.side }),
            );
          return;
        }
        case 'remove-reinforcement':
          if (!reinforcements.has(c.force))
            report([...path, 'force'], unknownId('reinforcement', c.force, reinforcements));
          return;
        case 'set-last-turn':
          return;
        default:
          assertNever(c);
      }
    });
  });
  return problems;
}
