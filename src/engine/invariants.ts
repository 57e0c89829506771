/**
 * What must hold after every turn, whatever was ordered: stocks are integers
 * inside their bounds and every change is explained by the report; forces are
 * conserved (strength + lost = initial + replaced, from turn to turn; an army that detached men
 * has that many fewer) and stand in real areas.
 * Used by the property tests and by `npm run fuzz` (10,000 random games).
 */
import type { ForceDef } from '../scenario/schema';
import type { TurnReport } from './report';
import { SIDE_IDS } from './sides';
import { type GameState, strengthOf } from './state';
import type { World } from './world';

export function invariantViolations(
  world: World,
  before: GameState,
  after: GameState,
  report: TurnReport,
): string[] {
  const problems: string[] = [];
  const s = world.scenario;
  for (const side of SIDE_IDS) {
    for (const res of s.resources) {
      const v = after.sides[side].stocks[res.id];
      if (v === undefined) continue;
      if (!Number.isSafeInteger(v)) problems.push(`${side} ${res.id} is not a whole number: ${v}`);
      if (v < res.min || (res.max !== undefined && v > res.max))
        problems.push(`${side} ${res.id} ${v} is out of bounds`);
      const was = before.sides[side].stocks[res.id];
      const line = report.items.find((i) => i.kind === 'economy' && i.side === side && i.resource === res.id);
      if (was !== v && !line) problems.push(`${side} ${res.id} changed ${was} → ${v} without a report line`);
      if (line?.kind === 'economy') {
        const sum = line.changes.reduce((n, c) => n + c.amount, 0);
        if (line.before !== was || line.after !== v || sum !== v - (was ?? 0)) {
          problems.push(`${side} ${res.id}: the report's changes do not add up`);
        }
      }
    }
  }
  const defs = new Map<string, ForceDef>();
  for (const f of s.forces) defs.set(f.id, f);
  for (const r of s.reinforcements) defs.set(r.force.id, r.force);
  for (const ev of s.events)
    for (const e of ev.effects) if (e.type === 'reinforce') defs.set(e.force.id, e.force);
  // Detachments formed this turn (detach.ts): men that left an army without being lost, and the
  // armies they made.
  const detachedFrom = new Map<string, number>();
  const detachments = new Map<string, number>();
  for (const i of report.items) {
    if (i.kind !== 'detached') continue;
    detachedFrom.set(i.army, (detachedFrom.get(i.army) ?? 0) + i.men);
    detachments.set(i.force, i.men);
  }
  const was = new Map(before.forces.map((f) => [f.id, f]));
  const strength = (f: GameState['forces'][number]) =>
    f.status === 'lost' && f.type === 'ship' ? 0 : strengthOf(f);
  for (const f of after.forces) {
    if (!world.areas.has(f.location)) problems.push(`${f.id} stands in unknown area ${f.location}`);
    if (f.lost < 0 || f.replaced < 0) problems.push(`${f.id} has negative losses or replacements`);
    const now = strength(f);
    const old = was.get(f.id);
    if (old) {
      // A force already there: what it had, less the men it detached, is what it has and lost.
      const had = strength(old) + old.lost - old.replaced - (detachedFrom.get(f.id) ?? 0);
      if (now + f.lost - f.replaced !== had)
        problems.push(
          `${f.id}: strength ${now} + lost ${f.lost} − replaced ${f.replaced} ≠ ${had} a turn before`,
        );
      continue;
    }
    const def = defs.get(f.id);
    const built = s.buildables.find((b) => b.force && f.id.startsWith(`${b.force.id}-`));
    const initial = def ? strengthOf(def) : built?.force ? strengthOf(built.force) : detachments.get(f.id);
    if (initial === undefined) {
      problems.push(`${f.id} was never built, sent or detached`);
      continue;
    }
    if (now + f.lost !== initial + f.replaced)
      problems.push(`${f.id}: strength ${now} + lost ${f.lost} ≠ ${initial} + replaced ${f.replaced}`);
  }
  return problems;
}
