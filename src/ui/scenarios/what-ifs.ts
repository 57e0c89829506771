/**
 * What-ifs in the browser: a game may be played in one of its scenario's
 * counterfactuals ("What if there had been no oil embargo?"). The game runs
 * on `applyWhatIf(scenario, id)`; saves and replays record the id and the
 * hash of that changed scenario. The changed scenario is made once per
 * scenario and what-if, so its hash (and the hash memo) is computed once.
 */
import type { Scenario } from '../../scenario/schema';
import { applyWhatIf, unknownWhatIfMessage, whatIfById } from '../../scenario/what-if';
import type { WhatIf } from '../../scenario/what-if-schema';

const applied = new WeakMap<Scenario, Map<string, Scenario>>();

/** The scenario played: `base` itself for history, else `base` with the what-if applied (throws on an unknown id). */
export function playedScenario(base: Scenario, whatIf: string | undefined): Scenario {
  if (whatIf === undefined) return base;
  let byId = applied.get(base);
  if (!byId) {
    byId = new Map();
    applied.set(base, byId);
  }
  let played = byId.get(whatIf);
  if (!played) {
    played = applyWhatIf(base, whatIf);
    byId.set(whatIf, played);
  }
  return played;
}

/** The what-if by id, or a message naming the ones the scenario has (for links and files). */
export function findWhatIf(
  scenario: Scenario,
  id: string,
): { ok: true; whatIf: WhatIf } | { ok: false; message: string } {
  const found = whatIfById(scenario, id);
  return found ? { ok: true, whatIf: found } : { ok: false, message: unknownWhatIfMessage(scenario, id) };
}

/** What the start screen says when no what-if is chosen. */
export const HISTORY_CHOICE = {
  title: 'History as it happened',
  description:
    'The war as it really began: events happen as they did in history, unless your decisions change them. Or choose a what-if to change one thing and see what follows.',
} as const;
