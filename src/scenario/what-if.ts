/**
 * Applying a what-if: a pure function from a scenario to the scenario of the
 * counterfactual. The scenario's own what-ifs were checked when it was loaded
 * (what-if-check.ts), so every change here names things that exist.
 */
import { assertNever } from '../engine/assert-never';
import { unknownWhatIfText } from '../text/problem-text';
import { Rules, type Scenario } from './schema';
import type { WhatIf, WhatIfChange } from './what-if-schema';

export function whatIfById(scenario: Scenario, id: string): WhatIf | undefined {
  return scenario.whatIfs.find((w) => w.id === id);
}

/** `unknown what-if "x" (available: no-embargo, …)`, or that the scenario has none (words: src/text). */
export { unknownWhatIfText as unknownWhatIfMessage } from '../text/problem-text';

/** The scenario with the what-if's changes made; throws on an unknown id. */
export function applyWhatIf(scenario: Scenario, id: string): Scenario {
  const whatIf = whatIfById(scenario, id);
  if (!whatIf) throw new Error(unknownWhatIfText(scenario, id));
  let out = structuredClone(scenario);
  for (const change of whatIf.changes) out = applyChange(out, change);
  return out;
}

function applyChange(s: Scenario, change: WhatIfChange): Scenario {
  switch (change.op) {
    case 'remove-event':
      return { ...s, events: s.events.filter((e) => e.id !== change.event) };
    case 'set-rule': {
      const field = Rules.shape[change.rule as keyof typeof Rules.shape];
      return { ...s, rules: { ...s.rules, [change.rule]: field.parse(change.value) } };
    }
    case 'replace-plan-choice':
      return {
        ...s,
        historicalPlan: s.historicalPlan.flatMap((step) => {
          const replaced = step.orders.some((o) => o.type === 'choose' && o.choice === change.from);
          const orders = step.orders
            .filter((o) => !(replaced && change.dropMoves && o.type === 'move'))
            .map((o) => (o.type === 'choose' && o.choice === change.from ? { ...o, choice: change.to } : o));
          return orders.length > 0 ? [{ ...step, orders }] : [];
        }),
      };
    case 'remove-reinforcement':
      return { ...s, reinforcements: s.reinforcements.filter((r) => r.force.id !== change.force) };
    case 'set-last-turn':
      return { ...s, calendar: { ...s.calendar, lastTurn: change.turn } };
    default:
      return assertNever(change);
  }
}
