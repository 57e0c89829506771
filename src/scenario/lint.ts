/**
 * Lint passes over a valid scenario: rules of good practice that the schema
 * and the cross-references cannot express. The bundled scenarios must pass
 * them (a test checks); `validate` shows them as warnings for a teacher's file.
 *
 * - No event may change will or a stock on a date alone (DESIGN.md, "History
 *   emerges; it is never scripted"): a date may make something possible — a
 *   flag, a message, a force arriving — but a change of will or of a stock
 *   must wait for something in the state (who holds an area, a stock, a
 *   choice, forces within reach, an event that itself waited for the state).
 *   A shock to will whose weight the state decides may be timed by a date.
 *   A flag is a switch ("at war", "embargo"), not a measure of the
 *   situation, so a date with a flag is still the calendar.
 * - In a scenario that ships its cargoes (`rules.shipping`), no production entry and no event may take
 *   merchant or tanker tonnage away by a fixed amount: there the ships are lost to what finds them on
 *   their routes (shipping-losses.ts), so a flat loss is a result written in (issue 11: "When nothing
 *   sails, almost nothing sinks"; the Oil Clock charged 77 thousand GT a month at war whatever sailed
 *   until oilclock31). A scenario without the shipping rules may still abstract its losses.
 * - An air leg must be shorter than the way by the connections: one that is
 *   not changes nothing, and probably holds a mistyped distance.
 * - What players read names no file and no source key mid-sentence
 *   (player-text-lint.ts).
 */
import { problem } from '../text/problem-text';
import { check } from './check-codes';
import { playerTextProblems } from './player-text-lint';
import type { Problem } from './problems';
import { formatPath } from './problems';
import type { Effect, Scenario, Trigger } from './schema';

/** The tonnage the shipping rules sail and sink (economy/deliveries.ts `MERCHANT`, `TANKERS`). */
const SHIPS: ReadonlySet<string> = new Set(['merchant', 'tankers']);

export function lintProblems(s: Scenario): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(s.events.map((e) => [e.id, e]));
  const memo = new Map<string, boolean>();

  /** Whether a trigger can hold on the calendar alone (with no condition on the state). */
  const dateOnly = (t: Trigger, seen: Set<string>): boolean => {
    switch (t.type) {
      case 'date':
      case 'turn':
        return true;
      case 'flag':
        // A switch such as "at war" says nothing about the situation: being at war on a date is
        // still the calendar (the Potsdam Declaration charged will in July 1945 in every war).
        return true;
      case 'event': {
        if (seen.has(t.event)) return false;
        const ev = byId.get(t.event);
        if (!ev) return false;
        const cached = memo.get(t.event);
        if (cached !== undefined) return cached;
        const result = dateOnly(ev.trigger, new Set([...seen, t.event]));
        memo.set(t.event, result);
        return result;
      }
      case 'all':
        return t.of.every((sub) => dateOnly(sub, seen));
      case 'any':
        return t.of.some((sub) => dateOnly(sub, seen));
      case 'control':
      case 'threshold':
      case 'choice':
      case 'reach':
      case 'afloat':
        return false;
      default: {
        const never: never = t;
        return never;
      }
    }
  };

  s.events.forEach((ev, i) => {
    const changes = ev.effects.flatMap((e, j) => (changesStock(e) ? [j] : []));
    if (changes.length === 0 || !dateOnly(ev.trigger, new Set([ev.id]))) return;
    for (const j of changes) {
      problems.push(
        problem(formatPath(['events', i, 'effects', j]), check('calendar-only-event', { event: ev.id })),
      );
    }
  });
  // Every scenario, with the shipping rules or without (oilclock31b): where ships sail their routes the
  // submarines, aircraft and mines that find the traffic sink them; where the scenario does not play the war on
  // shipping its stock stays level. A fixed loss is a result written in, whatever sails (issue 11).
  s.production.forEach((p, i) => {
    if (p.perTurn < 0 && SHIPS.has(p.resource))
      problems.push(
        problem(
          formatPath(['production', i, 'perTurn']),
          check('flat-shipping-loss', { resource: p.resource }),
        ),
      );
  });
  s.events.forEach((ev, i) => {
    ev.effects.forEach((e, j) => {
      if (e.type === 'resource' && e.amount < 0 && SHIPS.has(e.resource))
        problems.push(
          problem(
            formatPath(['events', i, 'effects', j]),
            check('flat-shipping-loss', { resource: e.resource }),
          ),
        );
    });
  });
  (s.airLegs ?? []).forEach((leg, i) => {
    const way = connectionDistance(s, leg.a, leg.b);
    if (way !== null && way <= leg.distance)
      problems.push(
        problem(
          formatPath(['airLegs', i, 'distance']),
          check('air-leg-no-shorter', { distance: leg.distance, way }),
        ),
      );
  });
  problems.push(...playerTextProblems(s));
  return problems;
}

/** Shortest distance between two areas over the connections (through any areas), or null. */
function connectionDistance(s: Scenario, from: string, to: string): number | null {
  const best = new Map<string, number>([[from, 0]]);
  const done = new Set<string>();
  for (;;) {
    let at: string | null = null;
    for (const [id, d] of best) if (!done.has(id) && (at === null || d < best.get(at)!)) at = id;
    if (at === null) return null;
    if (at === to) return best.get(at)!;
    done.add(at);
    const here = best.get(at)!;
    for (const c of s.connections) {
      const next = c.a === at ? c.b : c.b === at ? c.a : null;
      if (next === null || done.has(next)) continue;
      if (here + c.distance < (best.get(next) ?? Number.POSITIVE_INFINITY)) best.set(next, here + c.distance);
    }
  }
}

/**
 * Effects that change will or a stock by a figure fixed in advance. A `will` shock weighed by
 * the state (the pressure the side is under, the troops on a front) is the state deciding how
 * much, so a date may time it (the Soviet entry three months after Germany's defeat).
 */
function changesStock(e: Effect): boolean {
  return e.type === 'resource' || (e.type === 'will' && e.weight.by === 'fixed');
}
