/**
 * Bombardment and close air support in a land battle, as the commander
 * reckons them before it lands (issue 13: at Midway no Japanese commander
 * landed, because it weighed the odds by troops alone). The battle rules
 * (phases/battles.ts, contact.ts `navalSupport`) add to each side's ground
 * fire the guns and strike aircraft of its warships and carriers in the seas
 * next to the area — unless enemy warships are in that sea too, for then they
 * have a battle of their own to fight — and of its air groups there and
 * within the scenario's reach, at `rules.combat.supportGunsPerPoint` guns and
 * `supportAircraftPerPoint` aircraft a point. The Midway landing force of
 * 5,000 men was to go ashore under the guns of the Second Fleet after the
 * Kidō Butai had struck the atoll's air group (B9): the landing is worth
 * making when the carrier battle is won, not before.
 *
 * With `rules.combat.supportMaxPercent` the battle counts support for at most
 * that share of the side's own troops' fire (combat-values.ts `supportCounted`):
 * a fleet offshore does not make a division a corps, and the odds reckoned here
 * count it the same way (`counted`).
 *
 * Everything here is in tenths of a fire point, the battle rules' unit (a
 * thousand men weighed by experience).
 */
import { gunfire, strikeAircraft, supportCounted } from '../../engine/combat-values';
import type { ForceState } from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import type { Book } from './book';
import type { Situation } from './situation';

/** Tenths of fire a warship, carrier or air group adds to a land battle it supports. */
export function supportFire(s: Situation, f: ForceState): number {
  const combat = s.world.scenario.rules.combat;
  if (f.type !== 'ship' && f.type !== 'air') return 0;
  return (
    Math.floor((gunfire(f) * 10) / combat.supportGunsPerPoint) +
    Math.floor((strikeAircraft(f) * 10) / combat.supportAircraftPerPoint)
  );
}

/** The tenths of `support` the battle counts beside `troops` tenths of the side's own troops' fire. */
export function counted(s: Situation, support: number, troops: number): number {
  return supportCounted(support, troops, s.world.scenario.rules.combat.supportMaxPercent);
}

/** The sea areas next to `area` in which `side` would bombard unopposed: no enemy warship there now. */
export function quietSeasNextTo(s: Situation, side: SideId, area: string): string[] {
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  return (s.world.neighbours.get(area) ?? [])
    .filter((n) => s.world.areas.get(n.area)?.kind === 'sea' && (s.fleet[enemy].get(n.area) ?? 0) === 0)
    .map((n) => n.area);
}

/** Whether an air group at `base` flies over `area` in its battle (contact.ts: neighbours within reach, air legs too, or the area itself). */
function airWithinReach(s: Situation, base: string, area: string): boolean {
  if (base === area) return true;
  const reach = s.world.scenario.rules.landAirReach;
  if (reach === 0) return false;
  return (s.world.airNeighbours.get(area) ?? []).some(
    (n) => n.area === base && n.distance <= reach && s.world.areas.get(base)?.kind !== 'sea',
  );
}

/**
 * What the holder of `area` (side `side`) can add to its defence now: its air groups there and
 * within reach. Its warships in the seas next to the beach are left out: the landing's escorts
 * sail into that sea with enough power to outgun them (land-operations.ts, `escort`), and a fleet
 * that meets enemy warships fights them rather than bombard (contact.ts, `navalSupport`).
 */
export function defenceSupport(s: Situation, side: SideId, area: string): number {
  let tenths = 0;
  for (const f of s.state.forces) {
    if (f.side !== side || f.status !== 'active' || f.type !== 'air' || f.role === 'strategic-bomber')
      continue;
    if (airWithinReach(s, f.location, area)) tenths += supportFire(s, f);
  }
  return tenths;
}

/**
 * The commander's own support for a landing on `area` that is already in place and free: warships
 * and carriers in a quiet sea next to it and air groups within reach, none of them ordered
 * elsewhere this turn. They stay and fire (the invasion lists them).
 */
export function supportInPlace(book: Book, s: Situation, area: string): { forces: string[]; tenths: number } {
  const seas = new Set(quietSeasNextTo(s, s.side, area));
  const forces: string[] = [];
  let tenths = 0;
  for (const f of s.state.forces) {
    if (f.side !== s.side || f.status !== 'active' || book.busy.has(f.id)) continue;
    const there =
      (f.type === 'ship' && seas.has(f.location)) ||
      (f.type === 'air' && f.role !== 'strategic-bomber' && airWithinReach(s, f.location, area));
    if (!there) continue;
    const fire = supportFire(s, f);
    if (fire <= 0) continue;
    forces.push(f.id);
    tenths += fire;
  }
  return { forces, tenths };
}
